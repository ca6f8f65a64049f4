#include <catch2/catch.hpp>
#include <cmath>

#include "chart/chart_volumes.h"
#include "chart_checks.h"

using tw::ChartRequest;
using tw::Lang;
using tw::test::bundled_chart;
using tw::test::data_mark;
using tw::test::has_class;
using tw::test::marks_with_role;

namespace {
ChartRequest volumes(std::vector<std::string> flows, Lang lang = Lang::en, int width = 800,
                     const char* chart = "volumes") {
  ChartRequest r;
  r.chart = chart;
  r.flows = std::move(flows);
  r.lang = lang;
  r.width = width;
  return r;
}
}  // namespace

TEST_CASE("volumes: each product's bar reads its volume and year-on-year change") {
  const tw::Scene s = bundled_chart(volumes({"export"}));
  const tw::Mark* oxides = data_mark(s, "Oxides, ");
  REQUIRE(oxides != nullptr);
  CHECK(oxides->aria_label == "Oxides, exports, Jan–Sep 2025: 24,151.3 t, +38.0%");
  CHECK(oxides->key == "export|oxides|world|2025-01/2025-09|volume");
  CHECK(oxides->kind == tw::MarkKind::rect);
  CHECK(tw::test::mark_with_text(s, "24,151.3 t, +38.0%") != nullptr);
  CHECK(tw::test::mark_with_text(s, "7,520.2 t, +4.0%") != nullptr);
  CHECK(tw::test::mark_with_text(s, "39,817 t, \u22127.5%²") != nullptr);  // customs figure: noted
  // The customs total's change is implied (from two stated volumes) and says so.
  const tw::Mark* total = data_mark(s, "Rare earths (customs total), exports");
  REQUIRE(total != nullptr);
  CHECK(total->aria_label.rfind(
            "Rare earths (customs total), exports, Jan–Sep 2025: 48,355.7 t, +12.6% implied. Note: "
            "Antaike puts",
            0) == 0);
  CHECK(tw::test::mark_with_text(s, "48,355.7 t, +12.6% implied¹") != nullptr);
  CHECK(tw::test::mark_with_text(s, "48,000 t, +10.9%¹") != nullptr);
}

TEST_CASE("volumes: bars are proportional and sorted; totals are set apart in grey") {
  const tw::Scene s = bundled_chart(volumes({"export"}));
  const auto bars = marks_with_role(s, "bar");
  std::vector<std::string> order;
  for (const tw::Mark* b : bars) order.push_back(b->key.substr(7, b->key.find('|', 7) - 7));
  CHECK(order == std::vector<std::string>{"rare-earths", "separation-products", "magnets", "oxides",
                                          "metals-alloys"});
  const double per_tonne = bars[0]->width / 48355.7;
  CHECK(bars[1]->width / 48000 == Approx(per_tonne));
  CHECK(bars[2]->width / 39817 == Approx(per_tonne));
  CHECK(bars[3]->width / 24151.3 == Approx(per_tonne));
  CHECK(bars[4]->width / 7520.2 == Approx(per_tonne));
  CHECK(has_class(*bars[0], "tw-aggregate"));
  CHECK(has_class(*bars[1], "tw-aggregate"));
  CHECK_FALSE(has_class(*bars[2], "tw-aggregate"));
  const auto separators = marks_with_role(s, "separator");
  REQUIRE(separators.size() == 1);
  CHECK(separators[0]->y > bars[1]->y + bars[1]->height);
  CHECK(separators[0]->y < bars[2]->y);
  CHECK(tw::test::mark_with_text(
            s, "Totals: they include or overlap the products below; do not add them up") !=
        nullptr);
  const auto footer = marks_with_role(s, "footer");
  REQUIRE(footer.size() == 1);
  CHECK(footer[0]->text == "No figures for exports: Concentrates and Compounds.");
  CHECK(marks_with_role(s, "source")[0]->text ==
        "Sources: cnyes.com; MINING.COM; Zhitong Finance (Antaike); Liberty Times Net");
}

TEST_CASE("volumes: a missing volume reads 'not reported', never a zero bar") {
  const tw::Scene s = bundled_chart(volumes({"import"}));
  const tw::Mark* compounds = data_mark(s, "Compounds, imports");
  REQUIRE(compounds != nullptr);
  CHECK(compounds->kind == tw::MarkKind::text);
  CHECK(compounds->text == "not reported");
  CHECK(compounds->aria_label == "Compounds, imports, Jan–Sep 2025: not reported");
  for (const tw::Mark* b : marks_with_role(s, "bar")) {
    CHECK(b->key.find("|compounds|") == std::string::npos);
  }
  CHECK(tw::test::mark_with_text(s, "129.5 t, \u221257.8%¹") != nullptr);  // approximate: noted
}

TEST_CASE("volumes in Chinese") {
  const tw::Scene s = bundled_chart(volumes({"export"}, Lang::zh, 360));
  CHECK(s.title == "2025年1–9月出口（分产品）");
  const tw::Mark* oxides = data_mark(s, "氧化物，");
  REQUIRE(oxides != nullptr);
  CHECK(oxides->aria_label == "氧化物，出口，2025年1–9月：24,151.3吨，+38.0%");
  CHECK(marks_with_role(s, "footer")[0]->text == "出口无数据：精矿和化合物。");
  CHECK(s.description.rfind("稀土出口48,355.7吨，同比增长12.6%（推算）", 0) == 0);
}

TEST_CASE("year on year: diverging bars around zero, sign in the label, implied marked") {
  const tw::Scene s = bundled_chart(volumes({"import", "export"}, Lang::en, 800, "yoy"));
  const tw::Mark* concentrates = data_mark(s, "Concentrates, imports");
  REQUIRE(concentrates != nullptr);
  CHECK(concentrates->aria_label ==
        "Concentrates, imports, Jan–Sep 2025: \u221245.6% year on year");
  CHECK(has_class(*concentrates, "tw-fall"));
  const tw::Mark* oxides = data_mark(s, "Oxides, exports");
  REQUIRE(oxides != nullptr);
  CHECK(has_class(*oxides, "tw-rise"));
  const tw::Mark* total = data_mark(s, "Rare earths (customs total), imports");
  REQUIRE(total != nullptr);
  CHECK(total->aria_label ==
        "Rare earths (customs total), imports, Jan–Sep 2025: \u221223.0% implied year on year");
  CHECK(has_class(*total, "tw-derived"));
  CHECK(tw::test::mark_with_text(s, "\u221223.0% implied") != nullptr);
  CHECK(tw::test::mark_with_text(s, "+38.0%") != nullptr);
  // Falls end at the zero line, rises start there; lengths follow |change|.
  const auto on_a_zero_line = [&s](double x) {
    for (const tw::Mark* z : marks_with_role(s, "zero")) {
      if (std::fabs(z->x - x) < 1e-9) return true;
    }
    return false;
  };
  CHECK(on_a_zero_line(concentrates->x + concentrates->width));
  CHECK(on_a_zero_line(oxides->x));
  CHECK(concentrates->width / 45.6 == Approx(oxides->width / 38.0));
  CHECK(tw::test::mark_with_text(s, "Implied: computed from two stated volumes") != nullptr);
  CHECK(tw::test::mark_with_text(s, "Rise (+)") != nullptr);
  CHECK(tw::test::mark_with_text(s, "Fall (\u2212)") != nullptr);
  const tw::Mark* compounds = data_mark(s, "Compounds, imports");
  REQUIRE(compounds != nullptr);
  CHECK(compounds->text == "not reported");
}
