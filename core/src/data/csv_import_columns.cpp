#include "data/csv_import_columns.h"

#include "data/json_cursor.h"
#include "trade_widget/csv.h"

namespace tw::detail {

const char* const kDimensionNames[4] = {"flow", "product", "partner", "period"};

namespace {

/// True when a header line has semicolons between cells and no comma (quotes aside).
bool uses_semicolons(std::string_view line) {
  bool quoted = false;
  std::size_t semicolons = 0, commas = 0;
  for (const char c : line) {
    if (c == '"') quoted = !quoted;
    if (!quoted && c == ';') ++semicolons;
    if (!quoted && c == ',') ++commas;
  }
  return semicolons > 0 && commas == 0;
}

}  // namespace

ColumnMap::ColumnMap() {
  for (int& p : position_) p = -1;
}

bool match_columns(CsvReader& reader, std::vector<std::string>& cells, ImportLog& log,
                   ColumnMap& out) {
  const auto& known = csv_columns();
  out = ColumnMap();
  if (!reader.next(cells)) {
    if (!reader.error().empty()) {
      const std::string_view first_line =
          reader.text().substr(0, reader.text().find_first_of("\r\n"));
      log.csv_error(reader.line(), -1,
                    uses_semicolons(first_line)
                        ? "the header line " + quote_text(first_line) +
                              " has ; between cells and quotes around them (a spreadsheet's "
                              "semicolon-separated CSV): save it as \"CSV UTF-8 (comma "
                              "delimited)\", or with the field delimiter , (comma)"
                        : reader.error());
    } else {
      log.csv_error(1, -1, "the file is empty (expected a header line: flow,product,partner,...)");
    }
    return false;
  }
  std::string& first = cells[0];
  if (first.rfind("\xEF\xBB\xBF", 0) == 0) {
    // A byte-order mark inside the first cell's quotes: LibreOffice read the file as
    // Windows-1252 and saved it so; the bytes of the cells are still the UTF-8 ones.
    first.erase(0, 3);
  } else if (first.rfind("\xC3\xAF\xC2\xBB\xC2\xBF", 0) == 0) {
    log.csv_error(1, -1,
                  "the file starts with \"\xC3\xAF\xC2\xBB\xC2\xBF\", the byte-order mark of "
                  "UTF-8 read as Windows-1252: the spreadsheet opened the file in the wrong "
                  "character set, and every Chinese label is garbled; open the CSV again with "
                  "the character set UTF-8 and save it with UTF-8");
    return false;
  }
  if (cells.size() == 1 && cells[0].find(';') != std::string::npos) {
    log.csv_error(
        1, -1,
        "the header has one column " + quote_text(cells[0]) +
            ": the file uses ; between cells; save it as \"CSV UTF-8 (comma delimited)\"");
    return false;
  }
  out.cell_count_ = cells.size();
  bool ok = true;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string& name = cells[i];
    std::size_t k = 0;
    while (k < known.size() && known[k] != name) ++k;
    if (k == known.size()) {
      std::string list;
      for (const auto& n : known) list += (list.empty() ? "" : ", ") + n;
      log.csv_error(1, -1,
                    "unknown column " + quote_text(name) + " (cell " + std::to_string(i + 1) +
                        "); the columns are: " + list);
      ok = false;
    } else if (out.position_[k] >= 0) {
      log.csv_error(1, -1, "column " + quote_text(name) + " appears twice");
      ok = false;
    } else {
      out.position_[k] = static_cast<int>(i);
    }
  }
  for (int k = 0; k < kRequiredColumns; ++k) {
    if (out.position_[k] < 0) {
      log.csv_error(1, -1, "missing column " + quote_text(known[static_cast<std::size_t>(k)]));
      ok = false;
    }
  }
  return ok;
}

}  // namespace tw::detail
