// The catalogue of bad inputs (tests/fixtures/bad/): NAME.expected holds, exactly, the first
// message a reader sees (the error card's text) for NAME.json. The three big inputs (a 10 MB
// file, 100,000 levels of nesting, a 1 MB label) are generated here rather than committed; their
// NAME.expected sits in the same folder. Runs natively and as wasm (same binary, same files).
#include <dirent.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "data/json_cursor.h"
#include "test_support.h"
#include "trade_widget/load.h"
#include "trade_widget/view.h"

namespace {

const char* const kCatalogue = "tests/fixtures/bad";

std::vector<std::string> catalogue_files() {
  std::vector<std::string> names;
  DIR* dir = opendir(tw::test::source_path(kCatalogue).c_str());
  if (dir == nullptr) return names;
  while (const dirent* entry = readdir(dir)) names.emplace_back(entry->d_name);
  closedir(dir);
  return names;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string strip_newline(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

/// The head of a dataset with `products` products, `partners` partners and every month from
/// 2000-01 to 2025-12 as a period, up to and including "observations": [.
std::string big_header(int products, int partners, const std::string& product_label = "") {
  std::string s = R"({"format": "trade-widget/1",
"meta": {"title": {"en": "Big", "zh": "大"}, "coverage": {"en": "2000–2025", "zh": "2000–2025年"},
 "units": {"volume": {"en": "t", "zh": "吨"}}, "sources": [{"id": "s1", "publisher": "Source One"}]},
"dimensions": {"flow": [{"id": "export", "label": {"en": "Exports", "zh": "出口"}}],
 "product": [)";
  for (int i = 0; i < products; ++i) {
    const std::string label =
        i == 0 && !product_label.empty() ? product_label : "D" + std::to_string(i);
    s += std::string(i ? ", " : "") + R"({"id": "d)" + std::to_string(i) +
         R"(", "label": {"en": ")" + label + R"(", "zh": ")" + label + "\"}}";
  }
  s += "],\n \"partner\": [";
  for (int i = 0; i < partners; ++i) {
    s += std::string(i ? ", " : "") + R"({"id": "p)" + std::to_string(i) +
         R"(", "label": {"en": "P", "zh": "P"}})";
  }
  s += "],\n \"period\": [";
  for (int m = 0; m < 26 * 12; ++m) {
    char id[16];
    std::snprintf(id, sizeof id, "%04d-%02d", 2000 + m / 12, m % 12 + 1);
    s += std::string(m ? ", " : "") + R"({"id": ")" + id + R"(", "label": {"en": ")" + id +
         R"(", "zh": ")" + id + R"("}, "start": ")" + id + R"(", "end": ")" + id + "\"}";
  }
  return s + "]},\n\"observations\": [\n";
}

/// Over 10 MB of valid rows, then one that names a period the dataset does not define.
std::string file_10mb() {
  std::string s = big_header(30, 24);
  char row[128];
  int n = 0;
  for (int period = 0; period < 26 * 12 && s.size() < 10u * 1024 * 1024; ++period) {
    for (int product = 0; product < 30; ++product) {
      for (int partner = 0; partner < 24; ++partner, ++n) {
        std::snprintf(row, sizeof row,
                      "[\"export\", \"d%d\", \"p%d\", \"%04d-%02d\", \"volume\", %d.%d, \"s1\"],\n",
                      product, partner, 2000 + period / 12, period % 12 + 1, n % 100000, n % 10);
        s += row;
      }
    }
  }
  return s + "[\"export\", \"d0\", \"p0\", \"1999-12\", \"volume\", 1.0, \"s1\"]\n]}\n";
}

/// 100,000 levels of arrays where the notes belong (well formed: every bracket is closed).
std::string nesting_100000() {
  std::string s = tw::test::dataset_with_rows("");
  const std::string notes = R"("notes": [)";
  s.replace(s.find(notes) + notes.size(), 0,
            std::string(100000, '[') + std::string(100000, ']') + ",");
  return s;
}

/// A product label of 1 MB (1,048,576 characters).
std::string label_1mb() {
  return big_header(2, 1, std::string(1024 * 1024, 'A')) +
         R"(["export", "d0", "p0", "2025-01", "volume", 1.0, "s1"]]})";
}

const std::map<std::string, std::function<std::string()>> kGenerated = {
    {"file-10mb", file_10mb},
    {"nesting-100000-levels", nesting_100000},
    {"label-1mb", label_1mb},
};

/// The input for a catalogue entry: NAME.json, or the generator of the same name.
std::string input_for(const std::string& name) {
  const auto generated = kGenerated.find(name);
  if (generated != kGenerated.end()) return generated->second();
  return tw::test::read_fixture(std::string(kCatalogue) + "/" + name + ".json");
}

}  // namespace

TEST_CASE("every bad input gives its exact first message, valid for the page") {
  std::set<std::string> inputs, expectations;
  for (const std::string& file : catalogue_files()) {
    if (ends_with(file, ".json")) inputs.insert(file.substr(0, file.size() - 5));
    if (ends_with(file, ".expected")) expectations.insert(file.substr(0, file.size() - 9));
  }
  REQUIRE(expectations.size() >= 40);
  for (const std::string& name : inputs) {
    INFO(name << ".json");
    CHECK(expectations.count(name) == 1);  // every input says what the reader must see
  }
  for (const std::string& name : expectations) {
    INFO(name);
    CHECK((inputs.count(name) == 1 || kGenerated.count(name) == 1));
    const std::string expected =
        strip_newline(tw::test::read_fixture(std::string(kCatalogue) + "/" + name + ".expected"));
    const auto loaded = tw::load_dataset(input_for(name));
    REQUIRE_FALSE(loaded.ok());
    REQUIRE_FALSE(loaded.errors().empty());
    CHECK(loaded.errors().front().to_string() == expected);
    // What the page receives: every message serialises (valid UTF-8) and names something.
    for (const tw::Diagnostic& d : loaded.errors()) {
      CHECK(tw::detail::find_invalid_utf8(d.to_string()) == std::string::npos);
      CHECK_FALSE(d.message.empty());
    }
    tw::JsonWriter reply;
    tw::write_diagnostics(reply, loaded.errors());
    CHECK(nlohmann::json::parse(reply.str(), nullptr, false).size() == loaded.errors().size());
  }
}

TEST_CASE("the generated big inputs are as big as the catalogue says") {
  CHECK(file_10mb().size() >= 10u * 1024 * 1024);
  CHECK(nesting_100000().find(std::string(100000, '[')) != std::string::npos);
  CHECK(label_1mb().find(std::string(1024 * 1024, 'A')) != std::string::npos);
}

TEST_CASE("the big inputs load in one piece once their one flaw is fixed") {
  // The flaw alone makes them fail: the rest of each input is valid.
  std::string big = file_10mb();
  big.replace(big.rfind("\"1999-12\""), 9, "\"2025-12\"");
  const auto loaded = tw::load_dataset(big);
  REQUIRE(loaded.ok());
  CHECK(loaded.value().observations.size() == 171361);
  std::string label = label_1mb();
  const std::string long_label(1024 * 1024, 'A');
  for (std::size_t at; (at = label.find(long_label)) != std::string::npos;) {
    label.replace(at, long_label.size(), "Oxides");  // the English and the Chinese label
  }
  CHECK(tw::load_dataset(label).ok());
  std::string nested = nesting_100000();
  const std::string notes = R"("notes": [)";
  nested.erase(nested.find(notes) + notes.size(), 200001);  // both runs and their comma
  CHECK(tw::load_dataset(nested).ok());
}

TEST_CASE("a hundred bad rows keep their exact lines and columns") {
  // Lines are counted on from one error to the next; each must still be exact.
  std::string rows;
  for (int i = 0; i < 150; ++i) {
    rows += std::string(i ? ",\n" : "") + R"(["export", "z", "world", "2025", "volume", 1, "s1"])";
  }
  const auto loaded = tw::load_dataset(tw::test::dataset_with_rows(rows));
  REQUIRE(loaded.errors().size() == 100);  // the loader stops after 100 errors
  CHECK(loaded.errors()[0].to_string() ==
        "observations[0][1] (product): \"z\" is not a product defined in dimensions.product (line "
        "22, column 12)");
  CHECK(loaded.errors()[99].to_string() ==
        "observations[99][1] (product): \"z\" is not a product defined in dimensions.product (line "
        "121, column 12)");
}
