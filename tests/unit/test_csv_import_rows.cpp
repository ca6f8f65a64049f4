// import_csv's rows step: each record checked cell by cell, then written as one observation row.
#include <catch2/catch.hpp>

#include "data/csv_import_rows.h"
#include "test_csv_import_steps_support.h"
#include "test_support.h"

using tw::test::texts;

namespace {

struct Read {
  tw::detail::ImportMeta meta;
  tw::detail::ImportedRows rows;
  std::vector<std::string> errors;
};

/// Reads the records of csv (header first) against the small test dataset's meta file.
void read_rows(const std::string& csv, Read& out) {
  auto log = tw::test::import_log();
  REQUIRE(tw::detail::read_import_meta(tw::test::dataset_with_rows(""), log, out.meta));
  tw::detail::CsvReader reader(csv);
  std::vector<std::string> cells;
  tw::detail::ColumnMap columns;
  REQUIRE(tw::detail::match_columns(reader, cells, log, columns));
  tw::detail::RowReader rows(out.meta, columns, log, out.rows);
  while (reader.next(cells)) rows.read(cells, reader.line());
  out.errors = texts(log.errors);
}

}  // namespace

TEST_CASE(
    "rows step: a record becomes a JSON row with the cell's digits; blank records are "
    "skipped") {
  Read r;
  read_rows(
      "flow,product,partner,period,measure,value,source,ref,note\n"
      "export,a,x,2025,volume,38.0,s1,'=A1,n1\n"
      ",,,,,,,,\n"
      "export,b,x,2025,share,,,,\n",
      r);
  CHECK(r.errors.empty());
  CHECK(r.rows.json ==
        "\n[\"export\",\"a\",\"x\",\"2025\",\"volume\",38.0,\"s1\",\"=A1\",\"n1\"],"
        "\n[\"export\",\"b\",\"x\",\"2025\",\"share\",null,null,null,null]");
  CHECK(r.rows.lines == std::vector<int>{2, 4});
}

TEST_CASE("rows step: a new id becomes a new item at the line that first uses it") {
  Read r;
  read_rows(
      "flow,product,partner,period,measure,value,partner_label_en,partner_label_zh\n"
      "export,a,x,2025,volume,1,,\n"
      "export,a,kr,2025,volume,2,South Korea,韩国\n"
      "export,b,kr,2025,volume,3,South Korea,韩国\n",
      r);
  CHECK(r.errors.empty());
  const auto& partners = r.meta.dims[2].items();
  REQUIRE(partners.size() == 4);
  CHECK(partners[3].id == "kr");
  CHECK_FALSE(partners[3].from_meta);
  CHECK(partners[3].first_line == 3);
  CHECK(partners[3].csv_label.zh == "韩国");
  CHECK(partners[3].label_line[1] == 3);
}

TEST_CASE("rows step: every bad cell of a record is named, and the record adds no row") {
  Read r;
  read_rows(
      "flow,product,partner,period,measure,value,source,ref,note,unit\n"
      ",a,x,2025,tonnes,+5,s9,,n9,t\n"
      "export,a,x,2025,volume,5\n"
      "export,a,x,2025,yoy,5,s1,,,t\n",
      r);
  CHECK(r.errors ==
        std::vector<std::string>{
            "data.csv:2: column \"flow\": empty; every row needs a flow id",
            "data.csv:2: column \"measure\": expected volume, yoy or share, got \"tonnes\"",
            "data.csv:2: column \"value\": expected a number or empty, got \"+5\" (write the "
            "number without the + sign)",
            "data.csv:2: column \"source\": unknown source \"s9\" (add it to meta.sources in "
            "meta.json)",
            "data.csv:2: column \"note\": unknown note \"n9\" (add it to meta.notes in meta.json)",
            "data.csv:3: expected 10 cells as in the header line, got 6",
            "data.csv:4: column \"unit\": expected \"%\" for a yoy, got \"t\""});
  CHECK(r.rows.lines.empty());
}
