// A reader exploring the story: periods, partners, the story's key points and the combined
// direction of imports and exports, as the view and the charts show them.
#include <catch2/catch.hpp>

#include "fixture_support.h"
#include "test_support.h"
#include "trade_widget/chart.h"
#include "trade_widget/load.h"
#include "trade_widget/view.h"

namespace {
using nlohmann::json;

json view(const std::string& request) { return tw::test::view_of(tw::test::bundled(), request); }

using tw::test::card;

bool contains(const json& text, const std::string& part) {
  return text.get<std::string>().find(part) != std::string::npos;
}

std::vector<std::string> period_ids(const json& v) {
  std::vector<std::string> out;
  for (const json& p : v["periods"]) out.push_back(p["id"]);
  return out;
}

std::string svg(const std::string& chart, const std::vector<std::string>& products,
                const std::string& period, tw::Lang lang = tw::Lang::en) {
  tw::ChartRequest r;
  r.chart = chart;
  r.flows = {"export"};
  r.products = products;
  r.period = period;
  r.lang = lang;
  const auto out = tw::render_chart_svg(tw::test::bundled(), r);
  REQUIRE(out.ok());
  return out.value();
}
}  // namespace

TEST_CASE("a partner is called top only when the figures establish it, in both languages") {
  // 40% of oxide exports, the other partners unknown: only the largest of those reported.
  const json en = view(R"({"flows": ["export"], "products": ["oxides"]})");
  CHECK(en["narrative"] ==
        "Exports of rare earth oxides rose 38.0% year on year to 24,151.3 t; the United States "
        "was the largest of those reported, with 40%; the others are not reported.");
  CHECK((*card(en, "export", "oxides"))["topEstablished"] == false);
  CHECK((*card(en, "export", "oxides"))["reportedPartners"] == 1);
  const json zh = view(R"({"flows": ["export"], "products": ["oxides"], "lang": "zh"})");
  CHECK(zh["narrative"] ==
        "稀土氧化物出口24,151.3吨，同比增长38.0%，已报告的伙伴中美国占比最大，为40%"
        "，其他伙伴未报告。");
  // Above 50%, the top partner is established whatever the others are.
  const json imports = view(R"({"flows": ["import"], "products": ["concentrates"]})");
  CHECK(imports["narrative"] ==
        "Imports of rare earth concentrates fell 45.6% year on year to 23,537.7 t; the United "
        "States accounted for 99.3%.");
  CHECK((*card(imports, "import", "concentrates"))["topEstablished"] == true);
  const json imports_zh =
      view(R"({"flows": ["import"], "products": ["concentrates"], "lang": "zh"})");
  CHECK(imports_zh["narrative"] == "稀土精矿进口23,537.7吨，同比下降45.6%，其中美国占99.3%。");
}

TEST_CASE("the combined direction of imports and exports is implied and kept apart") {
  const json v = view(R"({"flows": ["import", "export"], "products": ["rare-earths"]})");
  REQUIRE(v["combined"].is_object());
  CHECK(v["combined"]["now"]["text"] == "127,254.1 t");
  CHECK(v["combined"]["prior"]["text"] == "145,425.1 t");
  CHECK(v["combined"]["change"]["text"] == "−12.5%");
  CHECK(v["combined"]["change"]["derived"] == true);
  CHECK(contains(v["narrative"],
                 "Imports and exports of rare earths together fell 12.5% year on year to "
                 "127,254.1 t, from 145,425.1 t in Jan–Sep 2024 (implied: the sum of each flow's "
                 "stated total). The source's own statement on imports and exports, among the key "
                 "points, counts products on another basis; the two are not merged."));
  // The source's own statement stays a key point of its own, with its reference.
  REQUIRE(v["keyPoints"].size() == 5);
  CHECK(contains(v["keyPoints"][0]["text"], "import and export volumes showed a year-on-year"));
  CHECK(v["keyPoints"][0]["ref"] == "[1][21]");
  CHECK(v["keyPoints"][0]["source"]["author"] == "Antaike");
  CHECK(!contains(v["narrative"], "year-on-year decline"));
  const json zh =
      view(R"({"flows": ["import", "export"], "products": ["rare-earths"], "lang": "zh"})");
  CHECK(contains(
      zh["narrative"],
      "稀土进出口合计127,254.1吨，较2024年1–9月的145,425.1吨，同比下降12.5%（推算：各流向公布"
      "总量之和）。文章关于进出口的结论（见要点）统计口径不同，两者未合并。"));
  // One flow alone has no combined direction.
  CHECK(view(R"({"flows": ["export"]})")["combined"].is_null());
}

TEST_CASE("the period list offers only periods with figures, like periods together") {
  const json magnets = view(R"({"flows": ["export"], "products": ["magnets"]})");
  const std::vector<std::string> ids = period_ids(magnets);
  // Years first, then Jan–Sep, the half-year, then months in time order.
  REQUIRE(ids.size() >= 6);
  CHECK(std::vector<std::string>(ids.begin(), ids.begin() + 5) ==
        std::vector<std::string>{"2024", "2025", "2025-01/2025-09", "2025-01/2025-06", "2024-07"});
  // Months whose only row is a stated gap, and periods without rows, are not offered.
  for (const char* empty : {"2025-02", "2024-01", "2024-01/2024-09", "2025-01/2025-02"}) {
    CHECK(std::find(ids.begin(), ids.end(), empty) == ids.end());
  }
  CHECK(magnets["periods"][0]["label"] == "2024");
  CHECK(magnets["periods"][0]["group"] == "year");
  CHECK(magnets["periods"][4]["group"] == "month");
  const json zh = view(R"({"flows": ["export"], "products": ["magnets"], "lang": "zh"})");
  CHECK(zh["periods"][3]["label"] == "2025年上半年");
  // Nothing is offered where nothing is reported.
  CHECK(view(R"({"flows": ["import"], "products": ["magnets"]})")["periods"].empty());
}

TEST_CASE("the cards, narrative and table follow the chosen period") {
  const json v = view(R"({"flows": ["export"], "period": "2025-01/2025-06"})");
  CHECK(v["periodLabel"] == "H1 2025");
  const json* separation = card(v, "export", "separation-products");
  REQUIRE(separation);
  CHECK((*separation)["volume"]["text"] == "32,000 t");
  CHECK((*separation)["yoy"]["text"] == "+11.3%");
  CHECK((*card(v, "export", "magnets"))["volume"]["text"] == "22,000 t");
  for (const json& row : v["rows"]) CHECK(row["period"] == "H1 2025");
  const json year = view(R"({"flows": ["export"], "products": ["rare-earths"], "period": "2025"})");
  CHECK((*card(year, "export", "rare-earths"))["volume"]["text"] == "62,585.2 t");
  // A period without figures for the selection is replaced by the default, and said so.
  const json replaced = view(R"({"flows": ["import"], "products": ["oxides"], "period": "2025"})");
  CHECK(replaced["periodReplaced"] == "2025");
  CHECK(replaced["periodReplacedLabel"] == "2025");
  CHECK(replaced["period"] == "2025-01/2025-09");
}

TEST_CASE("the default export view says the partner findings with their references") {
  const json v = view("{}");
  CHECK(contains(v["narrative"],
                 "Exports of rare earth permanent magnets fell 7.5% year on year to 39,817 t; "
                 "exports to the United States fell 24.0% (Antaike, [18][21])."));
  CHECK(contains(v["narrative"], "exports to the United States rose 14.0% (Antaike, [18])."));
  const json* magnets = card(v, "export", "magnets");
  REQUIRE(magnets);
  REQUIRE((*magnets)["partnerChanges"].size() == 1);
  CHECK((*magnets)["partnerChanges"][0]["partnerLabel"] == "United States");
  CHECK((*magnets)["partnerChanges"][0]["yoy"]["text"] == "−24.0%");
  CHECK((*magnets)["partnerChanges"][0]["yoy"]["ref"] == "[18][21]");
  const json zh = view(R"({"lang": "zh"})");
  CHECK(contains(zh["narrative"], "；其中对美国出口同比增长14.0%（安泰科，[18]）"));
}

TEST_CASE("a chosen partner's figures per product, stated or implied") {
  const json v = view(R"({"flows": ["export"], "partner": "us"})");
  CHECK(v["partner"] == "us");
  const json* magnets = card(v, "export", "magnets");
  REQUIRE(magnets);
  CHECK((*magnets)["partnerLabel"] == "United States");
  CHECK((*magnets)["yoy"]["text"] == "−24.0%");
  CHECK((*magnets)["volume"]["present"] == false);
  CHECK((*card(v, "export", "separation-products"))["yoy"]["text"] == "+14.0%");
  CHECK((*card(v, "export", "oxides"))["share"]["text"] == "40%");
  // Products without a figure for the partner have no card.
  CHECK(card(v, "export", "metals-alloys") == nullptr);
  CHECK(contains(v["narrative"],
                 "Exports of rare earth permanent magnets to the United States fell 24.0% year on "
                 "year (Antaike, [18][21]); the volume is not reported."));
  // H1 2025: volume stated, share implied from the world total.
  const json h1 = view(R"({"flows": ["export"], "partner": "us", "period": "2025-01/2025-06"})");
  const json* h1_magnets = card(h1, "export", "magnets");
  REQUIRE(h1_magnets);
  CHECK((*h1_magnets)["volume"]["text"] == "2,510 t");
  CHECK((*h1_magnets)["share"]["text"] == "11.4%");
  CHECK((*h1_magnets)["share"]["derived"] == true);
  CHECK(contains(h1["narrative"],
                 "Exports of rare earth permanent magnets to the United States fell 30.6% year on "
                 "year to 2,510 t (Rare Earth Exchanges), 11.4% (implied) of all exports."));
  // A share alone: the partner is the subject.
  CHECK(contains(v["narrative"],
                 "The United States accounted for 40% of exports of rare earth oxides (Antaike, "
                 "[14]); the volume is not reported."));
  const json zh = view(R"({"flows": ["export"], "partner": "us", "lang": "zh"})");
  CHECK(contains(zh["narrative"],
                 "稀土永磁体对美国出口同比下降24.0%（安泰科，[18][21]），出口量未报告。"));
  // The partners offered are those with figures; an unknown partner is an error.
  bool us = false;
  for (const json& p : v["partners"]) us = us || p["id"] == "us";
  CHECK(us);
  const auto bad =
      tw::make_view(tw::test::bundled(), tw::parse_view_request(R"({"partner": "xx"})").value());
  REQUIRE(!bad.ok());
  CHECK(bad.errors().front().path == "selection.partner");
}

TEST_CASE("a partner breakdown is drawn from a single partner figure") {
  const std::string s = svg("partners", {"magnets"}, "2025-01/2025-06");
  CHECK(s.find(">World</text>") != std::string::npos);
  CHECK(s.find(">22,000 t</text>") != std::string::npos);
  CHECK(s.find(">United States</text>") != std::string::npos);
  CHECK(s.find(">2,510 t, 11.4% implied</text>") != std::string::npos);
  CHECK(s.find("Other partners or not reported: 88.6% of the total (implied).") !=
        std::string::npos);
  // The narrative says its share once, beside its change, and not "the largest" of one.
  const json v1 =
      view(R"({"flows": ["export"], "products": ["magnets"], "period": "2025-01/2025-06"})");
  CHECK(v1["narrative"] ==
        "Exports of rare earth permanent magnets fell 19% year on year to 22,000 t; exports to the "
        "United States fell 30.6% to 2,510 t (Rare Earth Exchanges), 11.4% (implied) of the "
        "total; the other partners are not reported.");
  const json v1zh = view(
      R"({"flows": ["export"], "products": ["magnets"], "period": "2025-01/2025-06", "lang": "zh"})");
  CHECK(v1zh["narrative"] ==
        "稀土永磁体出口22,000吨，同比下降19%；其中对美国出口2,510吨，同比下降30.6%（Rare Earth "
        "Exchanges），占总量的11.4%（推算），其他伙伴未报告。");
  // The shares view lists it among its charts.
  const json v = view(R"({"flows": ["export"], "products": ["magnets"], "view": "shares"})");
  bool drawn = false;
  for (const json& c : v["charts"]) {
    drawn = drawn || (c["chart"] == "partners" && c["period"] == "2025-01/2025-06");
  }
  CHECK(drawn);
}

TEST_CASE("the monthly chart keeps the whole series and marks the chosen period") {
  const std::string s = svg("monthly", {"rare-earths"}, "2025-01/2025-06");
  CHECK(s.find("class=\"tw-period-band\"") != std::string::npos);
  CHECK(s.find("H1 2025 (chosen period)") != std::string::npos);
  // Both years' months are still drawn.
  CHECK(s.find("Oct 2024: 4,753 t") != std::string::npos);
  CHECK(s.find("Dec 2025: 4,392 t") != std::string::npos);
  const std::string zh = svg("monthly", {"rare-earths"}, "2025-01/2025-06", tw::Lang::zh);
  CHECK(zh.find("2025年上半年（所选时期）") != std::string::npos);
}

TEST_CASE("key points load with their source and reference; a bad source is named") {
  std::string text =
      tw::test::dataset_with_rows(R"(["export", "a", "world", "2025", "volume", 1, "s1"])");
  const std::string with_points =
      R"("notes": [{"id": "n1", "text": {"en": "A note", "zh": "注释"}}],
    "key_points": [{"text": {"en": "It fell.", "zh": "下降。"}, "source": "s1", "ref": "[1]"}])";
  const std::string notes = R"("notes": [{"id": "n1", "text": {"en": "A note", "zh": "注释"}}])";
  std::string good = text;
  good.replace(good.find(notes), notes.size(), with_points);
  const auto loaded = tw::load_dataset(good);
  REQUIRE(loaded.ok());
  CHECK(loaded.warnings().empty());
  REQUIRE(loaded.value().meta.key_points.size() == 1);
  CHECK(loaded.value().meta.key_points[0].text.zh == "下降。");
  CHECK(loaded.value().meta.key_points[0].ref == "[1]");
  std::string bad = good;
  const std::string cited = R"("source": "s1", "ref": "[1]")";
  bad.replace(bad.find(cited), cited.size(), R"("source": "zz", "ref": "[1]")");
  const auto refused = tw::load_dataset(bad);
  REQUIRE(!refused.ok());
  CHECK(refused.errors().front().path == "meta.key_points[0].source");
  CHECK(refused.errors().front().message == "\"zz\" is not a source id in meta.sources");
}
