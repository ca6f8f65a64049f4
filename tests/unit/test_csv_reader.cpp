#include <catch2/catch.hpp>

#include "data/csv_reader.h"

namespace {

struct Record {
  int line;
  std::vector<std::string> cells;
  bool operator==(const Record& o) const { return line == o.line && cells == o.cells; }
};

std::vector<Record> read_all(const std::string& text, std::string* error = nullptr) {
  tw::detail::CsvReader reader(text);
  std::vector<Record> out;
  std::vector<std::string> cells;
  while (reader.next(cells)) out.push_back({reader.line(), cells});
  if (error)
    *error = reader.error().empty() ? "" : std::to_string(reader.line()) + ": " + reader.error();
  return out;
}

}  // namespace

TEST_CASE("records end with LF, CRLF or CR; a final line end is optional") {
  CHECK(read_all("a,b\nc,d") == std::vector<Record>{{1, {"a", "b"}}, {2, {"c", "d"}}});
  CHECK(read_all("a,b\r\nc,d\r\n") == std::vector<Record>{{1, {"a", "b"}}, {2, {"c", "d"}}});
  CHECK(read_all("a\rb\r") == std::vector<Record>{{1, {"a"}}, {2, {"b"}}});
  CHECK(read_all("a,,\n\n") == std::vector<Record>{{1, {"a", "", ""}}, {2, {""}}});
  CHECK(read_all("").empty());
}

TEST_CASE("quoted cells hold commas, doubled quotes and line breaks; lines keep counting") {
  CHECK(read_all("\"a,b\",\"say \"\"hi\"\"\"\n\"x\r\ny\",z\nlast,1\n") ==
        std::vector<Record>{{1, {"a,b", "say \"hi\""}}, {2, {"x\r\ny", "z"}}, {4, {"last", "1"}}});
  CHECK(read_all("\"\",\"\"\n") == std::vector<Record>{{1, {"", ""}}});
}

TEST_CASE("a byte-order mark is skipped and UTF-8 passes through") {
  CHECK(read_all("\xEF\xBB\xBF"
                 "flow,稀土\n") == std::vector<Record>{{1, {"flow", "稀土"}}});
}

TEST_CASE("broken quoting stops with the line of the record") {
  std::string error;
  CHECK(read_all("a,b\nc,\"open\nstill open\n", &error) == std::vector<Record>{{1, {"a", "b"}}});
  CHECK(error == "2: a quoted cell is never closed (a \" is missing)");
  read_all("a,b\n\"x\"y,z\n", &error);
  CHECK(error ==
        "2: text after the closing quote of cell 1 (a quote inside a quoted cell must be "
        "doubled: \"\")");
  read_all("x,1\" pipe\n", &error);
  CHECK(error.rfind("1: a quote inside cell 2, which does not start with a quote", 0) == 0);
}
