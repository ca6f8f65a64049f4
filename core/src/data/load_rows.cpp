#include "data/load_rows.h"

#include <cmath>
#include <limits>

#include "data/json_path.h"
#include "data/load_meta.h"

namespace tw::detail {

namespace {
// Figures are shown with all their digits: beyond 1e15 (a quadrillion tonnes, dollars...) a
// figure is a typing mistake, and its digits would not fit a reader's screen (query.cpp keeps
// derived figures within the same bound).
constexpr double kMaxFigure = 1e15;
// More digits after the point than a double holds for figures up to 1e3 (1e-20 shows as 0).
constexpr int kMaxDecimals = 12;
}  // namespace

RowReader::RowReader(std::string_view text, Dataset& ds, DiagnosticSink& sink)
    : text_(text), ds_(ds), sink_(sink) {
  const std::vector<Item>* dims[] = {&ds_.flows, &ds_.products, &ds_.partners};
  for (int k = 0; k < 3; ++k) {
    for (std::size_t i = 0; i < dims[k]->size(); ++i) {
      lookups_[k].add((*dims[k])[i].id, static_cast<int>(i));
    }
  }
  for (std::size_t i = 0; i < ds_.periods.size(); ++i) {
    lookups_[3].add(ds_.periods[i].id, static_cast<int>(i));
  }
  for (std::size_t i = 0; i < ds_.meta.sources.size(); ++i) {
    sources_.add(ds_.meta.sources[i].id, static_cast<int>(i));
  }
  for (std::size_t i = 0; i < ds_.meta.notes.size(); ++i) {
    notes_.add(ds_.meta.notes[i].id, static_cast<int>(i));
  }
}

void RowReader::read(std::size_t start, std::size_t rows) {
  JsonCursor c(text_, start);
  c.skip_ws();
  if (!c.consume('[')) {
    sink_.error_at(c.pos(), "observations",
                   "expected an array of rows, got " + describe_value_at(text_, c.pos()));
    return;
  }
  // Each regrowth would copy, and in wasm the old block stays in the heap's high-water mark.
  ds_.observations.reserve(rows);
  ds_.index.reserve(rows);
  c.skip_ws();
  if (c.consume(']')) return;
  for (std::size_t row = 0;; ++row) {
    if (!read_row(c, row)) return;
    c.skip_ws();
    if (c.consume(',')) {
      c.skip_ws();
      continue;
    }
    if (c.consume(']')) return;
    c.fail("expected ',' or ']' after a row, got " + describe_value_at(text_, c.pos()));
    syntax_error(c, "observations[" + std::to_string(row) + "]");
    return;
  }
}

bool RowReader::read_row(JsonCursor& c, std::size_t row) {
  // Paths are built only for messages: a string per row would be a malloc per row.
  auto row_path = [row]() { return "observations[" + std::to_string(row) + "]"; };
  const std::size_t row_start = c.pos();
  auto cell_path = [&](int col) {
    return row_path() + "[" + std::to_string(col) + "] (" + kColumnNames[col] + ")";
  };
  if (!c.consume('[')) {
    sink_.error_at(
        c.pos(), row_path(),
        "expected a row [flow, product, partner, period, measure, value, source, ref, note], "
        "got " +
            describe_value_at(text_, c.pos()));
    return false;
  }
  Observation obs;
  int dims[4] = {0, 0, 0, 0};
  bool row_ok = true;
  std::size_t value_offset = row_start;
  std::size_t source_offset = row_start;
  int col = 0;
  c.skip_ws();
  if (c.peek() == ']') {
    sink_.error_at(c.pos(), row_path(), "the row is empty (expected 7 to 9 cells)");
    c.consume(']');
    return !sink_.too_many_errors();
  }
  for (;; ++col) {
    c.skip_ws();
    const std::size_t cell = c.pos();
    if (col >= 9) {
      sink_.error_at(cell, row_path(),
                     "too many cells (at most 9: flow, product, partner, period, "
                     "measure, value, source, ref, note)");
      if (!c.skip_value(kMaxDepth)) {
        syntax_error(c, row_path());
        return false;
      }
      row_ok = false;
    } else if (col == 5) {
      value_offset = cell;
      const char ch = c.peek();
      const char after_sign = ch == '-' && cell + 1 < text_.size() ? text_[cell + 1] : ch;
      const bool not_json = after_sign == 'N' || after_sign == 'I';  // NaN, Infinity, -Infinity
      if (not_json) {
        sink_.error_at(cell, cell_path(col),
                       "expected a number or null, got " + describe_value_at(text_, cell) +
                           " (not valid JSON; write null for a missing figure)");
        return false;  // cannot step over a non-JSON token
      } else if (c.read_null()) {
        obs.value = std::numeric_limits<double>::quiet_NaN();
      } else if (ch == '-' || (ch >= '0' && ch <= '9')) {
        double v = 0;
        int decimals = 0;
        if (!c.read_number(v, decimals)) {
          syntax_error(c, cell_path(col));
          return false;
        }
        obs.value = v;
        obs.decimals = static_cast<std::uint8_t>(decimals > kMaxDecimals ? kMaxDecimals : decimals);
      } else {
        sink_.error_at(cell, cell_path(col),
                       "expected a number or null, got " + describe_value_at(text_, cell));
        if (!c.skip_value(kMaxDepth)) {
          syntax_error(c, cell_path(col));
          return false;
        }
        row_ok = false;
      }
    } else if (c.peek() == 'n' && col >= 6) {
      if (col == 6) source_offset = cell;
      if (!c.read_null()) {
        c.fail("expected a value, got " + describe_value_at(text_, cell));
        syntax_error(c, cell_path(col));
        return false;
      }
    } else if (c.peek() == '"') {
      std::string_view s;
      if (!c.read_string(s, scratch_)) {
        syntax_error(c, cell_path(col));
        return false;
      }
      if (col < 4) {
        const int pos = lookups_[col].find(s);
        if (pos == kNone) {
          sink_.error_at(cell, cell_path(col),
                         quote_text(s) + " is not a " + kColumnNames[col] +
                             " defined in dimensions." + kColumnNames[col]);
          row_ok = false;
        }
        dims[col] = pos;
      } else if (col == 4) {
        if (s == "volume") {
          obs.measure = Measure::volume;
        } else if (s == "yoy") {
          obs.measure = Measure::yoy;
        } else if (s == "share") {
          obs.measure = Measure::share;
        } else {
          sink_.error_at(cell, cell_path(col),
                         "expected \"volume\", \"yoy\" or \"share\", got " + quote_text(s));
          row_ok = false;
        }
      } else if (col == 6) {
        obs.source = sources_.find(s);
        if (obs.source == kNone) {
          sink_.error_at(cell, cell_path(col),
                         quote_text(s) + " is not a source id in meta.sources");
          row_ok = false;
        }
      } else if (col == 7) {
        const std::size_t chars = count_characters(s);
        if (chars > kMaxShortText) {
          sink_.error_at(cell, cell_path(col),
                         "too long: " + std::to_string(chars) + " characters (at most " +
                             std::to_string(kMaxShortText) + "), got " + quote_text(s));
          row_ok = false;
        } else {
          obs.ref = refs_.find(s);
          if (obs.ref == kNone) {
            obs.ref = static_cast<std::int32_t>(ds_.refs.size());
            ds_.refs.emplace_back(s);
            refs_.add(ds_.refs.back(), obs.ref);
          }
        }
      } else if (col == 8) {
        obs.note = notes_.find(s);
        if (obs.note == kNone) {
          sink_.error_at(cell, cell_path(col), quote_text(s) + " is not a note id in meta.notes");
          row_ok = false;
        }
      }
    } else {
      const char* expected = col < 4    ? "an id (a string)"
                             : col == 4 ? "\"volume\", \"yoy\" or \"share\""
                                        : "a string or null";
      const std::string got = describe_value_at(text_, cell);
      if (c.at_end()) {
        c.fail("unexpected end of file (the file looks truncated)");
        syntax_error(c, cell_path(col));
        return false;
      }
      sink_.error_at(cell, cell_path(col), std::string("expected ") + expected + ", got " + got);
      if (!c.skip_value(kMaxDepth)) {
        syntax_error(c, cell_path(col));
        return false;
      }
      row_ok = false;
    }
    c.skip_ws();
    if (c.consume(',')) continue;
    if (c.consume(']')) break;
    c.fail(c.at_end() ? "unexpected end of file (the file looks truncated)"
                      : "expected ',' or ']' in a row, got " + describe_value_at(text_, c.pos()));
    syntax_error(c, row_path());
    return false;
  }
  const int cells = col + 1;
  if (cells < 7) {
    sink_.error_at(
        row_start, row_path(),
        "expected at least 7 cells (flow, product, partner, period, measure, value, source), "
        "got " +
            std::to_string(cells));
    return !sink_.too_many_errors();
  }
  if (!row_ok) return !sink_.too_many_errors();

  obs.flow = static_cast<std::uint16_t>(dims[0]);
  obs.product = static_cast<std::uint16_t>(dims[1]);
  obs.partner = static_cast<std::uint16_t>(dims[2]);
  obs.period = static_cast<std::uint16_t>(dims[3]);
  if (obs.has_value()) {
    const double v = obs.value;
    std::string problem;
    if (!std::isfinite(v) || std::fabs(v) > kMaxFigure) {
      problem = "the number is too large (at most 1e15)";
    } else if (obs.measure == Measure::volume && v < 0) {
      problem = "a volume cannot be negative";
    } else if (obs.measure == Measure::share && (v < 0 || v > 100)) {
      problem = "a share must be between 0 and 100 (%)";
    } else if (obs.measure == Measure::yoy && v < -100) {
      problem = "a year-on-year change cannot fall below -100%";
    } else if (obs.source == kNone) {
      sink_.error_at(source_offset, cell_path(6),
                     "a figure needs a source (a meta.sources id), got null");
      return !sink_.too_many_errors();
    }
    if (!problem.empty()) {
      sink_.error_at(value_offset, cell_path(5),
                     problem + ", got " + describe_value_at(text_, value_offset));
      return !sink_.too_many_errors();
    }
  }
  const auto index = static_cast<std::int32_t>(ds_.observations.size());
  const std::int32_t previous = ds_.index.insert(
      ObservationIndex::key(obs.flow, obs.product, obs.partner, obs.period, obs.measure), index);
  if (previous != kNone) {
    sink_.error_at(row_start, row_path(),
                   "duplicates observations[" + std::to_string(previous) + "] (" +
                       ds_.flows[obs.flow].id + ", " + ds_.products[obs.product].id + ", " +
                       ds_.partners[obs.partner].id + ", " + ds_.periods[obs.period].id + ", " +
                       measure_id(obs.measure) +
                       "): keep one figure per cell and put the other in a note");
    return !sink_.too_many_errors();
  }
  ds_.observations.push_back(obs);
  return true;
}

}  // namespace tw::detail
