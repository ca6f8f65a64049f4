#include "data/csv_import_log.h"

#include "data/json_cursor.h"
#include "trade_widget/csv.h"

namespace tw::detail {

std::string ImportLog::csv_place(int line, int column) const {
  std::string path = csv_name + ":" + std::to_string(line);
  if (column >= 0) path += ": column \"" + csv_columns()[static_cast<std::size_t>(column)] + "\"";
  return path;
}

void ImportLog::csv_error(int line, int column, std::string message) {
  errors.push_back(Diagnostic{csv_place(line, column), std::move(message), 0, 0});
}

void ImportLog::csv_warning(int line, int column, std::string message) {
  warnings.push_back(Diagnostic{csv_place(line, column), std::move(message), 0, 0});
}

void ImportLog::meta_error(const std::string& path, std::string message) {
  errors.push_back(
      Diagnostic{meta_name + (path.empty() ? "" : ": " + path), std::move(message), 0, 0});
}

void ImportLog::meta_error_at(const std::string& path, std::string message, std::size_t offset) {
  meta_error(path, std::move(message));
  const auto p = position_of(meta_text, offset);
  errors.back().line = p.line;
  errors.back().column = p.column;
}

}  // namespace tw::detail
