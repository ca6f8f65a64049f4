#include "data/csv_import_write.h"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "data/csv_import_columns.h"
#include "trade_widget/load.h"
#include "trade_widget/write_json.h"

namespace tw::detail {

namespace {

/// "duplicates observations[3] (...)" -> "duplicates line 5 (...)".
std::string lines_for_rows(const std::string& message, const std::vector<int>& row_lines) {
  static const std::string kRow = "observations[";
  std::string out;
  std::size_t pos = 0;
  for (;;) {
    const std::size_t at = message.find(kRow, pos);
    const std::size_t close = at == std::string::npos ? at : message.find(']', at);
    if (close == std::string::npos) break;
    const std::string digits = message.substr(at + kRow.size(), close - at - kRow.size());
    const std::size_t row = digits.find_first_not_of("0123456789") == std::string::npos &&
                                    !digits.empty() && digits.size() < 10
                                ? std::strtoul(digits.c_str(), nullptr, 10)
                                : row_lines.size();
    out += message.substr(pos, at - pos);
    out += row < row_lines.size() ? "line " + std::to_string(row_lines[row])
                                  : message.substr(at, close + 1 - at);
    pos = close + 1;
  }
  return out + message.substr(pos);
}

}  // namespace

Diagnostic locate_in_inputs(const Diagnostic& d, const std::vector<int>& row_lines,
                            const ImportDimension (&dims)[4], const ImportLog& log) {
  // Lines of the generated text mean nothing to the editor: they are dropped.
  Diagnostic out{"", lines_for_rows(d.message, row_lines), 0, 0};
  const std::string& p = d.path;
  if (p.rfind("observations[", 0) == 0) {
    const std::size_t close = p.find(']');
    const std::size_t row = std::strtoul(p.c_str() + 13, nullptr, 10);
    out.path = log.csv_name + ":" +
               (row < row_lines.size() ? std::to_string(row_lines[row]) : std::string("?"));
    const std::size_t open = p.find(" (", close);
    if (open != std::string::npos) {
      out.path += ": column \"" + p.substr(open + 2, p.size() - open - 3) + "\"";
    }
    return out;
  }
  if (p.rfind("observations", 0) == 0) {
    out.path = log.csv_name;
    return out;
  }
  for (int k = 0; k < 4; ++k) {
    const std::string prefix = std::string("dimensions.") + kDimensionNames[k] + "[";
    if (p.rfind(prefix, 0) != 0) continue;
    const std::size_t i = std::strtoul(p.c_str() + prefix.size(), nullptr, 10);
    if (i >= dims[k].meta_count() && i < dims[k].items().size()) {
      out.path = log.csv_name + ":" + std::to_string(dims[k].items()[i].first_line) + ": " + p;
      return out;
    }
  }
  out.path = log.meta_name + (p.empty() ? "" : ": " + p);
  return out;
}

Result<CsvImport> write_imported_dataset(ImportMeta& meta, ImportedRows& rows,
                                         std::vector<NewItem> new_items, ImportLog& log) {
  using json = nlohmann::json;
  std::string doc = meta.tree.dump(-1, ' ', false, json::error_handler_t::replace);
  meta.tree = json();
  doc.pop_back();  // the closing brace: the rows follow
  doc += ",\"observations\":[" + rows.json + "\n]}";
  rows.json.clear();
  rows.json.shrink_to_fit();
  auto loaded = load_dataset(doc);
  doc.clear();
  doc.shrink_to_fit();
  for (const auto& w : loaded.warnings()) {
    log.warnings.push_back(locate_in_inputs(w, rows.lines, meta.dims, log));
  }
  if (!loaded.ok()) {
    for (const auto& e : loaded.errors()) {
      log.errors.push_back(locate_in_inputs(e, rows.lines, meta.dims, log));
    }
    return Result<CsvImport>::failure(log.errors, log.warnings);
  }
  CsvImport out;
  out.json = write_dataset_json(loaded.value());
  auto final_check = load_dataset(out.json);
  if (!final_check.ok()) {
    for (const auto& e : final_check.errors()) {
      log.errors.push_back(Diagnostic{"(written dataset) " + e.path, e.message, e.line, e.column});
    }
    return Result<CsvImport>::failure(log.errors, log.warnings);
  }
  out.dataset = std::move(final_check.value());
  out.new_items = std::move(new_items);
  return Result<CsvImport>::success(std::move(out), log.warnings);
}

}  // namespace tw::detail
