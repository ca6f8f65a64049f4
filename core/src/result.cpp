#include "trade_widget/result.h"

namespace tw {

std::string Diagnostic::to_string(const std::string& file) const {
  std::string out;
  if (!file.empty()) out += file + ": ";
  if (!path.empty()) out += path + ": ";
  out += message;
  if (line > 0) {
    out += " (line " + std::to_string(line);
    if (column > 0) out += ", column " + std::to_string(column);
    out += ")";
  }
  return out;
}

}  // namespace tw
