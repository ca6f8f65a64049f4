// What spreadsheets do to text cells, as import_csv recognises it.
#include <catch2/catch.hpp>

#include "data/csv_import_damage.h"

using tw::detail::label_damage;

TEST_CASE("damage: dates as LibreOffice and Excel write them, not our labels and ids") {
  for (const char* s : {"03/01/24", "3/1/2024", "01.03.2024", "2024-03-01", "2024/3/1", "Mar-24",
                        "1-Mar", "01-Mar-2024", "1-mar-24"}) {
    INFO(s);
    CHECK(tw::detail::looks_like_date(s));
  }
  for (const char* s : {"Mar 2024", "2024-03", "2025-01/2025-09", "Jan–Feb 2024", "2024年3月",
                        "2025", "Q4 2025", "Rare earths", "1/2", "Mars-24"}) {
    INFO(s);
    CHECK_FALSE(tw::detail::looks_like_date(s));
  }
  for (const char* s : {"45352", "2024.5", "2,024", "45,352.5", "-3"}) {
    CHECK(tw::detail::looks_like_number(s));
  }
  for (const char* s : {"2024年", "FY2024", "2,02", "1,2345", ""}) {
    CHECK_FALSE(tw::detail::looks_like_number(s));
  }
}

TEST_CASE("damage: UTF-8 read as Windows-1252 is recognised and told back") {
  // 口 is E5 8F A3; 8F is one of the bytes Windows-1252 leaves undefined (read as U+008F).
  CHECK(tw::detail::windows_1252_to_utf8("进口") == "è¿›å\u008F£");
  CHECK(tw::detail::utf8_read_as_1252("è¿›å\u008F£") == "进口");
  CHECK(tw::detail::utf8_read_as_1252("Janâ€“Sep 2025") == "Jan–Sep 2025");
  CHECK(tw::detail::utf8_read_as_1252("ï»¿flow") ==
        "\xEF\xBB\xBF"
        "flow");
  CHECK(tw::detail::utf8_read_as_1252("Café").empty());  // é alone is not UTF-8
  CHECK(tw::detail::utf8_read_as_1252("进口").empty());
  CHECK(tw::detail::utf8_read_as_1252("plain").empty());
  CHECK(tw::detail::windows_1252_to_utf8("Jan\x96"
                                         "Feb \x80") == "Jan–Feb €");
}

TEST_CASE("damage: a label cell a spreadsheet changed is refused with the cause") {
  CHECK(label_damage("Mar 2024", "Mar 2024", false, "period \"2024-03\"", "m.json").empty());
  CHECK(label_damage("Magnets", "Permanent magnets", false, "product \"magnets\"", "m.json")
            .empty());  // an edit: replaced, with a warning
  CHECK(label_damage("2026", "", false, "period \"2026\"", "m.json").empty());
  CHECK(label_damage("03/01/24", "Mar 2024", false, "period \"2024-03\"", "m.json") ==
        "\"03/01/24\" is a date the spreadsheet made of the label \"Mar 2024\" of period "
        "\"2024-03\": open the CSV with the id and label columns as Text, or empty the cell to "
        "keep the label of m.json");
  CHECK(label_damage("45352", "Mar 2024", false, "period \"2024-03\"", "m.json") ==
        "\"45352\" is a number the spreadsheet made of the label \"Mar 2024\" of period "
        "\"2024-03\": open the CSV with the id and label columns as Text, or empty the cell to "
        "keep the label of m.json");
  CHECK(label_damage("01/01/26", "", false, "period \"2026-01\"", "m.json") ==
        "\"01/01/26\" is a date the spreadsheet made of a label: open the CSV with the label "
        "columns as Text, or type the label as text (start the cell with an apostrophe)");
  CHECK(label_damage("2026?1?", "", true, "period \"2026-01\"", "m.json") ==
        "\"2026?1?\" has ? where a Chinese character was: the file was saved in a character set "
        "without Chinese (such as Windows-1252, \"Western Europe\"); save it again with the "
        "character set UTF-8");
  CHECK(label_damage("2024?3?", "2024年3月", true, "period \"2024-03\"", "m.json") ==
        "\"2024?3?\" has ? where a Chinese character was: the file was saved in a character set "
        "without Chinese (such as Windows-1252, \"Western Europe\"); save it again with the "
        "character set UTF-8 (the label in m.json is \"2024年3月\")");
  CHECK(label_damage("What?", "", false, "product \"q\"", "m.json").empty());  // English may ask
  CHECK(label_damage("è¿›å\u008F£", "进口", true, "flow \"import\"", "m.json") ==
        "\"è¿›å\u008F£\" is \"进口\" read in the wrong character set: the spreadsheet opened the "
        "UTF-8 file as Windows-1252; open the CSV again with the character set UTF-8");
}
