// Step 0 of import_csv: the meta file, a dataset file without observations. It gives the ids the
// rows may use (sources, notes, dimension items with their labels) and the volume unit; its JSON
// tree becomes the written dataset, with the CSV's rows and new items added.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

#include "data/csv_import_items.h"
#include "data/csv_import_log.h"
#include "trade_widget/dataset.h"

namespace tw::detail {

struct ImportMeta {
  nlohmann::json tree;  ///< the file without "observations", with "format" and "dimensions"
  ImportDimension dims[4];
  std::unordered_map<std::string, int> sources;  ///< id -> position in meta.sources
  std::unordered_map<std::string, int> notes;    ///< id -> position in meta.notes
  Text volume_unit;
  /// Products of the meta file that declare a unit of meta.units.others: id -> that unit's label.
  std::unordered_map<std::string, Text> product_units;
};

/// Reads the meta file. Sets log.meta_text (the text without a byte-order mark) so that later
/// messages can give positions in it. False, with errors in log, when the file cannot serve.
/// Fields are checked later by the loader, on the whole dataset.
bool read_import_meta(std::string_view text, ImportLog& log, ImportMeta& out);

}  // namespace tw::detail
