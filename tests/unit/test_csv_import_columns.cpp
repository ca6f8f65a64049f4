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
