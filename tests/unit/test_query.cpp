#include <catch2/catch.hpp>

#include "test_support.h"
#include "trade_widget/format.h"
#include "trade_widget/query.h"

namespace {
const tw::Dataset& ds() { return tw::test::bundled(); }
int flow(const char* id) { return tw::Dataset::position(ds().flows, id); }
int product(const char* id) { return tw::Dataset::position(ds().products, id); }
int partner(const char* id) { return tw::Dataset::position(ds().partners, id); }
int period(const char* id) { return ds().period_position(id); }
tw::Cell cell(const char* f, const char* p, const char* partner_id, const char* period_id) {
  return tw::Cell{flow(f), product(p), partner(partner_id), period(period_id)};
}
std::string text(const tw::Figure& f, tw::Measure m) {
  return tw::format_figure(f, m, ds().meta.volume_unit, tw::Lang::en);
}
constexpr const char* k9M25 = "2025-01/2025-09";
}  // namespace

TEST_CASE("every figure of the seed article comes out exactly as the source states it") {
  using tw::Measure;
  struct Row {
    const char* flow;
    const char* product;
    const char* partner;
    Measure measure;
    const char* expected;
    const char* ref;
  };
  const Row rows[] = {
      {"import", "concentrates", "world", Measure::volume, "23,537.7 t", "[2][3]"},
      {"import", "concentrates", "world", Measure::yoy, "\u221245.6%", "[2][3]"},
      {"import", "concentrates", "us", Measure::share, "99.3%", "[2][3]"},
      {"import", "metals-alloys", "world", Measure::volume, "129.5 t", "[3][4]"},
      {"import", "metals-alloys", "world", Measure::yoy, "\u221257.8%", "[3][4]"},
      {"import", "oxides", "world", Measure::volume, "41,346.6 t", "[3][4]"},
      {"import", "oxides", "world", Measure::yoy, "\u22120.4%", "[3][4]"},
      {"import", "metals-alloys", "vn", Measure::share, "81%", "[7]"},
      {"import", "oxides", "mm", Measure::share, "61.8%", "[7]"},
      {"import", "compounds", "my", Measure::share, "64.3%", "[7]"},
      {"export", "separation-products", "world", Measure::volume, "48,000 t", "[8][9]"},
      {"export", "separation-products", "world", Measure::yoy, "+10.9%", "[8][9]"},
      {"export", "magnets", "world", Measure::yoy, "\u22127.5%", "[8][9]"},
      {"export", "metals-alloys", "world", Measure::volume, "7,520.2 t", "[9][11]"},
      {"export", "metals-alloys", "world", Measure::yoy, "+4.0%", "[9][11]"},
      {"export", "oxides", "world", Measure::volume, "24,151.3 t", "[9][11]"},
      {"export", "oxides", "world", Measure::yoy, "+38.0%", "[9][11]"},
      {"export", "metals-alloys", "jp", Measure::share, "59.3%", "[14]"},
      {"export", "oxides", "us", Measure::share, "40%", "[14]"},
      {"export", "magnets", "us", Measure::yoy, "\u221224.0%", "[18][21]"},
      {"export", "separation-products", "us", Measure::yoy, "+14.0%", "[18]"},
  };
  for (const Row& r : rows) {
    INFO(r.flow << " " << r.product << " " << r.partner << " " << tw::measure_id(r.measure));
    const tw::Figure f = tw::stated(ds(), cell(r.flow, r.product, r.partner, k9M25), r.measure);
    REQUIRE(f.origin == tw::Origin::stated);
    CHECK(text(f, r.measure) == r.expected);
    const tw::Observation& o = ds().observations[static_cast<std::size_t>(f.observation)];
    CHECK(ds().meta.sources[static_cast<std::size_t>(o.source)].id == "antaike");
    CHECK(ds().refs[static_cast<std::size_t>(o.ref)] == r.ref);
  }
}

TEST_CASE("a figure no source gives is reported missing, never zero") {
  const tw::Figure f =
      tw::stated(ds(), cell("import", "compounds", "world", k9M25), tw::Measure::volume);
  CHECK(f.origin == tw::Origin::reported_missing);
  CHECK_FALSE(f.present());
  CHECK(tw::stated(ds(), cell("import", "magnets", "world", k9M25), tw::Measure::volume).origin ==
        tw::Origin::absent);
}

TEST_CASE("year-on-year change is stated, or computed from both years' volumes") {
  const tw::Figure stated = tw::year_on_year(ds(), cell("export", "oxides", "world", k9M25));
  CHECK(stated.origin == tw::Origin::stated);
  CHECK(text(stated, tw::Measure::yoy) == "+38.0%");
  // Customs headline: 48,355.7 t against 42,936 t a year earlier.
  const tw::Figure exports = tw::year_on_year(ds(), cell("export", "rare-earths", "world", k9M25));
  REQUIRE(exports.origin == tw::Origin::derived);
  CHECK(text(exports, tw::Measure::yoy) == "+12.6%");
  CHECK(exports.inputs.size() == 2);
  const tw::Figure imports = tw::year_on_year(ds(), cell("import", "rare-earths", "world", k9M25));
  CHECK(text(imports, tw::Measure::yoy) == "\u221223.0%");
  CHECK(tw::year_on_year(ds(), cell("import", "compounds", "world", k9M25)).origin !=
        tw::Origin::derived);
}

TEST_CASE("the prior-year volume is implied from a stated change and marked derived") {
  const tw::Figure base = tw::prior_volume(ds(), cell("import", "concentrates", "world", k9M25));
  REQUIRE(base.origin == tw::Origin::derived);
  CHECK(tw::format_number(base.value, 0, tw::Lang::en) == "43,268");
  CHECK(tw::format_number(tw::prior_volume(ds(), cell("export", "oxides", "world", k9M25)).value, 0,
                          tw::Lang::en) == "17,501");
  const tw::Figure stated = tw::prior_volume(ds(), cell("export", "rare-earths", "world", k9M25));
  CHECK(stated.origin == tw::Origin::stated);
  CHECK(text(stated, tw::Measure::volume) == "42,936 t");
}

TEST_CASE("partner shares: stated top partner, others, and shares derived from volumes") {
  const tw::PartnerBreakdown oxides =
      tw::partner_breakdown(ds(), flow("export"), product("oxides"), period(k9M25));
  REQUIRE(oxides.top_partner == partner("us"));
  CHECK(text(oxides.top_share, tw::Measure::share) == "40%");
  CHECK(text(oxides.others, tw::Measure::share) == "60%");
  CHECK_FALSE(oxides.complete);
  CHECK_FALSE(oxides.hhi.has_value());

  const tw::PartnerBreakdown september =
      tw::partner_breakdown(ds(), flow("export"), product("magnets"), period("2025-09"));
  REQUIRE(september.partners.size() == 5);
  CHECK(september.top_partner == partner("de"));
  CHECK(september.top_share.origin == tw::Origin::derived);
  CHECK(text(september.top_share, tw::Measure::share) == "22.3%");  // 1,288 of 5,774 t
  CHECK(september.partners[1].partner == partner("kr"));
  CHECK(text(september.others, tw::Measure::share) == "43.8%");  // 5,774 t less the five partners
}

TEST_CASE("the HHI is computed only when the shares are complete") {
  const auto r = tw::load_dataset(tw::test::dataset_with_rows(R"(
    ["export", "a", "x", "2025", "share", 60, "s1"],
    ["export", "a", "y", "2025", "share", 40, "s1"])"));
  REQUIRE(r.ok());
  const tw::PartnerBreakdown b = tw::partner_breakdown(r.value(), 0, 0, 1);
  CHECK(b.complete);
  REQUIRE(b.hhi.has_value());
  CHECK(*b.hhi == Approx(5200));
}

TEST_CASE("totals add non-aggregate products only, and never a missing one") {
  std::vector<int> all;
  for (std::size_t i = 0; i < ds().products.size(); ++i) all.push_back(static_cast<int>(i));
  const tw::Total exports =
      tw::product_total(ds(), flow("export"), partner("world"), period(k9M25), all);
  REQUIRE(exports.value.origin == tw::Origin::derived);
  CHECK(text(exports.value, tw::Measure::volume) == "71,488.5 t");  // metals + oxides + magnets
  CHECK(exports.included.size() == 3);
  const tw::Total imports =
      tw::product_total(ds(), flow("import"), partner("world"), period(k9M25), all);
  CHECK_FALSE(imports.value.present());
  REQUIRE(imports.missing.size() == 1);
  CHECK(imports.missing[0] == product("compounds"));
}

TEST_CASE("monthly series keep gaps and the combined January-February period") {
  const auto series =
      tw::time_series(ds(), flow("export"), product("rare-earths"), partner("world"));
  std::vector<std::string> ids;
  for (const auto& p : series) ids.push_back(ds().periods[static_cast<std::size_t>(p.period)].id);
  REQUIRE(ids.size() == 22);
  CHECK(ids[0] == "2024-01/2024-02");
  CHECK(ids[1] == "2024-03");
  CHECK(series[1].value.origin == tw::Origin::reported_missing);
  CHECK(ids[11] == "2025-01/2025-02");
  CHECK(text(series[11].value, tw::Measure::volume) == "8,511 t");
  const auto magnets = tw::time_series(ds(), flow("export"), product("magnets"), partner("world"));
  CHECK(ds().periods[static_cast<std::size_t>(magnets.front().period)].id == "2024-01");
  CHECK(magnets.size() == 24);
}

TEST_CASE("selections resolve ids and name unknown ones") {
  tw::Selection s;
  s.flows = {"export"};
  s.products = {"oxides", "magnets"};
  s.periods = {k9M25};
  s.measures = {"volume"};
  const auto r = tw::resolve_selection(ds(), s);
  REQUIRE(r.ok());
  const auto rows = tw::select_observations(ds(), r.value());
  REQUIRE(rows.size() == 2);
  CHECK(ds().observations[static_cast<std::size_t>(rows[0])].value == 24151.3);
  s.products = {"oxide"};
  const auto bad = tw::resolve_selection(ds(), s);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.errors()[0].to_string() ==
        "selection.products[0]: \"oxide\" is not in this dataset's products");
}
