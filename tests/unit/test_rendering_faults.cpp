// The rendering faults of issue 13, one regression test each, on the fixture datasets
// (tests/fixtures/datasets/) and the bundled dataset: what a reader would have seen wrong.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "data/load_meta.h"
#include "fixture_support.h"
#include "trade_widget/chart.h"
#include "trade_widget/summary.h"
#include "trade_widget/view.h"
#include "trade_widget/view_html.h"

using nlohmann::json;
using tw::test::contains;
using tw::test::data_marks_under;
using tw::test::scene_of;
using tw::test::texts_with_role;
using tw::test::value_at;
using tw::test::view_of;
using tw::test::with_role;

TEST_CASE("fault 1: a single partner's figure reaches the page, not only the CLI") {
  // Germany: 3,500 kg of a world total of 5,182 kg, the only partner volume of 2024.
  const tw::Dataset ds = tw::test::load_fixture("kg-no-phrases");
  const json v = view_of(ds, R"({"view": "shares", "period": "2024"})");
  bool drawn = false;
  for (const json& chart : v["charts"]) {
    if (chart["chart"] != "partners" || chart["product"] != "gallium") continue;
    json r = chart;
    r["width"] = 360;
    const auto svg = tw::render_chart_svg(ds, tw::parse_chart_request(r.dump()).value());
    REQUIRE(svg.ok());
    CHECK(contains(svg.value(), "3,500 kg"));
    drawn = true;
  }
  CHECK(drawn);
  bool listed = false;
  for (const json& row : v["rows"]) {
    listed = listed || (row["partner"] == "Germany" && row["text"] == "3,500 kg");
  }
  CHECK(listed);
  // And the partner can be chosen: its own view shows the figure with its share of the total.
  const json de = view_of(ds, R"({"partner": "de", "period": "2024"})");
  CHECK(contains(de["narrative"].get<std::string>(), "3,500 kg"));
}

TEST_CASE("fault 2: one minor partner's share is not called the top partner") {
  // Germanium 2024: only Germany's share (2.9%) is reported; the source says others took most.
  const tw::Dataset ds = tw::test::load_fixture("kg-no-phrases");
  const json v = view_of(ds, R"({"period": "2024"})");
  const json* card = nullptr;
  for (const json& c : v["cards"]) {
    if (c["product"] == "germanium") card = &c;
  }
  REQUIRE(card != nullptr);
  CHECK((*card)["topEstablished"] == false);
  CHECK((*card)["reportedPartners"] == 1);
  const std::string sentence = (*card)["sentence"].get<std::string>();
  CHECK(contains(
      sentence,
      "Germany was the largest of those reported, with 2.9%; the others are not reported"));
  CHECK_FALSE(contains(sentence, "accounted for"));
  tw::WidgetRequest page;
  page.view = tw::parse_view_request(R"({"period": "2024"})").value();
  page.layout = tw::Layout::full;
  // The germanium card (gallium's Germany, 67.5% of the total, is the top partner rightly).
  const auto germanium_card = [&ds](const tw::WidgetRequest& r) {
    const std::string html = tw::widget_html(ds, r).value();
    const std::size_t at = html.find("data-product=\"germanium\"");
    REQUIRE(at != std::string::npos);
    return html.substr(at, html.find("</li>", at) - at);
  };
  const std::string en_card = germanium_card(page);
  CHECK_FALSE(contains(en_card, "Top partner"));
  CHECK(contains(en_card, "Largest of those reported"));
  CHECK(contains(en_card, "others not reported"));
  page.view.lang = tw::Lang::zh;
  const std::string zh_card = germanium_card(page);
  CHECK_FALSE(contains(zh_card, "最大伙伴"));
  CHECK(contains(zh_card, "已报告伙伴中最大"));
}

TEST_CASE("fault 2: a top share larger than all unreported partners together is the top") {
  // 45% and 30% reported: the 25% left cannot hold a partner larger than the first.
  auto loaded = tw::load_dataset(tw::test::dataset_with_rows(R"(
    ["export", "a", "world", "2025", "volume", 100, "s1"],
    ["export", "a", "x", "2025", "share", 45, "s1"],
    ["export", "a", "y", "2025", "share", 30, "s1"])"));
  REQUIRE(loaded.ok());
  const tw::KeyFigure kf = tw::key_figure(loaded.value(), 0, 0, 1);
  CHECK(kf.top_established);
  CHECK(contains(tw::sentence(loaded.value(), kf, tw::Lang::en), "Xland accounted for 45%"));
  // 45% and 10%: the 45% left could be one partner larger than the first.
  auto open = tw::load_dataset(tw::test::dataset_with_rows(R"(
    ["export", "a", "world", "2025", "volume", 100, "s1"],
    ["export", "a", "x", "2025", "share", 45, "s1"],
    ["export", "a", "y", "2025", "share", 10, "s1"])"));
  REQUIRE(open.ok());
  CHECK_FALSE(tw::key_figure(open.value(), 0, 0, 1).top_established);
}

TEST_CASE("fault 5: at 320 and 360 px the combined months' label runs over no data line") {
  struct Case {
    const tw::Dataset* ds;
    std::string request;
  };
  const tw::Dataset fixture = tw::test::load_fixture("combined-periods");
  const std::vector<Case> cases = {
      {&fixture, R"({"chart": "monthly", "product": "widgets")"},
      {&tw::test::bundled(),
       R"({"chart": "monthly", "flows": ["export"], "product": "rare-earths")"},
      {&tw::test::bundled(),
       R"({"chart": "monthly", "flows": ["import"], "product": "rare-earths")"},
      {&tw::test::bundled(),
       R"({"chart": "monthly", "flows": ["import", "export"], "product": "rare-earths")"},
  };
  for (const Case& c : cases) {
    for (const char* lang : {"en", "zh"}) {
      for (int width : {320, 360, 800}) {
        const tw::Scene s = scene_of(*c.ds, c.request + ", \"lang\": \"" + lang +
                                                "\", \"width\": " + std::to_string(width) + "}");
        const auto labels = with_role(s, "span-label");
        REQUIRE(!labels.empty());
        for (const tw::Mark* label : labels) {
          INFO(c.request << " " << lang << " " << width << " px: \"" << label->text << "\"");
          CHECK(data_marks_under(s, tw::bounds(*label)) == 0);
          for (const tw::Mark* other : labels) {
            if (other != label) CHECK_FALSE(tw::overlaps(tw::bounds(*label), tw::bounds(*other)));
          }
        }
      }
    }
  }
}

TEST_CASE("fault 6: all-zero figures draw a zero axis; all-null ones draw no empty axis") {
  const tw::Dataset zeros = tw::test::load_fixture("stated-zeros");
  for (const char* chart : {"volumes", "yoy"}) {
    const tw::Scene s =
        scene_of(zeros, std::string(R"({"chart": ")") + chart + R"(", "width": 360})");
    INFO(chart);
    // One tick, 0, on the zero line: not a range of 0.0 to 1.0 with nothing in it.
    const auto ticks = texts_with_role(s, "tick");
    REQUIRE(ticks.size() == 1);
    CHECK((ticks[0] == "0" || ticks[0] == "0%"));
    CHECK(with_role(s, "zero").size() >= 1);
    CHECK(with_role(s, "grid").empty());
  }
  const tw::Scene monthly = scene_of(zeros, R"({"chart": "monthly", "width": 360})");
  CHECK(texts_with_role(monthly, "tick").front() == "0");
  CHECK(with_role(monthly, "point").size() == 3);  // three stated zeros, on the zero line
  CHECK(with_role(monthly, "empty").empty());

  const tw::Dataset nulls = tw::test::load_fixture("all-null-product");
  for (const char* chart : {"volumes", "yoy"}) {
    const tw::Scene s = scene_of(nulls, std::string(R"({"chart": ")") + chart +
                                            R"(", "products": ["gadgets"], "width": 360})");
    INFO(chart);
    CHECK(texts_with_role(s, "tick").empty());
    CHECK(with_role(s, "zero").empty());
    CHECK(with_role(s, "grid").empty());
    const auto values = texts_with_role(s, "value");
    REQUIRE(values.size() == 1);
    CHECK(values[0] == "not reported");
  }
  const tw::Scene none =
      scene_of(nulls, R"({"chart": "monthly", "products": ["gadgets"], "width": 360})");
  CHECK(texts_with_role(none, "tick").empty());
  CHECK(texts_with_role(none, "empty") ==
        std::vector<std::string>{"No monthly figures reported for this selection."});
}

TEST_CASE("fault 8: a label without a phrase reads right inside a sentence") {
  const tw::Dataset ds = tw::test::load_fixture("kg-no-phrases");
  const json en = view_of(ds, R"({"period": "2024"})");
  const std::string narrative = en["narrative"].get<std::string>();
  CHECK(contains(narrative, "Imports of gallium rose 26.4% year on year (implied) to 5,182 kg"));
  CHECK_FALSE(contains(narrative, "of Gallium"));
  const tw::Scene monthly = scene_of(ds, R"({"chart": "monthly", "product": "gallium"})");
  CHECK(contains(texts_with_role(monthly, "title").front(), "Gallium: monthly imports"));
  const json zh = view_of(ds, R"({"period": "2024", "lang": "zh"})");
  CHECK(contains(zh["narrative"].get<std::string>(), "镓进口5,182千克"));
  // A partner's label is a name: it stays as written.
  const json de = view_of(ds, R"({"partner": "de", "period": "2024"})");
  CHECK(contains(de["narrative"].get<std::string>(), "Germany"));
  // Only a plain capitalised first word is lowered.
  CHECK(tw::detail::sentence_phrase("Gallium") == "gallium");
  CHECK(tw::detail::sentence_phrase("Rare-earth oxides") == "rare-earth oxides");
  CHECK(tw::detail::sentence_phrase("NdFeB magnets") == "NdFeB magnets");
  CHECK(tw::detail::sentence_phrase("HS 2846") == "HS 2846");
  CHECK(tw::detail::sentence_phrase("EU imports") == "EU imports");
}

TEST_CASE("fault 9: a sole partner not flagged aggregate warns, and its figures are shown") {
  const std::string text =
      tw::test::read_fixture("tests/fixtures/datasets/sole-world-unflagged.json");
  const auto loaded = tw::load_dataset(text);
  REQUIRE(loaded.ok());
  REQUIRE(loaded.warnings().size() == 1);
  CHECK(loaded.warnings()[0].path == "dimensions.partner[0]");
  CHECK(contains(loaded.warnings()[0].message, "\"world\""));
  CHECK(contains(loaded.warnings()[0].message, "\"aggregate\": true"));
  const tw::Dataset& ds = loaded.value();
  for (const char* lang : {"en", "zh"}) {
    const json v = view_of(ds, std::string(R"({"lang": ")") + lang + "\"}");
    INFO(lang);
    CHECK(!v["narrative"].get<std::string>().empty());
    CHECK(!v["cards"].empty());
    CHECK(!v["rows"].empty());
    CHECK(!v["sources"].empty());
    CHECK(!v["charts"].empty());
  }
  CHECK(contains(view_of(ds, "{}")["narrative"].get<std::string>(), "644 t"));
  // Flagged, it is the world total, without a warning.
  const auto flagged =
      tw::load_dataset(tw::test::read_fixture("tests/fixtures/datasets/sole-world-aggregate.json"));
  REQUIRE(flagged.ok());
  CHECK(flagged.warnings().empty());
  CHECK(contains(view_of(flagged.value(), "{}")["narrative"].get<std::string>(),
                 "Exports of widgets fell 8.0% year on year to 644 t"));
}

TEST_CASE("fault 10: views that can never fill are not offered") {
  const auto views = [](const std::string& fixture) {
    return view_of(tw::test::load_fixture(fixture), "{}")["views"];
  };
  // No partner figures: no partner shares. No prior year: no year on year.
  CHECK(views("one-of-each") == json::array({"volumes", "yoy"}));
  CHECK(views("months-only") == json::array({"volumes", "monthly"}));
  CHECK(views("years-only") == json::array({"volumes", "yoy"}));
  CHECK(views("kg-no-phrases") == json::array({"volumes", "yoy", "shares", "monthly"}));
  CHECK(view_of(tw::test::bundled(), "{}")["views"] ==
        json::array({"volumes", "yoy", "shares", "monthly"}));
  // The page offers only those; a link to another view shows volumes.
  const tw::Dataset ds = tw::test::load_fixture("months-only");
  tw::WidgetRequest page;
  page.view = tw::parse_view_request(R"({"view": "shares"})").value();
  const std::string html = tw::widget_html(ds, page).value();
  CHECK_FALSE(contains(html, "value=\"shares\""));
  CHECK_FALSE(contains(html, "value=\"yoy\""));
  CHECK(contains(html, "value=\"monthly\""));
  CHECK(contains(html, "value=\"volumes\" checked"));
  CHECK(view_of(ds, R"({"view": "yoy"})")["view"] == "volumes");
}

TEST_CASE("fault 11: an empty list is called an empty array") {
  std::string text =
      tw::test::dataset_with_rows(R"(["export", "a", "world", "2025", "volume", 1, "s1"])");
  const std::string partners = "\"partner\": [";
  const std::size_t at = text.find(partners) + partners.size();
  text.replace(at, text.find("],\n    \"period\"", at) - at, "");
  const auto loaded = tw::load_dataset(text);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.errors()[0].message == "expected a non-empty array, got an empty array");
}

TEST_CASE("fault 12: a combined period is drawn at its monthly average, its total in the label") {
  // Jan–Feb 2024: 8,774 t for two months, on a per-month axis.
  const tw::Scene s =
      scene_of(tw::test::bundled(),
               R"({"chart": "monthly", "flows": ["export"], "product": "rare-earths",
                                   "width": 800})");
  const tw::Mark* span = nullptr;
  for (const tw::Mark* m : with_role(s, "span")) {
    if (contains(m->aria_label, "Jan–Feb 2024")) span = m;
  }
  REQUIRE(span != nullptr);
  CHECK(value_at(s, span->y) == Approx(4387).epsilon(0.01));
  // The reading keeps the stated total and says what is drawn.
  CHECK(contains(span->aria_label, "8,774 t"));
  CHECK(contains(span->aria_label, "drawn at 4,387 t a month, the monthly average (implied)"));
  const auto labels = texts_with_role(s, "span-label");
  CHECK(std::any_of(labels.begin(), labels.end(),
                    [](const std::string& l) { return contains(l, "8,774 t over 2 months"); }));
  const auto legend = texts_with_role(s, "legend");
  CHECK(std::any_of(legend.begin(), legend.end(), [](const std::string& l) {
    return l == "Jan–Feb combined: monthly average (implied)";
  }));
  // The table keeps the stated total.
  const json v = view_of(tw::test::bundled(), R"({"view": "monthly", "flows": ["export"]})");
  bool stated = false;
  for (const json& row : v["rows"]) {
    stated = stated || (row["period"] == "Jan–Feb 2024" && row["text"] == "8,774 t");
  }
  CHECK(stated);
  // In Chinese too.
  const tw::Scene zh =
      scene_of(tw::test::bundled(),
               R"({"chart": "monthly", "flows": ["export"], "product": "rare-earths",
                                    "lang": "zh"})");
  const auto zh_labels = texts_with_role(zh, "span-label");
  CHECK(std::any_of(zh_labels.begin(), zh_labels.end(),
                    [](const std::string& l) { return contains(l, "8,774吨"); }));
}
