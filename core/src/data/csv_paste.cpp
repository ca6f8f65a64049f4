// Pasted spreadsheet cells to CSV: only the separators and the quoting change, never a cell's text.
#include "trade_widget/csv_import.h"

namespace tw {

namespace {

void append_cell(std::string& out, const std::string& cell) {
  if (cell.find_first_of(",\"\r\n") == std::string::npos) {
    out += cell;
    return;
  }
  out += '"';
  for (const char c : cell) {
    out += c;
    if (c == '"') out += '"';
  }
  out += '"';
}

}  // namespace

std::string csv_from_pasted_cells(std::string_view text) {
  std::string out, cell;
  out.reserve(text.size() + text.size() / 8);
  std::size_t i = 0;
  bool cell_started = false;
  bool row_open = false;  // something since the last line end
  while (i < text.size()) {
    const char c = text[i];
    row_open = c != '\r' && c != '\n';
    if (c == '"' && !cell_started) {
      // A quoted cell: up to the quote that is not doubled.
      ++i;
      while (i < text.size()) {
        if (text[i] == '"' && i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          i += 2;
        } else if (text[i] == '"') {
          ++i;
          break;
        } else {
          cell += text[i++];
        }
      }
      cell_started = true;
      continue;
    }
    if (c == '\t') {
      append_cell(out, cell);
      out += ',';
      cell.clear();
      cell_started = false;
    } else if (c == '\r' || c == '\n') {
      append_cell(out, cell);
      out += "\r\n";
      cell.clear();
      cell_started = false;
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      cell += c;
      cell_started = true;
    }
    ++i;
  }
  if (row_open) {
    append_cell(out, cell);
    out += "\r\n";
  }
  return out;
}

}  // namespace tw
