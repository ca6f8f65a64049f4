#include <catch2/catch.hpp>

#include "chart/chart_shares.h"
#include "chart_checks.h"

using tw::ChartRequest;
using tw::Lang;
using tw::test::bundled_chart;
using tw::test::data_mark;
using tw::test::marks_with_role;

namespace {
ChartRequest shares(std::vector<std::string> flows, std::vector<std::string> products,
                    Lang lang = Lang::en, int width = 800, std::string period = "") {
  ChartRequest r;
  r.chart = "shares";
  r.flows = std::move(flows);
  r.products = std::move(products);
  r.lang = lang;
  r.width = width;
  r.period = std::move(period);
  return r;
}
}  // namespace

TEST_CASE("shares: the top partner and an honest 'others or not reported'") {
  const tw::Scene s = bundled_chart(shares({"export"}, {"oxides"}));
  CHECK(s.title == "Shares by partner: Oxides, Jan–Sep 2025");
  const auto segments = marks_with_role(s, "segment");
  REQUIRE(segments.size() == 2);
  CHECK(segments[0]->aria_label ==
        "United States, Oxides, exports, Jan–Sep 2025: 40% of the total");
  CHECK(segments[0]->key == "export|oxides|us|2025-01/2025-09|share");
  CHECK(segments[1]->aria_label ==
        "Others or not reported, Oxides, exports, Jan–Sep 2025: 60% of the total, implied");
  CHECK(segments[0]->width / 40 == Approx(segments[1]->width / 60));
  CHECK(segments[0]->width + segments[1]->width == Approx(800 - 32));
  CHECK(tw::test::mark_with_text(s, "United States") != nullptr);
  CHECK(tw::test::mark_with_text(s, "40%") != nullptr);
  CHECK(tw::test::mark_with_text(s, "60% implied") != nullptr);
  CHECK(tw::test::mark_with_text(s, "Exports (total 24,151.3 t)") != nullptr);
}

TEST_CASE("shares: 'United States 99.3%, others 0.7%', with the source's note") {
  const tw::Scene s = bundled_chart(shares({"import"}, {"concentrates"}, Lang::en, 360));
  const tw::Mark* us = data_mark(s, "United States, Concentrates, imports");
  REQUIRE(us != nullptr);
  CHECK(us->aria_label.rfind("United States, Concentrates, imports, Jan–Sep 2025: 99.3% of the "
                             "total. Note: No rare earth concentrates",
                             0) == 0);
  const tw::Mark* others = data_mark(s, "Others or not reported, Concentrates");
  REQUIRE(others != nullptr);
  CHECK(others->aria_label.find(": 0.7% of the total, implied") != std::string::npos);
  // A 0.7% sliver has no room for a label: the key below names every segment.
  CHECK(tw::test::mark_with_text(s, "United States 99.3%¹") != nullptr);
  CHECK(tw::test::mark_with_text(s, "Others or not reported 0.7% implied") != nullptr);
  CHECK(marks_with_role(s, "note")[0]->text.rfind("¹ No rare earth concentrates", 0) == 0);
}

TEST_CASE("shares: the first selected product with partner figures is drawn by default") {
  const tw::Scene s = bundled_chart(shares({"export"}, {}));
  CHECK(s.title == "Shares by partner: Metals and alloys, Jan–Sep 2025");
  CHECK(data_mark(s, "Japan, Metals and alloys, exports") != nullptr);
}

TEST_CASE("shares: derived shares from partner volumes, several partners") {
  const tw::Scene s = bundled_chart(shares({"export"}, {"magnets"}, Lang::en, 800, "2025-09"));
  const auto segments = marks_with_role(s, "segment");
  REQUIRE(segments.size() == 6);
  CHECK(segments[0]->aria_label ==
        "Germany, Permanent magnets, exports, Sep 2025: 22.3% of the total, implied");
  CHECK(
      segments[5]->aria_label ==
      "Others or not reported, Permanent magnets, exports, Sep 2025: 43.8% of the total, implied");
  CHECK(tw::test::mark_with_text(s, "Germany 22.3% implied") != nullptr);
}

TEST_CASE("shares: a flow without partner figures says so") {
  const tw::Scene s = bundled_chart(shares({"import", "export"}, {"compounds"}, Lang::zh, 360));
  CHECK(tw::test::mark_with_text(s, "未报告国别占比。") != nullptr);
  CHECK(data_mark(s, "马来西亚，化合物，进口") != nullptr);
  const tw::Scene none = bundled_chart(shares({"export"}, {"rare-earths"}));
  CHECK(tw::test::mark_with_text(none, "No partner shares reported for this selection.") !=
        nullptr);
}
