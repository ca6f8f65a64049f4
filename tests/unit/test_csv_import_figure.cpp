// A row's figure: the value cell with the digits that the decimals cell gives.
#include <catch2/catch.hpp>

#include "data/csv_import_columns.h"
#include "data/csv_import_figure.h"

using tw::detail::read_figure;

TEST_CASE("figure: the strict number grammar and the hints for near-numbers") {
  for (const char* s : {"0", "-0.5", "38.0", "1e3", "1.5E-2", "48000"}) {
    CHECK(tw::detail::is_json_number(s));
  }
  for (const char* s : {"", "-", ".5", "5.", "01", "1e", "0x10", " 5", "5 "}) {
    CHECK_FALSE(tw::detail::is_json_number(s));
  }
  CHECK(tw::detail::number_hint("nf") == " (leave the cell empty when no source gives the figure)");
  CHECK(tw::detail::number_hint("4 785") == " (remove the spaces)");
  CHECK(tw::detail::number_hint("abc").empty());
}

TEST_CASE("figure: the decimals cell gives back the digits a spreadsheet dropped") {
  CHECK(read_figure("38", "1", true).json == "38.0");
  CHECK(read_figure("-24", "1", true).json == "-24.0");
  CHECK(read_figure("0.4", "2", true).json == "0.40");
  CHECK(read_figure("1238.47", "2", true).json == "1238.47");
  CHECK(read_figure("4392", "0", true).json == "4392");
  CHECK(read_figure("", "1", true).json == "null");  // a null stays null
  CHECK(read_figure("", "", true).json == "null");
  // Without the column, the digits are taken as written (files typed by hand).
  CHECK(read_figure("38.0", "", false).json == "38.0");
  CHECK(read_figure("38", "", false).json == "38");
}

TEST_CASE("figure: a decimals cell that cannot be right is refused with what to change") {
  const auto more = read_figure("41.25", "1", true);
  CHECK(more.json.empty());
  CHECK(more.error_column == tw::detail::kValue);
  CHECK(more.error ==
        "\"41.25\" has 2 digits after the point, but column \"decimals\" says 1: write in "
        "\"decimals\" the digits the source gives");
  const auto missing = read_figure("38", "", true);
  CHECK(missing.error_column == tw::detail::kDecimals);
  CHECK(missing.error ==
        "empty, but the value 38 needs it: give the number of digits after the point that the "
        "source writes (0 for 4392, 1 for 38.0)");
  CHECK(read_figure("38", "1.0", true).error ==
        "expected the number of digits after the point (0 to 12), got \"1.0\"");
  CHECK(read_figure("38", "13", true).error_column == tw::detail::kDecimals);
  CHECK(read_figure("12,3", "1", true).error ==
        "expected a number or empty, got \"12,3\" (write the number without thousands "
        "separators, with a decimal point: 1234.5)");
}
