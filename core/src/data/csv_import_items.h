// The dimension items of an import: those of the meta file, and those the CSV's rows introduce.
// The rows step finds items and collects their label cells; the merge step (merge_items) then
// turns them into the dataset's dimension lists.
#pragma once

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "data/csv_import_log.h"
#include "trade_widget/csv_import.h"
#include "trade_widget/dataset.h"

namespace tw::detail {

struct ImportItem {
  std::string id;
  bool from_meta = false;
  Text meta_label;
  Text csv_label;  ///< the label cells' text, once a row gives it
  int label_line[2] = {0, 0};
  int first_line = 0;  ///< the CSV line that introduced a new item
};

/// One dimension's items: the meta file's first (same positions as in the file), then new ones.
class ImportDimension {
 public:
  /// An item of the meta file (an empty id when its entry is malformed: it keeps its position).
  void add_meta_item(ImportItem item);
  /// The position of the item with this id, adding a new item (first used on `line`) if needed.
  std::size_t position(const std::string& id, int line);
  /// Takes a label cell of a row (lang 0 English, 1 Chinese); a label that differs from an
  /// earlier row's is an error at column `column`.
  void take_label(const char* dimension, std::size_t position, int lang, const std::string& text,
                  int line, int column, ImportLog& log);

  const std::vector<ImportItem>& items() const { return items_; }
  std::size_t meta_count() const { return meta_count_; }

 private:
  std::unordered_map<std::string, std::size_t> by_id_;
  std::vector<ImportItem> items_;
  std::size_t meta_count_ = 0;
  // The previous row's id and position: tidy data repeats ids, so this skips most hashing.
  std::string last_id_;
  std::size_t last_position_ = 0;
};

/// Step 4: writes the items into `dimensions` (the meta file's "dimensions" object): a label the
/// CSV changed replaces the meta file's (with a warning); a new item is appended with its labels
/// (and a new period with its months). False when a new item lacks a label or a new period's id
/// does not give its months.
bool merge_items(const ImportDimension (&dims)[4], nlohmann::json& dimensions, ImportLog& log,
                 std::vector<NewItem>& new_items);

}  // namespace tw::detail
