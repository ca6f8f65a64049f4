// The bytes of the CSV, before any cell is read: they must be UTF-8. A file a spreadsheet saved
// in Windows-1252 (LibreOffice's default) or GBK is refused at its first bad byte, named by
// line and column, with the cell as Windows-1252 reads it.
#pragma once

#include <cstddef>
#include <string_view>

#include "data/csv_import_log.h"

namespace tw::detail {

/// Which cell of the CSV holds a byte offset: its 0-based index in its record, and its bytes.
struct CellAt {
  std::size_t cell = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};
CellAt cell_at(std::string_view csv, std::size_t offset);

/// False, with a located error, when the CSV is not UTF-8.
bool check_utf8(std::string_view csv, ImportLog& log);

}  // namespace tw::detail
