#include <catch2/catch.hpp>

#include "test_support.h"
#include "trade_widget/load.h"

using tw::test::dataset_with_rows;

namespace {
std::string first_error(const std::string& text) {
  const auto r = tw::load_dataset(text);
  if (r.ok()) return "(loaded without error)";
  return r.errors().front().to_string();
}
}  // namespace

TEST_CASE("the bundled dataset loads without errors or warnings") {
  const auto r =
      tw::load_dataset(tw::test::read_fixture("public/data/china-rare-earths-2025.json"));
  for (const auto& e : r.errors()) UNSCOPED_INFO(e.to_string());
  for (const auto& w : r.warnings()) UNSCOPED_INFO(w.to_string());
  REQUIRE(r.ok());
  CHECK(r.warnings().empty());
  const tw::Dataset& ds = r.value();
  CHECK(ds.meta.title.en == "China's rare-earth trade, January–September 2025");
  CHECK(ds.meta.volume_unit.zh == "吨");
  CHECK(ds.flows[static_cast<std::size_t>(ds.meta.default_flow)].id == "export");
  CHECK(ds.periods[static_cast<std::size_t>(ds.meta.default_period)].id == "2025-01/2025-09");
}

TEST_CASE("a minimal dataset loads, keeping precision, nulls, refs and notes") {
  const auto r = tw::load_dataset(dataset_with_rows(R"(
    ["export", "a", "world", "2025", "volume", 38.0, "s1", "[9][11]", "n1"],
    ["export", "b", "world", "2025", "volume", null, null],
    ["export", "a", "x", "2025", "share", 40, "s1"])"));
  REQUIRE(r.ok());
  const tw::Dataset& ds = r.value();
  REQUIRE(ds.observations.size() == 3);
  CHECK(ds.observations[0].value == 38.0);
  CHECK(ds.observations[0].decimals == 1);
  CHECK(ds.refs[static_cast<std::size_t>(ds.observations[0].ref)] == "[9][11]");
  CHECK(ds.meta.notes[static_cast<std::size_t>(ds.observations[0].note)].id == "n1");
  CHECK_FALSE(ds.observations[1].has_value());
  CHECK(ds.observations[1].source == tw::kNone);
}

TEST_CASE("a value written as text names the cell, the expectation and the value") {
  CHECK(first_error(
            dataset_with_rows(R"(["export", "a", "world", "2025", "volume", "12,3", "s1"])")) ==
        "observations[0][5] (value): expected a number or null, got \"12,3\" (line 22, column 44)");
}

TEST_CASE("references to undefined ids name the dimension") {
  CHECK(first_error(dataset_with_rows(R"(["export", "z", "world", "2025", "volume", 1, "s1"])")) ==
        "observations[0][1] (product): \"z\" is not a product defined in dimensions.product (line "
        "22, column 12)");
  CHECK(first_error(dataset_with_rows(R"(["export", "a", "world", "2025", "volume", 1, "s9"])")) ==
        "observations[0][6] (source): \"s9\" is not a source id in meta.sources (line 22, column "
        "47)");
  CHECK(first_error(dataset_with_rows(R"(["export", "a", "world", "2025", "tonnes", 1, "s1"])")) ==
        "observations[0][4] (measure): expected \"volume\", \"yoy\" or \"share\", got \"tonnes\" "
        "(line 22, column 34)");
}

TEST_CASE("impossible figures are refused with their value") {
  CHECK(first_error(dataset_with_rows(R"(["export", "a", "world", "2025", "volume", -5, "s1"])")) ==
        "observations[0][5] (value): a volume cannot be negative, got -5 (line 22, column 44)");
  CHECK(first_error(dataset_with_rows(R"(["export", "a", "x", "2025", "share", 100.5, "s1"])")) ==
        "observations[0][5] (value): a share must be between 0 and 100 (%), got 100.5 (line 22, "
        "column 39)");
  CHECK(first_error(dataset_with_rows(R"(["export", "a", "world", "2025", "yoy", -120, "s1"])")) ==
        "observations[0][5] (value): a year-on-year change cannot fall below -100%, got -120 (line "
        "22, column 41)");
  CHECK(
      first_error(dataset_with_rows(R"(["export", "a", "world", "2025", "volume", NaN, "s1"])")) ==
      "observations[0][5] (value): expected a number or null, got NaN (not valid JSON; write null "
      "for a missing figure) (line 22, column 44)");
  CHECK(first_error(dataset_with_rows(R"(["export", "a", "world", "2025", "volume", 5, null])")) ==
        "observations[0][6] (source): a figure needs a source (a meta.sources id), got null (line "
        "22, column 47)");
}

TEST_CASE("duplicate observations and shares over 100% are errors") {
  CHECK(first_error(dataset_with_rows(R"(["export", "a", "world", "2025", "volume", 5, "s1"],
    ["export", "a", "world", "2025", "volume", 6, "s1"])")) ==
        "observations[1]: duplicates observations[0] (export, a, world, 2025, volume): keep one "
        "figure per cell and put the other in a note (line 23, column 5)");
  CHECK(first_error(dataset_with_rows(R"(["export", "a", "x", "2025", "share", 60, "s1"],
    ["export", "a", "y", "2025", "share", 45.5, "s1"])")) ==
        "observations: partner shares of export x a x 2025 add up to 105.5% (more than 100%)");
}

TEST_CASE("broken files say what is wrong and where") {
  CHECK(first_error("") == "the file is empty (expected a JSON object) (line 1, column 1)");
  CHECK(first_error("  \n ") == "the file is empty (expected a JSON object) (line 2, column 2)");
  CHECK(first_error("[1, 2]") ==
        "expected a JSON object ({ ... }), got an array (line 1, column 1)");
  const std::string full =
      dataset_with_rows(R"(["export", "a", "world", "2025", "volume", 5, "s1"])");
  CHECK(first_error(full.substr(0, full.size() / 2)) ==
        "dimensions.product[2]: unexpected end of file (the file looks truncated) (line 14, column "
        "38)");
  CHECK(first_error("{\"format\": \"trade-widget/1\", \"meta\": \"\xff\"}") ==
        "meta: invalid UTF-8 at byte 38: FF (save the file as UTF-8) (line 1, column 39)");
  CHECK(first_error("{\"meta\": " + std::string(100000, '[')) ==
        "meta: nesting deeper than 64 levels (line 1, column 74)");
}

TEST_CASE("missing and mistyped metadata names the JSON path") {
  std::string text = dataset_with_rows("");
  const std::string title = R"("title": {"en": "Test", "zh": "测试"},)";
  text.replace(text.find(title), title.size(), R"("title": {"en": "Test"},)");
  CHECK(first_error(text) ==
        "meta.title.zh: expected a non-empty string, but the field is missing");
  std::string period = dataset_with_rows("");
  period.replace(period.find("\"2024-12\""), 9, "\"Dec 2024\"");
  CHECK(first_error(period) ==
        "dimensions.period[0].end: expected a month as YYYY-MM, got \"Dec 2024\"");
  std::string url = dataset_with_rows("");
  url.replace(url.find("\"publisher\": \"Source One\""), 25,
              "\"publisher\": \"S\", \"url\": \"javascript:alert(1)\"");
  CHECK(
      first_error(url) ==
      "meta.sources[0].url: expected an http:// or https:// address, got \"javascript:alert(1)\"");
}

TEST_CASE("unknown fields warn and do not fail") {
  std::string text = dataset_with_rows(R"(["export", "a", "world", "2025", "volume", 5, "s1"])");
  text.replace(text.find("\"meta\": {"), 9, "\"extra\": 1, \"meta\": {\"colour\": \"red\", ");
  const auto r = tw::load_dataset(text);
  REQUIRE(r.ok());
  REQUIRE(r.warnings().size() == 2);
  CHECK(r.warnings()[0].to_string() == "extra: unknown field (ignored)");
  CHECK(r.warnings()[1].to_string() == "meta.colour: unknown field (ignored)");
}
