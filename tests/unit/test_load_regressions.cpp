// The seven defects of issue 12 (found by running the loader over JSONTestSuite and splicing its
// cases into the bundled dataset), one test case each, named after what it pins.
#include <catch2/catch.hpp>
#include <string>

#include "data/json_syntax.h"
#include "test_support.h"
#include "trade_widget/csv.h"
#include "trade_widget/csv_import.h"
#include "trade_widget/format.h"
#include "trade_widget/load.h"
#include "trade_widget/summary.h"

namespace {

using tw::test::dataset_with_rows;

std::string bundled_text() {
  return tw::test::read_fixture("public/data/china-rare-earths-2025.json");
}

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  const std::size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

/// The bytes of a literal that holds NUL bytes (without its terminating NUL).
template <std::size_t N>
std::string bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

std::string first_error(const std::string& json) {
  const auto loaded = tw::load_dataset(json);
  if (loaded.ok()) return "(loaded)";
  return loaded.errors().front().to_string();
}

}  // namespace

TEST_CASE("an overflowing number is an error with its path, line and column, never a lost member") {
  const std::string text = bundled_text();
  // "format": 1e400 used to validate as "valid, 116 observations".
  CHECK(first_error(replace_once(text, R"("format": "trade-widget/1")", R"("format": 1e400)")) ==
        "format: the number 1e400 is too large for a double (at most about 1.8e308) "
        "(line 2, column 13)");
  // This one validated with 0 flows, and render crashed on it.
  const auto all = tw::load_dataset(
      R"({"format": 1e400, "meta": 1e400, "dimensions": 1e400, "observations": []})");
  REQUIRE_FALSE(all.ok());
  CHECK(all.errors().size() == 1);
  CHECK(all.errors().front().to_string() ==
        "format: the number 1e400 is too large for a double (at most about 1.8e308) "
        "(line 1, column 12)");
  // One extra field inside meta used to drop the whole of meta, and the errors blamed the rows.
  const auto extra =
      tw::load_dataset(replace_once(text, R"("meta": {)", R"("meta": {"x": -1e400,)"));
  REQUIRE_FALSE(extra.ok());
  CHECK(extra.errors().size() == 1);
  CHECK(extra.errors().front().to_string() ==
        "meta.x: the number -1e400 is too large for a double (at most about 1.8e308) "
        "(line 3, column 17)");
  // A non-zero number that would read as 0 is lost too.
  CHECK(
      first_error(dataset_with_rows(R"(["export", "a", "world", "2025", "yoy", 1e-400, "s1"])")) ==
      "observations[0][5] (value): the number 1e-400 is too small for a double (it would read "
      "as 0) (line 22, column 41)");
}

TEST_CASE("exponent notation keeps the value and the decimals the source wrote") {
  const auto loaded = tw::load_dataset(dataset_with_rows(
      R"(["export", "a", "world", "2025", "volume", 100, "s1"],
         ["export", "a", "world", "2025", "yoy", 1e-2, "s1"],
         ["export", "b", "world", "2025", "volume", 12345e-4, "s1"],
         ["export", "b", "world", "2024", "volume", 1.5e3, "s1"],
         ["export", "b", "x", "2025", "share", 2.5E+1, "s1"])"));
  REQUIRE(loaded.ok());
  const tw::Dataset& ds = loaded.value();
  REQUIRE(ds.observations.size() == 5);
  CHECK(ds.observations[1].value == 0.01);
  CHECK(ds.observations[1].decimals == 2);
  CHECK(ds.observations[2].value == 1.2345);
  CHECK(ds.observations[2].decimals == 4);
  CHECK(ds.observations[3].value == 1500);
  CHECK(ds.observations[3].decimals == 0);
  CHECK(ds.observations[4].value == 25);
  CHECK(ds.observations[4].decimals == 0);
  // A year-on-year of 1e-2 read "unchanged", and 12345e-4 showed as 1.
  CHECK(tw::sentence(ds, tw::key_figure(ds, 0, 0, 1), tw::Lang::en) ==
        "Exports of A rose 0.01% year on year to 100 t.");
  CHECK(tw::format_number(ds.observations[2].value, ds.observations[2].decimals, tw::Lang::en) ==
        "1.2345");
  // export-csv writes the digits, and import-csv reads the same figures back.
  const std::string csv = tw::export_csv(ds);
  CHECK(csv.find(",0.01,") != std::string::npos);
  CHECK(csv.find(",1.2345,") != std::string::npos);
  const auto back = tw::import_csv(csv, dataset_with_rows(""));
  REQUIRE(back.ok());
  REQUIRE(back.value().dataset.observations.size() == 5);
  CHECK(back.value().dataset.observations[1].value == 0.01);
  CHECK(back.value().dataset.observations[1].decimals == 2);
}

TEST_CASE("a malformed document is reported as malformed, with its position, before any schema") {
  // These were "expected a JSON object ({ ... }), got an array".
  CHECK(first_error("[1,]") == "[1]: expected a value, got ']' (line 1, column 4)");
  CHECK(first_error("[-01]") ==
        "[0]: numbers cannot start with 0 (write -1, not -01) (line 1, column 2)");
  CHECK(first_error(R"(["x")") ==
        "unexpected end of file (the file looks truncated) (line 1, column 5)");
  // A schema error in meta and a syntax error in the rows: the syntax error alone.
  const std::string text =
      replace_once(replace_once(bundled_text(), R"("format": "trade-widget/1")",
                                R"("format": "trade-widget/2")"),
                   "]\n  ]\n}", "],\n  ]\n}");
  const auto loaded = tw::load_dataset(text);
  REQUIRE_FALSE(loaded.ok());
  REQUIRE(loaded.errors().size() == 1);
  CHECK(loaded.errors().front().message == "expected a value, got ']'");
  CHECK(loaded.errors().front().line > 100);
}

TEST_CASE("a key written twice in meta, dimensions or anywhere else is an error") {
  const std::string text = bundled_text();
  CHECK(first_error(replace_once(text, R"("units": {)",
                                 R"("units": {"volume": {"en": "kg", "zh": "千克"}, )")) ==
        "meta.units.volume: the field appears twice (line 7, column 51)");
  // {"id":"vn","id":"vn2"} broke the rows.
  CHECK(first_error(dataset_with_rows("").insert(dataset_with_rows("").find(R"({"id": "x")") + 1,
                                                 R"("id": "vn", )")) ==
        "dimensions.partner[1].id: the field appears twice (line 16, column 30)");
  CHECK(first_error(R"({"a": [{"k": 1, "k": 1}]})") ==
        "a[0].k: the field appears twice (line 1, column 17)");
  // Top-level duplicates were already refused; they still are.
  CHECK(first_error(R"({"meta": {}, "meta": {}})") ==
        "meta: the field appears twice (line 1, column 14)");
}

TEST_CASE("control characters in keys and strings are escaped in every message") {
  const std::string text = bundled_text();
  const std::string json = replace_once(
      text, R"("meta": {)",
      R"("meta": {"nul\u0000key": 1, "two\nlines": 2, "\u001b[31mred": 3, "csi\u009b": 4,)");
  const auto loaded = tw::load_dataset(json);
  REQUIRE(loaded.ok());
  std::string all;
  for (const auto& w : loaded.warnings()) all += w.to_string("f.json") + "|";
  CHECK(all.find("meta.nul\\u0000key: unknown field (ignored)|") != std::string::npos);
  CHECK(all.find("meta.two\\nlines: unknown field (ignored)|") != std::string::npos);
  CHECK(all.find("meta.\\u001b[31mred: unknown field (ignored)|") != std::string::npos);
  CHECK(all.find("meta.csi\\u009b: unknown field (ignored)|") != std::string::npos);
  for (const char c : all) CHECK(static_cast<unsigned char>(c) >= 0x20);
  // The page gets the same escaped text (not only the CLI's lines).
  for (const auto& w : loaded.warnings()) {
    for (const char c : w.path) CHECK(static_cast<unsigned char>(c) >= 0x20);
  }
  // A raw control character inside a string is a syntax error, itself named with its escape.
  CHECK(first_error("{\"a\": \"x\x1b[0m\"}") ==
        "a: control character U+001B inside a string (write it as \\u001B) (line 1, column 9)");
}

TEST_CASE("positions count the BOM and CR-only lines, and UTF-16 and UTF-32 are named") {
  const std::string text = bundled_text();
  const std::string bad = replace_once(text, "Exports", "Expo\xE9ts");
  const std::string plain = first_error(bad);
  REQUIRE(plain.find("invalid UTF-8 at byte ") != std::string::npos);
  // With a UTF-8 byte-order mark, the byte offset is 3 more; line and column are the same.
  const std::string with_bom = first_error("\xEF\xBB\xBF" + bad);
  const std::size_t at = plain.find("at byte ") + 8;
  const long offset = std::stol(plain.substr(at));
  CHECK(with_bom == replace_once(plain, "at byte " + std::to_string(offset),
                                 "at byte " + std::to_string(offset + 3)));
  // CR-only line ends: the same line and column as with LF (was "line 1, column 14765").
  std::string cr =
      replace_once(text, R"("format": "trade-widget/1")", R"("format": "trade-widget/2")");
  const std::string lf_error = first_error(cr);
  for (char& c : cr) c = c == '\n' ? '\r' : c;
  CHECK(first_error(cr) == lf_error);
  CHECK(lf_error ==
        R"(format: expected "trade-widget/1", got "trade-widget/2" (line 2, column 13))");
  std::string crlf;
  for (const char c :
       replace_once(text, R"("format": "trade-widget/1")", R"("format": "trade-widget/2")"))
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  CHECK(first_error(crlf) == lf_error);
  // Encodings, with and without a byte-order mark.
  CHECK(first_error(bytes("{\0\"\0a\0\"\0:\0 \x00"
                          "1\0}\0")) == "the file is UTF-16LE (save it as UTF-8)");
  CHECK(first_error(bytes("\0{\0\"\0a\0\"\0:\0"
                          "1\0}")) == "the file is UTF-16BE (save it as UTF-8)");
  CHECK(first_error(bytes("{\0\0\0}\0\0\0")) == "the file is UTF-32LE (save it as UTF-8)");
  CHECK(first_error(bytes("\0\0\0{\0\0\0}")) == "the file is UTF-32BE (save it as UTF-8)");
  CHECK(first_error(bytes("\xFF\xFE\0\0{\0\0\0}\0\0\0")) ==
        "the file is UTF-32LE (save it as UTF-8)");
  CHECK(first_error(bytes("\0\0\xFE\xFF\0\0\0{\0\0\0}")) ==
        "the file is UTF-32BE (save it as UTF-8)");
  CHECK(first_error(bytes("\xFF\xFE{\0}\0")) == "the file is UTF-16LE (save it as UTF-8)");
}

TEST_CASE("rows are counted by the syntax stage, not estimated from brackets in strings") {
  // A 50 MB string of ]]] used to reserve millions of rows (252 MB resident); the rows are now
  // counted exactly. 1 MB shows the same.
  const std::string brackets(1 << 20, ']');
  const std::string text =
      replace_once(dataset_with_rows(R"(["export", "a", "world", "2025", "volume", 1, "s1"],
                           ["export", "a", "world", "2024", "volume", 2, "s1"])"),
                   "\n  ]\n}", "\n  ],\n  \"extra\": \"" + brackets + "\"\n}");
  const auto loaded = tw::load_dataset(text);
  REQUIRE(loaded.ok());
  CHECK(loaded.value().observations.size() == 2);
  CHECK(loaded.value().observations.capacity() == 2);
  const auto outline =
      tw::detail::check_syntax(R"({"observations": [[1, "]]],[]],[[" ], []], "x": "]]"})");
  REQUIRE(outline.ok());
  CHECK(outline.value().members[0].elements == 2);
}
