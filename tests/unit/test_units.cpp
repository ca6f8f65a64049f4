// Units per product (meta.units.others, a product's "unit"): each figure in its source's unit
// with its source's digits; the declared conversion used only to compare and add, a sum across
// units in the dataset's unit with the precision of the coarsest input; errors name the path.
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
  static const tw::Dataset ds = tw::test::load_fixture("mixed-units");
  return ds;
}

int product(const char* id) { return tw::Dataset::position(fixture().products, id); }
int partner(const char* id) { return tw::Dataset::position(fixture().partners, id); }
int period(const char* id) { return fixture().period_position(id); }

std::string fixture_with(const std::string& from, const std::string& to) {
  return tw::test::fixture_with("mixed-units", from, to);
}

std::string shown(const tw::Figure& f, tw::Lang lang = tw::Lang::en) {
  return tw::format_figure(fixture(), f, tw::Measure::volume, lang);
}

tw::Figure volume(const char* p, const char* who, const char* when) {
  return tw::stated(fixture(), tw::Cell{0, product(p), partner(who), period(when)},
                    tw::Measure::volume);
}

/// The SVG of exports of PRODUCTS (empty: all) in 2025.
std::string chart(const char* type, std::vector<std::string> products, tw::Lang lang) {
  return tw::test::svg_of(
      fixture(), tw::test::chart_request(type, "export", std::move(products), "2025", lang));
}
}  // namespace

TEST_CASE("units: each product's figures are shown in its own unit with the source's digits") {
  const tw::Dataset& ds = fixture();
  REQUIRE(ds.meta.other_units.size() == 1);
  CHECK(ds.meta.other_units[0].id == "kg");
  CHECK(ds.meta.other_units[0].per_volume_unit == 1000);
  CHECK(ds.products[static_cast<std::size_t>(product("magnets"))].unit == 0);
  CHECK(ds.products[static_cast<std::size_t>(product("gallium"))].unit == 1);
  CHECK(shown(volume("magnets", "world", "2025")) == "5.15 t");
  CHECK(shown(volume("gallium", "world", "2025")) == "3,500 kg");
  CHECK(shown(volume("germanium", "world", "2025"), tw::Lang::zh) == "820.5千克");
  // A partner's volume and a year earlier are its product's too.
  CHECK(shown(volume("gallium", "jp", "2025")) == "2,100 kg");
  CHECK(shown(tw::prior_volume(ds, tw::Cell{0, product("gallium"), 0, period("2025")})) ==
        "3,120 kg");
}

TEST_CASE("units: a sum across units is in the dataset's unit, no finer than its coarsest input") {
  const tw::Dataset& ds = fixture();
  const tw::Total mixed =
      tw::product_total(ds, 0, 0, period("2025"), {product("magnets"), product("gallium")});
  REQUIRE(mixed.value.present());
  CHECK(mixed.value.value == Approx(8.65));
  CHECK(mixed.value.decimals == 2);
  CHECK(shown(mixed.value) == "8.65 t");  // never 8.650 t: 5.15 t is given to 10 kg
  // Products of one unit are summed in it, with the most digits among them, as before.
  const tw::Total kg =
      tw::product_total(ds, 0, 0, period("2025"), {product("gallium"), product("germanium")});
  CHECK(shown(kg.value) == "4,320.5 kg");
  const tw::Total all = tw::product_total(
      ds, 0, 0, period("2025"), {product("magnets"), product("gallium"), product("germanium")});
  CHECK(shown(all.value, tw::Lang::zh) == "9.47吨");  // 5.15 + 3.5 + 0.8205 t, to 0.01 t
}

TEST_CASE("units: rollups add and compare across units in the dataset's unit") {
  const tw::Dataset& ds = fixture();
  const auto r =
      tw::rollup(ds, tw::rollup_request(ds.periods[static_cast<std::size_t>(period("2025"))]));
  REQUIRE(r.ok());
  const tw::RollupGroup& world = r.value().by_partner[static_cast<std::size_t>(partner("world"))];
  CHECK(world.current.unit == 0);
  CHECK(world.current.volume == Approx(9.4705));
  CHECK(world.current.decimals == 2);
  CHECK(tw::format_volume(world.current.volume, world.current.decimals, ds.unit_label(0),
                          tw::Lang::en) == "9.47 t");
  // 2024: 4.8 t + 3,120 kg + 900 kg = 8.82 t; the change is taken between the converted sums.
  CHECK(world.prior.volume == Approx(8.82));
  REQUIRE(world.yoy.has_value());
  CHECK(*world.yoy == Approx((9.4705 / 8.82 - 1) * 100));
  const tw::RollupGroup& gallium =
      r.value().by_product[static_cast<std::size_t>(product("gallium"))];
  CHECK(gallium.current.unit == 1);  // one product: its own unit, its own digits
  CHECK(gallium.current.volume == 3500);
  CHECK(gallium.current.decimals == 0);
}

TEST_CASE("units: the products chart draws one scale in the dataset's unit and says so") {
  const std::string en = chart("volumes", {"magnets", "gallium", "germanium"}, tw::Lang::en);
  CHECK((en.find("Volume, drawn in t (1 t = 1,000 kg; each figure in its source&#39;s unit)") !=
             std::string::npos ||
         en.find("Volume, drawn in t (1 t = 1,000 kg; each figure in its source's unit)") !=
             std::string::npos));
  CHECK(en.find("3,500 kg") != std::string::npos);
  CHECK(en.find("5.15 t") != std::string::npos);
  CHECK(en.find("5,150 kg") == std::string::npos);
  CHECK(en.find("3.5 t") == std::string::npos);
  // Ranked on the converted scale: magnets (5.15 t) above gallium (3.5 t) above germanium.
  CHECK(en.find("5.15 t") < en.find("3,500 kg"));
  CHECK(en.find("3,500 kg") < en.find("820.5 kg"));
  const std::string zh = chart("volumes", {"magnets", "gallium", "germanium"}, tw::Lang::zh);
  CHECK(zh.find("数量（按吨绘制：1吨=1,000千克；各数字保留来源的单位）") != std::string::npos);
  // Compact (on the page, without a subtitle): the scale's unit is said under the chart.
  const tw::Scene compact = tw::test::scene_of(
      fixture(), R"({"chart": "volumes", "period": "2025", "width": 360, "compact": true})");
  CHECK(tw::test::texts_with_role(compact, "footer") ==
        std::vector<std::string>{"Bars drawn in t (1 t = 1,000 kg)."});
  // Products of one unit: that unit, no conversion.
  const std::string kg = chart("volumes", {"gallium", "germanium"}, tw::Lang::en);
  CHECK(kg.find("Volume (kg) and change") != std::string::npos);
  CHECK(kg.find("drawn in") == std::string::npos);
  // A chart of one product says that product's unit.
  CHECK(chart("monthly", {"gallium"}, tw::Lang::en).find("Volume (kg) per month") !=
        std::string::npos);
  CHECK(chart("partners", {"gallium"}, tw::Lang::zh).find("数量（千克）") != std::string::npos);
}

TEST_CASE("units: the narrative and the view's figures say each product's unit") {
  const tw::Dataset& ds = fixture();
  const std::string en =
      tw::sentence(ds, tw::key_figure(ds, 0, product("gallium"), period("2025")), tw::Lang::en);
  CHECK(en.find("3,500 kg") != std::string::npos);
  const std::string zh =
      tw::sentence(ds, tw::key_figure(ds, 0, product("magnets"), period("2025")), tw::Lang::zh);
  CHECK(zh.find("5.15吨") != std::string::npos);
  const json v = tw::test::view_of(ds, R"({"view": "volumes", "lang": "en"})");
  std::string texts = v.dump();
  CHECK(texts.find("3,500 kg") != std::string::npos);
  CHECK(texts.find("5.15 t") != std::string::npos);
  CHECK(texts.find("5,150") == std::string::npos);
}

TEST_CASE("units: bad units are refused with the JSON path and the value") {
  CHECK(tw::test::load_errors(
            fixture_with("\"per_volume_unit\": 1000", "\"per_volume_unit\": 0.001")) ==
        std::vector<std::string>{
            "meta.units.others[0].per_volume_unit: expected a number from 1 to 1e15 (how many kg "
            "make one t (1 t = 1000 kg is 1000); meta.units.volume must be the largest unit), got "
            "0.001"});
  CHECK(tw::test::load_errors(
            fixture_with("\"per_volume_unit\": 1000", "\"per_volume_unit\": \"1000\"")) ==
        std::vector<std::string>{
            "meta.units.others[0].per_volume_unit: expected a number from 1 to 1e15 (how many kg "
            "make one t (1 t = 1000 kg is 1000); meta.units.volume must be the largest unit), got "
            "\"1000\""});
  CHECK(tw::test::load_errors(fixture_with(", \"per_volume_unit\": 1000", "")) ==
        std::vector<std::string>{
            "meta.units.others[0].per_volume_unit: expected a number: how many kg make one t (1 "
            "t = 1000 kg is 1000), but the field is missing"});
  CHECK(tw::test::load_errors(fixture_with("\"unit\": \"kg\"}", "\"unit\": \"lb\"}")) ==
        std::vector<std::string>{
            "dimensions.product[1].unit: \"lb\" is not a unit id in meta.units.others (a product "
            "without \"unit\" is in meta.units.volume)"});
  CHECK(tw::test::load_errors(fixture_with("\"others\": [",
                                           "\"others\": [{\"id\": \"kg\", \"label\": {\"en\": "
                                           "\"kg\", \"zh\": \"千克\"}, \"per_volume_unit\": "
                                           "1000}, ")) ==
        std::vector<std::string>{"meta.units.others[1].id: duplicate unit id \"kg\""});
  CHECK(tw::test::load_errors(fixture_with("\"others\": [", "\"others\": \"kg\", \"unused\": [")) ==
        std::vector<std::string>{
            "meta.units.others: expected an array of units, got \"kg\"",
            "dimensions.product[1].unit: \"kg\" is not a unit id in meta.units.others (a product "
            "without \"unit\" is in meta.units.volume)",
            "dimensions.product[2].unit: \"kg\" is not a unit id in meta.units.others (a product "
            "without \"unit\" is in meta.units.volume)"});
}

TEST_CASE(
    "units: a unit on a flow or a partner is an unknown field; files without units as before") {
  const auto r = tw::load_dataset(
      fixture_with("{\"id\": \"export\", \"label\": {\"en\": \"Exports\", \"zh\": \"出口\"}}",
                   "{\"id\": \"export\", \"label\": {\"en\": \"Exports\", \"zh\": \"出口\"}, "
                   "\"unit\": \"kg\"}"));
  REQUIRE(r.ok());
  CHECK(tw::test::messages(r.warnings()) ==
        std::vector<std::string>{"dimensions.flow[0].unit: unknown field (ignored)"});
  const tw::Dataset& bundled = tw::test::bundled();
  CHECK(bundled.meta.other_units.empty());
  for (const tw::Item& p : bundled.products) CHECK(p.unit == 0);
  // Written back as it was: no "others", no product unit.
  CHECK(tw::write_dataset_json(bundled).find("\"others\"") == std::string::npos);
}

TEST_CASE("units: the dataset JSON and the CSV pair carry the units") {
  const tw::Dataset& ds = fixture();
  const std::string written = tw::write_dataset_json(ds);
  CHECK(written.find("\"others\": [{\"id\": \"kg\", \"label\": {\"en\": \"kg\", \"zh\": \"千克\"}, "
                     "\"per_volume_unit\": 1000}]") != std::string::npos);
  const auto again = tw::load_dataset(written);
  REQUIRE(again.ok());
  CHECK(again.value().products[static_cast<std::size_t>(product("gallium"))].unit == 1);
  const std::string csv = tw::export_csv(ds);
  CHECK(csv.find("gallium,world,2025,volume,3500,fixture,,,kg") != std::string::npos);
  CHECK(csv.find("magnets,world,2025,volume,5.15,fixture,,,t") != std::string::npos);
  tw::Dataset meta_only = ds;
  meta_only.observations.clear();
  const auto back = tw::import_csv(csv, tw::write_dataset_json(meta_only));
  REQUIRE(back.ok());
  CHECK(back.value().json == written);
  // A kg product's row in t is caught, naming the product's unit.
  std::string wrong = csv;
  const std::string row = "gallium,world,2025,volume,3500,fixture,,,kg";
  const std::size_t at = wrong.find(row);
  REQUIRE(at != std::string::npos);
  wrong.replace(at, row.size(), "gallium,world,2025,volume,3500,fixture,,,t");
  const auto refused = tw::import_csv(wrong, tw::write_dataset_json(meta_only));
  REQUIRE(!refused.ok());
  CHECK(refused.errors().at(0).to_string().find(
            "column \"unit\": expected \"kg\" (the unit of product \"gallium\" in ") !=
        std::string::npos);
}
