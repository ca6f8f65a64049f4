// Step 5 of import_csv: the meta file's tree and the CSV's rows become one dataset text, which
// the loader validates; its diagnostics are told in terms of the two input files. The canonical
// text that is returned is loaded once more, so that the file written is the file checked.
#pragma once

#include <vector>

#include "data/csv_import_items.h"
#include "data/csv_import_log.h"
#include "data/csv_import_meta.h"
#include "data/csv_import_rows.h"
#include "trade_widget/csv_import.h"

namespace tw::detail {

/// A loader diagnostic about the generated document, located in the CSV (rows, new items) or in
/// the meta file (everything else).
Diagnostic locate_in_inputs(const Diagnostic& d, const std::vector<int>& row_lines,
                            const ImportDimension (&dims)[4], const ImportLog& log);

/// Builds, validates and writes the dataset. Consumes the rows' text and meta.tree.
Result<CsvImport> write_imported_dataset(ImportMeta& meta, ImportedRows& rows,
                                         std::vector<NewItem> new_items, ImportLog& log);

}  // namespace tw::detail
