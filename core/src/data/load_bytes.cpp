#include "data/load_bytes.h"

#include <string>

#include "data/json_cursor.h"
#include "data/json_path.h"

namespace tw::detail {

const char* non_utf8_encoding(std::string_view b) {
  auto at = [&](std::size_t i) { return i < b.size() ? static_cast<unsigned char>(b[i]) : 0x100u; };
  // Byte-order marks; UTF-32 LE's starts with UTF-16 LE's, so it is tested first.
  if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) return "UTF-32LE";
  if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return "UTF-32BE";
  if (at(0) == 0xFF && at(1) == 0xFE) return "UTF-16LE";
  if (at(0) == 0xFE && at(1) == 0xFF) return "UTF-16BE";
  // No mark: the first character is ASCII, so its zero bytes show the encoding.
  if (b.size() >= 4) {
    const bool z0 = at(0) == 0, z1 = at(1) == 0, z2 = at(2) == 0, z3 = at(3) == 0;
    if (z0 && z1 && z2 && !z3) return "UTF-32BE";
    if (!z0 && z1 && z2 && z3) return "UTF-32LE";
    if (z0 && !z1 && z2 && !z3) return "UTF-16BE";
    if (!z0 && z1 && !z2 && z3) return "UTF-16LE";
  } else if (b.size() == 2) {
    if (at(0) == 0 && at(1) != 0) return "UTF-16BE";
    if (at(0) != 0 && at(1) == 0) return "UTF-16LE";
  }
  return nullptr;
}

Result<Utf8Text> read_utf8(std::string_view bytes) {
  if (const char* encoding = non_utf8_encoding(bytes)) {
    return Result<Utf8Text>::failure(
        {Diagnostic{"", std::string("the file is ") + encoding + " (save it as UTF-8)"}});
  }
  Utf8Text out{bytes, 0};
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    out.text.remove_prefix(3);
    out.bom = 3;
  }
  JsonCursor c(out.text);
  c.skip_ws();
  if (c.at_end()) {  // where the object was expected: after the blanks, if any
    const TextPosition end = position_of(out.text, out.text.size());
    return Result<Utf8Text>::failure(
        {Diagnostic{"", "the file is empty (expected a JSON object)", end.line, end.column}});
  }
  const std::size_t bad = find_invalid_utf8(out.text);
  if (bad != std::string_view::npos) {
    // The byte offset counts from the start of the file, mark included (as a hex editor
    // shows it); line and column count characters, and the mark is none.
    const TextPosition at = position_of(out.text, bad);
    return Result<Utf8Text>::failure(
        {Diagnostic{path_at(out.text, bad),
                    "invalid UTF-8 at byte " + std::to_string(bad + out.bom) + ": " +
                        bytes_at(out.text, bad) + " (save the file as UTF-8)",
                    at.line, at.column}});
  }
  return Result<Utf8Text>::success(out);
}

}  // namespace tw::detail
