// Step 1 of import_csv: the header line. Columns are found by name, in any order; the first six
// are required.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "data/csv_import_log.h"
#include "data/csv_reader.h"

namespace tw::detail {

/// Columns by their position in csv_columns().
enum ImportColumn {
  kFlow,
  kProduct,
  kPartner,
  kPeriod,
  kMeasure,
  kValue,
  kSource,
  kRef,
  kNote,
  kUnit,
  kDecimals,
  kFirstLabel,  // flow_label_en, flow_label_zh, product_label_en, ...
  kQualifier = kFirstLabel + 8,
  kColumnCount
};
constexpr int kRequiredColumns = kValue + 1;  // flow ... value

/// "flow", "product", "partner", "period": dimension d's id is in column kFlow + d, its labels
/// in kFirstLabel + 2 * d (English) and kFirstLabel + 2 * d + 1 (Chinese).
extern const char* const kDimensionNames[4];

/// Where each known column is in the file's records.
class ColumnMap {
 public:
  ColumnMap();
  /// The cell of a known column in a record, or "" when the file has no such column.
  const std::string& cell(const std::vector<std::string>& cells, int column) const {
    static const std::string empty;
    return position_[column] < 0 ? empty : cells[static_cast<std::size_t>(position_[column])];
  }
  bool has(int column) const { return position_[column] >= 0; }
  /// Cells of the header line, which every record must have.
  std::size_t cell_count() const { return cell_count_; }

 private:
  friend bool match_columns(CsvReader&, std::vector<std::string>&, ImportLog&, ColumnMap&);
  int position_[kColumnCount];
  std::size_t cell_count_ = 0;
};

/// Reads the header line and finds the columns. False (with errors in log) for an empty file, a
/// file with another separator, unknown, repeated or missing columns.
bool match_columns(CsvReader& reader, std::vector<std::string>& cells, ImportLog& log,
                   ColumnMap& out);

}  // namespace tw::detail
