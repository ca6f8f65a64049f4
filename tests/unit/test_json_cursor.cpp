#include <catch2/catch.hpp>
#include <string>

#include "data/json_cursor.h"

using tw::detail::JsonCursor;

TEST_CASE("line and column count characters, not bytes") {
  const std::string text = "{\n  \"标题\": x";
  const auto p = tw::detail::position_of(text, text.find('x'));
  CHECK(p.line == 2);
  CHECK(p.column == 9);
}

TEST_CASE("invalid UTF-8 is found at its byte") {
  CHECK(tw::detail::find_invalid_utf8("abc 稀土") == std::string::npos);
  CHECK(tw::detail::find_invalid_utf8(std::string("ab\xff") + "c") == 2);
  CHECK(tw::detail::find_invalid_utf8("\xC0\xAF") == 0);                // overlong
  CHECK(tw::detail::find_invalid_utf8("\xED\xA0\x80") == 0);            // surrogate
  CHECK(tw::detail::find_invalid_utf8(std::string("x\xE7\xA8")) == 1);  // truncated
}

TEST_CASE("numbers keep the number of decimals the source wrote") {
  double v = 0;
  int decimals = -1;
  JsonCursor c("38.0,");
  REQUIRE(c.read_number(v, decimals));
  CHECK(v == 38.0);
  CHECK(decimals == 1);
  JsonCursor d("48000]");
  REQUIRE(d.read_number(v, decimals));
  CHECK(decimals == 0);
  JsonCursor e("07");
  CHECK_FALSE(e.read_number(v, decimals));
  CHECK(e.error() == "numbers cannot start with 0 (write 7, not 07)");
}

TEST_CASE("strings decode escapes and surrogate pairs") {
  std::string_view raw;
  std::string scratch;
  JsonCursor c(R"("a\"b\u00e9\ud83d\ude00")");
  REQUIRE(c.read_string(raw, scratch));
  CHECK(std::string(raw) == "a\"b\xC3\xA9\xF0\x9F\x98\x80");
  JsonCursor bad(R"("\ud800x")");
  CHECK_FALSE(bad.read_string(raw, scratch));
  CHECK(bad.error() == "unpaired UTF-16 surrogate \\ud800 in a \\u escape");
}

TEST_CASE("deep nesting is refused without recursion") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  JsonCursor c(deep);
  CHECK_FALSE(c.skip_value(64));
  CHECK(c.error() == "nesting deeper than 64 levels");
  JsonCursor ok("[[1, {\"a\": [true, null]}], \"x\"]");
  CHECK(ok.skip_value(64));
}

TEST_CASE("truncated values say the file looks truncated") {
  JsonCursor c("{\"a\": [1, 2");
  CHECK_FALSE(c.skip_value(64));
  CHECK(c.error() == "unexpected end of file (the file looks truncated)");
}
