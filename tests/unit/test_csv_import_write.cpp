// import_csv's last step: the loader's verdict on the built dataset, told in the inputs' terms.
#include <catch2/catch.hpp>

#include "data/csv_import_write.h"
#include "test_csv_import_steps_support.h"
#include "test_support.h"

using tw::test::texts;

TEST_CASE("write step: loader paths become CSV lines or meta file paths") {
  auto log = tw::test::import_log();
  tw::detail::ImportDimension dims[4];
  dims[2].add_meta_item(tw::detail::ImportItem{});
  dims[2].position("kr", 7);
  const std::vector<int> lines = {2, 5, 9};
  const auto at = [&](const std::string& path, const std::string& message) {
    return tw::detail::locate_in_inputs(tw::Diagnostic{path, message, 3, 4}, lines, dims, log)
        .to_string();
  };
  CHECK(at("observations[1][6] (source)", "a figure needs a source") ==
        "data.csv:5: column \"source\": a figure needs a source");
  CHECK(at("observations", "shares of observations[0] and observations[2] add up to 110%") ==
        "data.csv: shares of line 2 and line 9 add up to 110%");
  CHECK(at("dimensions.partner[1].label.en", "too long") ==
        "data.csv:7: dimensions.partner[1].label.en: too long");
  CHECK(at("dimensions.partner[0].label.en", "too long") ==
        "meta.json: dimensions.partner[0].label.en: too long");
  CHECK(at("meta.title", "missing") == "meta.json: meta.title: missing");
}

TEST_CASE("write step: the dataset is validated and written in the canonical layout") {
  auto log = tw::test::import_log();
  tw::detail::ImportMeta meta;
  REQUIRE(tw::detail::read_import_meta(tw::test::dataset_with_rows(""), log, meta));
  tw::detail::ImportedRows rows;
  rows.json = "\n[\"export\",\"a\",\"x\",\"2025\",\"volume\",38.0,\"s1\",null,null]";
  rows.lines = {2};
  const auto r = tw::detail::write_imported_dataset(meta, rows, {}, log);
  REQUIRE(r.ok());
  CHECK(r.value().json.find(R"(["export", "a", "x", "2025", "volume", 38.0, "s1", null, null])") !=
        std::string::npos);
  CHECK(r.value().dataset.observations[0].decimals == 1);

  auto log2 = tw::test::import_log();
  tw::detail::ImportMeta meta2;
  REQUIRE(tw::detail::read_import_meta(tw::test::dataset_with_rows(""), log2, meta2));
  rows.json = "\n[\"export\",\"a\",\"x\",\"2025\",\"volume\",5,null,null,null]";
  rows.lines = {4};
  const auto bad = tw::detail::write_imported_dataset(meta2, rows, {}, log2);
  REQUIRE_FALSE(bad.ok());
  CHECK(texts(bad.errors()) ==
        std::vector<std::string>{"data.csv:4: column \"source\": a figure needs a source (a "
                                 "meta.sources id), got null"});
}
