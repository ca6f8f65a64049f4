// import_csv's header step: columns by name, in any order.
#include <catch2/catch.hpp>

#include "data/csv_import_columns.h"
#include "test_csv_import_steps_support.h"

using tw::test::texts;

namespace {

struct Matched {
  bool ok;
  tw::detail::ColumnMap columns;
  std::vector<std::string> cells;  // the first record after the header
  std::vector<std::string> messages;
};

Matched match(const std::string& csv) {
  auto log = tw::test::import_log();
  tw::detail::CsvReader reader(csv);
  Matched m{false, {}, {}, {}};
  m.ok = tw::detail::match_columns(reader, m.cells, log, m.columns);
  if (m.ok) reader.next(m.cells);
  m.messages = texts(log.errors);
  return m;
}

}  // namespace

TEST_CASE("columns step: columns are found by name in any order; optional ones may be missing") {
  const auto m = match(
      "value,measure,period,partner,product,flow,period_label_zh\n"
      "5,volume,2025,world,a,export,2025年\n");
  REQUIRE(m.ok);
  CHECK(m.columns.cell_count() == 7);
  CHECK(m.columns.cell(m.cells, tw::detail::kFlow) == "export");
  CHECK(m.columns.cell(m.cells, tw::detail::kValue) == "5");
  CHECK(m.columns.cell(m.cells, tw::detail::kFirstLabel + 7) == "2025年");
  CHECK_FALSE(m.columns.has(tw::detail::kSource));
  CHECK(m.columns.cell(m.cells, tw::detail::kSource).empty());
}

TEST_CASE("columns step: repeated, unknown and missing columns are each named") {
  const auto m = match("flow,product,partner,period,flow,measure,Value\n");
  CHECK_FALSE(m.ok);
  REQUIRE(m.messages.size() == 3);
  CHECK(m.messages[0] == "data.csv:1: column \"flow\" appears twice");
  CHECK(m.messages[1].rfind("data.csv:1: unknown column \"Value\" (cell 7); the columns are: flow, "
                            "product, partner, period, measure, value, source,",
                            0) == 0);
  CHECK(m.messages[2] == "data.csv:1: missing column \"value\"");
}

TEST_CASE("columns step: an empty file and a file with ; between cells") {
  CHECK(match("").messages == std::vector<std::string>{"data.csv:1: the file is empty (expected a "
                                                       "header line: flow,product,partner,...)"});
  CHECK(match("flow;value\n").messages ==
        std::vector<std::string>{"data.csv:1: the header has one column \"flow;value\": the file "
                                 "uses ; between cells; save it as \"CSV UTF-8 (comma "
                                 "delimited)\""});
}

TEST_CASE("columns step: what a spreadsheet did to the header line") {
  // LibreOffice's semicolon CSV quotes every text cell.
  CHECK(match("\"flow\";\"product\";\"value\"\n").messages ==
        std::vector<std::string>{
            "data.csv:1: the header line \"\"flow\";\"product\";\"value\"\" has ; between cells "
            "and quotes around them (a spreadsheet's semicolon-separated CSV): save it as \"CSV "
            "UTF-8 (comma delimited)\", or with the field delimiter , (comma)"});
  // A UTF-8 file opened as Windows-1252 and saved as UTF-8: the byte-order mark became text.
  CHECK(match("\xC3\xAF\xC2\xBB\xC2\xBF"
              "flow,product\n")
            .messages ==
        std::vector<std::string>{
            "data.csv:1: the file starts with \"ï»¿\", the byte-order mark of UTF-8 read as "
            "Windows-1252: the spreadsheet opened the file in the wrong character set, and every "
            "Chinese label is garbled; open the CSV again with the character set UTF-8 and save "
            "it with UTF-8"});
  // Opened and saved as Windows-1252: the mark is inside the first cell's quotes, the bytes of
  // the cells are UTF-8 still.
  const auto kept = match(
      "\"\xEF\xBB\xBF"
      "flow\",product,partner,period,measure,value\n"
      "export,a,x,2025,volume,5\n");
  CHECK(kept.ok);
  CHECK(kept.columns.cell(kept.cells, tw::detail::kFlow) == "export");
}
