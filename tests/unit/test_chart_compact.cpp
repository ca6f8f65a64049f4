// Compact charts (ChartRequest::compact), for a page that shows the notes and sources around the
// chart itself: the same title, marks and readings, without the subtitle and the footer texts.
#include <catch2/catch.hpp>

#include "chart_checks.h"
#include "trade_widget/svg.h"

using tw::ChartRequest;
using tw::Lang;
using tw::test::bundled;
using tw::test::layout_problems;

namespace {

std::string svg_of(const ChartRequest& r) {
  const auto svg = tw::render_chart_svg(bundled(), r);
  REQUIRE(svg.ok());
  return svg.value();
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE(
    "a compact chart draws no subtitle, note marks, notes or sources, and keeps its readings") {
  ChartRequest full;
  full.width = 336;
  ChartRequest compact = full;
  compact.compact = true;
  const std::string a = svg_of(full);
  const std::string b = svg_of(compact);
  CHECK(has(a, "class=\"tw-subtitle\""));
  CHECK(has(a, "class=\"tw-source\""));
  CHECK(has(a, "48,355.7 t, +12.6% implied¹"));
  CHECK(has(b, ">Exports by product, Jan–Sep 2025</text>"));
  CHECK_FALSE(has(b, "class=\"tw-subtitle\""));
  CHECK_FALSE(has(b, "class=\"tw-source\""));
  CHECK_FALSE(has(b, "¹"));
  CHECK(has(b, ">48,355.7 t, +12.6% implied</text>"));
  // What a screen reader hears is the same: the title, the description and each mark's note.
  CHECK(has(b, "<title>Exports by product, Jan–Sep 2025</title>"));
  CHECK(has(b, "Note: Antaike puts January–September 2025 exports"));
  // The gaps stay in the chart: a missing figure is said where it would be drawn.
  CHECK(has(b, "No figures for exports: Concentrates and Compounds."));
  const auto tall = tw::chart_scene(bundled(), full).value().height;
  const auto short_ = tw::chart_scene(bundled(), compact).value().height;
  CHECK(short_ < tall - 120);
}

TEST_CASE("compact charts lay out cleanly at every chart type, language and width") {
  for (const std::string& chart : tw::chart_types()) {
    for (Lang lang : {Lang::en, Lang::zh}) {
      for (int width : {320, 360, 600, 800, 1200}) {
        for (const std::vector<std::string>& flows :
             {std::vector<std::string>{}, std::vector<std::string>{"import"},
              std::vector<std::string>{"import", "export"}}) {
          ChartRequest r;
          r.chart = chart;
          r.flows = flows;
          r.lang = lang;
          r.width = width;
          r.compact = true;
          const auto scene = tw::chart_scene(bundled(), r);
          REQUIRE(scene.ok());
          INFO(chart << " " << width << " flows " << flows.size());
          CHECK(layout_problems(scene.value()) == std::vector<std::string>{});
        }
      }
    }
  }
}

TEST_CASE("compact is read from a chart request, and a wrong type is an error naming it") {
  CHECK(tw::parse_chart_request(R"({"compact": true})").value().compact);
  CHECK_FALSE(tw::parse_chart_request("{}").value().compact);
  const auto bad = tw::parse_chart_request(R"({"compact": "yes"})");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.errors()[0].path == "request.compact");
  CHECK(bad.errors()[0].message == "expected true or false, got \"yes\"");
}

TEST_CASE("the embed draws two flows apart: each flow that has something to draw") {
  using Flows = std::vector<std::string>;
  ChartRequest r;
  r.compact = true;
  r.flows = {"import", "export"};
  CHECK(tw::flows_drawn_apart(bundled(), r) == Flows{"import", "export"});
  // Permanent magnets: monthly figures for exports only, so the strip holds no empty imports chart.
  r.chart = "monthly";
  r.product = "magnets";
  CHECK(tw::flows_drawn_apart(bundled(), r) == Flows{"export"});
  r.product = "rare-earths";
  CHECK(tw::flows_drawn_apart(bundled(), r) == Flows{"import", "export"});
  // One flow, or a request in error: as it is.
  r.flows = {"export"};
  CHECK(tw::flows_drawn_apart(bundled(), r) == Flows{"export"});
  r.flows = {"import", "nowhere"};
  CHECK(tw::flows_drawn_apart(bundled(), r) == Flows{"import", "nowhere"});
  // Each chart apart is at most as tall as the one of both flows.
  r.flows = {"import", "export"};
  const double both = tw::chart_scene(bundled(), r).value().height;
  for (const char* flow : {"import", "export"}) {
    ChartRequest one = r;
    one.flows = {flow};
    CHECK(tw::chart_scene(bundled(), one).value().height < both);
  }
}
