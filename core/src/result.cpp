#include "trade_widget/result.h"

namespace tw {

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
