// JSONTestSuite (tests/fixtures/json-test-suite/, copied unchanged from nst/JSONTestSuite): the
// loader's bytes and syntax stages against the 318 parsing cases, natively and as wasm. y_ must
// be accepted, n_ rejected with a position, i_ answered either way: their answers are the table
// in tests/fixtures/json-test-suite/RESULTS.md, which TW_UPDATE_SUITE_RESULTS=1 rewrites. The
// same cases are also spliced into a valid dataset as a value, a string and a number. One test
// case per kind, so that the native and the wasm test counts stay equal.
#include <dirent.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "data/json_cursor.h"
#include "data/json_syntax.h"
#include "data/load_bytes.h"
#include "test_support.h"
#include "trade_widget/load.h"

// Catch2 v2 has no CHECK_MESSAGE: the case's name goes with the check that fails.
#define CHECK_MESSAGE(cond, msg) \
  do {                           \
    INFO(msg);                   \
    CHECK(cond);                 \
  } while (false)
#define REQUIRE_MESSAGE(cond, msg) \
  do {                             \
    INFO(msg);                     \
    REQUIRE(cond);                 \
  } while (false)

namespace {

using tw::test::dataset_with_rows;
using tw::test::read_fixture;
using tw::test::source_path;

const char* const kSuite = "tests/fixtures/json-test-suite/test_parsing";
const char* const kResults = "tests/fixtures/json-test-suite/RESULTS.md";

struct Case {
  std::string name;
  std::string text;
};

const std::vector<Case>& cases() {
  static const std::vector<Case> all = [] {
    std::vector<std::string> names;
    if (DIR* dir = opendir(source_path(kSuite).c_str())) {
      while (const dirent* e = readdir(dir)) {
        const std::string n = e->d_name;
        if (n.size() > 5 && n.compare(n.size() - 5, 5, ".json") == 0) names.push_back(n);
      }
      closedir(dir);
    }
    std::sort(names.begin(), names.end());
    std::vector<Case> out;
    for (const auto& n : names) out.push_back(Case{n, read_fixture(std::string(kSuite) + "/" + n)});
    return out;
  }();
  return all;
}

std::vector<Case> cases_of(char kind) {
  std::vector<Case> out;
  for (const Case& c : cases())
    if (c.name[0] == kind) out.push_back(c);
  return out;
}

/// The bytes and syntax stages on their own: nullptr when the text is JSON, else the error.
struct JsonAnswer {
  bool accepted = false;
  tw::Diagnostic error;
};

JsonAnswer read_as_json(const std::string& bytes) {
  const auto utf8 = tw::detail::read_utf8(bytes);
  if (!utf8.ok()) return JsonAnswer{false, utf8.errors().front()};
  const auto syntax =
      tw::detail::check_syntax(utf8.value().text, tw::detail::DuplicateKeys::allowed);
  if (!syntax.ok()) return JsonAnswer{false, syntax.errors().front()};
  return JsonAnswer{true, {}};
}

/// y_ cases that the dataset format refuses: JSON allows a key twice in an object, a dataset
/// does not (the later value would silently win).
bool has_duplicate_key(const Case& c) { return c.name.find("duplicated_key") != std::string::npos; }

const std::string kRow = R"(["export", "a", "world", "2025", "yoy", 1, "s1"])";

/// The case as the value of an extra top-level field (ignored with a warning when valid).
std::string spliced_as_value(const std::string& text) {
  std::string json = dataset_with_rows(kRow);
  json.insert(json.rfind('}'), ",\n  \"extra\": " + text + "\n");
  return json;
}

/// The case's bytes as the text of a JSON string (quotes, backslashes and control characters
/// escaped; every other byte as it is).
std::string json_string(const std::string& bytes) {
  std::string out = "\"";
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

/// The case as the English text of the dataset's note (kept as written, up to 2000 characters).
std::string spliced_as_string(const std::string& text) {
  std::string json = dataset_with_rows(kRow);
  const std::string note = R"("text": {"en": "A note")";
  return json.replace(json.find(note), note.size(), "\"text\": {\"en\": " + json_string(text));
}

/// A number case ("[1.5e3]") is spliced as the value of a row: its number without the brackets.
bool number_case(const Case& c, std::string& number) {
  if (c.name.find("_number") == std::string::npos) return false;
  const std::size_t open = c.text.find('['), close = c.text.rfind(']');
  if (open == std::string::npos || close == std::string::npos || close < open) return false;
  number = c.text.substr(open + 1, close - open - 1);
  return true;
}

std::string spliced_as_number(const std::string& number) {
  return dataset_with_rows(R"(["export", "a", "world", "2025", "yoy", )" + number + R"(, "s1"])");
}

std::string first_message(const tw::Result<tw::Dataset>& r) {
  return r.errors().empty() ? std::string() : r.errors().front().to_string();
}

std::string answer_cell(const tw::Result<tw::Dataset>& r) {
  if (r.ok()) return "loads";
  std::string s = r.errors().front().to_string();
  std::string out;
  for (const char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return "refused: " + out;
}

std::string results_table() {
  std::string out =
      "# JSONTestSuite: the loader's answers to the i_ cases\n\n"
      "Generated by `tests/unit/test_json_suite.cpp` (rewrite with `TW_UPDATE_SUITE_RESULTS=1 "
      "build/native/tests/tw_tests \"[json-suite]\"`); the test fails natively and as wasm when "
      "an answer differs from this table. `y_` cases are all accepted and `n_` cases all "
      "rejected with a position (checked, not listed). \"As JSON\" is the bytes and syntax "
      "stages; the other columns splice the case into a valid dataset.\n\n"
      "| case | as JSON | as a value | as a number |\n|---|---|---|---|\n";
  for (const Case& c : cases_of('i')) {
    const JsonAnswer a = read_as_json(c.text);
    std::string as_json = a.accepted ? "accepted" : "refused: " + a.error.to_string();
    std::string number, as_number = "–";
    if (number_case(c, number))
      as_number = answer_cell(tw::load_dataset(spliced_as_number(number)));
    std::string row = "| " + c.name + " | " + as_json + " | " +
                      answer_cell(tw::load_dataset(spliced_as_value(c.text))) + " | " + as_number +
                      " |\n";
    out += row;
  }
  return out;
}

}  // namespace

TEST_CASE("the suite is all there: 95 y_, 188 n_ and 35 i_ cases", "[json-suite]") {
  CHECK(cases().size() == 318);
  CHECK(cases_of('y').size() == 95);
  CHECK(cases_of('n').size() == 188);
  CHECK(cases_of('i').size() == 35);
}

TEST_CASE("every y_ case is accepted as JSON", "[json-suite]") {
  for (const Case& c : cases_of('y')) {
    const JsonAnswer a = read_as_json(c.text);
    CHECK_MESSAGE(a.accepted, c.name + ": " + a.error.to_string());
  }
  CHECK(std::count_if(cases().begin(), cases().end(), has_duplicate_key) == 2);
}

TEST_CASE("every n_ case is refused as a syntax error with a line and column", "[json-suite]") {
  for (const Case& c : cases_of('n')) {
    const JsonAnswer a = read_as_json(c.text);
    CHECK_MESSAGE(!a.accepted, c.name);
    CHECK_MESSAGE((a.error.line > 0 && a.error.column > 0), c.name + ": " + a.error.to_string());
    // The whole loader says the same: the syntax comes before any schema.
    const auto loaded = tw::load_dataset(c.text);
    REQUIRE_FALSE(loaded.ok());
    CHECK_MESSAGE(loaded.errors().front().to_string() == a.error.to_string(), c.name);
  }
}

TEST_CASE("every i_ case is answered as RESULTS.md records", "[json-suite]") {
  const std::string table = results_table();
  if (std::getenv("TW_UPDATE_SUITE_RESULTS") != nullptr) {
    if (std::FILE* f = std::fopen(source_path(kResults).c_str(), "wb")) {
      std::fwrite(table.data(), 1, table.size(), f);
      std::fclose(f);
    }
  }
  CHECK(table == read_fixture(kResults));
}

TEST_CASE("suite cases spliced into a dataset as a value load or fail as the case says",
          "[json-suite]") {
  for (const Case& c : cases()) {
    const auto loaded = tw::load_dataset(spliced_as_value(c.text));
    if (c.name[0] == 'y' && has_duplicate_key(c)) {
      REQUIRE_MESSAGE(!loaded.ok(), c.name);
      CHECK(loaded.errors().front().to_string() ==
            "extra.a: the field appears twice (line 25, column 21)");
    } else if (c.name[0] == 'y') {
      REQUIRE_MESSAGE(loaded.ok(), c.name + ": " + first_message(loaded));
      CHECK(loaded.value().observations.size() == 1);
      CHECK(loaded.warnings().back().path == "extra");
    } else if (c.name[0] == 'n') {
      REQUIRE_MESSAGE(!loaded.ok(), c.name);
      CHECK_MESSAGE(loaded.errors().size() == 1, c.name);
      CHECK_MESSAGE(loaded.errors().front().line > 0, c.name);
    }
  }
}

TEST_CASE("suite cases spliced as a string keep their exact text", "[json-suite]") {
  for (const Case& c : cases()) {
    const auto loaded = tw::load_dataset(spliced_as_string(c.text));
    const bool utf8 = tw::detail::find_invalid_utf8(c.text) == std::string::npos;
    std::size_t chars = 0;
    for (const char ch : c.text) chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    if (utf8 && chars >= 1 && chars <= 2000) {
      REQUIRE_MESSAGE(loaded.ok(), c.name + ": " + first_message(loaded));
      CHECK_MESSAGE(loaded.value().meta.notes[0].text.en == c.text, c.name);
    } else {
      REQUIRE_MESSAGE(!loaded.ok(), c.name);
      const tw::Diagnostic& e = loaded.errors().front();
      CHECK_MESSAGE(e.path == "meta.notes[0].text.en", c.name + ": " + e.to_string());
    }
  }
}

TEST_CASE("suite number cases spliced as a figure keep their exact value", "[json-suite]") {
  int numbers = 0;
  for (const Case& c : cases()) {
    std::string number;
    if (!number_case(c, number)) continue;
    ++numbers;
    const auto loaded = tw::load_dataset(spliced_as_number(number));
    if (c.name[0] == 'n') {
      REQUIRE_MESSAGE(!loaded.ok(), c.name);
      CHECK_MESSAGE(loaded.errors().front().line > 0, c.name);
      continue;
    }
    if (c.name[0] != 'y') continue;
    const double expected = std::strtod(number.c_str(), nullptr);
    if (expected >= -100 && expected <= 1e15) {
      REQUIRE_MESSAGE(loaded.ok(), c.name + ": " + first_message(loaded));
      CHECK_MESSAGE(loaded.value().observations[0].value == expected, c.name);
    } else {  // a year-on-year change beyond what the format allows: refused, at the value
      REQUIRE_MESSAGE(!loaded.ok(), c.name);
      CHECK_MESSAGE(loaded.errors().front().path == "observations[0][5] (value)", c.name);
    }
  }
  CHECK(numbers > 80);
}
