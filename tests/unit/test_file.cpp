#include <catch2/catch.hpp>

#include "test_support.h"
#include "trade_widget/file.h"

TEST_CASE("a file is read whole, bytes unchanged") {
  const auto bytes =
      tw::read_file(tw::test::source_path("public/data/china-rare-earths-2025.json"));
  REQUIRE(bytes.ok());
  CHECK(bytes.value().rfind("{\n  \"format\": \"trade-widget/1\"", 0) == 0);
  CHECK(bytes.value().find("稀土") != std::string::npos);
}

TEST_CASE("a missing file is an error naming it") {
  const auto bytes = tw::read_file(tw::test::source_path("no/such/file.json"));
  REQUIRE_FALSE(bytes.ok());
  CHECK(bytes.errors()[0].message.find("cannot open ") == 0);
  CHECK(bytes.errors()[0].message.find("no/such/file.json: No such file or directory") !=
        std::string::npos);
}
