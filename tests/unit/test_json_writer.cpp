// The replies' JSON writer: text that parses back to what was written, strings and numbers
// written as nlohmann::json wrote them before (the page's JSON.parse reads the same values).
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

#include "data/json_text.h"
#include "number_sequence.h"
#include "trade_widget/json_writer.h"

namespace {
using nlohmann::json;

std::string escaped(const std::string& text) {
  std::string out;
  tw::append_json_string(out, text);
  return out;
}
}  // namespace

TEST_CASE("json writer: objects and arrays with commas in the right places") {
  tw::JsonWriter out;
  out.begin_object();
  out.member("a", "x");
  out.key("b").begin_array().integer(1).number(2.5).boolean(false).null().end();
  out.key("c").begin_object().end();
  out.key("d").begin_array().begin_array().end().begin_object().end().end();
  out.key("e").raw("{\"f\":1}");
  out.end();
  CHECK(out.str() == R"({"a":"x","b":[1,2.5,false,null],"c":{},"d":[[],{}],"e":{"f":1}})");
  const json back = json::parse(out.str());
  CHECK(back["b"][1] == 2.5);
}

TEST_CASE("json writer: strings escaped as nlohmann::json escapes them") {
  // Quotes, backslashes, every control character; UTF-8 (Chinese, symbols, 4-byte) kept as is.
  std::string text = "\"quoted\" back\\slash /";
  for (char c = 1; c < 0x20; ++c) text += c;
  text += "\x7f 稀土 −12.5% ▲ 😀 \xe2\x80\xa8";
  CHECK(escaped(text) == json(text).dump());
  CHECK(json::parse(escaped(text)) == text);
  CHECK(escaped(std::string("a\0b", 3)) == "\"a\\u0000b\"");
  CHECK(escaped("\b\f\n\r\t") == R"("\b\f\n\r\t")");
}

TEST_CASE("json writer: bytes that are not UTF-8 become U+FFFD, so the reply still parses") {
  const std::string replacement = "\xEF\xBF\xBD";
  CHECK(escaped("a\xff"
                "b") == "\"a" + replacement + "b\"");
  CHECK(escaped("\xc3") == "\"" + replacement + "\"");                    // cut short
  CHECK(escaped("\xc0\xaf") == "\"" + replacement + replacement + "\"");  // overlong
  CHECK(escaped("\xed\xa0\x80") ==
        "\"" + replacement + replacement + replacement + "\"");          // a surrogate
  CHECK(escaped("\xf4\x90\x80\x80").find("\xf4") == std::string::npos);  // above U+10FFFF
  for (const char* bad : {"\xff", "\xc3", "\xe2\x82", "\xf0\x9f\x98", "x\x80y"}) {
    CHECK_FALSE(json::parse(escaped(bad), nullptr, false).is_discarded());
  }
}

TEST_CASE("json writer: numbers written as nlohmann::json writes a double") {
  // clang-format off
  const double values[] = {0.0, -0.0, 1.0, -1.0, 24151.3, 127254.1, -12.5, 38.0, 0.1, 0.3,
                           1.0 / 3, 2.0 / 3, 99.3, 0.001, 0.0001, 0.00001, 1e-7,
                           123456789012345.0, 1e15, 1e16, 1e21, 1.5e300, 5e-324,
                           2.2250738585072014e-308, 9007199254740993.0, -45.6, 40.0, 100.0,
                           1234.5678, 0.000123456};
  // clang-format on
  for (const double v : values) {
    INFO(v);
    CHECK(tw::json_number(v) == json(v).dump());
    CHECK(std::strtod(tw::json_number(v).c_str(), nullptr) == v);
  }
  // Where nlohmann's grisu2 is not the shortest, fewer digits for the same double.
  CHECK(json(7e22).dump() == "7.0000000000000004e+22");
  CHECK(tw::json_number(7e22) == "7e+22");
  CHECK(tw::json_number(std::numeric_limits<double>::quiet_NaN()) == "null");
  CHECK(tw::json_number(std::numeric_limits<double>::infinity()) == "null");
  // Random doubles of every magnitude and computed ratios as the views have them: the same
  // double reads back, in nlohmann's layout, with as many digits as nlohmann writes or fewer
  // (its grisu2 is not always the shortest: 1 in about 1,500 here).
  std::mt19937_64 random(20261201);
  for (int i = 0; i < 3000; ++i) {
    std::uint64_t bits = random();
    double v = tw::test::double_from_bits(bits);
    if (!std::isfinite(v)) continue;
    if (i % 2 == 0) v = static_cast<double>(random() % 100000000) / 10.0 / 3.7;  // ratios
    INFO(v);
    const std::string ours = tw::json_number(v);
    const std::string theirs = json(v).dump();
    CHECK(std::strtod(ours.c_str(), nullptr) == v);
    CHECK(ours.size() <= theirs.size());
    CHECK((ours.find('e') == std::string::npos) == (theirs.find('e') == std::string::npos));
    if (ours.size() == theirs.size()) CHECK(ours == theirs);
  }
}

TEST_CASE("json_text writes a value read with nlohmann as dump() does, for messages") {
  for (const char* text : {"null", "true", "false", "12", "-3", "18446744073709551615", "2.5",
                           "1e400", "-0.0", "\"a\\\"b\\u0001\"", "[]", "{}",
                           "[1,\"x\",[null,{\"b\":2,\"a\":1}]]", "\"稀土\"", "1e-7"}) {
    const json value = json::parse(text, nullptr, false);
    INFO(text);
    if (value.is_discarded()) continue;  // 1e400: nlohmann refuses it
    CHECK(tw::detail::json_text(value) == value.dump());
  }
}
