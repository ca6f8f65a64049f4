#include "data/load_rows.h"

#include <algorithm>
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

int RowReader::read_number_cell(JsonCursor& c, Observation& obs, const std::string& path) {
  const std::size_t cell = c.pos();
  const char ch = c.peek();
  const char after_sign = ch == '-' && cell + 1 < text_.size() ? text_[cell + 1] : ch;
  const bool not_json = after_sign == 'N' || after_sign == 'I';  // NaN, Infinity, -Infinity
  if (not_json) {
    sink_.error_at(cell, path,
                   "expected a number or null, got " + describe_value_at(text_, cell) +
                       " (not valid JSON; write null for a missing figure)");
    return -1;  // cannot step over a non-JSON token
  }
  if (c.read_null()) {
    obs.value = std::numeric_limits<double>::quiet_NaN();
    return 1;
  }
  if (ch == '-' || (ch >= '0' && ch <= '9')) {
    double v = 0;
    int decimals = 0;
    if (!c.read_number(v, decimals)) {
      syntax_error(c, path);
      return -1;
    }
    obs.value = v;
    obs.decimals = static_cast<std::uint8_t>(decimals > kMaxDecimals ? kMaxDecimals : decimals);
    return 1;
  }
  sink_.error_at(cell, path, "expected a number or null, got " + describe_value_at(text_, cell));
  if (!c.skip_value(kMaxDepth)) {
    syntax_error(c, path);
    return -1;
  }
  return 0;
}

int RowReader::read_value_cell(JsonCursor& c, Observation& obs, const std::string& path) {
  const std::size_t cell = c.pos();
  if (!c.consume('{')) return read_number_cell(c, obs, path);
  // {"value": 80, "qualifier": "more_than"}: a figure the source words as a bound or "about".
  bool ok = true;
  bool has_value = false;
  bool has_qualifier = false;
  c.skip_ws();
  if (!c.consume('}')) {
    for (;;) {
      c.skip_ws();
      const std::size_t key_at = c.pos();
      std::string_view key;
      if (!c.read_string(key, scratch_)) {
        syntax_error(c, path);
        return -1;
      }
      const std::string name(key);
      c.skip_ws();
      c.consume(':');
      c.skip_ws();
      const std::size_t at = c.pos();
      if (name == "value") {
        has_value = true;
        const int read = read_number_cell(c, obs, path + ".value");
        if (read < 0) return -1;
        if (read == 0) ok = false;
      } else if (name == "qualifier") {
        has_qualifier = true;
        std::string_view q;
        bool known = false;
        if (c.peek() == '"') {
          if (!c.read_string(q, scratch_)) {
            syntax_error(c, path + ".qualifier");
            return -1;
          }
          for (int k = 1; k < kQualifierCount; ++k) {
            if (q == qualifier_id(static_cast<Qualifier>(k))) {
              obs.qualifier = static_cast<Qualifier>(k);
              known = true;
            }
          }
        } else if (!c.skip_value(kMaxDepth)) {
          syntax_error(c, path + ".qualifier");
          return -1;
        }
        if (!known) {
          sink_.error_at(at, path + ".qualifier",
                         "expected \"more_than\", \"at_least\", \"less_than\", \"at_most\" or "
                         "\"about\", got " +
                             describe_value_at(text_, at));
          ok = false;
        }
      } else {
        sink_.error_at(key_at, path,
                       "unknown field " + quote_text(name) +
                           " in a qualified value (expected \"value\" and \"qualifier\")");
        if (!c.skip_value(kMaxDepth)) {
          syntax_error(c, path);
          return -1;
        }
        ok = false;
      }
      c.skip_ws();
      if (c.consume(',')) continue;
      if (c.consume('}')) break;
      c.fail("expected ',' or '}' in a qualified value, got " + describe_value_at(text_, c.pos()));
      syntax_error(c, path);
      return -1;
    }
  }
  if (!has_value || !has_qualifier) {
    sink_.error_at(cell, path,
                   std::string("a qualified value needs \"value\" and \"qualifier\", e.g. "
                               "{\"value\": 80, \"qualifier\": \"more_than\"}; ") +
                       (has_value ? "\"qualifier\"" : "\"value\"") + " is missing");
    return 0;
  }
  if (ok && !obs.has_value()) {
    sink_.error_at(cell, path + ".value",
                   "a qualified value needs a number (a figure no source gives is a plain null), "
                   "got null");
    return 0;
  }
  return ok ? 1 : 0;
}

int RowReader::read_note_list(JsonCursor& c, Observation& obs, const std::string& path) {
  const std::size_t cell = c.pos();
  c.consume('[');
  std::vector<std::int32_t> notes;
  bool ok = true;
  c.skip_ws();
  if (!c.consume(']')) {
    for (std::size_t i = 0;; ++i) {
      c.skip_ws();
      const std::size_t at = c.pos();
      const std::string item = path + "[" + std::to_string(i) + "]";
      if (c.peek() != '"') {
        sink_.error_at(at, item,
                       "expected a note id (a string), got " + describe_value_at(text_, at));
        if (!c.skip_value(kMaxDepth)) {
          syntax_error(c, item);
          return -1;
        }
        ok = false;
      } else {
        std::string_view s;
        if (!c.read_string(s, scratch_)) {
          syntax_error(c, item);
          return -1;
        }
        const std::int32_t note = notes_.find(s);
        if (note == kNone) {
          sink_.error_at(at, item, quote_text(s) + " is not a note id in meta.notes");
          ok = false;
        } else if (std::find(notes.begin(), notes.end(), note) != notes.end()) {
          sink_.error_at(at, item, "the note " + quote_text(s) + " is listed twice");
          ok = false;
        } else {
          notes.push_back(note);
        }
      }
      c.skip_ws();
      if (c.consume(',')) continue;
      if (c.consume(']')) break;
      c.fail("expected ',' or ']' in a list of notes, got " + describe_value_at(text_, c.pos()));
      syntax_error(c, path);
      return -1;
    }
  }
  if (ok && notes.empty()) {
    sink_.error_at(cell, path, "an empty list of notes (write null for a row without a note)");
    return 0;
  }
  if (!ok) return 0;
  obs.note = notes.front();
  if (notes.size() > 1) {
    obs.note_list = static_cast<std::int32_t>(ds_.note_lists.size());
    ds_.note_lists.push_back(std::move(notes));
  }
  return 1;
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
      const int read = read_value_cell(c, obs, cell_path(col));
      if (read < 0) return false;
      if (read == 0) row_ok = false;
    } else if (c.peek() == 'n' && col >= 6) {
      if (col == 6) source_offset = cell;
      if (!c.read_null()) {
        c.fail("expected a value, got " + describe_value_at(text_, cell));
        syntax_error(c, cell_path(col));
        return false;
      }
    } else if (col == 8 && c.peek() == '[') {
      const int read = read_note_list(c, obs, cell_path(col));
      if (read < 0) return false;
      if (read == 0) row_ok = false;
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
                             : col == 8 ? "a note id, a list of note ids or null"
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
