// Step 2 of import_csv: the records after the header. Each record is checked cell by cell (ids,
// measure, figure, source, note, unit) and becomes one observation row of the dataset's JSON text.
#pragma once

#include <string>
#include <vector>

#include "data/csv_import_columns.h"
#include "data/csv_import_log.h"
#include "data/csv_import_meta.h"
#include "trade_widget/dataset.h"

namespace tw::detail {

/// The observation rows read so far.
struct ImportedRows {
  std::string json;        ///< "\n[...],\n[...]": the rows of "observations", without brackets
  std::vector<int> lines;  ///< the CSV line of each row
  ObservationIndex keys;   ///< flow, product, partner, period, measure -> row
};

class RowReader {
 public:
  RowReader(ImportMeta& meta, const ColumnMap& columns, ImportLog& log, ImportedRows& out)
      : meta_(meta), columns_(columns), log_(log), out_(out) {}

  /// Reads one record (its cells may be changed: guard apostrophes are removed). Blank records
  /// are skipped; a record with errors adds them to the log and no row.
  void read(std::vector<std::string>& cells, int line);

 private:
  /// Finds the four items and takes their label cells; false when an id is empty.
  bool read_items(const std::vector<std::string>& cells, int line, std::size_t (&positions)[4]);
  /// The row's key; false (with an error) when an earlier row has the same key.
  bool unique_key(const std::size_t (&positions)[4], Measure measure, int line);

  ImportMeta& meta_;
  const ColumnMap& columns_;
  ImportLog& log_;
  ImportedRows& out_;
};

}  // namespace tw::detail
