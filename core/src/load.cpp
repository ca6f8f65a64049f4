#include "trade_widget/load.h"

#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "json_cursor.h"
#include "load_meta.h"

namespace tw {

namespace {

using detail::JsonCursor;
using detail::quote_text;

constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxErrors = 100;
constexpr double kShareTolerance = 0.05;  // sources round shares: 99.96 + 0.05 is not "over 100"

const char* const kColumnNames[] = {"flow",  "product", "partner", "period", "measure",
                                    "value", "source",  "ref",     "note"};

/// Maps ids to positions; remembers the last raw id per column so repeated ids skip hashing.
class IdLookup {
 public:
  void add(const std::string& id, int position) { map_.emplace(id, position); }
  int find(std::string_view id) {
    if (id == last_id_ && last_pos_ != kNone) return last_pos_;
    const auto it = map_.find(std::string(id));
    last_pos_ = it == map_.end() ? kNone : it->second;
    last_id_ = it == map_.end() ? std::string_view() : std::string_view(it->first);
    return last_pos_;
  }

 private:
  std::unordered_map<std::string, int> map_;
  std::string_view last_id_;
  int last_pos_ = kNone;
};

class Loader {
 public:
  explicit Loader(std::string_view text) : text_(text) {}

  Result<Dataset> run();

 private:
  void error_at(std::size_t offset, std::string path, std::string message) {
    const auto p = detail::position_of(text_, offset);
    errors_.push_back(Diagnostic{std::move(path), std::move(message), p.line, p.column});
  }
  bool too_many_errors() const { return errors_.size() >= kMaxErrors; }
  void syntax_error(const JsonCursor& c, const std::string& path) {
    error_at(c.error_pos(), path, c.error());
  }
  bool parse_tree(std::size_t start, std::size_t end, nlohmann::json& out);
  struct Range {
    std::size_t start = 0, end = 0;
  };
  /// Reads format, meta and dimensions; true when they are free of errors.
  bool read_header(const std::map<std::string, Range>& members);
  /// False when the cursor could not reach the end of the array (syntax error, too many errors).
  bool read_observations(JsonCursor& c);
  bool read_row(JsonCursor& c, std::size_t row);
  void check_share_totals();
  void resolve_defaults();

  std::string_view text_;
  Dataset ds_;
  std::vector<Diagnostic> errors_;
  std::vector<Diagnostic> warnings_;
  std::vector<std::string> default_ids_{"", ""};
  IdLookup lookups_[4];
  IdLookup sources_, notes_;
  std::unordered_map<std::string, std::int32_t> refs_;
  std::string scratch_;
};

bool Loader::parse_tree(std::size_t start, std::size_t end, nlohmann::json& out) {
  // The range was already validated by JsonCursor::skip_value, so this parse cannot fail on
  // syntax; exceptions stay off either way.
  out = nlohmann::json::parse(text_.substr(start, end - start), nullptr, false);
  return !out.is_discarded();
}

Result<Dataset> Loader::run() {
  if (text_.size() >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
  {
    JsonCursor c(text_);
    c.skip_ws();
    if (c.at_end()) {
      errors_.push_back(Diagnostic{"", "the file is empty (expected a JSON object)", 0, 0});
      return Result<Dataset>::failure(errors_);
    }
  }
  const std::size_t bad = detail::find_invalid_utf8(text_);
  if (bad != std::string_view::npos) {
    error_at(bad, "", "invalid UTF-8 at byte " + std::to_string(bad) + " (save the file as UTF-8)");
    return Result<Dataset>::failure(errors_);
  }

  JsonCursor c(text_);
  c.skip_ws();
  if (!c.consume('{')) {
    error_at(c.pos(), "",
             "expected a JSON object ({ ... }), got " + detail::describe_value_at(text_, c.pos()));
    return Result<Dataset>::failure(errors_);
  }
  std::map<std::string, Range> members;
  std::size_t observations_start = 0;
  bool observations_present = false;
  bool observations_read = false;
  bool header_read = false;
  bool header_ok = false;
  auto fail = [this]() { return Result<Dataset>::failure(errors_, warnings_); };
  c.skip_ws();
  if (!c.consume('}')) {
    for (;;) {
      c.skip_ws();
      std::string_view key_raw;
      std::string key_scratch;
      if (c.peek() != '"') {
        c.fail("expected a quoted field name");
        syntax_error(c, "");
        return fail();
      }
      if (!c.read_string(key_raw, key_scratch)) {
        syntax_error(c, "");
        return fail();
      }
      const std::string key(key_raw);
      c.skip_ws();
      if (!c.consume(':')) {
        c.fail("expected ':' after the field name " + quote_text(key));
        syntax_error(c, key);
        return fail();
      }
      c.skip_ws();
      const std::size_t start = c.pos();
      if (members.count(key) || (key == "observations" && observations_present)) {
        error_at(start, key, "the field appears twice");
        return fail();
      }
      if (key == "observations") {
        observations_present = true;
        observations_start = start;
        // Usually meta and dimensions come first: then the rows are read in this one pass.
        if (!header_read && members.count("meta") && members.count("dimensions")) {
          header_read = true;
          header_ok = read_header(members);
        }
        if (header_ok) {
          observations_read = true;
          if (!read_observations(c)) return fail();
        } else if (!c.skip_value(kMaxDepth)) {
          syntax_error(c, key);
          return fail();
        }
      } else {
        if (!c.skip_value(kMaxDepth)) {
          syntax_error(c, key);
          return fail();
        }
        members[key] = Range{start, c.pos()};
      }
      c.skip_ws();
      if (c.consume(',')) continue;
      if (c.consume('}')) break;
      c.fail("expected ',' or '}' after the value of " + quote_text(key) + ", got " +
             detail::describe_value_at(text_, c.pos()));
      syntax_error(c, "");
      return fail();
    }
  }
  c.skip_ws();
  if (!c.at_end()) {
    error_at(c.pos(), "", "unexpected content after the end of the JSON object");
    return fail();
  }
  if (!header_read) header_ok = read_header(members);
  if (!header_ok) return fail();
  if (!observations_present) {
    errors_.push_back(Diagnostic{"observations", "expected an array of rows, but it is missing"});
  } else if (!observations_read) {
    JsonCursor rows(text_, observations_start);
    read_observations(rows);
  }
  if (errors_.empty()) check_share_totals();
  if (!errors_.empty()) return fail();
  return Result<Dataset>::success(std::move(ds_), warnings_);
}

bool Loader::read_header(const std::map<std::string, Range>& members) {
  for (const auto& [key, range] : members) {
    if (key != "format" && key != "meta" && key != "dimensions") {
      warnings_.push_back(Diagnostic{key, "unknown field (ignored)", 0, 0});
    }
  }
  detail::MetaReader meta_reader{errors_, warnings_};
  const auto format = members.find("format");
  nlohmann::json tree;
  if (format == members.end()) {
    errors_.push_back(
        Diagnostic{"format", std::string("expected \"") + kFormatId + "\", but it is missing"});
  } else if (parse_tree(format->second.start, format->second.end, tree) &&
             (!tree.is_string() || tree.get_ref<const std::string&>() != kFormatId)) {
    error_at(format->second.start, "format",
             std::string("expected \"") + kFormatId + "\", got " + detail::describe(tree));
  }
  const auto meta = members.find("meta");
  if (meta == members.end()) {
    errors_.push_back(Diagnostic{"meta", "expected an object, but it is missing"});
  } else if (parse_tree(meta->second.start, meta->second.end, tree)) {
    meta_reader.read_meta(tree, ds_.meta, default_ids_);
  }
  const auto dims = members.find("dimensions");
  if (dims == members.end()) {
    errors_.push_back(Diagnostic{"dimensions", "expected an object, but it is missing"});
  } else if (parse_tree(dims->second.start, dims->second.end, tree)) {
    meta_reader.read_dimensions(tree, ds_);
  }
  // Rows refer to dimensions, sources and notes: without them every row would be an error.
  if (!errors_.empty()) return false;
  resolve_defaults();
  return errors_.empty();
}

void Loader::resolve_defaults() {
  std::vector<Item>* dims[] = {&ds_.flows, &ds_.products, &ds_.partners};
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
  if (!default_ids_[0].empty()) {
    ds_.meta.default_flow = lookups_[0].find(default_ids_[0]);
    if (ds_.meta.default_flow == kNone) {
      errors_.push_back(Diagnostic{
          "meta.default.flow", quote_text(default_ids_[0]) + " is not a flow in dimensions.flow"});
    }
  }
  if (!default_ids_[1].empty()) {
    ds_.meta.default_period = lookups_[3].find(default_ids_[1]);
    if (ds_.meta.default_period == kNone) {
      errors_.push_back(
          Diagnostic{"meta.default.period",
                     quote_text(default_ids_[1]) + " is not a period in dimensions.period"});
    }
  } else {
    // Without a stated default, the longest of the most recent periods is the headline.
    int best = 0;
    for (std::size_t i = 1; i < ds_.periods.size(); ++i) {
      const Period& p = ds_.periods[i];
      const Period& b = ds_.periods[static_cast<std::size_t>(best)];
      if (p.end > b.end || (p.end == b.end && p.months() > b.months())) best = static_cast<int>(i);
    }
    ds_.meta.default_period = best;
  }
}

bool Loader::read_observations(JsonCursor& c) {
  c.skip_ws();
  if (!c.consume('[')) {
    error_at(c.pos(), "observations",
             "expected an array of rows, got " + detail::describe_value_at(text_, c.pos()));
    return false;
  }
  // A cheap estimate of the row count keeps vectors and the index from regrowing.
  const std::size_t estimate = (text_.size() - c.pos()) / 48 + 1;
  ds_.observations.reserve(estimate);
  ds_.index.reserve(estimate);
  c.skip_ws();
  if (c.consume(']')) return true;
  for (std::size_t row = 0;; ++row) {
    if (!read_row(c, row)) return false;
    c.skip_ws();
    if (c.consume(',')) {
      c.skip_ws();
      continue;
    }
    if (c.consume(']')) return true;
    c.fail("expected ',' or ']' after a row, got " + detail::describe_value_at(text_, c.pos()));
    syntax_error(c, "observations[" + std::to_string(row) + "]");
    return false;
  }
}

bool Loader::read_row(JsonCursor& c, std::size_t row) {
  const std::string row_path = "observations[" + std::to_string(row) + "]";
  const std::size_t row_start = c.pos();
  auto cell_path = [&](int col) {
    return row_path + "[" + std::to_string(col) + "] (" + kColumnNames[col] + ")";
  };
  if (!c.consume('[')) {
    error_at(c.pos(), row_path,
             "expected a row [flow, product, partner, period, measure, value, source, ref, note], "
             "got " +
                 detail::describe_value_at(text_, c.pos()));
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
    error_at(c.pos(), row_path, "the row is empty (expected 7 to 9 cells)");
    c.consume(']');
    return !too_many_errors();
  }
  for (;; ++col) {
    c.skip_ws();
    const std::size_t cell = c.pos();
    if (col >= 9) {
      error_at(cell, row_path,
               "too many cells (at most 9: flow, product, partner, period, "
               "measure, value, source, ref, note)");
      if (!c.skip_value(kMaxDepth)) {
        syntax_error(c, row_path);
        return false;
      }
      row_ok = false;
    } else if (col == 5) {
      value_offset = cell;
      const char ch = c.peek();
      if (c.read_null()) {
        obs.value = std::numeric_limits<double>::quiet_NaN();
      } else if (ch == '-' || (ch >= '0' && ch <= '9')) {
        double v = 0;
        int decimals = 0;
        if (!c.read_number(v, decimals)) {
          syntax_error(c, cell_path(col));
          return false;
        }
        obs.value = v;
        obs.decimals = static_cast<std::uint8_t>(decimals > 12 ? 12 : decimals);
      } else {
        const std::string got = detail::describe_value_at(text_, cell);
        const bool not_json = ch == 'N' || ch == 'I';
        error_at(cell, cell_path(col),
                 "expected a number or null, got " + got +
                     (not_json ? " (not valid JSON; write null for a missing figure)" : ""));
        if (not_json) return false;  // cannot step over a non-JSON token
        if (!c.skip_value(kMaxDepth)) {
          syntax_error(c, cell_path(col));
          return false;
        }
        row_ok = false;
      }
    } else if (c.peek() == 'n' && col >= 6) {
      if (col == 6) source_offset = cell;
      if (!c.read_null()) {
        c.fail("expected a value, got " + detail::describe_value_at(text_, cell));
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
          error_at(cell, cell_path(col),
                   quote_text(s) + " is not a " + kColumnNames[col] + " defined in dimensions." +
                       kColumnNames[col]);
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
          error_at(cell, cell_path(col),
                   "expected \"volume\", \"yoy\" or \"share\", got " + quote_text(s));
          row_ok = false;
        }
      } else if (col == 6) {
        obs.source = sources_.find(s);
        if (obs.source == kNone) {
          error_at(cell, cell_path(col), quote_text(s) + " is not a source id in meta.sources");
          row_ok = false;
        }
      } else if (col == 7) {
        const auto [it, added] =
            refs_.emplace(std::string(s), static_cast<std::int32_t>(ds_.refs.size()));
        if (added) ds_.refs.push_back(it->first);
        obs.ref = it->second;
      } else if (col == 8) {
        obs.note = notes_.find(s);
        if (obs.note == kNone) {
          error_at(cell, cell_path(col), quote_text(s) + " is not a note id in meta.notes");
          row_ok = false;
        }
      }
    } else {
      const char* expected = col < 4    ? "an id (a string)"
                             : col == 4 ? "\"volume\", \"yoy\" or \"share\""
                                        : "a string or null";
      const std::string got = detail::describe_value_at(text_, cell);
      if (c.at_end()) {
        c.fail("unexpected end of file (the file looks truncated)");
        syntax_error(c, cell_path(col));
        return false;
      }
      error_at(cell, cell_path(col), std::string("expected ") + expected + ", got " + got);
      if (!c.skip_value(kMaxDepth)) {
        syntax_error(c, cell_path(col));
        return false;
      }
      row_ok = false;
    }
    c.skip_ws();
    if (c.consume(',')) continue;
    if (c.consume(']')) break;
    c.fail(c.at_end()
               ? "unexpected end of file (the file looks truncated)"
               : "expected ',' or ']' in a row, got " + detail::describe_value_at(text_, c.pos()));
    syntax_error(c, row_path);
    return false;
  }
  const int cells = col + 1;
  if (cells < 7) {
    error_at(row_start, row_path,
             "expected at least 7 cells (flow, product, partner, period, measure, value, source), "
             "got " +
                 std::to_string(cells));
    return !too_many_errors();
  }
  if (!row_ok) return !too_many_errors();

  obs.flow = static_cast<std::uint16_t>(dims[0]);
  obs.product = static_cast<std::uint16_t>(dims[1]);
  obs.partner = static_cast<std::uint16_t>(dims[2]);
  obs.period = static_cast<std::uint16_t>(dims[3]);
  if (obs.has_value()) {
    const double v = obs.value;
    const std::string value_path = cell_path(5);
    std::string problem;
    if (!std::isfinite(v)) {
      problem = "the number is too large";
    } else if (obs.measure == Measure::volume && v < 0) {
      problem = "a volume cannot be negative";
    } else if (obs.measure == Measure::share && (v < 0 || v > 100)) {
      problem = "a share must be between 0 and 100 (%)";
    } else if (obs.measure == Measure::yoy && v < -100) {
      problem = "a year-on-year change cannot fall below -100%";
    } else if (obs.source == kNone) {
      error_at(source_offset, cell_path(6),
               "a figure needs a source (a meta.sources id), got null");
      return !too_many_errors();
    }
    if (!problem.empty()) {
      error_at(value_offset, value_path,
               problem + ", got " + detail::describe_value_at(text_, value_offset));
      return !too_many_errors();
    }
  }
  const auto index = static_cast<std::int32_t>(ds_.observations.size());
  const std::int32_t previous = ds_.index.insert(
      ObservationIndex::key(obs.flow, obs.product, obs.partner, obs.period, obs.measure), index);
  if (previous != kNone) {
    error_at(row_start, row_path,
             "duplicates observations[" + std::to_string(previous) + "] (" +
                 ds_.flows[obs.flow].id + ", " + ds_.products[obs.product].id + ", " +
                 ds_.partners[obs.partner].id + ", " + ds_.periods[obs.period].id + ", " +
                 measure_id(obs.measure) +
                 "): keep one figure per cell and put the other in a note");
    return !too_many_errors();
  }
  ds_.observations.push_back(obs);
  return true;
}

void Loader::check_share_totals() {
  // Shares of one flow x product x period across distinct partners cannot exceed 100%.
  std::unordered_map<std::uint64_t, double> totals;
  for (const Observation& o : ds_.observations) {
    if (o.measure != Measure::share || !o.has_value() || ds_.partners[o.partner].aggregate)
      continue;
    totals[ObservationIndex::key(o.flow, o.product, 0, o.period, Measure::share)] += o.value;
  }
  for (const auto& [key, total] : totals) {
    if (total <= 100.0 + kShareTolerance) continue;
    const int flow = static_cast<int>(key >> 56);
    const int product = static_cast<int>((key >> 32) & 0xffff);
    const int period = static_cast<int>(key & 0xffff);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", total);
    errors_.push_back(Diagnostic{
        "observations", "partner shares of " + ds_.flows[static_cast<std::size_t>(flow)].id +
                            " x " + ds_.products[static_cast<std::size_t>(product)].id + " x " +
                            ds_.periods[static_cast<std::size_t>(period)].id + " add up to " + buf +
                            "% (more than 100%)"});
  }
}

}  // namespace

Result<Dataset> load_dataset(std::string_view json_bytes) { return Loader(json_bytes).run(); }

}  // namespace tw
