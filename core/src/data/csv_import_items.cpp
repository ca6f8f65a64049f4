#include "data/csv_import_items.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "data/csv_import_columns.h"
#include "data/csv_import_damage.h"
#include "data/json_cursor.h"

namespace tw::detail {

void ImportDimension::add_meta_item(ImportItem item) {
  item.from_meta = true;
  if (!item.id.empty()) by_id_.emplace(item.id, items_.size());
  items_.push_back(std::move(item));
  meta_count_ = items_.size();
}

std::size_t ImportDimension::position(const std::string& id, int line) {
  if (!last_id_.empty() && id == last_id_) return last_position_;
  auto it = by_id_.find(id);
  if (it == by_id_.end()) {
    ImportItem item;
    item.id = id;
    item.first_line = line;
    it = by_id_.emplace(id, items_.size()).first;
    items_.push_back(std::move(item));
  }
  last_id_ = id;
  last_position_ = it->second;
  return it->second;
}

void ImportDimension::take_label(const char* dimension, std::size_t position, int lang,
                                 const std::string& text, int line, int column, ImportLog& log) {
  if (text.empty()) return;
  ImportItem& item = items_[position];
  std::string& label = lang == 0 ? item.csv_label.en : item.csv_label.zh;
  if (item.label_line[lang] == 0) {
    label = text;
    item.label_line[lang] = line;
  } else if (label != text) {
    log.csv_error(line, column,
                  quote_text(text) + " differs from " + quote_text(label) + " on line " +
                      std::to_string(item.label_line[lang]) + " for " + dimension + " " +
                      quote_text(item.id) + " (one label per item)");
  }
}

namespace {

/// Refuses the label cells of an item that a spreadsheet changed (a date, a number, a wrong
/// character set); false when one was refused.
bool labels_undamaged(int d, const ImportItem& item, ImportLog& log) {
  bool ok = true;
  for (int lang = 0; lang < 2; ++lang) {
    if (item.label_line[lang] == 0) continue;
    const std::string& csv_text = lang == 0 ? item.csv_label.en : item.csv_label.zh;
    const std::string& meta_text = lang == 0 ? item.meta_label.en : item.meta_label.zh;
    const std::string damage =
        label_damage(csv_text, item.from_meta ? meta_text : std::string(), lang == 1,
                     std::string(kDimensionNames[d]) + " " + quote_text(item.id), log.meta_name);
    if (damage.empty()) continue;
    log.csv_error(item.label_line[lang], kFirstLabel + 2 * d + lang, damage);
    ok = false;
  }
  return ok;
}

/// A label edited in the spreadsheet replaces the meta file's label, with a warning.
void relabel(int d, const ImportItem& item, nlohmann::json& entry, ImportLog& log) {
  for (int lang = 0; lang < 2; ++lang) {
    if (item.label_line[lang] == 0) continue;
    const std::string& csv_text = lang == 0 ? item.csv_label.en : item.csv_label.zh;
    const std::string& meta_text = lang == 0 ? item.meta_label.en : item.meta_label.zh;
    if (csv_text == meta_text) continue;
    log.csv_warning(item.label_line[lang], kFirstLabel + 2 * d + lang,
                    quote_text(csv_text) + " replaces the label " + quote_text(meta_text) + " of " +
                        kDimensionNames[d] + " " + quote_text(item.id) + " in " + log.meta_name);
    nlohmann::json& label = entry["label"];
    if (!label.is_object()) label = nlohmann::json::object();
    label[lang == 0 ? "en" : "zh"] = csv_text;
  }
}

/// "start" and "end" of a new period from its id; false (with an error) when the id does not
/// give its months.
bool add_months(const ImportItem& item, nlohmann::json& entry, ImportLog& log) {
  int start = 0, end = 0;
  if (!period_months_from_id(item.id, start, end)) {
    log.csv_error(item.first_line, kPeriod,
                  "new period " + quote_text(item.id) +
                      " needs an id of the form YYYY-MM, YYYY-MM/YYYY-MM or YYYY so that its "
                      "months are known (or add it to dimensions.period in " +
                      log.meta_name + ")" +
                      (looks_like_date(item.id)
                           ? "; it looks like a date the spreadsheet made of a period id: open "
                             "the CSV with the id and label columns as Text"
                           : ""));
    return false;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", start / 12, start % 12 + 1);
  entry["start"] = buf;
  std::snprintf(buf, sizeof buf, "%04d-%02d", end / 12, end % 12 + 1);
  entry["end"] = buf;
  return true;
}

bool merge_all(const ImportDimension (&dims)[4], nlohmann::json& dimensions, ImportLog& log,
               std::vector<NewItem>& new_items) {
  bool ok = true;
  for (int d = 0; d < 4; ++d) {
    const char* name = kDimensionNames[d];
    nlohmann::json& list = dimensions[name];
    const std::string label_en = std::string(name) + "_label_en";
    const std::string label_zh = std::string(name) + "_label_zh";
    const auto& items = dims[d].items();
    for (std::size_t i = 0; i < items.size(); ++i) {
      const ImportItem& item = items[i];
      if (!labels_undamaged(d, item, log)) {
        ok = false;
        continue;
      }
      if (item.from_meta) {
        relabel(d, item, list[i], log);
        continue;
      }
      if (item.csv_label.en.empty() || item.csv_label.zh.empty()) {
        log.csv_error(item.first_line, -1,
                      std::string(name) + " " + quote_text(item.id) + " is not in " +
                          log.meta_name + ": give its labels in columns " + label_en + " and " +
                          label_zh + " (or add it to dimensions." + name + ")");
        ok = false;
        continue;
      }
      nlohmann::json entry = {{"id", item.id},
                              {"label", {{"en", item.csv_label.en}, {"zh", item.csv_label.zh}}}};
      if (d == kPeriod && !add_months(item, entry, log)) {
        ok = false;
        continue;
      }
      list.push_back(std::move(entry));
      new_items.push_back(NewItem{name, item.id, item.csv_label, item.first_line});
    }
  }
  return ok;
}

/// The line of a CSV diagnostic ("data.csv:34: ..."), or 0.
int line_of(const Diagnostic& d, const std::string& csv_name) {
  if (d.path.compare(0, csv_name.size() + 1, csv_name + ":") != 0) return 0;
  return std::atoi(d.path.c_str() + csv_name.size() + 1);
}

}  // namespace

bool merge_items(const ImportDimension (&dims)[4], nlohmann::json& dimensions, ImportLog& log,
                 std::vector<NewItem>& new_items) {
  const std::size_t first_error = log.errors.size();
  const bool ok = merge_all(dims, dimensions, log, new_items);
  // Items come in the meta file's order; the editor reads the messages in the file's order.
  std::stable_sort(log.errors.begin() + static_cast<std::ptrdiff_t>(first_error), log.errors.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     return line_of(a, log.csv_name) < line_of(b, log.csv_name);
                   });
  return ok;
}

}  // namespace tw::detail
