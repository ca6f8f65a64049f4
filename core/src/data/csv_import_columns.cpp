#include "data/csv_import_columns.h"

#include "data/json_cursor.h"
#include "trade_widget/csv.h"

namespace tw::detail {

const char* const kDimensionNames[4] = {"flow", "product", "partner", "period"};

ColumnMap::ColumnMap() {
  for (int& p : position_) p = -1;
}

bool match_columns(CsvReader& reader, std::vector<std::string>& cells, ImportLog& log,
                   ColumnMap& out) {
  const auto& known = csv_columns();
  out = ColumnMap();
  if (!reader.next(cells)) {
    if (!reader.error().empty()) {
      log.csv_error(reader.line(), -1, reader.error());
    } else {
      log.csv_error(1, -1, "the file is empty (expected a header line: flow,product,partner,...)");
    }
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
