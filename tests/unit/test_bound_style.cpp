// Bounded figures in the bar charts: a bar whose figure is a bound or "about" ends in a mark
// saying so (a chevron pointing on for "more than" / "at least", a cap turned back for "less
// than" / "at most", a dotted cap for "about"), drawn past the bar's end in the theme's text
// colour, with the value label moved past it; an exact figure's bar has none.
#include <catch2/catch.hpp>
#include <cmath>

#include "fixture_support.h"
#include "trade_widget/scene.h"

namespace {

/// The bound marks that touch the end of this bar (within the mark's reach past it).
std::vector<const tw::Mark*> bound_marks_of(const tw::Scene& s, const tw::Mark& bar) {
  std::vector<const tw::Mark*> out;
  const double end = bar.x + bar.width;
  for (const tw::Mark* m : tw::test::with_role(s, "bound")) {
    const bool beside = std::min(m->x, m->x2) >= end && std::max(m->x, m->x2) <= end + 7;
    const bool level = m->y >= bar.y - 2 && m->y <= bar.y + bar.height + 2;
    if (beside && level) out.push_back(m);
  }
  return out;
}

const tw::Mark* bar_of(const tw::Scene& s, const std::string& product) {
  for (const tw::Mark* m : tw::test::with_role(s, "bar")) {
    if (m->key.find("|" + product + "|") != std::string::npos) return m;
  }
  return nullptr;
}

const tw::Mark* value_beside(const tw::Scene& s, const tw::Mark& bar) {
  for (const tw::Mark* m : tw::test::with_role(s, "value")) {
    if (m->y > bar.y && m->y < bar.y + bar.height + 12 && m->x > bar.x + bar.width) return m;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("bound style: each kind of bound ends its bar in its own mark; exact bars in none") {
  const tw::Dataset ds = tw::test::load_fixture("format-qualifiers");
  for (const int width : {360, 800}) {
    INFO(width);
    const tw::Scene s = tw::test::scene_of(
        ds, R"({"chart": "volumes", "flows": ["export"], "period": "2025", "width": )" +
                std::to_string(width) + "}");
    const auto expect = [&s](const std::string& product, const std::string& cls, std::size_t n) {
      INFO(product);
      const tw::Mark* bar = bar_of(s, product);
      REQUIRE(bar != nullptr);
      const auto marks = bound_marks_of(s, *bar);
      CHECK(marks.size() == n);
      for (const tw::Mark* m : marks) CHECK(m->classes.find(cls) != std::string::npos);
      if (n > 0) {
        // The label moves past the mark: no part of the mark under its text.
        const tw::Mark* value = value_beside(s, *bar);
        if (value != nullptr) {
          for (const tw::Mark* m : marks) CHECK(value->x > std::max(m->x, m->x2));
        }
      }
    };
    expect("alpha", "tw-bound-about", 1);  // about 5,000 t
    expect("beta", "", 0);                 // 1,200 t, exact
  }
  // "Less than 300 t" (beta to the Netherlands) on the partners chart: a cap of three strokes.
  const tw::Scene partners = tw::test::scene_of(
      ds,
      R"({"chart": "partners", "flows": ["export"], "products": ["beta"], "period": "2025", "width": 800})");
  std::size_t cap = 0;
  for (const tw::Mark* m : tw::test::with_role(partners, "bound"))
    cap += m->classes.find("tw-bound-cap") != std::string::npos;
  CHECK(cap == 3);
  const tw::Scene yoy = tw::test::scene_of(
      ds, R"({"chart": "yoy", "flows": ["export"], "period": "2025", "width": 800})");
  std::size_t yoy_on = 0;
  for (const tw::Mark* m : tw::test::with_role(yoy, "bound"))
    yoy_on += m->classes.find("tw-bound-on") != std::string::npos;
  CHECK(yoy_on == 2);  // "up more than 55%": a chevron of two strokes
}

TEST_CASE("bound style: the bundled dataset, all exact, draws no bound mark") {
  const tw::Scene s =
      tw::test::scene_of(tw::test::bundled(), R"({"chart": "volumes", "width": 800})");
  CHECK(tw::test::with_role(s, "bound").empty());
}
