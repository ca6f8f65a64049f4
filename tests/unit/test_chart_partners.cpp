#include <catch2/catch.hpp>

#include "chart/chart_partners.h"
#include "chart_checks.h"

using tw::ChartRequest;
using tw::Lang;
using tw::test::bundled_chart;
using tw::test::data_mark;
using tw::test::marks_with_role;

namespace {
ChartRequest partners(std::vector<std::string> flows, std::vector<std::string> products,
                      std::string period, Lang lang = Lang::en, int width = 800) {
  ChartRequest r;
  r.chart = "partners";
  r.flows = std::move(flows);
  r.products = std::move(products);
  r.period = std::move(period);
  r.lang = lang;
  r.width = width;
  return r;
}
}  // namespace

TEST_CASE("partners: September 2025 magnet exports by partner, with derived shares") {
  const tw::Scene s = bundled_chart(partners({"export"}, {"magnets"}, "2025-09"));
  CHECK(s.title == "Exports of rare earth permanent magnets by partner, Sep 2025");
  const auto bars = marks_with_role(s, "bar");
  std::vector<std::string> readings;
  for (const tw::Mark* b : bars) readings.push_back(b->aria_label);
  CHECK(
      readings ==
      std::vector<std::string>{
          "World, Permanent magnets, exports, Sep 2025: 5,774 t",
          "Germany, Permanent magnets, exports, Sep 2025: 1,288 t, 22.3% of the total, implied",
          "South Korea, Permanent magnets, exports, Sep 2025: 854 t, 14.8% of the total, implied",
          "Vietnam, Permanent magnets, exports, Sep 2025: 456 t, 7.9% of the total, implied",
          "United States, Permanent magnets, exports, Sep 2025: 420 t, 7.3% of the total, implied",
          "Japan, Permanent magnets, exports, Sep 2025: 228 t, 3.9% of the total, implied"});
  CHECK(tw::test::has_class(*bars[0], "tw-aggregate"));
  for (std::size_t i = 2; i < bars.size(); ++i) CHECK(bars[i]->width <= bars[i - 1]->width);
  CHECK(bars[1]->width / 1288 == Approx(bars[0]->width / 5774));
  CHECK(tw::test::mark_with_text(s, "1,288 t, 22.3% implied") != nullptr);
  CHECK(tw::test::mark_with_text(
            s, "Other partners or not reported: 43.8% of the total (implied).") != nullptr);
  CHECK(marks_with_role(s, "source")[0]->text == "Sources: Liberty Times Net; asiacity.news");
}

TEST_CASE("partners: shares as bars when partner volumes are not given") {
  const tw::Scene s = bundled_chart(partners({"import", "export"}, {"oxides"}, ""));
  const tw::Mark* us = data_mark(s, "United States, Oxides, exports");
  REQUIRE(us != nullptr);
  CHECK(us->aria_label == "United States, Oxides, exports, Jan–Sep 2025: 40% of the total");
  CHECK(us->key == "export|oxides|us|2025-01/2025-09|share");
  const tw::Mark* mm = data_mark(s, "Myanmar, Oxides, imports");
  REQUIRE(mm != nullptr);
  CHECK(mm->width / 61.8 == Approx(us->width / 40));
  CHECK(tw::test::mark_with_text(s, "Share of the total (%)") != nullptr);
  CHECK(tw::test::mark_with_text(
            s, "Other partners or not reported: 60% of the total (implied).") != nullptr);
}

TEST_CASE("partners in Chinese, and a selection without partners") {
  const tw::Scene s = bundled_chart(partners({"export"}, {"magnets"}, "2025-09", Lang::zh, 360));
  CHECK(s.title == "2025年9月稀土永磁体出口（分国别）");
  CHECK(data_mark(s, "德国，永磁体，出口，2025年9月：1,288吨，占总量22.3%（推算）") != nullptr);
  const tw::Scene none = bundled_chart(partners({"export"}, {"rare-earths"}, ""));
  CHECK(tw::test::mark_with_text(none, "No partner figures reported for this selection.") !=
        nullptr);
}
