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

