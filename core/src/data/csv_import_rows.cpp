#include "data/csv_import_rows.h"

#include <algorithm>

#include "data/csv_import_figure.h"
#include "data/json_cursor.h"
#include "trade_widget/csv.h"
#include "trade_widget/write_json.h"

namespace tw::detail {

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

  Figure figure = read_figure(cell(kValue), cell(kDecimals), columns_.has(kDecimals));
  if (!figure.error.empty()) log_.csv_error(line, figure.error_column, figure.error);
  const std::string& qualifier = cell(kQualifier);
  if (!qualifier.empty() && figure.error.empty()) {
    bool known = false;
    for (int k = 1; k < kQualifierCount; ++k) {
      known = known || qualifier == qualifier_id(static_cast<Qualifier>(k));
    }
    if (!known) {
      log_.csv_error(line, kQualifier,
                     "expected more_than, at_least, less_than, at_most, about or an empty cell, "
                     "got " +
                         quote_text(qualifier));
    } else if (figure.json == "null") {
      log_.csv_error(line, kQualifier,
                     "a qualified figure needs a value (a figure no source gives has an empty "
                     "value and no qualifier)");
    } else {
      figure.json = "{\"value\":" + figure.json + ",\"qualifier\":\"" + qualifier + "\"}";
    }
  }
  const std::string& source = cell(kSource);
  if (!source.empty() && !meta_.sources.count(source)) {
    log_.csv_error(line, kSource,
                   "unknown source " + quote_text(source) + " (add it to meta.sources in " +
                       log_.meta_name + ")");
  }
  // Several notes: their ids separated by spaces ("revised estimate").
  std::vector<std::string> notes;
  {
    const std::string& cell_text = cell(kNote);
    std::size_t at = 0;
    while (at < cell_text.size()) {
      const std::size_t end = std::min(cell_text.find(' ', at), cell_text.size());
      if (end > at) notes.push_back(cell_text.substr(at, end - at));
      at = end + 1;
    }
  }
  for (const std::string& note : notes) {
    if (!meta_.notes.count(note)) {
      log_.csv_error(
          line, kNote,
          "unknown note " + quote_text(note) + " (add it to meta.notes in " + log_.meta_name + ")");
    }
  }
  const std::string& unit = cell(kUnit);
  if (!unit.empty() && log_.errors.size() == errors_before) {
    // A product that declares a unit (meta.units.others) has its volumes in that unit.
    const auto declared = meta_.product_units.find(cell(kProduct));
    const bool own_unit = declared != meta_.product_units.end();
    const Text& volume = own_unit ? declared->second : meta_.volume_unit;
    const bool fits =
        measure == Measure::volume ? (unit == volume.en || unit == volume.zh) : unit == "%";
    if (!fits) {
      const std::string expected =
          measure == Measure::volume
              ? quote_text(volume.en) +
                    (own_unit ? " (the unit of product " + quote_text(cell(kProduct)) + " in " +
                                    log_.meta_name + ")"
                              : std::string(" (the dataset's volume unit)"))
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
  rows += figure.json;
  rows += "," + (source.empty() ? std::string("null") : json_string(source));
  rows += "," + (cell(kRef).empty() ? std::string("null") : json_string(cell(kRef)));
  if (notes.size() > 1) {
    std::string list;
    for (const std::string& note : notes) list += (list.empty() ? "[" : ",") + json_string(note);
    rows += "," + list + "]]";
  } else {
    rows += "," + (notes.empty() ? std::string("null") : json_string(notes[0])) + "]";
  }
  out_.lines.push_back(line);
}

}  // namespace tw::detail
