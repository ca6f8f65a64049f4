// The CSV's bytes: a file in another character set is refused at its first bad byte.
#include <catch2/catch.hpp>

#include "data/csv_import_encoding.h"
#include "test_csv_import_steps_support.h"

TEST_CASE("encoding: the cell that holds a byte, across quotes") {
  const std::string csv = "a,b,c\nx,\"1,2\",y\xE9z\n";
  const auto at = tw::detail::cell_at(csv, csv.find('\xE9'));
  CHECK(at.cell == 2);
  CHECK(csv.substr(at.begin, at.end - at.begin) == "y\xE9z");
  CHECK(tw::detail::cell_at(csv, csv.find('2')).cell == 1);
}

TEST_CASE("encoding: a Windows-1252 file names the line, the column and the cell") {
  auto log = tw::test::import_log();
  CHECK(tw::detail::check_utf8("flow,period_label_en\nexport,\"Jan–Feb\"\n", log));
  CHECK_FALSE(
      tw::detail::check_utf8("flow,period_label_en\nexport,\"Jan\x96"
                             "Feb 2026\"\n",
                             log));
  CHECK(tw::test::texts(log.errors) ==
        std::vector<std::string>{
            "data.csv:2: column \"period_label_en\": invalid UTF-8 at byte 32 (0x96; the cell "
            "reads \"Jan–Feb 2026\" in Windows-1252): the file was saved in another character set "
            "(such as Windows-1252, \"Western Europe\"), which turns Chinese into ?; save it again "
            "with the character set UTF-8 (Excel: \"CSV UTF-8\")"});
}
