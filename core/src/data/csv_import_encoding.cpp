#include "data/csv_import_encoding.h"

#include <cstdio>
#include <string>
#include <vector>

#include "data/csv_import_damage.h"
#include "data/csv_reader.h"
#include "data/json_cursor.h"
#include "trade_widget/csv.h"

namespace tw::detail {

CellAt cell_at(std::string_view csv, std::size_t offset) {
  CellAt at;
  bool quoted = false;
  for (std::size_t i = 0; i < offset && i < csv.size(); ++i) {
    const char c = csv[i];
    if (c == '"') {
      quoted = !quoted;  // "" inside quotes toggles twice
    } else if (!quoted && c == ',') {
      ++at.cell;
      at.begin = i + 1;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      at.cell = 0;
      at.begin = i + 1;
    }
  }
  at.end = offset;
  while (at.end < csv.size()) {
    const char c = csv[at.end];
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == ',' || c == '\n' || c == '\r')) break;
    ++at.end;
  }
  return at;
}

bool check_utf8(std::string_view csv, ImportLog& log) {
  const std::size_t bad = find_invalid_utf8(csv);
  if (bad == std::string_view::npos) return true;
  const auto p = position_of(csv, bad);
  const CellAt at = cell_at(csv, bad);
  // The column, when the header line names a known one.
  int column = -1;
  CsvReader header(csv);
  std::vector<std::string> names;
  if (p.line > 1 && header.next(names) && at.cell < names.size()) {
    const auto& known = csv_columns();
    for (std::size_t k = 0; k < known.size(); ++k) {
      if (known[k] == names[at.cell]) column = static_cast<int>(k);
    }
  }
  std::string cell(csv.substr(at.begin, at.end - at.begin));
  if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') {
    cell = cell.substr(1, cell.size() - 2);
  }
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(csv[bad]));
  log.csv_error(p.line, column,
                "invalid UTF-8 at byte " + std::to_string(bad) + " (" + byte + "; the cell reads " +
                    quote_text(windows_1252_to_utf8(cell)) +
                    " in Windows-1252): the file was saved in another character set "
                    "(such as Windows-1252, \"Western Europe\"), which turns Chinese into ?; save "
                    "it again with the character set UTF-8 (Excel: \"CSV UTF-8\")");
  return false;
}

}  // namespace tw::detail
