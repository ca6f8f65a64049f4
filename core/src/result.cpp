#include "trade_widget/result.h"

namespace tw {

namespace {
/// The code point of the 3-byte character at i when it is one that changes how a line reads
/// without showing itself: zero-width characters, line and paragraph separators, bidirectional
/// overrides and isolates (which can reorder the text around them), the byte-order mark; else 0.
unsigned int invisible_format_character(const std::string& text, std::size_t i) {
  if (i + 2 >= text.size()) return 0;
  const auto b0 = static_cast<unsigned char>(text[i]);
  const auto b1 = static_cast<unsigned char>(text[i + 1]);
  const auto b2 = static_cast<unsigned char>(text[i + 2]);
  if (b0 != 0xE2 && b0 != 0xEF) return 0;
  const unsigned int code = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
  const bool invisible = (code >= 0x200B && code <= 0x200F) || (code >= 0x2028 && code <= 0x202E) ||
                         (code >= 0x2066 && code <= 0x2069) || code == 0xFEFF;
  return invisible && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 ? code : 0;
}
}  // namespace

std::string escape_control_characters(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  auto escape = [&out](unsigned int code) {
    static const char kHex[] = "0123456789abcdef";
    out += "\\u00";
    out += kHex[(code >> 4) & 15];
    out += kHex[code & 15];
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      escape(c);
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      escape(static_cast<unsigned char>(text[++i]));  // U+0080 to U+009F, e.g. CSI
    } else if (const unsigned int code = invisible_format_character(text, i)) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(code >> shift) & 15];
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string Diagnostic::to_string(const std::string& file) const {
  // The one place a message becomes a line of text: whatever built the parts, they are shown
  // escaped.
  std::string out;
  if (!file.empty()) out += escape_control_characters(file) + ": ";
  if (!path.empty()) out += escape_control_characters(path) + ": ";
  out += escape_control_characters(message);
  if (line > 0) {
    out += " (line " + std::to_string(line);
    if (column > 0) out += ", column " + std::to_string(column);
    out += ")";
  }
  return out;
}

}  // namespace tw
