#include <catch2/catch.hpp>

#include "chart_checks.h"
#include "trade_widget/load.h"
#include "trade_widget/svg.h"

using tw::ChartRequest;
using tw::Lang;
using tw::test::bundled;
using tw::test::layout_problems;

namespace {

ChartRequest request(const std::string& chart, std::vector<std::string> flows = {},
                     std::vector<std::string> products = {}, std::string period = "") {
  ChartRequest r;
  r.chart = chart;
  r.flows = std::move(flows);
  r.products = std::move(products);
  r.period = std::move(period);
  return r;
}

/// The selections the story uses, for every chart type.
std::vector<ChartRequest> story_requests() {
  std::vector<ChartRequest> out;
  for (const std::string& chart : tw::chart_types()) {
    out.push_back(request(chart));
    out.push_back(request(chart, {"import", "export"}));
    out.push_back(request(chart, {"import"}));
  }
  for (const char* product : {"oxides", "concentrates", "metals-alloys", "compounds", "magnets"}) {
    out.push_back(request("shares", {"import", "export"}, {product}));
    out.push_back(request("partners", {"import", "export"}, {product}));
  }
  out.push_back(request("partners", {"export"}, {"magnets"}, "2025-09"));
  out.push_back(request("monthly", {"export"}, {"magnets"}));
  out.push_back(request("monthly", {"import", "export"}, {"rare-earths"}));
  out.push_back(request("volumes", {"export"}, {}, "2025-01/2025-06"));
  out.push_back(request("yoy", {"import", "export"}, {}, "2025-01/2025-06"));
  return out;
}

/// A dataset whose every text is hostile.
const tw::Dataset& hostile() {
  static const tw::Dataset ds = [] {
    auto loaded = tw::load_dataset(R"json({"format": "trade-widget/1",
  "meta": {"title": {"en": "</svg><script>alert(1)</script>", "zh": "<img src=x onerror=alert(1)>"},
    "coverage": {"en": "a & b", "zh": "a & b"}, "units": {"volume": {"en": "t<b>", "zh": "吨&amp;"}},
    "sources": [{"id": "s1", "publisher": "\"Quoted\" & <Co>", "author": "O'Brien <b>",
                 "title": null, "date": null, "url": null}],
    "notes": [{"id": "n1", "text": {"en": "<img src=x onerror=alert(1)> \u0001 note", "zh": "</desc><script>x</script>"}}]},
  "dimensions": {
    "flow": [{"id": "export", "label": {"en": "Ex<ports>", "zh": "出<口>"}}],
    "product": [{"id": "a", "label": {"en": "<img src=x onerror=alert(1)>", "zh": "</text><script>"}},
                {"id": "all", "label": {"en": "All & \"everything\"", "zh": "全部'"}, "aggregate": true}],
    "partner": [{"id": "world", "label": {"en": "World", "zh": "全球"}, "aggregate": true},
                {"id": "x", "label": {"en": "X' onfocus='alert(1)", "zh": "X\"国"}}],
    "period": [{"id": "2025-01", "label": {"en": "Jan <2025>", "zh": "2025年1月&"}, "start": "2025-01", "end": "2025-01"},
               {"id": "2025-02", "label": {"en": "Feb <2025>", "zh": "2025年2月&"}, "start": "2025-02", "end": "2025-02"},
               {"id": "2024-01", "label": {"en": "Jan <2024>", "zh": "2024年1月&"}, "start": "2024-01", "end": "2024-01"},
               {"id": "2024-02", "label": {"en": "Feb <2024>", "zh": "2024年2月&"}, "start": "2024-02", "end": "2024-02"}]},
  "observations": [
    ["export", "a", "world", "2025-01", "volume", 10, "s1", null, "n1"],
    ["export", "a", "world", "2025-01", "yoy", 5.5, "s1"],
    ["export", "all", "world", "2025-01", "volume", 20, "s1"],
    ["export", "a", "x", "2025-01", "share", 40, "s1", null, "n1"],
    ["export", "a", "x", "2025-01", "volume", 4, "s1"],
    ["export", "a", "world", "2025-02", "volume", 12, "s1"],
    ["export", "a", "world", "2024-01", "volume", 8, "s1"],
    ["export", "a", "world", "2024-02", "volume", null, null]]})json");
    REQUIRE(loaded.ok());
    return std::move(loaded.value());
  }();
  return ds;
}

}  // namespace

TEST_CASE("chart requests parse from JSON") {
  const auto r = tw::parse_chart_request(
      R"({"chart": "shares", "flows": ["import", "export"], "products": ["oxides"],
          "period": "2025-01/2025-09", "product": "oxides", "lang": "zh", "width": 360.4})");
  REQUIRE(r.ok());
  CHECK(r.value().chart == "shares");
  CHECK(r.value().flows == std::vector<std::string>{"import", "export"});
  CHECK(r.value().products == std::vector<std::string>{"oxides"});
  CHECK(r.value().period == "2025-01/2025-09");
  CHECK(r.value().product == "oxides");
  CHECK(r.value().lang == Lang::zh);
  CHECK(r.value().width == 360);
  const auto defaults = tw::parse_chart_request("{}");
  REQUIRE(defaults.ok());
  CHECK(defaults.value().width == 800);
  CHECK(defaults.value().lang == Lang::en);
}

TEST_CASE("bad chart requests are errors that name the field and the value") {
  CHECK(tw::parse_chart_request("[1]").errors()[0].message == "expected a JSON object");
  CHECK(tw::parse_chart_request("{").errors()[0].path == "request");
  const auto bad = tw::parse_chart_request(
      R"({"chart": 3, "flows": "export", "products": [1], "lang": "fr", "width": "wide"})");
  REQUIRE_FALSE(bad.ok());
  std::vector<std::string> lines;
  for (const auto& e : bad.errors()) lines.push_back(e.path + ": " + e.message);
  CHECK(lines == std::vector<std::string>{"request.chart: expected a string, got 3",
                                          "request.flows: expected an array of ids, got \"export\"",
                                          "request.products[0]: expected an id (a string), got 1",
                                          "request.lang: expected \"en\" or \"zh\", got \"fr\"",
                                          "request.width: expected a number of px, got \"wide\""});
}

TEST_CASE("unknown ids and chart types are errors naming the request field") {
  ChartRequest r = request("pie", {"export", "re-export"}, {"gold"}, "2031");
  r.product = "silver";
  const auto scene = tw::chart_scene(bundled(), r);
  REQUIRE_FALSE(scene.ok());
  std::vector<std::string> lines;
  for (const auto& e : scene.errors()) lines.push_back(e.path + ": " + e.message);
  CHECK(lines == std::vector<std::string>{
                     "request.chart: \"pie\" is not a chart type: expected volumes, yoy, shares, "
                     "monthly or partners",
                     "request.product: \"silver\" is not in this dataset's products",
                     "request.flows[1]: \"re-export\" is not in this dataset's flows",
                     "request.products[0]: \"gold\" is not in this dataset's products",
                     "request.period: \"2031\" is not in this dataset's periods"});
  const auto three = tw::chart_scene(bundled(), request("volumes", {"export", "import", "export"}));
  REQUIRE_FALSE(three.ok());
  CHECK(three.errors()[0].message == "at most two flows can be drawn side by side, got 3");
}

TEST_CASE("widths outside 320-1200 px are drawn at the nearest width, with a warning") {
  ChartRequest r = request("volumes");
  r.width = 200;
  const auto narrow = tw::chart_scene(bundled(), r);
  REQUIRE(narrow.ok());
  CHECK(narrow.value().width == 320);
  REQUIRE(narrow.warnings().size() == 1);
  CHECK(narrow.warnings()[0].message ==
        "charts are laid out from 320 to 1200 px wide; 200 px was drawn at 320 px");
  r.width = 5000;
  CHECK(tw::chart_scene(bundled(), r).value().width == 1200);
}

TEST_CASE("the default request draws the volumes chart of the default flow and period") {
  const auto svg = tw::render_chart_svg(bundled(), ChartRequest{});
  REQUIRE(svg.ok());
  CHECK(svg.value().find("class=\"tw-chart tw-chart-volumes\"") != std::string::npos);
  CHECK(svg.value().find("<title>Exports by product, Jan–Sep 2025</title>") != std::string::npos);
  CHECK(svg.value().find("width=\"800\"") != std::string::npos);
  CHECK(svg.value().find("<desc>Exports of rare earths rose 12.6% year on year (implied) to "
                         "48,355.7 t.") != std::string::npos);
}

TEST_CASE("no text overlaps and nothing leaves the viewBox, at 320, 360, 800 and 1200 px") {
  for (const ChartRequest& base : story_requests()) {
    for (Lang lang : {Lang::en, Lang::zh}) {
      for (int width : {320, 360, 800, 1200}) {
        ChartRequest r = base;
        r.lang = lang;
        r.width = width;
        const auto scene = tw::chart_scene(bundled(), r);
        REQUIRE(scene.ok());
        INFO(r.chart << " " << (lang == Lang::zh ? "zh" : "en") << " " << width << " flows "
                     << r.flows.size() << " products " << r.products.size() << " " << r.period);
        CHECK(layout_problems(scene.value()) == std::vector<std::string>{});
        CHECK(scene.value().width == width);
      }
    }
  }
}

TEST_CASE("every width from 320 to 1200 px lays every chart out cleanly") {
  // Every 7th px (a full 1-px sweep, 26,430 scenes, passed when this was written; it is too slow
  // for every run under the sanitizers and in wasm).
  const std::vector<std::vector<std::string>> flow_sets = {
      {"export"}, {"import"}, {"import", "export"}};
  for (const std::string& chart : tw::chart_types()) {
    for (const auto& flows : flow_sets) {
      for (Lang lang : {Lang::en, Lang::zh}) {
        for (int width = 320; width <= 1200; width = width == 1195 ? 1200 : width + 7) {
          ChartRequest r = chart == "partners" ? request(chart, flows, {"magnets"}, "2025-09")
                                               : request(chart, flows);
          r.lang = lang;
          r.width = width;
          const auto scene = tw::chart_scene(bundled(), r);
          REQUIRE(scene.ok());
          INFO(chart << " " << width << " " << flows.size());
          CHECK(layout_problems(scene.value()) == std::vector<std::string>{});
        }
      }
    }
  }
}

TEST_CASE("hostile texts in a dataset stay text in every chart") {
  for (const std::string& chart : tw::chart_types()) {
    for (Lang lang : {Lang::en, Lang::zh}) {
      ChartRequest r = request(chart);
      r.lang = lang;
      r.width = 360;
      const auto svg = tw::render_chart_svg(hostile(), r);
      REQUIRE(svg.ok());
      INFO(svg.value());
      CHECK(svg.value().find("<script") == std::string::npos);
      CHECK(svg.value().find("<img") == std::string::npos);
      CHECK(svg.value().find("</desc><") == std::string::npos);
      CHECK(svg.value().find("onfocus='") == std::string::npos);
      CHECK(svg.value().find('\x01') == std::string::npos);
      CHECK(svg.value().find("&lt;") != std::string::npos);  // the texts are there, escaped
    }
  }
}

TEST_CASE("charts of the same request are byte-identical") {
  ChartRequest r = request("monthly", {"import", "export"});
  r.lang = Lang::zh;
  r.width = 517;
  CHECK(tw::render_chart_svg(bundled(), r).value() == tw::render_chart_svg(bundled(), r).value());
}
