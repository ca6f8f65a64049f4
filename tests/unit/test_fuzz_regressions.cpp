// Regression tests for what fuzzing (tests/fuzz) found, each named after what it pins. Every
// message must be valid UTF-8: the page receives diagnostics as JSON, and a serialiser refuses
// broken UTF-8, so the reader would see a generic failure instead of the real message.
#include <catch2/catch.hpp>
#include <string>

#include "data/json_cursor.h"
#include "test_support.h"
#include "trade_widget/load.h"
#include "trade_widget/query.h"
#include "trade_widget/summary.h"

namespace {
std::string first_error(const std::string& text) {
  const auto r = tw::load_dataset(text);
  if (r.ok()) return "(loaded without error)";
  return r.errors().front().to_string();
}

bool valid_utf8(const std::string& s) {
  return tw::detail::find_invalid_utf8(s) == std::string::npos;
}
}  // namespace

TEST_CASE("an invalid escape before a multi-byte character names the whole character") {
  const std::string message = first_error("{\"meta\": \"\\–\"}");
  CHECK(message == "meta: invalid escape \\– in a string (line 1, column 11)");
  CHECK(valid_utf8(message));
}

TEST_CASE("a broken string quoted in a message is not cut inside a character") {
  std::string text = "{\"a\": 1 \"ab\n";
  for (int i = 0; i < 20; ++i) text += "测";
  text += "\"}";
  const std::string message = first_error(text);
  CHECK(message ==
        "expected ',' or '}' after the value of \"a\", got \"ab\\u000a测测测测测测测测测测测测\" "
        "(line 1, column 9)");
  CHECK(valid_utf8(message));
}

TEST_CASE("quoting text cut inside a character drops the partial character") {
  const std::string cut = std::string("稀土").substr(0, 4);  // 稀 and one byte of 土
  CHECK(tw::detail::quote_text(cut) == "\"稀\"");
  CHECK(tw::detail::quote_text("a\xff"
                               "b") == "\"a\\xFFb\"");
}

TEST_CASE("a quoted cell with DEL holds no raw control character (fuzz_csv)") {
  // Found by fuzz_csv: a CSV cell with \x7F and a stray byte, quoted in the import's
  // "invalid UTF-8" message, reached the terminal as a raw DEL.
  const std::string quoted = tw::detail::quote_text("wo\x7F\xFE");
  CHECK(quoted == "\"wo\\u007f\\xFE\"");
  for (const char c : quoted) CHECK(static_cast<unsigned char>(c) != 0x7F);
}

TEST_CASE("a stated figure beyond 1e15 is refused, so every figure's digits can be shown") {
  CHECK(first_error(tw::test::dataset_with_rows(
            R"(["export", "a", "world", "2025", "volume", 1e300, "s1"])")) ==
        "observations[0][5] (value): the number is too large (at most 1e15), got 1e300 (line 22, "
        "column 44)");
  CHECK(tw::load_dataset(tw::test::dataset_with_rows(
                             R"(["export", "a", "world", "2025", "volume", 1e15, "s1"])"))
            .ok());
}

TEST_CASE("a ratio over a near-zero figure is not shown as a derived figure") {
  const auto loaded = tw::load_dataset(tw::test::dataset_with_rows(R"(
    ["export", "a", "world", "2024", "volume", 1e-300, "s1"],
    ["export", "a", "world", "2025", "volume", 5, "s1"],
    ["export", "b", "world", "2025", "volume", 1e15, "s1"],
    ["export", "b", "world", "2025", "yoy", -99.999999999999, "s1"],
    ["export", "all", "world", "2025", "volume", 1e-300, "s1"],
    ["export", "all", "x", "2025", "volume", 1e15, "s1"])"));
  REQUIRE(loaded.ok());
  const tw::Dataset& ds = loaded.value();
  const tw::Figure yoy = tw::year_on_year(ds, tw::Cell{0, 0, 0, 1});
  CHECK_FALSE(yoy.present());
  const tw::Figure prior = tw::prior_volume(ds, tw::Cell{0, 1, 0, 1});
  CHECK_FALSE(prior.present());
  const tw::Figure share = tw::partner_share(ds, tw::Cell{0, 2, 1, 1});
  CHECK_FALSE(share.present());
  // The reader sees "not reported" rather than hundreds of digits.
  const tw::KeyFigure kf = tw::key_figure(ds, 0, 0, 1);
  CHECK(tw::sentence(ds, kf, tw::Lang::en) == "Exports of A totalled 5 t.");
}
