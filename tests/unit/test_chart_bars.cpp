#include <catch2/catch.hpp>
#include <cmath>

#include "chart/chart_bars.h"
#include "chart_checks.h"
#include "trade_widget/format.h"

using tw::Lang;
namespace d = tw::detail;

namespace {

d::BarRow row(const std::string& label, double value, const std::string& text) {
  d::BarRow r;
  r.label = label;
  r.value = value;
  r.value_text = text;
  r.not_reported = std::isnan(value);
  r.bar_classes = value < 0 ? "tw-fall" : "tw-rise";
  r.aria_label = label + ": " + text;
  r.key = label;
  return r;
}

tw::Scene draw(double width, std::vector<d::BarPanel> panels) {
  d::Frame f(tw::test::bundled(), Lang::en, width);
  d::layout_bars(f, panels,
                 d::BarAxis{[](double v, int dec) { return tw::format_change(v, dec, Lang::en); }});
  return f.finish("yoy", "t", "d");
}

d::BarPanel panel(const std::string& heading) {
  d::BarPanel p;
  p.heading = heading;
  p.groups = {d::BarGroup{"",
                          {row("Oxides", 38.0, "+38.0%"), row("Metals and alloys", 4.0, "+4.0%"),
                           row("Permanent magnets", -7.5, "\u22127.5%"),
                           row("Compounds", std::nan(""), "not reported")}}};
  return p;
}

}  // namespace

TEST_CASE("bars are proportional to their values and meet at the zero line") {
  for (double width : {320.0, 360.0, 800.0, 1200.0}) {
    const tw::Scene s = draw(width, {panel("Exports")});
    INFO(width);
    CHECK(tw::test::layout_problems(s) == std::vector<std::string>{});
    const auto bars = tw::test::marks_with_role(s, "bar");
    REQUIRE(bars.size() == 3);
    const double per_unit = bars[0]->width / 38.0;
    CHECK(bars[1]->width / 4.0 == Approx(per_unit));
    CHECK(bars[2]->width / 7.5 == Approx(per_unit));
    const auto zero = tw::test::marks_with_role(s, "zero");
    REQUIRE_FALSE(zero.empty());
    for (const tw::Mark* z : zero) {
      CHECK(bars[0]->x == Approx(z->x));                   // a rise starts at zero
      CHECK(bars[2]->x + bars[2]->width == Approx(z->x));  // a fall ends at zero
    }
  }
}

TEST_CASE("a missing value has no bar, and its 'not reported' text is the data mark") {
  const tw::Scene s = draw(800, {panel("Exports")});
  const tw::Mark* missing = tw::test::mark_with_text(s, "not reported");
  REQUIRE(missing != nullptr);
  CHECK(missing->focusable);
  CHECK(missing->aria_label == "Compounds: not reported");
  CHECK(tw::test::has_class(*missing, "tw-not-reported"));
  for (const tw::Mark* b : tw::test::marks_with_role(s, "bar")) CHECK(b->key != "Compounds");
}

TEST_CASE("wide panels keep labels in a column; narrow ones put them above the bars") {
  const tw::Scene wide = draw(800, {panel("Exports")});
  const tw::Mark* label = tw::test::mark_with_text(wide, "Oxides");
  const tw::Mark* bar = tw::test::marks_with_role(wide, "bar")[0];
  REQUIRE(label != nullptr);
  CHECK(bar->x > tw::bounds(*label).x1);
  CHECK(bar->y < label->y);  // the label is centred on the bar
  const tw::Scene narrow = draw(360, {panel("Exports")});
  const tw::Mark* narrow_label = tw::test::mark_with_text(narrow, "Oxides");
  const tw::Mark* narrow_bar = tw::test::marks_with_role(narrow, "bar")[0];
  CHECK(narrow_bar->y > narrow_label->y);  // the bar is under its label
}

TEST_CASE("two panels sit side by side from 720 px of inner width, else one under the other") {
  const tw::Scene side = draw(800, {panel("Imports"), panel("Exports")});
  const tw::Mark* imports = tw::test::mark_with_text(side, "Imports");
  const tw::Mark* exports = tw::test::mark_with_text(side, "Exports");
  REQUIRE((imports != nullptr && exports != nullptr));
  CHECK(exports->x > imports->x);
  CHECK(exports->y == imports->y);
  const tw::Scene stacked = draw(600, {panel("Imports"), panel("Exports")});
  CHECK(tw::test::mark_with_text(stacked, "Exports")->y >
        tw::test::mark_with_text(stacked, "Imports")->y);
  CHECK(tw::test::layout_problems(stacked) == std::vector<std::string>{});
  // Both panels use one scale: the same value draws the same length.
  const auto bars = tw::test::marks_with_role(side, "bar");
  REQUIRE(bars.size() == 6);
  CHECK(bars[0]->width == Approx(bars[3]->width));
}

TEST_CASE("tick labels are nice, formatted, and inside the panel") {
  const tw::Scene s = draw(360, {panel("Exports")});
  std::vector<std::string> ticks;
  for (const tw::Mark* t : tw::test::marks_with_role(s, "tick")) ticks.push_back(t->text);
  REQUIRE(ticks.size() >= 2);
  CHECK(std::find(ticks.begin(), ticks.end(), "0%") != ticks.end());
  CHECK(ticks.front().rfind("\u2212", 0) == 0);
  CHECK(ticks.back().rfind("+", 0) == 0);
}

TEST_CASE("an empty panel says so") {
  d::BarPanel empty;
  empty.heading = "Imports";
  empty.empty_text = "No figures for this selection.";
  const tw::Scene s = draw(800, {empty, panel("Exports")});
  CHECK(tw::test::mark_with_text(s, "No figures for this selection.") != nullptr);
  CHECK(tw::test::layout_problems(s) == std::vector<std::string>{});
}
