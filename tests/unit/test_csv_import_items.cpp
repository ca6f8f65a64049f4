// import_csv's items step: the CSV's labels and new items merged into the meta file's dimensions.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "data/csv_import_columns.h"
#include "data/csv_import_items.h"
#include "test_csv_import_steps_support.h"

using tw::test::texts;

namespace {

tw::detail::ImportItem meta_item(const std::string& id, const std::string& en,
                                 const std::string& zh) {
  tw::detail::ImportItem item;
  item.id = id;
  item.meta_label = tw::Text{en, zh};
  return item;
}

nlohmann::json empty_dimensions() {
  return {{"flow", nlohmann::json::array()},
          {"product", nlohmann::json::array()},
          {"partner", nlohmann::json::array()},
          {"period", nlohmann::json::array()}};
}

}  // namespace

TEST_CASE("items step: positions are stable, new ids come after the meta file's") {
  tw::detail::ImportDimension dim;
  dim.add_meta_item(meta_item("a", "A", "甲"));
  dim.add_meta_item(meta_item("", "", ""));  // a malformed entry keeps its position
  dim.add_meta_item(meta_item("b", "B", "乙"));
  CHECK(dim.position("b", 2) == 2);
  CHECK(dim.position("c", 3) == 3);
  CHECK(dim.position("a", 4) == 0);
  CHECK(dim.position("c", 5) == 3);
  CHECK(dim.items()[3].first_line == 3);
  CHECK(dim.meta_count() == 3);
}

TEST_CASE(
    "items step: a changed label replaces the meta file's with a warning; a new month gets "
    "its months") {
  tw::detail::ImportDimension dims[4];
  dims[1].add_meta_item(meta_item("a", "A", "甲"));
  auto log = tw::test::import_log();
  dims[1].take_label("product", dims[1].position("a", 2), 0, "Alpha", 2,
                     tw::detail::kFirstLabel + 2, log);
  dims[1].take_label("product", dims[1].position("a", 3), 0, "Alfa", 3, tw::detail::kFirstLabel + 2,
                     log);
  const std::size_t dec = dims[3].position("2025-12", 4);
  dims[3].take_label("period", dec, 0, "Dec 2025", 4, tw::detail::kFirstLabel + 6, log);
  dims[3].take_label("period", dec, 1, "2025年12月", 4, tw::detail::kFirstLabel + 7, log);
  CHECK(texts(log.errors) ==
        std::vector<std::string>{"data.csv:3: column \"product_label_en\": \"Alfa\" differs from "
                                 "\"Alpha\" on line 2 for product \"a\" (one label per item)"});
  log.errors.clear();

  nlohmann::json dimensions = empty_dimensions();
  dimensions["product"].push_back({{"id", "a"}, {"label", {{"en", "A"}, {"zh", "甲"}}}});
  std::vector<tw::NewItem> new_items;
  REQUIRE(tw::detail::merge_items(dims, dimensions, log, new_items));
  CHECK(texts(log.warnings) ==
        std::vector<std::string>{"data.csv:2: column \"product_label_en\": \"Alpha\" replaces the "
                                 "label \"A\" of product \"a\" in meta.json"});
  CHECK(dimensions["product"][0]["label"]["en"] == "Alpha");
  CHECK(dimensions["period"][0] ==
        nlohmann::json::parse(R"({"id": "2025-12", "label": {"en": "Dec 2025", "zh": )"
                              R"("2025年12月"}, "start": "2025-12", "end": "2025-12"})"));
  REQUIRE(new_items.size() == 1);
  CHECK(new_items[0].dimension == "period");
  CHECK(new_items[0].line == 4);
}

TEST_CASE("items step: a new item without both labels, or a period without months, is refused") {
  tw::detail::ImportDimension dims[4];
  auto log = tw::test::import_log();
  dims[2].take_label("partner", dims[2].position("kr", 2), 0, "South Korea", 2,
                     tw::detail::kFirstLabel + 4, log);
  const std::size_t q4 = dims[3].position("Q4 2025", 3);
  dims[3].take_label("period", q4, 0, "Q4 2025", 3, tw::detail::kFirstLabel + 6, log);
  dims[3].take_label("period", q4, 1, "2025年第四季度", 3, tw::detail::kFirstLabel + 7, log);
  nlohmann::json dimensions = empty_dimensions();
  std::vector<tw::NewItem> new_items;
  CHECK_FALSE(tw::detail::merge_items(dims, dimensions, log, new_items));
  CHECK(texts(log.errors) ==
        std::vector<std::string>{
            "data.csv:2: partner \"kr\" is not in meta.json: give its labels in columns "
            "partner_label_en and partner_label_zh (or add it to dimensions.partner)",
            "data.csv:3: column \"period\": new period \"Q4 2025\" needs an id of the form "
            "YYYY-MM, YYYY-MM/YYYY-MM or YYYY so that its months are known (or add it to "
            "dimensions.period in meta.json)"});
  CHECK(new_items.empty());
  CHECK(dimensions["partner"].empty());
}
