#include "trade_widget/csv_import.h"

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "data/csv_reader.h"
#include "data/json_cursor.h"
#include "data/load_meta.h"
#include "trade_widget/csv.h"
#include "trade_widget/load.h"
#include "trade_widget/write_json.h"

namespace tw {

namespace {

using json = nlohmann::json;
using detail::quote_text;

constexpr std::size_t kMaxErrors = 100;
constexpr int kMaxDepth = 64;

// Columns by their position in csv_columns().
enum Column {
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
  kFirstLabel,  // flow_label_en, flow_label_zh, product_label_en, ...
  kColumnCount = kFirstLabel + 8
};
constexpr int kRequiredColumns = kValue + 1;  // flow ... value
const char* const kDimensions[] = {"flow", "product", "partner", "period"};

struct ItemState {
  std::string id;
  bool from_meta = false;
  Text meta_label;
  Text csv_label;  ///< the label cells' text, once a row gives it
  int label_line[2] = {0, 0};
  int first_line = 0;  ///< the CSV line that introduced a new item
};

struct Dimension {
  std::unordered_map<std::string, std::size_t> by_id;
  std::vector<ItemState> items;  ///< meta items first (same positions as in the file), then new
  std::size_t meta_count = 0;
  // The previous row's id and position: tidy data repeats ids, so this skips most hashing.
  std::string last_id;
  std::size_t last_position = 0;
};

/// The strict JSON number grammar, so that the dataset file gets exactly the cell's digits.
bool is_json_number(std::string_view s) {
  std::size_t i = 0;
  const auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  if (i < s.size() && s[i] == '-') ++i;
  if (!digit(i)) return false;
  if (s[i] == '0') {
    ++i;
  } else {
    while (digit(i)) ++i;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
  }
  return i == s.size();
}

/// What to do about a value cell that is not a number.
std::string number_hint(const std::string& s) {
  static const char* const kMissing[] = {"NA", "N/A",  "n/a",  "na",  "nf",  "-",  "--", "—",
                                         "–",  "null", "NULL", "NaN", "nan", "..", "x"};
  for (const char* m : kMissing) {
    if (s == m) return " (leave the cell empty when no source gives the figure)";
  }
  if (s.find(',') != std::string::npos) {
    return " (write the number without thousands separators, with a decimal point: 1234.5)";
  }
  if (!s.empty() && s.back() == '%') return " (write the number without the % sign)";
  if (s.rfind("\u2212", 0) == 0) return " (use the ASCII minus sign -)";
  if (!s.empty() && s.front() == '+') return " (write the number without the + sign)";
  if (s.find(' ') != std::string::npos || s.find('\t') != std::string::npos) {
    return " (remove the spaces)";
  }
  return "";
}

class Importer {
 public:
  Importer(std::string_view csv, std::string_view meta, const CsvImportOptions& options)
      : csv_(csv), meta_text_(meta), options_(options) {}

  Result<CsvImport> run();

 private:
  bool read_meta();
  bool read_header(detail::CsvReader& reader, std::vector<std::string>& cells);
  void read_record(std::vector<std::string>& cells, int line);
  std::size_t item_position(int dim, const std::string& id, int line);
  void take_label(int dim, ItemState& item, int lang, const std::string& text, int line);
  bool finish_items();
  Result<CsvImport> build();
  Diagnostic located(const Diagnostic& d) const;
  std::string lines_for_rows(const std::string& message) const;

  void csv_error(int line, int column, std::string message) {
    std::string path = options_.csv_name + ":" + std::to_string(line);
    if (column >= 0) path += ": column \"" + csv_columns()[static_cast<std::size_t>(column)] + "\"";
    errors_.push_back(Diagnostic{std::move(path), std::move(message), 0, 0});
  }
  void meta_error(const std::string& path, std::string message, std::size_t offset = 0,
                  bool has_offset = false) {
    Diagnostic d{options_.meta_name + (path.empty() ? "" : ": " + path), std::move(message), 0, 0};
    if (has_offset) {
      const auto p = detail::position_of(meta_text_, offset);
      d.line = p.line;
      d.column = p.column;
    }
    errors_.push_back(std::move(d));
  }
  bool too_many_errors() const { return errors_.size() >= kMaxErrors; }

  std::string_view csv_;
  std::string_view meta_text_;
  const CsvImportOptions& options_;
  json tree_;
  Dimension dims_[4];
  std::unordered_map<std::string, int> sources_, notes_;
  Text unit_;
  int column_of_[kColumnCount];  // header position of each known column, or -1
  std::size_t cell_count_ = 0;
  std::string rows_;            // observation rows as JSON text
  std::vector<int> row_lines_;  // CSV line of each observation row
  ObservationIndex keys_;
  std::vector<Diagnostic> errors_;
  std::vector<Diagnostic> warnings_;
  std::vector<NewItem> new_items_;
};

bool Importer::read_meta() {
  if (meta_text_.substr(0, 3) == "\xEF\xBB\xBF") meta_text_.remove_prefix(3);
  const std::size_t bad = detail::find_invalid_utf8(meta_text_);
  if (bad != std::string_view::npos) {
    meta_error("", "invalid UTF-8 (save the file as UTF-8)", bad, true);
    return false;
  }
  detail::JsonCursor c(meta_text_);
  c.skip_ws();
  if (c.at_end()) {
    meta_error("", "the file is empty (expected a JSON object with meta and dimensions)");
    return false;
  }
  if (!c.skip_value(kMaxDepth)) {
    meta_error("", c.error(), c.error_pos(), true);
    return false;
  }
  c.skip_ws();
  if (!c.at_end()) {
    meta_error("", "unexpected text after the JSON object", c.pos(), true);
    return false;
  }
  tree_ = json::parse(meta_text_, nullptr, false);
  if (tree_.is_discarded() || !tree_.is_object()) {
    meta_error("",
               "expected a JSON object with meta and dimensions, got " +
                   (tree_.is_discarded() ? std::string("invalid JSON") : detail::describe(tree_)));
    return false;
  }
  const auto obs = tree_.find("observations");
  if (obs != tree_.end()) {
    if (!obs->is_array() || !obs->empty()) {
      meta_error(
          "observations",
          "a meta file holds no observations (the CSV gives every row), got " +
              (obs->is_array() ? std::to_string(obs->size()) + " rows" : detail::describe(*obs)) +
              "; `trade-widget export-csv --meta-out` writes a meta file");
      return false;
    }
    tree_.erase("observations");
  }
  if (!tree_.contains("format")) tree_["format"] = kFormatId;

  // Ids the rows may use. Malformed entries still take a position, so that positions match the
  // loader's; the loader reports them.
  const auto collect = [](const json& list, std::unordered_map<std::string, int>& out) {
    if (!list.is_array()) return;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const json& e = list[i];
      if (!e.is_object()) continue;
      const auto id = e.find("id");
      if (id != e.end() && id->is_string()) {
        out.emplace(id->get<std::string>(), static_cast<int>(i));
      }
    }
  };
  const auto text_of = [](const json& parent, const char* field, Text& out) {
    const auto it = parent.find(field);
    if (it == parent.end() || !it->is_object()) return;
    const auto en = it->find("en");
    const auto zh = it->find("zh");
    if (en != it->end() && en->is_string()) out.en = en->get<std::string>();
    if (zh != it->end() && zh->is_string()) out.zh = zh->get<std::string>();
  };
  const auto meta = tree_.find("meta");
  if (meta != tree_.end() && meta->is_object()) {
    if (meta->contains("sources")) collect((*meta)["sources"], sources_);
    if (meta->contains("notes")) collect((*meta)["notes"], notes_);
    const auto units = meta->find("units");
    if (units != meta->end() && units->is_object()) text_of(*units, "volume", unit_);
  }
  json& dims = tree_["dimensions"];
  if (dims.is_null()) dims = json::object();
  if (!dims.is_object()) {
    meta_error("dimensions",
               "expected an object with flow, product, partner and period lists, got " +
                   detail::describe(dims));
    return false;
  }
  bool ok = true;
  for (int d = 0; d < 4; ++d) {
    json& list = dims[kDimensions[d]];
    if (list.is_null()) list = json::array();
    if (!list.is_array()) {
      meta_error(std::string("dimensions.") + kDimensions[d],
                 "expected an array of items, got " + detail::describe(list));
      ok = false;
      continue;
    }
    Dimension& dim = dims_[d];
    dim.meta_count = list.size();
    for (std::size_t i = 0; i < list.size(); ++i) {
      ItemState item;
      item.from_meta = true;
      if (list[i].is_object()) {
        const auto id = list[i].find("id");
        if (id != list[i].end() && id->is_string()) item.id = id->get<std::string>();
        text_of(list[i], "label", item.meta_label);
      }
      if (!item.id.empty()) dim.by_id.emplace(item.id, i);
      dim.items.push_back(std::move(item));
    }
  }
  return ok;
}

bool Importer::read_header(detail::CsvReader& reader, std::vector<std::string>& cells) {
  const auto& known = csv_columns();
  for (int& c : column_of_) c = -1;
  if (!reader.next(cells)) {
    if (!reader.error().empty()) {
      csv_error(reader.line(), -1, reader.error());
    } else {
      csv_error(1, -1, "the file is empty (expected a header line: flow,product,partner,...)");
    }
    return false;
  }
  if (cells.size() == 1 && cells[0].find(';') != std::string::npos) {
    csv_error(1, -1,
              "the header has one column " + quote_text(cells[0]) +
                  ": the file uses ; between cells; save it as \"CSV UTF-8 (comma delimited)\"");
    return false;
  }
  cell_count_ = cells.size();
  bool ok = true;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string& name = cells[i];
    std::size_t k = 0;
    while (k < known.size() && known[k] != name) ++k;
    if (k == known.size()) {
      std::string list;
      for (const auto& n : known) list += (list.empty() ? "" : ", ") + n;
      csv_error(1, -1,
                "unknown column " + quote_text(name) + " (cell " + std::to_string(i + 1) +
                    "); the columns are: " + list);
      ok = false;
    } else if (column_of_[k] >= 0) {
      csv_error(1, -1, "column " + quote_text(name) + " appears twice");
      ok = false;
    } else {
      column_of_[k] = static_cast<int>(i);
    }
  }
  for (int k = 0; k < kRequiredColumns; ++k) {
    if (column_of_[k] < 0) {
      csv_error(1, -1, "missing column " + quote_text(known[static_cast<std::size_t>(k)]));
      ok = false;
    }
  }
  return ok;
}

std::size_t Importer::item_position(int d, const std::string& id, int line) {
  Dimension& dim = dims_[d];
  if (!dim.last_id.empty() && id == dim.last_id) return dim.last_position;
  auto it = dim.by_id.find(id);
  if (it == dim.by_id.end()) {
    ItemState item;
    item.id = id;
    item.first_line = line;
    it = dim.by_id.emplace(id, dim.items.size()).first;
    dim.items.push_back(std::move(item));
  }
  dim.last_id = id;
  dim.last_position = it->second;
  return it->second;
}

void Importer::take_label(int d, ItemState& item, int lang, const std::string& text, int line) {
  if (text.empty()) return;
  std::string& label = lang == 0 ? item.csv_label.en : item.csv_label.zh;
  if (item.label_line[lang] == 0) {
    label = text;
    item.label_line[lang] = line;
  } else if (label != text) {
    csv_error(line, kFirstLabel + 2 * d + lang,
              quote_text(text) + " differs from " + quote_text(label) + " on line " +
                  std::to_string(item.label_line[lang]) + " for " + kDimensions[d] + " " +
                  quote_text(item.id) + " (one label per item)");
  }
}

void Importer::read_record(std::vector<std::string>& cells, int line) {
  bool blank = true;
  for (const auto& c : cells) blank = blank && c.empty();
  if (blank) return;  // empty lines and rows of empty cells carry nothing
  if (cells.size() != cell_count_) {
    csv_error(line, -1,
              "expected " + std::to_string(cell_count_) + " cells as in the header line, got " +
                  std::to_string(cells.size()));
    return;
  }
  for (auto& c : cells) {
    if (c.size() > 1 && c[0] == '\'') c = csv_unguard(c);
  }
  const auto cell = [&](int column) -> const std::string& {
    static const std::string empty;
    return column_of_[column] < 0 ? empty : cells[static_cast<std::size_t>(column_of_[column])];
  };
  const std::size_t errors_before = errors_.size();

  std::size_t positions[4] = {0, 0, 0, 0};
  for (int d = 0; d < 4; ++d) {
    const std::string& id = cell(kFlow + d);
    if (id.empty()) {
      csv_error(line, kFlow + d, std::string("empty; every row needs a ") + kDimensions[d] + " id");
      continue;
    }
    positions[d] = item_position(d, id, line);
    ItemState& item = dims_[d].items[positions[d]];
    take_label(d, item, 0, cell(kFirstLabel + 2 * d), line);
    take_label(d, item, 1, cell(kFirstLabel + 2 * d + 1), line);
  }

  const std::string& measure_text = cell(kMeasure);
  Measure measure = Measure::volume;
  if (measure_text == "yoy") {
    measure = Measure::yoy;
  } else if (measure_text == "share") {
    measure = Measure::share;
  } else if (measure_text != "volume") {
    csv_error(line, kMeasure, "expected volume, yoy or share, got " + quote_text(measure_text));
  }

  const std::string& value = cell(kValue);
  if (!value.empty() && !is_json_number(value)) {
    csv_error(line, kValue,
              "expected a number or empty, got " + quote_text(value) + number_hint(value));
  }
  const std::string& source = cell(kSource);
  if (!source.empty() && !sources_.count(source)) {
    csv_error(line, kSource,
              "unknown source " + quote_text(source) + " (add it to meta.sources in " +
                  options_.meta_name + ")");
  }
  const std::string& note = cell(kNote);
  if (!note.empty() && !notes_.count(note)) {
    csv_error(line, kNote,
              "unknown note " + quote_text(note) + " (add it to meta.notes in " +
                  options_.meta_name + ")");
  }
  const std::string& unit = cell(kUnit);
  if (!unit.empty() && errors_.size() == errors_before) {
    const bool fits =
        measure == Measure::volume ? (unit == unit_.en || unit == unit_.zh) : unit == "%";
    if (!fits) {
      const std::string expected = measure == Measure::volume
                                       ? quote_text(unit_.en) + " (the dataset's volume unit)"
                                       : std::string("\"%\"");
      csv_error(line, kUnit,
                "expected " + expected + " for a " + measure_text + ", got " + quote_text(unit));
    }
  }
  if (errors_.size() != errors_before) return;

  bool small = true;
  for (const std::size_t p : positions) small = small && p <= 0xFFFF;
  if (small) {  // larger dimensions are refused by the loader; their keys would not be unique
    const auto previous =
        keys_.insert(ObservationIndex::key(
                         static_cast<int>(positions[0]), static_cast<int>(positions[1]),
                         static_cast<int>(positions[2]), static_cast<int>(positions[3]), measure),
                     static_cast<std::int32_t>(row_lines_.size()));
    if (previous != kNone) {
      csv_error(line, -1,
                "the same flow, product, partner, period and measure as line " +
                    std::to_string(row_lines_[static_cast<std::size_t>(previous)]) +
                    ": keep one figure per cell and put the other in a note");
      return;
    }
  }

  rows_ += row_lines_.empty() ? "\n[" : ",\n[";
  for (int d = 0; d < 4; ++d) rows_ += json_string(cell(kFlow + d)) + ",";
  rows_ += "\"" + measure_text + "\",";
  rows_ += value.empty() ? "null" : value;
  rows_ += "," + (source.empty() ? std::string("null") : json_string(source));
  rows_ += "," + (cell(kRef).empty() ? std::string("null") : json_string(cell(kRef)));
  rows_ += "," + (note.empty() ? std::string("null") : json_string(note)) + "]";
  row_lines_.push_back(line);
}

bool Importer::finish_items() {
  bool ok = true;
  json& dims = tree_["dimensions"];
  for (int d = 0; d < 4; ++d) {
    Dimension& dim = dims_[d];
    json& list = dims[kDimensions[d]];
    const std::string label_en = std::string(kDimensions[d]) + "_label_en";
    const std::string label_zh = std::string(kDimensions[d]) + "_label_zh";
    for (std::size_t i = 0; i < dim.items.size(); ++i) {
      ItemState& item = dim.items[i];
      if (item.from_meta) {
        // A label edited in the spreadsheet replaces the meta file's label, with a warning.
        for (int lang = 0; lang < 2; ++lang) {
          if (item.label_line[lang] == 0) continue;
          const std::string& csv_text = lang == 0 ? item.csv_label.en : item.csv_label.zh;
          const std::string& meta_text = lang == 0 ? item.meta_label.en : item.meta_label.zh;
          if (csv_text == meta_text) continue;
          warnings_.push_back(Diagnostic{
              options_.csv_name + ":" + std::to_string(item.label_line[lang]) + ": column \"" +
                  (lang == 0 ? label_en : label_zh) + "\"",
              quote_text(csv_text) + " replaces the label " + quote_text(meta_text) + " of " +
                  kDimensions[d] + " " + quote_text(item.id) + " in " + options_.meta_name,
              0, 0});
          json& label = list[i]["label"];
          if (!label.is_object()) label = json::object();
          label[lang == 0 ? "en" : "zh"] = csv_text;
        }
        continue;
      }
      if (item.csv_label.en.empty() || item.csv_label.zh.empty()) {
        csv_error(item.first_line, -1,
                  std::string(kDimensions[d]) + " " + quote_text(item.id) + " is not in " +
                      options_.meta_name + ": give its labels in columns " + label_en + " and " +
                      label_zh + " (or add it to dimensions." + kDimensions[d] + ")");
        ok = false;
        continue;
      }
      json entry = {{"id", item.id},
                    {"label", {{"en", item.csv_label.en}, {"zh", item.csv_label.zh}}}};
      if (d == kPeriod) {
        int start = 0, end = 0;
        if (!period_months_from_id(item.id, start, end)) {
          csv_error(item.first_line, kPeriod,
                    "new period " + quote_text(item.id) +
                        " needs an id of the form YYYY-MM, YYYY-MM/YYYY-MM or YYYY so that its "
                        "months are known (or add it to dimensions.period in " +
                        options_.meta_name + ")");
          ok = false;
          continue;
        }
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d", start / 12, start % 12 + 1);
        entry["start"] = buf;
        std::snprintf(buf, sizeof buf, "%04d-%02d", end / 12, end % 12 + 1);
        entry["end"] = buf;
      }
      list.push_back(std::move(entry));
      new_items_.push_back(NewItem{kDimensions[d], item.id, item.csv_label, item.first_line});
    }
  }
  return ok;
}

/// "duplicates observations[3] (...)" -> "duplicates line 5 (...)".
std::string Importer::lines_for_rows(const std::string& message) const {
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
                                : row_lines_.size();
    out += message.substr(pos, at - pos);
    out += row < row_lines_.size() ? "line " + std::to_string(row_lines_[row])
                                   : message.substr(at, close + 1 - at);
    pos = close + 1;
  }
  return out + message.substr(pos);
}

/// A loader diagnostic about the generated document, told in terms of the two input files.
Diagnostic Importer::located(const Diagnostic& d) const {
  Diagnostic out{"", lines_for_rows(d.message), 0, 0};  // lines of the generated text mean nothing
  const std::string& p = d.path;
  if (p.rfind("observations[", 0) == 0) {
    const std::size_t close = p.find(']');
    const std::size_t row = std::strtoul(p.c_str() + 13, nullptr, 10);
    out.path = options_.csv_name + ":" +
               (row < row_lines_.size() ? std::to_string(row_lines_[row]) : std::string("?"));
    const std::size_t open = p.find(" (", close);
    if (open != std::string::npos) {
      out.path += ": column \"" + p.substr(open + 2, p.size() - open - 3) + "\"";
    }
    return out;
  }
  if (p.rfind("observations", 0) == 0) {
    out.path = options_.csv_name;
    return out;
  }
  for (int d = 0; d < 4; ++d) {
    const std::string prefix = std::string("dimensions.") + kDimensions[d] + "[";
    if (p.rfind(prefix, 0) != 0) continue;
    const std::size_t i = std::strtoul(p.c_str() + prefix.size(), nullptr, 10);
    if (i >= dims_[d].meta_count && i < dims_[d].items.size()) {
      out.path = options_.csv_name + ":" + std::to_string(dims_[d].items[i].first_line) + ": " + p;
      return out;
    }
  }
  out.path = options_.meta_name + (p.empty() ? "" : ": " + p);
  return out;
}

Result<CsvImport> Importer::build() {
  std::string doc = tree_.dump(-1, ' ', false, json::error_handler_t::replace);
  doc.pop_back();  // the closing brace: the rows follow
  doc += ",\"observations\":[" + rows_ + "\n]}";
  rows_.clear();
  rows_.shrink_to_fit();
  auto loaded = load_dataset(doc);
  doc.clear();
  doc.shrink_to_fit();
  for (const auto& w : loaded.warnings()) warnings_.push_back(located(w));
  if (!loaded.ok()) {
    for (const auto& e : loaded.errors()) errors_.push_back(located(e));
    return Result<CsvImport>::failure(errors_, warnings_);
  }
  CsvImport out;
  out.json = write_dataset_json(loaded.value());
  // The file written is the file checked: load the canonical text itself.
  auto final_check = load_dataset(out.json);
  if (!final_check.ok()) {
    for (const auto& e : final_check.errors()) {
      errors_.push_back(Diagnostic{"(written dataset) " + e.path, e.message, e.line, e.column});
    }
    return Result<CsvImport>::failure(errors_, warnings_);
  }
  out.dataset = std::move(final_check.value());
  out.new_items = std::move(new_items_);
  return Result<CsvImport>::success(std::move(out), warnings_);
}

Result<CsvImport> Importer::run() {
  if (!read_meta()) return Result<CsvImport>::failure(errors_, warnings_);
  const std::size_t bad = detail::find_invalid_utf8(csv_);
  if (bad != std::string_view::npos) {
    const auto p = detail::position_of(csv_, bad);
    csv_error(p.line, -1,
              "invalid UTF-8 at byte " + std::to_string(bad) +
                  " (save the spreadsheet as \"CSV UTF-8\")");
    return Result<CsvImport>::failure(errors_, warnings_);
  }
  detail::CsvReader reader(csv_);
  std::vector<std::string> cells;
  if (!read_header(reader, cells)) return Result<CsvImport>::failure(errors_, warnings_);
  keys_.reserve(csv_.size() / 64);
  rows_.reserve(csv_.size() / 2);
  std::size_t records = 0;
  while (reader.next(cells)) {
    read_record(cells, reader.line());
    if (too_many_errors()) {
      csv_error(reader.line(), -1, "too many errors; stopped here (fix the ones above first)");
      return Result<CsvImport>::failure(errors_, warnings_);
    }
    if (++records % options_.progress_every == 0 && options_.progress) options_.progress(records);
  }
  if (!reader.error().empty()) {
    csv_error(reader.line(), -1, reader.error());
    return Result<CsvImport>::failure(errors_, warnings_);
  }
  if (row_lines_.empty() && errors_.empty()) {
    csv_error(reader.line(), -1, "no observation rows after the header line");
  }
  if (!finish_items() || !errors_.empty()) return Result<CsvImport>::failure(errors_, warnings_);
  return build();
}

}  // namespace

bool period_months_from_id(const std::string& id, int& start, int& end) {
  if (id.size() == 4) {
    start = detail::parse_year_month(id + "-01");
    end = start + 11;
    return start >= 0;
  }
  if (id.size() == 7) {
    start = end = detail::parse_year_month(id);
    return start >= 0;
  }
  if (id.size() == 15 && id[7] == '/') {
    start = detail::parse_year_month(id.substr(0, 7));
    end = detail::parse_year_month(id.substr(8));
    return start >= 0 && end >= start;
  }
  return false;
}

Result<CsvImport> import_csv(std::string_view csv, std::string_view meta_json,
                             const CsvImportOptions& options) {
  return Importer(csv, meta_json, options).run();
}

}  // namespace tw
