#include "data/json_path.h"

#include "data/json_cursor.h"
#include "data/row_columns.h"

namespace tw::detail {

std::string path_at(std::string_view text, std::size_t offset, int max_levels) {
  // Walks with the validating cursor, stepping over every value that ends before offset.
  JsonCursor c(text);
  std::string path;
  std::string_view key;
  std::string scratch;
  for (int level = 0; level < max_levels; ++level) {
    c.skip_ws();
    const char open = c.peek();
    if ((open != '{' && open != '[') || c.pos() >= offset) return path;
    c.consume(open);
    for (std::size_t index = 0;; ++index) {
      c.skip_ws();
      if (open == '{') {
        if (c.peek() != '"' || !c.read_string(key, scratch)) return path;
        c.skip_ws();
        if (!c.consume(':')) return path;
        c.skip_ws();
      }
      const std::size_t start = c.pos();
      if (start > offset) return path;
      const bool whole = c.skip_value(kMaxDepth);
      if (!whole || offset < c.pos()) {  // the offset is inside this member or element
        path += open == '{' ? (path.empty() ? "" : ".") + std::string(key)
                            : "[" + std::to_string(index) + "]";
        c.set_pos(start);
        break;
      }
      c.skip_ws();
      if (!c.consume(',')) return path;
    }
  }
  return path;
}

std::string name_row_column(std::string path) {
  const std::string prefix = "observations[";
  if (path.compare(0, prefix.size(), prefix) != 0) return path;
  const std::size_t row_end = path.find(']');
  if (row_end == std::string::npos || row_end + 3 > path.size() || path[row_end + 1] != '[')
    return path;
  const std::size_t cell_end = path.find(']', row_end + 2);
  if (cell_end != path.size() - 1 || cell_end != row_end + 3) return path;  // one digit, last
  const int column = path[row_end + 2] - '0';
  if (column < 0 || column >= kRowCells) return path;
  return path + " (" + kColumnNames[column] + ")";
}

std::string bytes_at(std::string_view text, std::size_t offset) {
  const auto lead = static_cast<unsigned char>(text[offset]);
  const std::size_t len = (lead & 0xE0) == 0xC0   ? 2
                          : (lead & 0xF0) == 0xE0 ? 3
                          : (lead & 0xF8) == 0xF0 ? 4
                                                  : 1;
  std::string out;
  for (std::size_t i = offset; i < text.size() && i < offset + len; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!out.empty()) out += ' ';
    out += "0123456789ABCDEF"[c >> 4];
    out += "0123456789ABCDEF"[c & 15];
    if (i > offset && (c & 0xC0) != 0x80) break;  // this byte cut the sequence short
  }
  return out;
}

}  // namespace tw::detail
