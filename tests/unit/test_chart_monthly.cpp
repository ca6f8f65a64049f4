#include <catch2/catch.hpp>
#include <cmath>

#include "chart/chart_monthly.h"
#include "chart_checks.h"
#include "trade_widget/load.h"

using tw::ChartRequest;
using tw::Lang;
using tw::test::bundled_chart;
using tw::test::data_mark;
using tw::test::has_class;
using tw::test::marks_with_role;

namespace {

ChartRequest monthly(std::vector<std::string> products, Lang lang = Lang::en, int width = 800) {
  ChartRequest r;
  r.chart = "monthly";
  r.flows = {"export"};
  r.products = std::move(products);
  r.lang = lang;
  r.width = width;
  return r;
}

/// Months of one year with a note on April: the generic way a dataset marks an event.
const tw::Dataset& noted_april() {
  static const tw::Dataset ds = [] {
    std::string periods;
    std::string rows;
    for (int m = 1; m <= 6; ++m) {
      const std::string id = "2025-0" + std::to_string(m);
      periods += std::string(m > 1 ? "," : "") + "{\"id\": \"" + id +
                 "\", \"label\": {\"en\": \"M" + std::to_string(m) + "\", \"zh\": \"" +
                 std::to_string(m) + "月\"}, \"start\": \"" + id + "\", \"end\": \"" + id + "\"}";
      rows += std::string(m > 1 ? "," : "") + "[\"export\", \"a\", \"world\", \"" + id +
              "\", \"volume\", " + std::to_string(100 * m) + ", \"s1\", null, " +
              (m == 4 ? "\"controls\"" : "null") + "]";
    }
    auto loaded = tw::load_dataset(R"({"format": "trade-widget/1",
      "meta": {"title": {"en": "T", "zh": "T"}, "coverage": {"en": "2025", "zh": "2025年"},
        "units": {"volume": {"en": "t", "zh": "吨"}},
        "sources": [{"id": "s1", "publisher": "Source One", "author": null, "title": null, "date": null, "url": null}],
        "notes": [{"id": "controls", "text": {"en": "Export controls took effect in April.", "zh": "4月起实施出口管制。"}}]},
      "dimensions": {"flow": [{"id": "export", "label": {"en": "Exports", "zh": "出口"}}],
        "product": [{"id": "a", "label": {"en": "A", "zh": "甲"}}],
        "partner": [{"id": "world", "label": {"en": "World", "zh": "全球"}, "aggregate": true}],
        "period": [)" + periods + R"(]},
      "observations": [)" + rows + "]}");
    REQUIRE(loaded.ok());
    return std::move(loaded.value());
  }();
  return ds;
}

}  // namespace

TEST_CASE("monthly: one line per year, the latest year first in colour order") {
  const tw::Scene s = bundled_chart(monthly({"rare-earths"}));
  CHECK(s.title == "Rare earths (customs total): monthly exports, 2024 and 2025");
  const tw::Mark* apr25 = data_mark(s, "Rare earths (customs total), exports, Apr 2025:");
  REQUIRE(apr25 != nullptr);
  CHECK(apr25->aria_label ==
        "Rare earths (customs total), exports, Apr 2025: 4,785 t. Note: April 2025: China's export "
        "controls cut rare-earth shipments on the month (Zawya, 2025-05-09).");
  CHECK(has_class(*apr25, "tw-series-1"));
  const tw::Mark* apr24 = data_mark(s, "Rare earths (customs total), exports, Apr 2024:");
  REQUIRE(apr24 != nullptr);
  CHECK(has_class(*apr24, "tw-series-2"));
  CHECK(apr24->x == Approx(apr25->x));  // the same month of each year on one axis
  CHECK(tw::test::mark_with_text(s, "2024") != nullptr);
  CHECK(tw::test::mark_with_text(s, "2025") != nullptr);
  // y is linear in the value: (y1 - y2) / (v1 - v2) is the same for any two points.
  const tw::Mark* jun25 = data_mark(s, "Rare earths (customs total), exports, Jun 2025:");
  const tw::Mark* sep25 = data_mark(s, "Rare earths (customs total), exports, Sep 2025:");
  REQUIRE((jun25 != nullptr && sep25 != nullptr));
  CHECK((jun25->y - apr25->y) / (7742.2 - 4785) == Approx((sep25->y - apr25->y) / (4000.3 - 4785)));
}

TEST_CASE("monthly: null months are gaps, never bridged by a line") {
  const tw::Scene s = bundled_chart(monthly({"rare-earths"}));
  CHECK(data_mark(s, "Rare earths (customs total), exports, Mar 2024:") == nullptr);
  CHECK(data_mark(s, "Rare earths (customs total), exports, Jul 2024:") == nullptr);
  const auto lines = marks_with_role(s, "line");
  std::size_t points_2024 = 0;
  std::size_t points_2025 = 0;
  const double band = (data_mark(s, "Rare earths (customs total), exports, May 2025:")->x -
                       data_mark(s, "Rare earths (customs total), exports, Apr 2025:")->x);
  for (const tw::Mark* line : lines) {
    for (std::size_t i = 1; i < line->points.size(); ++i) {
      CHECK(line->points[i].x - line->points[i - 1].x == Approx(band));  // neighbours only
    }
    (has_class(*line, "tw-series-2") ? points_2024 : points_2025) += line->points.size();
  }
  CHECK(lines.size() == 3);  // 2024: Apr-Jun and Aug-Dec; 2025: Mar-Dec
  CHECK(points_2024 == 8);
  CHECK(points_2025 == 10);
  CHECK(marks_with_role(s, "footer")[0]->text == "Not reported: Mar 2024 and Jul 2024.");
}

/// The footer's lines of text as one (a wrapped English line breaks at a space).
std::string footer_text(const tw::Scene& s, const char* join) {
  std::string out;
  for (const tw::Mark* m : marks_with_role(s, "footer")) out += (out.empty() ? "" : join) + m->text;
  return out;
}

TEST_CASE("monthly, compact (the embed): the gaps by year, runs of months as one range") {
  ChartRequest r = monthly({"rare-earths"}, Lang::en, 320);
  r.flows = {"import"};
  // The full layout names each month with its year (three lines at 320 px).
  const tw::Scene full = bundled_chart(r);
  CHECK(footer_text(full, " ") ==
        "Not reported: Mar 2024, Apr 2024, Jun 2024, Jul 2024, Aug 2024, Nov 2024, May 2025, Jun "
        "2025, Jul 2025, Aug 2025, Oct 2025, Nov 2025 and Dec 2025.");
  CHECK(marks_with_role(full, "footer").size() == 3);
  r.compact = true;
  const tw::Scene compact = bundled_chart(r);
  CHECK(footer_text(compact, " ") ==
        "Not reported: 2024: Mar–Apr, Jun–Aug and Nov; 2025: May–Aug and Oct–Dec.");
  CHECK(marks_with_role(compact, "footer").size() == 2);  // one line fewer
  r.lang = Lang::zh;
  CHECK(footer_text(bundled_chart(r), "") ==
        "未报告：2024年3–4月、6–8月和11月；2025年5–8月和10–12月。");
  // One gap alone keeps its month.
  ChartRequest exports = monthly({"rare-earths"}, Lang::en, 320);
  exports.compact = true;
  CHECK(footer_text(bundled_chart(exports), " ") == "Not reported: 2024: Mar and Jul.");
}

TEST_CASE("monthly: the combined Jan–Feb figure is one span over both months") {
  const tw::Scene s = bundled_chart(monthly({"rare-earths"}));
  const tw::Mark* span = data_mark(s, "Rare earths (customs total), exports, Jan–Feb 2024");
  REQUIRE(span != nullptr);
  CHECK(span->kind == tw::MarkKind::line);
  // Drawn at the monthly average (issue 13, fault 12); the reading keeps the stated total.
  CHECK(span->aria_label ==
        "Rare earths (customs total), exports, Jan–Feb 2024 (2 months combined): 8,774 t; drawn "
        "at 4,387 t a month, the monthly average (implied). Note: "
        "China customs reports January and February as one combined figure.");
  CHECK(span->y == span->y2);
  const tw::Mark* jan = tw::test::mark_with_text(s, "Jan");
  const tw::Mark* feb = tw::test::mark_with_text(s, "Feb");
  REQUIRE((jan != nullptr && feb != nullptr));
  CHECK(span->x < jan->x);
  CHECK(span->x2 > feb->x);
  const auto has_label = [](const tw::Scene& scene, const std::string& part) {
    for (const tw::Mark* m : marks_with_role(scene, "span-label")) {
      if (m->text.find(part) != std::string::npos) return true;
    }
    return false;
  };
  CHECK(has_label(s, "8,774 t"));
  CHECK(data_mark(s, "Rare earths (customs total), exports, Jan–Feb 2025") != nullptr);
  const tw::Scene zh = bundled_chart(monthly({"rare-earths"}, Lang::zh, 360));
  CHECK(has_label(zh, "合计8,774吨¹"));
}

TEST_CASE("monthly: a note on a month's figure marks that year's point, beside it") {
  const tw::Scene s = bundled_chart(monthly({"rare-earths"}));
  // No guide across the month's column: it would mark every year's line (issue 13, fault 3).
  CHECK(marks_with_role(s, "guide").empty());
  const auto marks = marks_with_role(s, "note-marker");
  REQUIRE(marks.size() == 2);  // April 2025 (export controls) and October 2025 (sources differ)
  const tw::Mark* apr = data_mark(s, "Rare earths (customs total), exports, Apr 2025:");
  const tw::Mark* oct = data_mark(s, "Rare earths (customs total), exports, Oct 2025:");
  REQUIRE(apr != nullptr);
  REQUIRE(oct != nullptr);
  CHECK(marks[0]->x == Approx(apr->x));
  CHECK(marks[0]->y < apr->y);  // just above its point
  CHECK(marks[0]->y > apr->y - 20);
  CHECK(marks[1]->x == Approx(oct->x));
  CHECK(marks[0]->text == "²");  // after the combined Jan–Feb's ¹
  CHECK(marks[1]->text == "³");
  // The mark has the class of its year's series, as the point has.
  CHECK(marks[0]->classes.find("tw-series-") != std::string::npos);
  CHECK(apr->classes.find(marks[0]->classes.substr(marks[0]->classes.find("tw-series-"))) !=
        std::string::npos);
  CHECK(oct->aria_label.find(". Note: Sources differ on October 2025 exports") !=
        std::string::npos);

  ChartRequest r = monthly({});
  auto april = tw::chart_scene(noted_april(), r);
  REQUIRE(april.ok());
  const tw::Scene& a = april.value();
  const auto april_marks = marks_with_role(a, "note-marker");
  REQUIRE(april_marks.size() == 1);
  const tw::Mark* m4 = data_mark(a, "A, exports, M4:");  // no phrase given: the label, lowered
  REQUIRE(m4 != nullptr);
  CHECK(april_marks[0]->x == Approx(m4->x));
  CHECK(marks_with_role(a, "note")[0]->text == "¹ Export controls took effect in April.");
  CHECK(tw::test::layout_problems(a) == std::vector<std::string>{});
}

TEST_CASE("monthly: a month without neighbours is a dot; magnets' missing February is a gap") {
  const tw::Scene s = bundled_chart(monthly({"magnets"}));
  const tw::Mark* jan = data_mark(s, "Permanent magnets, exports, Jan 2025:");
  REQUIRE(jan != nullptr);
  for (const tw::Mark* line : marks_with_role(s, "line")) {
    for (const tw::Point& p : line->points) CHECK_FALSE((p.x == jan->x && p.y == jan->y));
  }
  CHECK(marks_with_role(s, "footer")[0]->text.find("Feb 2025") != std::string::npos);
}

TEST_CASE("monthly: by default the first selected product with monthly figures") {
  ChartRequest r = monthly({});
  r.flows = {"import", "export"};
  const tw::Scene s = bundled_chart(r);
  CHECK(s.title == "Rare earths (customs total): monthly imports and exports, 2024 and 2025");
  CHECK(tw::test::mark_with_text(s, "Imports") != nullptr);
  CHECK(tw::test::mark_with_text(s, "Exports") != nullptr);
  ChartRequest none = monthly({"oxides"});
  CHECK(tw::test::mark_with_text(bundled_chart(none),
                                 "No monthly figures reported for this selection.") != nullptr);
}
