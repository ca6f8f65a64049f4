#include <catch2/catch.hpp>

#include "trade_widget/result.h"

TEST_CASE("a diagnostic reads file, path, message, line and column") {
  const tw::Diagnostic d{"observations[12][5] (value)", "expected a number or null, got \"12,3\"",
                         14, 52};
  CHECK(d.to_string("data.json") ==
        "data.json: observations[12][5] (value): expected a number or null, got \"12,3\" (line 14, "
        "column 52)");
  CHECK(tw::Diagnostic{"", "the file is empty", 0, 0}.to_string() == "the file is empty");
}

TEST_CASE("a result holds a value or errors, with warnings either way") {
  auto ok = tw::Result<int>::success(7, {tw::Diagnostic{"x", "unknown field (ignored)"}});
  REQUIRE(ok.ok());
  CHECK(ok.value() == 7);
  CHECK(ok.warnings().size() == 1);
  auto bad = tw::Result<int>::failure({tw::Diagnostic{"a", "b"}});
  CHECK_FALSE(bad.ok());
  CHECK(bad.errors().size() == 1);
}
