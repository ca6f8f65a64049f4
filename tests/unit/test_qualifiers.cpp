// Qualified figures ("more than 80%", "about -30%"): loaded from {"value", "qualifier"}, shown
// with their words wherever they appear, in both languages, and never added or compared as exact.
#include <catch2/catch.hpp>

#include "fixture_support.h"
#include "test_support.h"
#include "trade_widget/chart.h"
#include "trade_widget/csv.h"
#include "trade_widget/csv_import.h"
#include "trade_widget/format.h"
#include "trade_widget/query.h"
#include "trade_widget/rollup.h"
#include "trade_widget/summary.h"
#include "trade_widget/view.h"
#include "trade_widget/write_json.h"

namespace {
using nlohmann::json;

const tw::Dataset& fixture() {
  static const tw::Dataset ds = [] {
    auto r =
        tw::load_dataset(tw::test::read_fixture("tests/fixtures/datasets/format-qualifiers.json"));
    REQUIRE(r.ok());
    return std::move(r.value());
  }();
  return ds;
}

int product(const char* id) { return tw::Dataset::position(fixture().products, id); }
const int kExport = 0;
const int k2025 = 1;

std::string say(const char* p, tw::Lang lang) {
  return tw::sentence(fixture(), tw::key_figure(fixture(), kExport, product(p), k2025), lang);
}

std::vector<std::string> load_errors(const std::string& rows) { return tw::test::row_errors(rows); }

json view(const std::string& request) { return tw::test::view_of(fixture(), request); }

const json& card(const json& v, const std::string& product_id) {
  for (const json& c : v["cards"]) {
    if (c["product"] == product_id) return c;
  }
  FAIL("no card for " << product_id);
  return v;
}

/// The SVG of exports of PRODUCTS (empty: all) in 2025.
std::string chart(const char* type, std::vector<std::string> products, tw::Lang lang) {
  return tw::test::svg_of(
      fixture(), tw::test::chart_request(type, "export", std::move(products), "2025", lang));
}
}  // namespace

TEST_CASE("a qualified value loads with its qualifier and its stated digits") {
  const tw::Dataset& ds = fixture();
  const tw::Figure v =
      tw::stated(ds, tw::Cell{kExport, product("alpha"), 0, k2025}, tw::Measure::volume);
  CHECK(v.value == 5000);
  CHECK(v.qualifier == tw::Qualifier::about);
  const tw::Figure d =
      tw::stated(ds, tw::Cell{kExport, product("alpha"), 1, k2025}, tw::Measure::share);
  CHECK(d.qualifier == tw::Qualifier::more_than);
  const tw::Figure exact =
      tw::stated(ds, tw::Cell{kExport, product("beta"), 0, k2025}, tw::Measure::volume);
  CHECK(exact.qualifier == tw::Qualifier::exact);
}

TEST_CASE("a bad qualified value is refused with its path") {
  CHECK(
      load_errors(
          R"(["export", "a", "world", "2025", "volume", {"value": 5, "qualifier": "roughly"}, "s1"])") ==
      std::vector<std::string>{
          "observations[0][5] (value).qualifier: expected \"more_than\", \"at_least\", "
          "\"less_than\", \"at_most\" or \"about\", got \"roughly\""});
  CHECK(load_errors(R"(["export", "a", "world", "2025", "volume", {"value": 5}, "s1"])") ==
        std::vector<std::string>{
            "observations[0][5] (value): a qualified value needs \"value\" and \"qualifier\", "
            "e.g. {\"value\": 80, \"qualifier\": \"more_than\"}; \"qualifier\" is missing"});
  CHECK(
      load_errors(
          R"(["export", "a", "world", "2025", "volume", {"value": null, "qualifier": "about"}, null])") ==
      std::vector<std::string>{"observations[0][5] (value).value: a qualified value needs a "
                               "number (a figure no source gives is a plain null), got null"});
  CHECK(
      load_errors(
          R"(["export", "a", "world", "2025", "volume", {"value": 5, "qualifier": "about", "unit": "t"}, "s1"])") ==
      std::vector<std::string>{"observations[0][5] (value): unknown field \"unit\" in a "
                               "qualified value (expected \"value\" and \"qualifier\")"});
  CHECK(
      load_errors(
          R"(["export", "a", "world", "2025", "volume", {"value": "5", "qualifier": "about"}, "s1"])") ==
      std::vector<std::string>{
          "observations[0][5] (value).value: expected a number or null, got \"5\""});
  // A qualified figure needs a source like any figure, and its range is checked the same way.
  CHECK(load_errors(
            R"(["export", "a", "x", "2025", "share", {"value": 120, "qualifier": "about"}, "s1"])")
            .at(0)
            .find("a share must be between 0 and 100 (%)") != std::string::npos);
  CHECK(
      load_errors(
          R"(["export", "a", "world", "2025", "volume", {"value": 5, "qualifier": "about"}, null])") ==
      std::vector<std::string>{"observations[0][6] (source): a figure needs a source (a "
                               "meta.sources id), got null"});
}

TEST_CASE("shares that are only upper bounds are not added into 'more than 100%'") {
  CHECK(load_errors(
            R"(["export", "a", "x", "2025", "share", {"value": 80, "qualifier": "less_than"}, "s1"],
    ["export", "a", "y", "2025", "share", 60, "s1"])")
            .empty());
  CHECK(load_errors(
            R"(["export", "a", "x", "2025", "share", {"value": 80, "qualifier": "more_than"}, "s1"],
    ["export", "a", "y", "2025", "share", 60, "s1"])") ==
        std::vector<std::string>{
            "observations: partner shares of export x a x 2025 add up to 140.0% (more than 100%)"});
}

TEST_CASE("the qualifier's words in both languages") {
  tw::Figure f;
  f.value = 80;
  f.origin = tw::Origin::stated;
  f.qualifier = tw::Qualifier::more_than;
  CHECK(tw::format_share(f, tw::Lang::en) == "more than 80%");
  CHECK(tw::format_share(f, tw::Lang::zh) == "超过80%");
  f.value = -30;
  f.qualifier = tw::Qualifier::about;
  CHECK(tw::format_change(f, tw::Lang::en) == "about \u221230%");
  CHECK(tw::format_change(f, tw::Lang::zh) == "约\u221230%");
  // A bound on a change says the direction in words: "more than -30%" would read as a smaller fall.
  f.qualifier = tw::Qualifier::more_than;
  CHECK(tw::format_change(f, tw::Lang::en) == "down more than 30%");
  CHECK(tw::format_change(f, tw::Lang::zh) == "下降超过30%");
  f.value = 55;
  f.qualifier = tw::Qualifier::at_least;
  CHECK(tw::format_change(f, tw::Lang::en) == "up at least 55%");
  CHECK(tw::format_change(f, tw::Lang::zh) == "增长至少55%");
  f.value = 5.15;
  f.decimals = 2;
  f.qualifier = tw::Qualifier::at_most;
  CHECK(tw::format_volume(f, tw::Text{"t", "吨"}, tw::Lang::en) == "at most 5.15 t");
  CHECK(tw::format_volume(f, tw::Text{"t", "吨"}, tw::Lang::zh) == "至多5.15吨");
  f.qualifier = tw::Qualifier::less_than;
  CHECK(tw::format_figure(f, tw::Measure::volume, tw::Text{"t", "吨"}, tw::Lang::zh) ==
        "不足5.15吨");
}

TEST_CASE("the narrative says every qualifier, in English and Chinese") {
  CHECK(say("alpha", tw::Lang::en) ==
        "Exports of metal A rose more than 55% year on year to about 5,000 t; Germany accounted "
        "for more than 80%.");
  CHECK(say("alpha", tw::Lang::zh) == "金属A出口约5,000吨，同比增长超过55%，其中德国占超过80%。");
  CHECK(say("gamma", tw::Lang::en) == "Exports of metal C fell about 30% year on year to 700 t.");
  CHECK(say("gamma", tw::Lang::zh) == "金属C出口700吨，同比下降约30%。");
  CHECK(say("delta", tw::Lang::en) ==
        "Exports of metal D fell less than 10% year on year to 410.5 t.");
  CHECK(say("delta", tw::Lang::zh) == "金属D出口410.5吨，同比下降不足10%。");
}

TEST_CASE("a figure derived from a bound is itself a bound, the right way round") {
  const tw::Dataset& ds = fixture();
  // 1,200 t against at least 1,000 t a year earlier: the change is at most +20%.
  const tw::Figure yoy = tw::year_on_year(ds, tw::Cell{kExport, product("beta"), 0, k2025});
  CHECK(yoy.origin == tw::Origin::derived);
  CHECK(yoy.qualifier == tw::Qualifier::at_most);
  // Less than 300 t of 1,200 t is less than 25% (implied): no majority, and no exact order.
  CHECK(say("beta", tw::Lang::en) ==
        "Exports of metal B rose at most 20.0% year on year (implied) to 1,200 t; the "
        "Netherlands was the largest of those reported (an order of bounds, not exact figures), "
        "with less than 25.0% (implied); the others are not reported.");
  CHECK(say("beta", tw::Lang::zh) ==
        "金属B出口1,200吨，同比增长至多20.0%（推算），已报告的伙伴中荷兰占比最大（按区间而非确数"
        "排序），为不足25.0%（推算），其他伙伴未报告。");
  // About 5,000 t after a rise of more than 55%: the year before is only "about" known.
  const tw::Figure prior = tw::prior_volume(ds, tw::Cell{kExport, product("alpha"), 0, k2025});
  CHECK(prior.qualifier == tw::Qualifier::about);
  // More than 80% (others get less) and at most 5% (others get more) leave no bound on the
  // others: no "15%" is shown for them, exact or not.
  const tw::PartnerBreakdown b = tw::partner_breakdown(ds, kExport, product("alpha"), k2025);
  CHECK_FALSE(b.others.present());
  CHECK_FALSE(b.complete);
  CHECK(b.ranked_on_bounds);
  // More than 80% alone leaves less than 20% to the others.
  const auto one = tw::load_dataset(tw::test::dataset_with_rows(
      R"(["export", "a", "x", "2025", "share", {"value": 80, "qualifier": "more_than"}, "s1"])"));
  REQUIRE(one.ok());
  const tw::PartnerBreakdown rest = tw::partner_breakdown(one.value(), 0, 0, 1);
  CHECK(rest.others.qualifier == tw::Qualifier::less_than);
  CHECK(rest.others.value == Approx(20));
}

TEST_CASE("bounds pulling opposite ways leave no total") {
  const auto r = tw::load_dataset(tw::test::dataset_with_rows(
      R"(["export", "a", "world", "2025", "volume", {"value": 100, "qualifier": "more_than"}, "s1"],
    ["export", "b", "world", "2025", "volume", {"value": 50, "qualifier": "less_than"}, "s1"],
    ["export", "a", "world", "2024", "volume", 90, "s1"],
    ["export", "b", "world", "2024", "volume", 40, "s1"])"));
  REQUIRE(r.ok());
  const tw::Dataset& ds = r.value();
  const tw::Total t = tw::product_total(ds, 0, 0, 1, {0, 1});
  CHECK_FALSE(t.value.present());
  CHECK(t.unbounded == std::vector<int>{0, 1});
  // Same-way bounds add up to a bound: more than 100 plus exact 40 is more than 140.
  const tw::Total lower = tw::product_total(ds, 0, 0, 1, {0});
  CHECK(lower.value.qualifier == tw::Qualifier::more_than);
  // A sum over months with a bound in it has no exact change on a year earlier.
  const auto rolled = tw::rollup(ds, tw::rollup_request(ds.periods[1]));
  REQUIRE(rolled.ok());
  const tw::RollupGroup& world = rolled.value().by_partner[0];  // export x world, over a and b
  CHECK(world.current.qualified == 2);
  CHECK(world.prior.qualified == 0);
  CHECK_FALSE(world.yoy.has_value());
}

TEST_CASE("a ranking on bounds says so") {
  const auto r = tw::load_dataset(tw::test::dataset_with_rows(
      R"(["export", "a", "x", "2025", "share", {"value": 30, "qualifier": "less_than"}, "s1"],
    ["export", "a", "y", "2025", "share", 20, "s1"])"));
  REQUIRE(r.ok());
  const tw::KeyFigure kf = tw::key_figure(r.value(), 0, 0, 1);
  CHECK_FALSE(kf.top_established);
  CHECK(tw::sentence(r.value(), kf, tw::Lang::en) ==
        "Exports of A: volume not reported; Xland was the largest of those reported (an order "
        "of bounds, not exact figures), with less than 30%; the others are not reported.");
  CHECK(tw::sentence(r.value(), kf, tw::Lang::zh) ==
        "甲出口量未报告，已报告的伙伴中X国占比最大（按区间而非确数排序），为不足30%，其他伙伴未报告"
        "。");
}

TEST_CASE("cards, table and view carry the qualifier's words and the qualifier") {
  const json v = view(R"({"flows": ["export"]})");
  const json& alpha = card(v, "alpha");
  CHECK(alpha["volume"]["text"] == "about 5,000 t");
  CHECK(alpha["volume"]["qualifier"] == "about");
  CHECK(alpha["yoy"]["text"] == "up more than 55%");
  CHECK(alpha["topShare"]["text"] == "more than 80%");
  CHECK_FALSE(card(v, "gamma")["volume"].contains("qualifier"));
  std::vector<std::string> table;
  for (const json& row : v["rows"]) table.push_back(row["text"]);
  CHECK(std::find(table.begin(), table.end(), "at most 5%") != table.end());
  CHECK(std::find(table.begin(), table.end(), "less than 300 t") != table.end());
  const json zh = view(R"({"flows": ["export"], "lang": "zh"})");
  CHECK(card(zh, "alpha")["volume"]["text"] == "约5,000吨");
  CHECK(card(zh, "gamma")["yoy"]["text"] == "约\u221230%");
}

TEST_CASE("charts write the qualifier in labels and in every mark's reading") {
  const std::string en = chart("volumes", {}, tw::Lang::en);
  CHECK(en.find("about 5,000 t") != std::string::npos);
  CHECK(en.find("up more than 55%") != std::string::npos);
  const std::string zh = chart("volumes", {}, tw::Lang::zh);
  CHECK(zh.find("约5,000吨") != std::string::npos);
  CHECK(zh.find("增长超过55%") != std::string::npos);
  const std::string shares = chart("shares", {"alpha"}, tw::Lang::en);
  CHECK(shares.find("more than 80%") != std::string::npos);
  CHECK(shares.find("at most 5%") != std::string::npos);
  const std::string yoy = chart("yoy", {}, tw::Lang::en);
  CHECK(yoy.find("about \u221230%") != std::string::npos);
  CHECK(yoy.find("down less than 10%") != std::string::npos);
}

TEST_CASE("a qualified value is written back as it was read") {
  const std::string out = tw::write_dataset_json(fixture());
  CHECK(out.find(R"("share", {"value": 80, "qualifier": "more_than"}, "fixture")") !=
        std::string::npos);
  const auto again = tw::load_dataset(out);
  REQUIRE(again.ok());
  CHECK(again.value().observations[0].qualifier == tw::Qualifier::about);
}

TEST_CASE("a qualified figure survives the CSV round trip; exact files keep their header") {
  const tw::Dataset& ds = fixture();
  const std::string csv = tw::export_csv(ds);
  const std::string header = csv.substr(3, csv.find('\r') - 3);
  CHECK(header.size() > 10);
  CHECK(header.substr(header.size() - 10) == ",qualifier");
  tw::Dataset meta_only = ds;
  meta_only.observations.clear();
  const auto back = tw::import_csv(csv, tw::write_dataset_json(meta_only));
  REQUIRE(back.ok());
  CHECK(back.value().json == tw::write_dataset_json(ds));
  // The bundled file has no qualified figure: no qualifier column.
  const std::string plain = tw::export_csv(tw::test::bundled());
  CHECK(plain.find("qualifier") == std::string::npos);
}

TEST_CASE("a bad qualifier cell names the line and the column") {
  const std::string meta = tw::test::dataset_with_rows("");
  const auto r = tw::import_csv(
      "flow,product,partner,period,measure,value,source,ref,note,qualifier\n"
      "export,a,x,2025,volume,5,s1,,,roughly\n"
      "export,a,y,2025,volume,,,,,about\n",
      meta);
  std::vector<std::string> messages;
  for (const auto& d : r.errors()) messages.push_back(d.to_string());
  CHECK(messages ==
        std::vector<std::string>{
            "data.csv:2: column \"qualifier\": expected more_than, at_least, less_than, at_most, "
            "about or an empty cell, got \"roughly\"",
            "data.csv:3: column \"qualifier\": a qualified figure needs a value (a figure no "
            "source gives has an empty value and no qualifier)"});
  const auto ok = tw::import_csv(
      "flow,product,partner,period,measure,value,source,ref,note,qualifier\n"
      "export,a,x,2025,share,80,s1,,,more_than\n",
      meta);
  REQUIRE(ok.ok());
  CHECK(ok.value().dataset.observations[0].qualifier == tw::Qualifier::more_than);
}
