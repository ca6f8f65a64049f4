// From a tidy CSV (as export_csv writes it, or as an editor's spreadsheet saves it) and a meta
// file back to a dataset. The CSV gives the observations and may define new dimension items
// through its label columns; the meta file gives everything else (titles, sources, notes, units,
// defaults, and the dimension items already known). docs/editors.md describes the columns.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"

namespace tw {

struct CsvImportOptions {
  std::string csv_name = "data.csv";    ///< names the CSV in messages
  std::string meta_name = "meta.json";  ///< names the meta file in messages
  /// Called with the number of records read so far, every `progress_every` records.
  std::function<void(std::size_t records)> progress;
  std::size_t progress_every = 100000;
};

/// A dimension item that the CSV defined (the meta file did not have it).
struct NewItem {
  std::string dimension;  ///< "flow", "product", "partner" or "period"
  std::string id;
  Text label;
  int line = 0;  ///< the CSV line that first used it
};

struct CsvImport {
  Dataset dataset;
  std::vector<NewItem> new_items;
  std::string json;  ///< the dataset in the canonical layout (write_dataset_json); it loads cleanly
};

/// Builds and validates the dataset. Because two files are read, every diagnostic's `path` starts
/// with the file it is about, so Diagnostic::to_string() (without a file) is the message to show:
///   data.csv:14: column "value": expected a number or empty, got "12,3"
///   meta.json: meta.sources[2].url: expected an http:// or https:// address, got "ftp://x"
/// Warnings: unknown fields in the meta file, and CSV labels that replace the meta file's labels.
/// An empty value cell is null, never 0. Never throws.
Result<CsvImport> import_csv(std::string_view csv, std::string_view meta_json,
                             const CsvImportOptions& options = {});

/// The cell of the CSV that a diagnostic of import_csv names ("data.csv:14: column \"value\""),
/// for an editor to show it: the record's first line, the column's name as the header gives it,
/// and where the cell's text (quotes included) starts and ends on that line, in characters
/// (1-based; a cell over several lines ends at its first line's end). `column` is empty and the
/// range covers the record's first line when the diagnostic names a line but no column.
struct CsvCellPlace {
  int line = 0;
  std::string column;
  int first = 0;  ///< first character of the cell on `line`
  int last = 0;   ///< one past its last character on `line`
};

/// False when the diagnostic names no line of `csv_name`, or the line is not in `csv`.
bool csv_cell_of(std::string_view csv, const std::string& csv_name, const Diagnostic& diagnostic,
                 CsvCellPlace& place);

/// Cells copied from a spreadsheet (tab-separated, one row a line; a cell holding a tab, a line
/// break or a quote comes in quotes, with quotes doubled, as LibreOffice and Excel copy them) as
/// CSV text for import_csv, with the same lines: a cell gets quotes only when CSV needs them.
std::string csv_from_pasted_cells(std::string_view text);

/// Months of a period id that follows the convention: "2025-04", "2025-01/2025-09", "2025".
/// False for any other id (such a period must be defined in the meta file).
bool period_months_from_id(const std::string& id, int& start, int& end);

}  // namespace tw
