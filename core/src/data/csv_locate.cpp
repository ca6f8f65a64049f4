// csv_cell_of: from an import diagnostic's place back to the cell in the CSV's text. The place
// is written by ImportLog::csv_place as "NAME:LINE" or "NAME:LINE: column \"COLUMN\"".
#include <cstdlib>

#include "trade_widget/csv_import.h"

namespace tw {

namespace {

bool utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Characters (code points) in text[from, to).
int characters(std::string_view text, std::size_t from, std::size_t to) {
  int n = 0;
  for (std::size_t i = from; i < to && i < text.size(); ++i)
    n += utf8_continuation(text[i]) ? 0 : 1;
  return n;
}

/// Byte offset where physical line `line` (1-based; CRLF, LF or CR end a line) starts, or npos.
std::size_t line_start(std::string_view text, int line) {
  std::size_t pos = 0;
  for (int at = 1; at < line; ++at) {
    const std::size_t end = text.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) return std::string_view::npos;
    pos = end + (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? 2 : 1);
  }
  return pos;
}

/// The cells of the record starting at `pos`, as byte ranges [begin, end) (quotes included).
std::vector<std::pair<std::size_t, std::size_t>> cells_at(std::string_view text, std::size_t pos) {
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  std::size_t begin = pos;
  bool quoted = false;
  for (std::size_t i = pos;; ++i) {
    const bool end = i >= text.size();
    const char c = end ? '\n' : text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        ++i;
      } else if (c == '"' || end) {
        quoted = false;
        if (end) --i;
      }
      continue;
    }
    if (c == '"' && i == begin) {
      quoted = true;
    } else if (c == ',' || c == '\n' || c == '\r') {
      cells.emplace_back(begin, i);
      if (c != ',') return cells;
      begin = i + 1;
    }
  }
}

std::string unquote(std::string_view cell) {
  if (cell.size() < 2 || cell.front() != '"') return std::string(cell);
  std::string out;
  for (std::size_t i = 1; i + 1 < cell.size(); ++i) {
    out += cell[i];
    if (cell[i] == '"' && cell[i + 1] == '"') ++i;
  }
  return out;
}

}  // namespace

bool csv_cell_of(std::string_view csv, const std::string& csv_name, const Diagnostic& diagnostic,
                 CsvCellPlace& place) {
  const std::string& path = diagnostic.path;
  const std::string prefix = csv_name + ":";
  if (path.compare(0, prefix.size(), prefix) != 0) return false;
  const char* digits = path.c_str() + prefix.size();
  char* after = nullptr;
  const long line = std::strtol(digits, &after, 10);
  if (after == digits || line < 1 || line > 100000000) return false;
  std::string column;
  const std::string marker = ": column \"";
  const std::size_t at = path.find(marker, static_cast<std::size_t>(after - path.c_str()));
  if (at != std::string::npos) {
    const std::size_t close = path.find('"', at + marker.size());
    if (close != std::string::npos)
      column = path.substr(at + marker.size(), close - at - marker.size());
  }
  // A byte-order mark is no character of the header's first cell.
  std::size_t bom = csv.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  const std::size_t start = line_start(csv, static_cast<int>(line));
  if (start == std::string_view::npos || start > csv.size()) return false;
  const std::size_t line_end = std::min(csv.find_first_of("\r\n", start), csv.size());
  place = CsvCellPlace{static_cast<int>(line), column, 1, characters(csv, start, line_end) + 1};
  if (start == 0) place.last -= bom ? 1 : 0;
  if (column.empty()) return true;
  const auto header = cells_at(csv, bom);
  const auto cells = cells_at(csv, start == 0 ? bom : start);
  for (std::size_t k = 0; k < header.size() && k < cells.size(); ++k) {
    const auto [hb, he] = header[k];
    if (unquote(csv.substr(hb, he - hb)) != column) continue;
    const std::size_t from = start == 0 ? bom : start;
    const std::size_t end = std::min(cells[k].second, line_end);
    place.first = characters(csv, from, cells[k].first) + 1;
    place.last = characters(csv, from, end) + 1;
    return true;
  }
  place.column = column;  // a column the header lacks: the whole line is shown
  return true;
}

}  // namespace tw
