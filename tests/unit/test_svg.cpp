#include <catch2/catch.hpp>
#include <cstdlib>
#include <regex>

#include "chart_checks.h"
#include "trade_widget/svg.h"

namespace {

/// Every "<" opens or closes one of the elements the renderer writes, and every "&" starts one
/// of the entities it writes: what a hostile string would break.
bool only_known_markup(const std::string& svg) {
  static const std::regex tag(R"(<(/?)(svg|style|title|desc|rect|line|polyline|circle|text)[ >/])");
  for (std::size_t i = svg.find('<'); i != std::string::npos; i = svg.find('<', i + 1)) {
    const std::string head = svg.substr(i, 12);
    if (!std::regex_search(head, tag, std::regex_constants::match_continuous)) return false;
  }
  static const std::regex entity(R"(&(amp|lt|gt|quot|#39);)");
  for (std::size_t i = svg.find('&'); i != std::string::npos; i = svg.find('&', i + 1)) {
    const std::string head = svg.substr(i, 6);
    if (!std::regex_search(head, entity, std::regex_constants::match_continuous)) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("escaping turns markup characters into entities") {
  CHECK(tw::escape_xml("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;");
  CHECK(tw::escape_xml("</svg><script>alert(1)</script>") ==
        "&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(tw::escape_xml("\"Tom\" & 'Jerry'") == "&quot;Tom&quot; &amp; &#39;Jerry&#39;");
  CHECK(tw::escape_xml("稀土 – 24,151.3吨") == "稀土 – 24,151.3吨");
}

TEST_CASE("characters XML forbids and invalid UTF-8 become U+FFFD") {
  CHECK(tw::escape_xml(std::string("a\x01"
                                   "b",
                                   3)) == "a\uFFFDb");
  CHECK(tw::escape_xml(std::string("a\0b", 3)) == "a\uFFFDb");
  CHECK(tw::escape_xml("tab\tand\nnewline") == "tab\tand\nnewline");
  CHECK(tw::escape_xml("\xff\xfe") == "\uFFFD\uFFFD");
  CHECK(tw::escape_xml("\xef\xbf\xbf") == "\uFFFD");  // U+FFFF
  CHECK(tw::escape_xml("ok \uFFFD") == "ok \uFFFD");
}

TEST_CASE("coordinates have one decimal at most and never depend on the locale") {
  CHECK(tw::coordinate(12.25) == "12.3");
  CHECK(tw::coordinate(3.0) == "3");
  CHECK(tw::coordinate(-0.04) == "0");
  CHECK(tw::coordinate(-7.55) == "-7.6");  // rounds half away from zero
  CHECK(tw::coordinate(1199.96) == "1200");
  CHECK(tw::coordinate(0.1) == "0.1");
  CHECK(tw::coordinate(std::nan("")) == "0");
}

TEST_CASE("the markup builder nests, escapes values and closes empty elements") {
  tw::Markup m;
  m.open("svg").attr("class", "a\"b").open("rect").attr("x", 1.25).close();
  m.open("text").attr("x", 2.0).text("<b>&").close().close();
  CHECK(m.str() ==
        "<svg class=\"a&quot;b\"><rect x=\"1.3\"/><text x=\"2\">&lt;b&gt;&amp;</text></svg>");
  tw::Markup late;
  late.open("text").text("a").attr("onload", "x").close();  // attributes after content: ignored
  CHECK(late.str() == "<text>a</text>");
}

TEST_CASE("a scene becomes SVG with role, title, desc and data attributes on data marks") {
  tw::Scene s;
  s.kind = "volumes";
  s.width = 360;
  s.height = 120.5;
  s.title = "Exports by product";
  s.description = "Exports of rare earth oxides rose 38.0% year on year to 24,151.3 t.";
  tw::Mark bar = tw::rect_mark(10, 20, 100.04, 16, "tw-mark tw-bar", "bar");
  bar.focusable = true;
  bar.aria_label = "Oxides, exports, Jan–Sep 2025: 24,151.3 t, +38.0%";
  bar.key = "export|oxides|world|2025-01/2025-09|volume";
  bar.observation = 16;
  s.marks.push_back(bar);
  tw::Mark label = tw::text_mark("Rare earths…", 10, 50, 13, tw::Anchor::end, "tw-label", "label");
  label.full_text = "Rare earths (customs total)";
  s.marks.push_back(label);
  const std::string svg = tw::to_svg(s);
  CHECK(
      svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tw-chart tw-chart-volumes\" "
                "viewBox=\"0 0 360 120.5\" width=\"360\" height=\"120.5\" role=\"img\" lang=\"en\"",
                0) == 0);
  CHECK(svg.find("<title>Exports by product</title>") != std::string::npos);
  CHECK(svg.find(
            "<desc>Exports of rare earth oxides rose 38.0% year on year to 24,151.3 t.</desc>") !=
        std::string::npos);
  CHECK(svg.find(
            "<rect class=\"tw-mark tw-bar\" x=\"10\" y=\"20\" width=\"100\" height=\"16\" "
            "tabindex=\"0\" role=\"img\" aria-label=\"Oxides, exports, Jan–Sep 2025: 24,151.3 t, "
            "+38.0%\" data-key=\"export|oxides|world|2025-01/2025-09|volume\" "
            "data-observation=\"16\"/>") != std::string::npos);
  CHECK(svg.find("<text class=\"tw-label\" x=\"10\" y=\"50\" font-size=\"13\" text-anchor=\"end\">"
                 "<title>Rare earths (customs total)</title>Rare earths…</text>") !=
        std::string::npos);
  CHECK(svg.find("<style>") == std::string::npos);
  CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
  tw::SvgOptions standalone;
  standalone.embed_style = true;
  CHECK(tw::to_svg(s, standalone).find("<style>") != std::string::npos);
  CHECK(only_known_markup(svg));
}

TEST_CASE("hostile strings in every text of a scene stay text") {
  const std::vector<std::string> hostile = {"<img src=x onerror=alert(1)>",
                                            "</svg><script>alert(1)</script>",
                                            "\" onmouseover=\"alert(1)",
                                            "' autofocus onfocus='alert(1)",
                                            "&amp; &#x3C; &",
                                            "\x01\xff"};
  for (const std::string& h : hostile) {
    tw::Scene s;
    s.kind = h;
    s.title = h;
    s.description = h;
    tw::Mark t = tw::text_mark(h, 1, 2, 12, tw::Anchor::start, h, h);
    t.full_text = h;
    t.focusable = true;
    t.aria_label = h;
    t.key = h;
    s.marks.push_back(t);
    const std::string svg = tw::to_svg(s);
    INFO(svg);
    CHECK(only_known_markup(svg));
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("<img") == std::string::npos);
    CHECK(svg.find("\" onmouseover") == std::string::npos);
  }
}

TEST_CASE("the core embeds core/src/chart/chart-theme.css, the one source of the chart theme") {
  CHECK(tw::test::read_fixture("core/src/chart/chart-theme.css") == tw::chart_theme_css());
  // Every class a chart uses has a rule (spot check of the palette and the states).
  const std::string css = tw::chart_theme_css();
  for (const char* cls : {".tw-bar", ".tw-aggregate", ".tw-rise", ".tw-fall", ".tw-derived",
                          ".tw-others", ".tw-part-1", ".tw-series-1", ".tw-series-2", ".tw-grid",
                          ".tw-zero", ".tw-not-reported", ".tw-mark:focus", ".tw-theme-dark"}) {
    CHECK(css.find(cls) != std::string::npos);
  }
}
