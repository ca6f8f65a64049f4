#include <catch2/catch.hpp>

#include "test_support.h"
#include "trade_widget/write_json.h"

TEST_CASE("writing the bundled dataset reproduces the file byte for byte") {
  const std::string original = tw::test::read_fixture("public/data/china-rare-earths-2025.json");
  REQUIRE(!original.empty());
  const std::string written = tw::write_dataset_json(tw::test::bundled());
  CHECK(written.size() == original.size());
  CHECK(written == original);
}

TEST_CASE("a written dataset loads again with the same figures, digits and labels") {
  auto loaded = tw::load_dataset(tw::test::dataset_with_rows(
      R"(["export", "a", "x", "2025", "volume", 38.0, "s1", "[2]", "n1"],
         ["export", "b", "world", "2024", "volume", null, null],
         ["export", "a", "y", "2025", "yoy", -0.40, "s1"])"));
  REQUIRE(loaded.ok());
  const std::string text = tw::write_dataset_json(loaded.value());
  CHECK(text.find(R"(    ["export", "a", "x", "2025", "volume", 38.0, "s1", "[2]", "n1"],)") !=
        std::string::npos);
  CHECK(text.find(R"(    ["export", "b", "world", "2024", "volume", null, null, null, null],)") !=
        std::string::npos);
  CHECK(text.find(R"(    ["export", "a", "y", "2025", "yoy", -0.40, "s1", null, null])") !=
        std::string::npos);
  CHECK(text.find(R"({"id": "s1", "publisher": "Source One", "author": null, "title": null, )"
                  R"("date": null, "url": null})") != std::string::npos);
  CHECK(text.find("\"subtitle\"") == std::string::npos);  // none given, none written
  const auto again = tw::load_dataset(text);
  REQUIRE(again.ok());
  CHECK(again.warnings().empty());
  CHECK(tw::write_dataset_json(again.value()) == text);
  const auto& o = again.value().observations[2];
  CHECK(o.value == -0.4);
  CHECK(o.decimals == 2);
}

TEST_CASE("a dataset without observations is written with an empty list") {
  tw::Dataset ds = tw::test::bundled();
  ds.observations.clear();
  const std::string text = tw::write_dataset_json(ds);
  CHECK(text.size() > 1000);
  const std::string end = "  ]\n  },\n  \"observations\": []\n}\n";
  CHECK(text.substr(text.size() - end.size()) == end);
}

TEST_CASE("strings are escaped for JSON and UTF-8 is kept") {
  CHECK(tw::json_string("plain") == "\"plain\"");
  CHECK(tw::json_string("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"");
  CHECK(tw::json_string("a\nb\tc\x01") == "\"a\\nb\\tc\\u0001\"");
  CHECK(tw::json_string("稀土–x") == "\"稀土–x\"");
}
