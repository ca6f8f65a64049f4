#include "data/csv_import_rows.h"

#include "data/json_cursor.h"
#include "trade_widget/csv.h"
#include "trade_widget/write_json.h"

namespace tw::detail {

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

bool RowReader::read_items(const std::vector<std::string>& cells, int line,
                           std::size_t (&positions)[4]) {
  bool ok = true;
  for (int d = 0; d < 4; ++d) {
    const std::string& id = columns_.cell(cells, kFlow + d);
    if (id.empty()) {
      log_.csv_error(line, kFlow + d,
                     std::string("empty; every row needs a ") + kDimensionNames[d] + " id");
      ok = false;
      continue;
    }
    ImportDimension& dim = meta_.dims[d];
    positions[d] = dim.position(id, line);
    for (int lang = 0; lang < 2; ++lang) {
      const int column = kFirstLabel + 2 * d + lang;
      dim.take_label(kDimensionNames[d], positions[d], lang, columns_.cell(cells, column), line,
                     column, log_);
    }
  }
  return ok;
}

bool RowReader::unique_key(const std::size_t (&positions)[4], Measure measure, int line) {
  for (const std::size_t p : positions) {
    // Larger dimensions are refused by the loader; their keys would not be unique.
    if (p > 0xFFFF) return true;
  }
  const auto previous =
      out_.keys.insert(ObservationIndex::key(
                           static_cast<int>(positions[0]), static_cast<int>(positions[1]),
                           static_cast<int>(positions[2]), static_cast<int>(positions[3]), measure),
                       static_cast<std::int32_t>(out_.lines.size()));
  if (previous == kNone) return true;
  log_.csv_error(line, -1,
                 "the same flow, product, partner, period and measure as line " +
                     std::to_string(out_.lines[static_cast<std::size_t>(previous)]) +
                     ": keep one figure per cell and put the other in a note");
  return false;
}

void RowReader::read(std::vector<std::string>& cells, int line) {
  bool blank = true;
  for (const auto& c : cells) blank = blank && c.empty();
  if (blank) return;  // empty lines and rows of empty cells carry nothing
  if (cells.size() != columns_.cell_count()) {
    log_.csv_error(line, -1,
                   "expected " + std::to_string(columns_.cell_count()) +
                       " cells as in the header line, got " + std::to_string(cells.size()));
    return;
  }
  for (auto& c : cells) {
    if (c.size() > 1 && c[0] == '\'') c = csv_unguard(c);
  }
  const auto cell = [&](int column) -> const std::string& { return columns_.cell(cells, column); };
  const std::size_t errors_before = log_.errors.size();

  std::size_t positions[4] = {0, 0, 0, 0};
  read_items(cells, line, positions);

  const std::string& measure_text = cell(kMeasure);
  Measure measure = Measure::volume;
  if (measure_text == "yoy") {
    measure = Measure::yoy;
  } else if (measure_text == "share") {
    measure = Measure::share;
  } else if (measure_text != "volume") {
    log_.csv_error(line, kMeasure,
                   "expected volume, yoy or share, got " + quote_text(measure_text));
  }

  const std::string& value = cell(kValue);
  if (!value.empty() && !is_json_number(value)) {
    log_.csv_error(line, kValue,
                   "expected a number or empty, got " + quote_text(value) + number_hint(value));
  }
  const std::string& source = cell(kSource);
  if (!source.empty() && !meta_.sources.count(source)) {
    log_.csv_error(line, kSource,
                   "unknown source " + quote_text(source) + " (add it to meta.sources in " +
                       log_.meta_name + ")");
  }
  const std::string& note = cell(kNote);
  if (!note.empty() && !meta_.notes.count(note)) {
    log_.csv_error(
        line, kNote,
        "unknown note " + quote_text(note) + " (add it to meta.notes in " + log_.meta_name + ")");
  }
  const std::string& unit = cell(kUnit);
  if (!unit.empty() && log_.errors.size() == errors_before) {
    const Text& volume = meta_.volume_unit;
    const bool fits =
        measure == Measure::volume ? (unit == volume.en || unit == volume.zh) : unit == "%";
    if (!fits) {
      const std::string expected = measure == Measure::volume
                                       ? quote_text(volume.en) + " (the dataset's volume unit)"
                                       : std::string("\"%\"");
      log_.csv_error(
          line, kUnit,
          "expected " + expected + " for a " + measure_text + ", got " + quote_text(unit));
    }
  }
  if (log_.errors.size() != errors_before) return;
  if (!unique_key(positions, measure, line)) return;

  std::string& rows = out_.json;
  rows += out_.lines.empty() ? "\n[" : ",\n[";
  for (int d = 0; d < 4; ++d) rows += json_string(cell(kFlow + d)) + ",";
  rows += "\"" + measure_text + "\",";
  rows += value.empty() ? "null" : value;
  rows += "," + (source.empty() ? std::string("null") : json_string(source));
  rows += "," + (cell(kRef).empty() ? std::string("null") : json_string(cell(kRef)));
  rows += "," + (note.empty() ? std::string("null") : json_string(note)) + "]";
  out_.lines.push_back(line);
}

}  // namespace tw::detail
