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

TEST_CASE("exponent notation counts its decimals: 1e-2 has 2, 12345e-4 has 4, 1.5e3 has 0") {
  const std::pair<const char*, int> cases[] = {{"1e-2", 2},    {"12345e-4", 4}, {"1.5e3", 0},
                                               {"1.25E+1", 1}, {"2.5e-1", 2},   {"0e-7", 7}};
  for (const auto& [text, expected] : cases) {
    double v = 0;
    int decimals = -1;
    JsonCursor c(text);
    INFO(text);
    REQUIRE(c.read_number(v, decimals));
    CHECK(decimals == expected);
  }
}

TEST_CASE("a number a double cannot hold is an error, not infinity or 0") {
  double v = 0;
  int decimals = 0;
  JsonCursor big("1e400");
  CHECK_FALSE(big.read_number(v, decimals));
  CHECK(big.error() == "the number 1e400 is too large for a double (at most about 1.8e308)");
  CHECK(big.error_pos() == 0);
  JsonCursor small("-2.5e-400]");
  CHECK_FALSE(small.read_number(v, decimals));
  CHECK(small.error() == "the number -2.5e-400 is too small for a double (it would read as 0)");
  JsonCursor zero("0.000e-400");  // a written zero is a zero
  CHECK(zero.read_number(v, decimals));
  CHECK(v == 0);
  JsonCursor tiny("5e-324");  // the smallest double
  CHECK(tiny.read_number(v, decimals));
  CHECK(v > 0);
}

TEST_CASE("a lone CR ends a line, and CR LF ends one line") {
  const std::string cr = "{\r\"a\":\r x";
  CHECK(tw::detail::position_of(cr, cr.find('x')).line == 3);
  CHECK(tw::detail::position_of(cr, cr.find('x')).column == 2);
  const std::string crlf = "{\r\n\"a\":\r\n x";
  CHECK(tw::detail::position_of(crlf, crlf.find('x')).line == 3);
  CHECK(tw::detail::position_of(crlf, crlf.find('x')).column == 2);
  // Counting on from the LF of a CR LF does not count that line twice.
  const auto at_lf = tw::detail::position_of(crlf, 2);
  CHECK(tw::detail::position_after(crlf, 2, at_lf, crlf.find('x')).line == 3);
}

TEST_CASE("skip_value refuses a key written twice unless allowed, and counts elements") {
  JsonCursor c(R"({"a": 1, "b": {"a": 2}, "a": 3})");
  CHECK_FALSE(c.skip_value(64));
  CHECK(c.duplicate());
  CHECK(c.duplicate_key() == "a");
  CHECK(c.error_pos() == 24);
  JsonCursor json(R"({"a": 1, "a": 3})");
  json.allow_duplicate_keys(true);
  CHECK(json.skip_value(64));
  std::size_t elements = 0;
  JsonCursor rows(R"([[1, "]],["], [], {"k": [2]}, 3])");
  REQUIRE(rows.skip_value(64, &elements));
  CHECK(elements == 4);
}
