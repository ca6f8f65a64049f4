// The loader's stages one by one (issue 12): bytes -> syntax -> tree -> schema (header, rows) ->
// dataset. test_load.cpp tests load_dataset as a whole.
#include <catch2/catch.hpp>
#include <string>

#include "data/assemble_dataset.h"
#include "data/json_syntax.h"
#include "data/json_tree.h"
#include "data/load_bytes.h"
#include "data/load_header.h"
#include "data/load_rows.h"
#include "test_support.h"

using namespace tw::detail;

TEST_CASE("bytes stage: the BOM is removed and counted, other encodings are named") {
  const auto plain = read_utf8("{}");
  REQUIRE(plain.ok());
  CHECK(plain.value().bom == 0);
  const auto bom = read_utf8("\xEF\xBB\xBF{}");
  REQUIRE(bom.ok());
  CHECK(bom.value().text == "{}");
  CHECK(bom.value().bom == 3);
  CHECK(read_utf8("\xEF\xBB\xBF[\"\xFF\"]").errors().front().to_string() ==
        "[0]: invalid UTF-8 at byte 5: FF (save the file as UTF-8) (line 1, column 3)");
  CHECK(std::string(non_utf8_encoding(std::string("[\0\"\0", 4))) == "UTF-16LE");
  CHECK(std::string(non_utf8_encoding(std::string("\0[\0\"", 4))) == "UTF-16BE");
  CHECK(std::string(non_utf8_encoding(std::string("[\0\0\0", 4))) == "UTF-32LE");
  CHECK(std::string(non_utf8_encoding(std::string("\0\0\0[", 4))) == "UTF-32BE");
  CHECK(non_utf8_encoding("[1]") == nullptr);
  CHECK(non_utf8_encoding(std::string("[\0]", 3)) == nullptr);  // a NUL is for syntax to name
  CHECK(read_utf8(" \n").errors().front().to_string() ==
        "the file is empty (expected a JSON object) (line 2, column 1)");
}

TEST_CASE("syntax stage: the outline of the top level, and the first error with its place") {
  const auto ok = check_syntax(R"( {"format": "x", "observations": [[1], [2], [3]], "z": {}} )");
  REQUIRE(ok.ok());
  const SyntaxOutline& o = ok.value();
  CHECK(o.object);
  CHECK(o.root == 1);
  REQUIRE(o.members.size() == 3);
  CHECK(o.members[0].key == "format");
  CHECK(o.members[1].key == "observations");
  CHECK(o.members[1].elements == 3);
  CHECK(o.members[2].elements == 0);
  const auto array = check_syntax("[1, 2]");
  REQUIRE(array.ok());
  CHECK_FALSE(array.value().object);
  CHECK(check_syntax("{\"meta\": {\"a\": [1, 2,]}}").errors().front().to_string() ==
        "meta.a[2]: expected a value, got ']' (line 1, column 22)");
  CHECK(check_syntax("{\"observations\": [[\"a\", 1e999]]}").errors().front().to_string() ==
        "observations[0][1] (product): the number 1e999 is too large for a double (at most about "
        "1.8e308) (line 1, column 25)");
  CHECK(check_syntax("{} x").errors().front().to_string() ==
        "unexpected content after the end of the JSON object (line 1, column 4)");
  CHECK(check_syntax("{\"a\": 1, \"a\": 2}").errors().front().to_string() ==
        "a: the field appears twice (line 1, column 10)");
  CHECK(check_syntax("{\"a\": 1, \"a\": 2}", DuplicateKeys::allowed).ok());
}

TEST_CASE("tree stage: a value becomes a tree, or an error at its place") {
  const std::string text = R"({"meta": {"title": {"en": "T"}}})";
  DiagnosticSink sink(text);
  nlohmann::json tree;
  const std::size_t start = text.find("{\"title");
  REQUIRE(read_tree(text, start, text.size() - 1, "meta", sink, tree));
  CHECK(tree["title"]["en"] == "T");
  CHECK_FALSE(sink.has_errors());
  CHECK_FALSE(read_tree(text, start, start + 5, "meta", sink, tree));  // cut short
  REQUIRE(sink.errors().size() == 1);
  CHECK(sink.errors()[0].to_string() ==
        "meta: this value could not be read as JSON (line 1, column 10)");
}

TEST_CASE("schema stage: the header is read from the outline, rows against it") {
  const std::string text = tw::test::dataset_with_rows(
      R"(["export", "a", "world", "2025", "volume", 12.5, "s1", "[1]"],
         ["export", "a", "nowhere", "2025", "volume", 1, "s1"])");
  const auto outline = check_syntax(text);
  REQUIRE(outline.ok());
  DiagnosticSink sink(text);
  tw::Dataset ds;
  REQUIRE(read_header(text, outline.value(), ds, sink));
  CHECK(ds.flows.size() == 1);
  CHECK(ds.partners.size() == 3);
  CHECK(ds.meta.default_period == 1);  // the most recent period, without a stated default
  RowReader(text, ds, sink)
      .read(outline.value().members.back().start, outline.value().members.back().elements);
  CHECK(ds.observations.size() == 1);
  CHECK(ds.observations[0].decimals == 1);
  CHECK(ds.refs == std::vector<std::string>{"[1]"});
  REQUIRE(sink.errors().size() == 1);
  CHECK(sink.errors()[0].to_string() ==
        "observations[1][2] (partner): \"nowhere\" is not a partner defined in dimensions.partner "
        "(line 23, column 26)");
}

TEST_CASE("dataset stage: shares across partners, and printable messages") {
  const auto loaded = tw::load_dataset(tw::test::dataset_with_rows(
      R"(["export", "a", "x", "2025", "share", 60, "s1"],
         ["export", "a", "y", "2025", "share", 50, "s1"])"));
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.errors()[0].to_string() ==
        "observations: partner shares of export x a x 2025 add up to 110.0% (more than 100%)");
  std::vector<tw::Diagnostic> d{tw::Diagnostic{"k\x1b[1m", std::string("a\0b\nc\x7f", 6)}};
  make_printable(d);
  CHECK(d[0].path == "k\\u001b[1m");
  CHECK(d[0].message == "a\\u0000b\\nc\\u007f");
  // Bidirectional overrides, line separators and the BOM would reorder or split a line unseen.
  CHECK(tw::escape_control_characters("a\u202Eb\u2028c\uFEFFd\u200Be 稀土") ==
        "a\\u202eb\\u2028c\\ufeffd\\u200be 稀土");
}
