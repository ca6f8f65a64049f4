// import_csv's meta step: the ids the rows may use, and the tree the dataset is built from.
#include <catch2/catch.hpp>

#include "data/csv_import_meta.h"
#include "test_csv_import_steps_support.h"
#include "test_support.h"

using tw::test::texts;

TEST_CASE("meta step: sources, notes, unit and dimension items are read from the meta file") {
  auto log = tw::test::import_log();
  tw::detail::ImportMeta meta;
  const std::string text = "\xEF\xBB\xBF" + tw::test::dataset_with_rows("");
  REQUIRE(tw::detail::read_import_meta(text, log, meta));
  CHECK(log.errors.empty());
  CHECK(meta.sources.count("s1") == 1);
  CHECK(meta.notes.count("n1") == 1);
  CHECK(meta.volume_unit.zh == "吨");
  const auto& products = meta.dims[1].items();
  REQUIRE(products.size() == 3);
  CHECK(meta.dims[1].meta_count() == 3);
  CHECK(products[1].id == "b");
  CHECK(products[1].meta_label.zh == "乙");
  CHECK(products[1].from_meta);
  CHECK_FALSE(meta.tree.contains("observations"));  // the CSV gives them
  CHECK(log.meta_text.substr(0, 1) == "{");         // positions count without the byte-order mark
}

TEST_CASE("meta step: a missing format and missing dimensions are filled in") {
  auto log = tw::test::import_log();
  tw::detail::ImportMeta meta;
  REQUIRE(tw::detail::read_import_meta(R"({"meta": {}})", log, meta));
  CHECK(meta.tree["format"] == "trade-widget/1");
  CHECK(meta.tree["dimensions"]["period"].is_array());
  CHECK(meta.dims[3].items().empty());
}

TEST_CASE("meta step: what the meta file cannot hold is refused with its place") {
  const auto refused = [](const std::string& text) {
    auto log = tw::test::import_log();
    tw::detail::ImportMeta meta;
    CHECK_FALSE(tw::detail::read_import_meta(text, log, meta));
    return texts(log.errors);
  };
  CHECK(refused("") == std::vector<std::string>{"meta.json: the file is empty (expected a JSON "
                                                "object with meta and dimensions)"});
  CHECK(refused("[]") == std::vector<std::string>{"meta.json: expected a JSON object with meta and "
                                                  "dimensions, got an empty array"});
  CHECK(refused("{}\n{}") == std::vector<std::string>{"meta.json: unexpected text after the JSON "
                                                      "object (line 2, column 1)"});
  CHECK(refused("{\"a\": \"\xC4\"}") ==
        std::vector<std::string>{"meta.json: invalid UTF-8 (save the file as UTF-8) (line 1, "
                                 "column 8)"});
  CHECK(refused(R"({"dimensions": {"flow": {}}})") ==
        std::vector<std::string>{"meta.json: dimensions.flow: expected an array of items, got an "
                                 "object"});
}
