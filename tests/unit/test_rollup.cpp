#include <catch2/catch.hpp>

#include "test_support.h"
#include "trade_widget/format.h"
#include "trade_widget/rollup.h"

namespace {

tw::Dataset load(const std::string& json) {
  auto loaded = tw::load_dataset(json);
  REQUIRE(loaded.ok());
  return std::move(loaded.value());
}

std::string volume(const tw::Dataset& ds, const tw::RollupSum& s) {
  return tw::format_volume(s.volume, s.decimals, ds.meta.volume_unit, tw::Lang::en);
}

const tw::RollupGroup& by_product(const tw::Dataset& ds, const tw::Rollup& r, const char* flow,
                                  const char* product) {
  const auto f = static_cast<std::size_t>(tw::Dataset::position(ds.flows, flow));
  const auto p = static_cast<std::size_t>(tw::Dataset::position(ds.products, product));
  return r.by_product.at(f * ds.products.size() + p);
}

const tw::RollupGroup& by_partner(const tw::Dataset& ds, const tw::Rollup& r, const char* flow,
                                  const char* partner) {
  const auto f = static_cast<std::size_t>(tw::Dataset::position(ds.flows, flow));
  const auto p = static_cast<std::size_t>(tw::Dataset::position(ds.partners, partner));
  return r.by_partner.at(f * ds.partners.size() + p);
}

tw::Rollup roll(const tw::Dataset& ds, const char* period, int top = 10) {
  const auto result = tw::rollup(
      ds,
      tw::rollup_request(ds.periods.at(static_cast<std::size_t>(ds.period_position(period))), top));
  REQUIRE(result.ok());
  return result.value();
}

// Products a, b and the aggregate "all"; partners "world" (aggregate), x and y; years 2024, 2025.
const char* const kRows = R"(
    ["export", "a", "x", "2025", "volume", 100, "s1"],
    ["export", "a", "y", "2025", "volume", 50.5, "s1"],
    ["export", "b", "x", "2025", "volume", 30, "s1"],
    ["export", "b", "y", "2025", "volume", null, null],
    ["export", "all", "x", "2025", "volume", 500, "s1"],
    ["export", "a", "world", "2025", "volume", 1000, "s1"],
    ["export", "a", "x", "2024", "volume", 80, "s1"],
    ["export", "a", "y", "2024", "volume", 50.5, "s1"],
    ["export", "a", "x", "2025", "yoy", 25, "s1"],
    ["export", "a", "x", "2025", "share", 10, "s1"])";

}  // namespace

TEST_CASE("rollup sums volumes by product over partners, never adding the aggregate partner") {
  const tw::Dataset ds = load(tw::test::dataset_with_rows(kRows));
  const tw::Rollup r = roll(ds, "2025");
  REQUIRE(r.by_product.size() == 3);
  const auto& a = by_product(ds, r, "export", "a");
  CHECK(volume(ds, a.current) == "150.5 t");  // x + y; the world's 1,000 t is not added
  CHECK(a.current.stated == 2);
  CHECK(a.current.complete());
  CHECK(volume(ds, a.prior) == "130.5 t");
  REQUIRE(a.yoy.has_value());
  CHECK(tw::format_change(*a.yoy, 1, tw::Lang::en) == "+15.3%");
  // A stated change or share is never summed: only volumes are.
  const auto& b = by_product(ds, r, "export", "b");
  CHECK(volume(ds, b.current) == "30 t");
  CHECK(b.current.missing == 1);
  CHECK_FALSE(b.current.complete());
  CHECK_FALSE(b.yoy.has_value());
  // An aggregate product is summed on its own.
  const auto& all = by_product(ds, r, "export", "all");
  CHECK(volume(ds, all.current) == "500 t");
  CHECK_FALSE(all.prior.present());
  CHECK_FALSE(all.yoy.has_value());
}

TEST_CASE("rollup sums volumes by partner over products, never adding the aggregate product") {
  const tw::Dataset ds = load(tw::test::dataset_with_rows(kRows));
  const tw::Rollup r = roll(ds, "2025");
  REQUIRE(r.by_partner.size() == 3);
  const auto& x = by_partner(ds, r, "export", "x");
  CHECK(volume(ds, x.current) == "130 t");  // a + b; "all" (500 t) contains them
  REQUIRE(x.yoy.has_value());
  CHECK(tw::format_change(*x.yoy, 1, tw::Lang::en) == "+62.5%");
  const auto& y = by_partner(ds, r, "export", "y");
  CHECK(volume(ds, y.current) == "50.5 t");
  CHECK(y.current.missing == 1);
  CHECK_FALSE(y.yoy.has_value());  // an incomplete sum gives no change
  CHECK(volume(ds, by_partner(ds, r, "export", "world").current) == "1,000 t");
}

TEST_CASE("rollup gives the largest partners' share of each flow") {
  const tw::Dataset ds = load(tw::test::dataset_with_rows(kRows));
  const tw::Rollup one = roll(ds, "2025", 1);
  REQUIRE(one.top_partners.size() == 1);
  const tw::TopPartners& t = one.top_partners[0];
  REQUIRE(t.partners.size() == 1);
  CHECK(ds.partners[static_cast<std::size_t>(t.partners[0])].id == "x");
  CHECK(volume(ds, t.total) == "180.5 t");  // world excluded
  CHECK(t.total.missing == 1);
  REQUIRE(t.share.has_value());
  CHECK(tw::format_share(*t.share, 1, tw::Lang::en) == "72.0%");

  const tw::Rollup ten = roll(ds, "2025");
  const tw::TopPartners& all = ten.top_partners[0];
  REQUIRE(all.partners.size() == 2);
  CHECK(ds.partners[static_cast<std::size_t>(all.partners[1])].id == "y");
  CHECK(tw::format_share(*all.share, 1, tw::Lang::en) == "100.0%");
}

TEST_CASE("rollup of a year with no rows gives empty sums and no derived figures") {
  const tw::Dataset ds = load(tw::test::dataset_with_rows(kRows));
  const tw::Rollup r = roll(ds, "2024");
  const auto& a = by_product(ds, r, "export", "a");
  CHECK(volume(ds, a.current) == "130.5 t");
  CHECK_FALSE(a.prior.present());
  CHECK_FALSE(a.yoy.has_value());
  CHECK_FALSE(r.top_partners[0].partners.empty());
  const tw::Rollup none = tw::rollup(ds, tw::RollupRequest{2030 * 12, 2030 * 12 + 11}).value();
  CHECK_FALSE(none.by_product[0].current.present());
  CHECK(none.top_partners[0].partners.empty());
  CHECK_FALSE(none.top_partners[0].share.has_value());
}

TEST_CASE("rollup never counts a month twice when periods overlap") {
  // Series x states Jan, Feb, Mar and Q1; series y states only Q1 and a null March; series z
  // states H1 (null) and April.
  const tw::Dataset ds = load(R"({
  "format": "trade-widget/1",
  "meta": {"title": {"en": "T", "zh": "测"}, "coverage": {"en": "2025", "zh": "2025年"},
    "units": {"volume": {"en": "t", "zh": "吨"}}, "sources": [{"id": "s1", "publisher": "S"}]},
  "dimensions": {
    "flow": [{"id": "export", "label": {"en": "Exports", "zh": "出口"}}],
    "product": [{"id": "a", "label": {"en": "A", "zh": "甲"}}],
    "partner": [{"id": "x", "label": {"en": "X", "zh": "X"}}, {"id": "y", "label": {"en": "Y", "zh": "Y"}},
                {"id": "z", "label": {"en": "Z", "zh": "Z"}}],
    "period": [
      {"id": "2025-01", "label": {"en": "Jan", "zh": "1月"}, "start": "2025-01", "end": "2025-01"},
      {"id": "2025-02", "label": {"en": "Feb", "zh": "2月"}, "start": "2025-02", "end": "2025-02"},
      {"id": "2025-03", "label": {"en": "Mar", "zh": "3月"}, "start": "2025-03", "end": "2025-03"},
      {"id": "2025-04", "label": {"en": "Apr", "zh": "4月"}, "start": "2025-04", "end": "2025-04"},
      {"id": "2025-Q1", "label": {"en": "Q1", "zh": "一季度"}, "start": "2025-01", "end": "2025-03"},
      {"id": "2025-H1", "label": {"en": "H1", "zh": "上半年"}, "start": "2025-01", "end": "2025-06"}]},
  "observations": [
    ["export", "a", "x", "2025-01", "volume", 10, "s1"],
    ["export", "a", "x", "2025-02", "volume", 20, "s1"],
    ["export", "a", "x", "2025-03", "volume", 30.25, "s1"],
    ["export", "a", "x", "2025-Q1", "volume", 60.3, "s1"],
    ["export", "a", "y", "2025-Q1", "volume", 7, "s1"],
    ["export", "a", "y", "2025-03", "volume", null, null],
    ["export", "a", "z", "2025-H1", "volume", null, null],
    ["export", "a", "z", "2025-04", "volume", 4, "s1"]]})");
  const tw::Rollup q1 = roll(ds, "2025-Q1");
  // The stated quarter wins over the sum of its months; y's null March lies inside its Q1.
  CHECK(volume(ds, by_partner(ds, q1, "export", "x").current) == "60.3 t");
  CHECK(by_partner(ds, q1, "export", "x").current.stated == 1);
  CHECK(volume(ds, by_partner(ds, q1, "export", "y").current) == "7 t");
  CHECK(by_partner(ds, q1, "export", "y").current.complete());
  CHECK_FALSE(by_partner(ds, q1, "export", "z").current.present());
  CHECK(volume(ds, by_product(ds, q1, "export", "a").current) == "67.3 t");

  // February alone: no overlap, the month counts.
  CHECK(volume(ds, by_product(ds, roll(ds, "2025-02"), "export", "a").current) == "20 t");

  // H1: z's stated April is used, its null H1 overlaps it and is left out.
  const tw::Rollup h1 = roll(ds, "2025-H1");
  CHECK(volume(ds, by_partner(ds, h1, "export", "z").current) == "4 t");
  CHECK(by_partner(ds, h1, "export", "z").current.complete());
  CHECK(volume(ds, by_product(ds, h1, "export", "a").current) == "71.3 t");
}

TEST_CASE("rollup of the bundled dataset adds stated totals and gives no change over gaps") {
  const tw::Dataset& ds = tw::test::bundled();
  const tw::Rollup r = roll(ds, "2025-01/2025-09");
  // Exports to the world of magnets (39,817 t, stated for Jan-Sep: the months are not added
  // again), oxides (24,151.3 t) and metals and alloys (7,520.2 t).
  const auto& world = by_partner(ds, r, "export", "world");
  CHECK(volume(ds, world.current) == "71,488.5 t");
  CHECK(world.current.stated == 3);
  CHECK(world.current.complete());
  // Jan-Sep 2024 has only July's magnet exports: no year-on-year change is computed.
  CHECK(world.prior.stated == 1);
  CHECK(world.prior.missing == 8);
  CHECK_FALSE(world.yoy.has_value());
  // Imports: compounds are not reported, so the sum is marked incomplete.
  const auto& imports = by_partner(ds, r, "import", "world");
  CHECK(volume(ds, imports.current) == "65,013.8 t");
  CHECK(imports.current.missing == 1);
  // September magnet exports by partner, plus the United States' H1 figure.
  const tw::TopPartners& top =
      r.top_partners[static_cast<std::size_t>(tw::Dataset::position(ds.flows, "export"))];
  REQUIRE(top.partners.size() == 5);
  CHECK(ds.partners[static_cast<std::size_t>(top.partners[0])].id == "us");
  CHECK(volume(ds, top.total) == "5,756 t");
  CHECK(tw::format_share(*top.share, 1, tw::Lang::en) == "100.0%");
}

TEST_CASE("rollup rejects a range that ends before it starts and a top below one") {
  const tw::Dataset ds = load(tw::test::dataset_with_rows(kRows));
  const auto r = tw::rollup(ds, tw::RollupRequest{2025 * 12 + 5, 2025 * 12, 0});
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.errors().size() == 2);
  CHECK(r.errors()[0].to_string() ==
        "request.end: the range ends (month 24300) before it starts "
        "(month 24305)");
  CHECK(r.errors()[1].to_string() == "request.top: expected at least 1 partner, got 0");
}
