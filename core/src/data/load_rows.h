// Stage 4b of loading, schema of the rows: the observations array is read straight from the text
// (no tree: a million rows as nlohmann::json would take ten times the file's size), against the
// dimensions, sources and notes that the header stage read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "data/id_lookup.h"
#include "data/json_cursor.h"
#include "data/load_diagnostics.h"
#include "data/row_columns.h"
#include "trade_widget/dataset.h"

namespace tw::detail {

class RowReader {
 public:
  /// ds holds the header (dimensions, sources, notes); rows are added to it.
  RowReader(std::string_view text, Dataset& ds, DiagnosticSink& sink);

  /// Reads the array at offset start, which the syntax stage found to hold `rows` elements
  /// (an exact count: the rows and the index are allocated once, whatever the text holds).
  void read(std::size_t start, std::size_t rows);

 private:
  bool read_row(JsonCursor& c, std::size_t row);
  /// The value cell: a number, null, or {"value": number, "qualifier": "..."}. 1: read; 0: an
  /// error was reported and the cell stepped over; -1: the row cannot be read further.
  int read_value_cell(JsonCursor& c, Observation& obs, const std::string& path);
  int read_number_cell(JsonCursor& c, Observation& obs, const std::string& path);
  /// The note cell as a list of note ids ("note": ["a", "b"]); returns as read_value_cell.
  int read_note_list(JsonCursor& c, Observation& obs, const std::string& path);
  void syntax_error(const JsonCursor& c, const std::string& path) {
    sink_.error_at(c.error_pos(), path, c.error());
  }

  std::string_view text_;
  Dataset& ds_;
  DiagnosticSink& sink_;
  IdLookup lookups_[4];
  IdLookup sources_, notes_;
  IdLookup refs_;
  std::string scratch_;
};

}  // namespace tw::detail
