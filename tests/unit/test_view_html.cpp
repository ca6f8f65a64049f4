// The widget's content as HTML (view_html.h): what the build writes into the page and what the
// live page inserts from the module, checked as a reader would read it.
#include <catch2/catch.hpp>

#include "test_support.h"
#include "trade_widget/load.h"
#include "trade_widget/view_html.h"

using tw::Lang;
using tw::Layout;
using tw::WidgetRequest;
using tw::test::bundled;

namespace {

std::string html_of(const WidgetRequest& r, const tw::Dataset& ds = bundled()) {
  const auto html = tw::widget_html(ds, r);
  REQUIRE(html.ok());
  return html.value();
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

bool has(const std::string& text, const std::string& part) { return count(text, part) > 0; }

/// The HTML outside the inline SVGs (which use XML's "/>", as SVG in HTML allows).
std::string outside_svg(const std::string& html) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    const std::size_t svg = html.find("<svg", at);
    out += html.substr(at, svg == std::string::npos ? std::string::npos : svg - at);
    if (svg == std::string::npos) return out;
    at = html.find("</svg>", svg) + 6;
  }
}

}  // namespace

TEST_CASE("the embed's default view: heading, controls, chart, key sentence, footer parts") {
  const std::string html = html_of(WidgetRequest{});
  CHECK(html.rfind("<div class=\"tw-layout tw-embed\"><header class=\"tw-header\">", 0) == 0);
  CHECK(has(html, "<h1>China&#39;s rare-earth trade, January–September 2025</h1>"));
  // The language button is named by what it shows, in its language; the title says what it does.
  CHECK(has(
      html,
      "title=\"Switch to Chinese\" data-focus-key=\"lang\"><span lang=\"zh-Hans\">中文</span>"));
  // Controls show the default state: exports, volumes, every product.
  CHECK(has(html, "value=\"export\" checked=\"\""));
  CHECK(has(html, "value=\"volumes\" checked=\"\""));
  CHECK(count(html, "type=\"checkbox\" name=\"tw-products\"") == 7);
  CHECK(count(html, "name=\"tw-products\" value=\"") ==
        count(html, "\" checked=\"\" data-focus-key=\"products:"));
  CHECK(has(html, "<span class=\"tw-ms-count\">all 7</span>"));
  // One chart, drawn compact at every page width.
  CHECK(count(html, "<figure class=\"tw-chart-figure\" data-chart=\"volumes\">") == 1);
  CHECK(count(html, "<div class=\"tw-cw\" data-width=\"") == tw::page_chart_widths().size());
  CHECK_FALSE(has(html, "class=\"tw-subtitle\""));
  // The key sentence: the flow's lead figure (its total); the others are in the cards.
  CHECK(has(html,
            "<p class=\"tw-narrative\" aria-live=\"polite\" aria-atomic=\"true\">Exports of rare "
            "earths rose 12.6% year on year (implied) to 48,355.7 t.</p>"));
  // The footer line: source, key figures, notes, table, download; the cards' h3 follow an h2.
  for (const char* part : {"sources", "figures", "notes", "table"}) {
    CHECK(has(html, std::string("data-part=\"") + part + "\""));
  }
  CHECK(html.find("<h2 class=\"tw-sr\">Key figures</h2>") < html.find("<h3"));
  CHECK(count(html, "<li class=\"tw-card\"") == 5);
  CHECK(count(html, "<tr><th scope=\"row\">") == 13);
  CHECK(has(html, "<span class=\"tw-count\">(13 rows)</span>"));
  CHECK(has(html,
            "<span class=\"tw-foot-label\">Source:</span> <span class=\"tw-source-names\">"
            "cnyes.com, MINING.COM, Zhitong Finance, Liberty Times Net</span>"));
  CHECK(has(html, "target=\"_blank\" rel=\"noopener noreferrer\">Liberty Times Net</a>"));
  // One numbering for the page: the notes list, the figures' marks and the charts use 1, 2, 3.
  CHECK(has(html, "<ol class=\"tw-notes-list\"><li value=\"1\">"));
  // A note mark says "note 1" to screen readers and carries the note as its title.
  CHECK(
      has(html,
          "<span class=\"tw-sr\"> note 1</span><span aria-hidden=\"true\">1</span></span></sup>"));
  // The footer's Download part: the table as CSV, the chart as PNG and SVG.
  CHECK(has(html,
            "<span aria-hidden=\"true\" class=\"tw-icon\">⤓</span> <span "
            "class=\"tw-part-word\">Download</span></summary>"));
  CHECK(has(html, "> Download CSV</button>"));
  CHECK(has(html, "> PNG image</button>"));
  CHECK(has(html, "> SVG image</button>"));
  // The period and partner choices, from the view's lists.
  CHECK(has(html, "<option value=\"2025-01/2025-09\" selected=\"\">Jan–Sep 2025</option>"));
  CHECK(has(html, "<optgroup label=\"Parts of a year\">"));
  CHECK(has(html, "<option value=\"\" selected=\"\">All partners (world)</option>"));
  // The story's key points open with the key figures, before the cards.
  CHECK(has(html,
            "<li class=\"tw-key-point\">In the first three quarters of 2025, China&#39;s rare "
            "earth import and export volumes showed a year-on-year decline"));
  CHECK(
      has(html, "<summary data-focus-key=\"part:points\">4 more points from the story</summary>"));
  CHECK(html.find("tw-key-points") < html.find("tw-cards"));
  // The period and partner choices open from the footer line, which names the period shown.
  CHECK(has(html, "<span class=\"tw-choice-label\">Jan–Sep 2025</span>"));
}

TEST_CASE("the HTML is what an HTML parser reads: no self-closed element outside the charts") {
  const std::string html = outside_svg(html_of(WidgetRequest{}));
  CHECK_FALSE(has(html, "/>"));
  CHECK(has(html, "data-focus-key=\"flow:import\"><span>"));  // <input> is void: no </input>
  CHECK_FALSE(has(html, "</input>"));
  CHECK(has(html, "<p class=\"tw-notice\" role=\"status\" hidden=\"\"></p>"));
}

TEST_CASE("the full report, in Chinese, shows cards, table, sources and notes") {
  WidgetRequest r;
  r.layout = Layout::full;
  r.view.lang = Lang::zh;
  const std::string html = html_of(r);
  CHECK(html.rfind("<div class=\"tw-layout tw-full\">", 0) == 0);
  CHECK(has(html, "<h1>2025年1–9月中国稀土进出口</h1>"));
  CHECK(has(html, "<span lang=\"en\">English</span>"));
  CHECK(has(html, "<p class=\"tw-period\">2025年1–9月</p>"));
  CHECK(has(html, "<h2 class=\"tw-cards-heading\">关键数据</h2>"));
  // The full narrative: one sentence per card.
  CHECK(has(html,
            "稀土氧化物出口24,151.3吨，同比增长38.0%，已报告的伙伴中美国占比最大，为40%"
            "，其他伙伴未报告。"));
  CHECK(has(html, "<footer class=\"tw-sources\"><h2>来源</h2>"));
  CHECK(
      has(html, "<summary data-focus-key=\"table\">数据表 <span class=\"tw-count\">(13行)</span>"));
  CHECK(has(html, "> 下载CSV</button>"));
  CHECK_FALSE(has(html, "data-part=\"figures\""));
  CHECK(has(html, "class=\"tw-subtitle\""));  // full charts keep their subtitle, notes, sources
}

TEST_CASE("no product chosen: the sentence says so, and nothing else is listed") {
  WidgetRequest r;
  r.no_products = true;
  r.ignored = {"zoom=2"};
  const std::string html = html_of(r);
  CHECK(has(html, ">Choose at least one product.</p>"));
  CHECK_FALSE(has(html, "<li class=\"tw-card\""));
  CHECK_FALSE(has(html, "<svg"));
  CHECK(has(html, "<p class=\"tw-empty\">No figures for this selection in this view.</p>"));
  CHECK(has(html, "<span class=\"tw-ms-count\">0 of 7</span>"));
  CHECK_FALSE(has(html, "\" checked=\"\" data-focus-key=\"products:"));
  CHECK(has(html,
            "role=\"status\">Some settings in the link were not recognised and were "
            "ignored: zoom=2</p>"));
}

TEST_CASE("widget requests parse, and wrong fields are errors naming them") {
  const auto r = tw::parse_widget_request(
      R"({"flows": ["import"], "view": "yoy", "lang": "zh", "layout": "full", "noProducts": false,
          "ignored": ["zoom=2"]})");
  REQUIRE(r.ok());
  CHECK(r.value().layout == Layout::full);
  CHECK(r.value().view.lang == Lang::zh);
  CHECK(r.value().ignored == std::vector<std::string>{"zoom=2"});
  const auto bad =
      tw::parse_widget_request(R"({"layout": "wide", "noProducts": 1, "view": "pie"})");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.errors()[0].path == "request.view");
  const auto fields = tw::parse_widget_request(R"({"layout": "wide", "noProducts": 1})");
  REQUIRE_FALSE(fields.ok());
  CHECK(fields.errors()[0].message == "expected \"embed\" or \"full\", got \"wide\"");
  CHECK(fields.errors()[1].path == "request.noProducts");
  WidgetRequest unknown;
  unknown.view.products = {"gold"};
  CHECK_FALSE(tw::widget_html(bundled(), unknown).ok());
}

TEST_CASE("the state a page is written for, as the page's URL hash") {
  CHECK(tw::default_state_hash(bundled(), Lang::en) == "#flow=export&view=volumes&lang=en");
  CHECK(tw::default_state_hash(bundled(), Lang::zh) == "#flow=export&view=volumes&lang=zh");
}

TEST_CASE("hostile texts stay text in the widget's HTML") {
  const auto loaded = tw::load_dataset(R"json({"format": "trade-widget/1",
  "meta": {"title": {"en": "</main><script>alert(1)</script>", "zh": "<img src=x onerror=alert(1)>"},
    "coverage": {"en": "a", "zh": "a"}, "units": {"volume": {"en": "t", "zh": "吨"}},
    "sources": [{"id": "s1", "publisher": "\"Q\" & <Co>", "author": null, "title": "<b>x</b>",
                 "date": null, "url": null}],
    "notes": [{"id": "n1", "text": {"en": "<img src=x onerror=alert(1)>", "zh": "<x>"}}]},
  "dimensions": {
    "flow": [{"id": "export", "label": {"en": "Ex<ports>", "zh": "出口"}}],
    "product": [{"id": "a\"b", "label": {"en": "<img src=x onerror=alert(1)>", "zh": "<p>"}}],
    "partner": [{"id": "world", "label": {"en": "World", "zh": "全球"}, "aggregate": true}],
    "period": [{"id": "2025-01", "label": {"en": "Jan", "zh": "1月"}, "start": "2025-01", "end": "2025-01"}]},
  "observations": [["export", "a\"b", "world", "2025-01", "volume", 10, "s1", null, "n1"]]})json");
  REQUIRE(loaded.ok());
  for (Layout layout : {Layout::embed, Layout::full}) {
    WidgetRequest r;
    r.layout = layout;
    const std::string html = html_of(r, loaded.value());
    CHECK_FALSE(has(html, "<script"));
    CHECK_FALSE(has(html, "<img"));
    CHECK_FALSE(has(html, "</main>"));
    CHECK_FALSE(has(html, "<a "));  // a source without an address is named, not linked
    CHECK(has(html, "value=\"a&quot;b\""));
    CHECK(has(html, "&lt;img src=x onerror=alert(1)&gt;"));
  }
}

TEST_CASE("both flows in the embed: each flow's lead under its chart, the combined one below") {
  WidgetRequest r;
  r.view.flows = {"import", "export"};
  const std::string html = outside_svg(html_of(r));
  // Each flow's chart in the strip, with that flow's lead sentence as its caption (its name).
  CHECK(has(html,
            "<figure class=\"tw-chart-figure\" data-chart=\"volumes\" "
            "aria-labelledby=\"tw-chart-caption-1\">"));
  CHECK(has(html,
            "<figure class=\"tw-chart-figure\" data-chart=\"volumes\" "
            "aria-labelledby=\"tw-chart-caption-2\">"));
  CHECK(has(html,
            "<figcaption class=\"tw-chart-caption\" id=\"tw-chart-caption-1\">Imports of rare "
            "earths fell 23.0% year on "
            "year (implied) to 78,898.4 t.</figcaption></figure>"));
  CHECK(has(html,
            "<figcaption class=\"tw-chart-caption\" id=\"tw-chart-caption-2\">Exports of rare "
            "earths rose 12.6% year on "
            "year (implied) to 48,355.7 t.</figcaption></figure>"));
  // Under the strip the combined direction, "(implied)", marked with the note that says how it
  // is made and that the story's own statement is not merged with it.
  const std::string note =
      "Imports and exports together (implied): the sum of each flow&#39;s stated total. The "
      "source&#39;s own statement on imports and exports, among the key points, counts products "
      "on another basis; the two are not merged.";
  CHECK(has(html,
            "aria-atomic=\"true\">Imports and exports of rare earths together fell 12.5% year on "
            "year to 127,254.1 t, from 145,425.1 t in Jan–Sep 2024 (implied).<sup class=\"tw-note-"
            "mark\"><span title=\"" +
                note +
                "\"><span class=\"tw-sr\"> note 6</span><span aria-hidden=\"true\">6</span></span>"
                "</sup></p>"));
  // The note, numbered after the view's own, in the notes part (shown).
  CHECK(has(html, "<li value=\"6\">" + note + "</li></ol>"));
  CHECK(has(html, "<details class=\"tw-part\" data-part=\"notes\"><summary"));
  // The full report keeps the whole narrative, the caveat in its words.
  r.layout = Layout::full;
  const std::string full = outside_svg(html_of(r));
  CHECK(
      has(full,
          "aria-atomic=\"true\">Imports and exports of rare earths together fell 12.5% year on "
          "year to 127,254.1 t, from 145,425.1 t in Jan–Sep 2024 (implied: the sum of each "
          "flow&#39;s stated total). The source&#39;s own statement on imports and exports, among "
          "the key points, counts products on another basis; the two are not merged. Imports of "
          "rare earths fell 23.0% year on year (implied) to 78,898.4 t."));
  CHECK_FALSE(has(full, "tw-chart-caption"));
}

TEST_CASE("both flows in the embed, in Chinese; and where no chart is of the flow's total") {
  WidgetRequest r;
  r.view.flows = {"import", "export"};
  r.view.lang = Lang::zh;
  r.view.kind = tw::ViewKind::monthly;
  const std::string html = outside_svg(html_of(r));
  CHECK(has(html,
            "<figcaption class=\"tw-chart-caption\" "
            "id=\"tw-chart-caption-1\">稀土进口78,898.4吨，同比下降23.0%（推算）。"
            "</figcaption>"));
  CHECK(has(html,
            "aria-atomic=\"true\">稀土进出口合计127,254.1吨，较2024年1–9月的145,425.1吨，"
            "同比下降12.5%（推算）。<sup class=\"tw-note-mark\"><span title=\"进出口合计（推算）"
            "：各流向公布总量之和。文章关于进出口的结论（见要点）统计口径不同，两者未合并。\">"));
  // The partner shares: no chart of the total, so the flows' lead sentences stay under the strip.
  r.view.lang = Lang::en;
  r.view.kind = tw::ViewKind::shares;
  const std::string shares = outside_svg(html_of(r));
  CHECK_FALSE(has(shares, "tw-chart-caption"));
  CHECK(has(shares, "(implied).<sup class=\"tw-note-mark\">"));
  CHECK(
      has(shares,
          "</sup> Imports of rare earths fell 23.0% year on year (implied) to 78,898.4 t. Exports "
          "of rare earths rose 12.6% year on year (implied) to 48,355.7 t.</p>"));
}

TEST_CASE("the same request writes the same bytes") {
  WidgetRequest r;
  r.view.kind = tw::ViewKind::shares;
  r.view.flows = {"import", "export"};
  CHECK(html_of(r) == html_of(r));
}

TEST_CASE("a chosen partner: the cards name it, give its share and cite the source") {
  WidgetRequest r;
  r.layout = tw::Layout::full;
  r.view.partner = "us";
  const std::string html = html_of(r);
  CHECK(has(html,
            "<span class=\"tw-card-flow\">Exports</span> <span "
            "class=\"tw-card-partner\">to United States</span></h3>"));
  CHECK(has(html, "<span class=\"tw-card-label\">Share of the flow</span>"));
  CHECK(has(html, "<span class=\"tw-cite\"> (Antaike, [18][21])</span>"));
  CHECK(has(html, "<option value=\"us\" selected=\"\">United States</option>"));
}

TEST_CASE("the world view: partner changes on the cards, the top partner only when established") {
  WidgetRequest r;
  r.layout = tw::Layout::full;
  const std::string html = html_of(r);
  // Permanent magnets: the change to the United States a source gives, with the source.
  CHECK(has(html, "<span class=\"tw-card-label\">To United States</span>"));
  CHECK(has(html, "−24.0%</strong><span class=\"tw-cite\"> (Antaike, [18][21])</span>"));
  // Oxides: the United States is the largest of the partners reported, not established as top.
  CHECK(has(html, "<span class=\"tw-card-label\">Largest of those reported</span>"));
  CHECK(has(html, "<span class=\"tw-others\"> (others not reported)</span>"));
}

TEST_CASE("a period without figures for the selection: the notice names both periods") {
  WidgetRequest r;
  r.view.flows = {"import"};
  r.view.products = {"oxides"};
  r.view.period = "2025";
  const std::string html = html_of(r);
  CHECK(has(html,
            "role=\"status\">No figures for 2025 in this selection: Jan–Sep 2025 is shown "
            "instead.</p>"));
  r.view.lang = tw::Lang::zh;
  const std::string zh = html_of(r);
  CHECK(has(zh, "所选内容在2025年没有数据，现显示2025年1–9月。"));
}

TEST_CASE("the embed's strip of charts: a pager with the count and a step either way") {
  WidgetRequest r;
  r.view.kind = tw::ViewKind::shares;
  const std::string html = html_of(r);
  CHECK(count(html, "<figure class=\"tw-chart-figure\" data-chart=\"") == 5);
  CHECK(has(html,
            "<div class=\"tw-chart-pager\"><button type=\"button\" class=\"tw-button "
            "tw-chart-step\" data-step=\"-1\" data-focus-key=\"chart-previous\" title=\"Previous "
            "chart\" aria-label=\"Previous chart\">‹</button><span class=\"tw-chart-count\">5 "
            "charts side by side</span><button type=\"button\" class=\"tw-button tw-chart-step\" "
            "data-step=\"1\" data-focus-key=\"chart-next\" title=\"Next chart\" aria-label=\"Next "
            "chart\">›</button></div>"));
  r.view.lang = Lang::zh;
  CHECK(has(html_of(r), "<span class=\"tw-chart-count\">5张图表，可左右滑动</span>"));
  // One chart: the pager is written hidden (the page swaps it as the other parts); the full
  // report has none.
  CHECK(has(html_of(WidgetRequest{}), "<div class=\"tw-chart-pager\" hidden=\"\">"));
  r.layout = Layout::full;
  CHECK_FALSE(has(html_of(r), "tw-chart-pager"));
}
