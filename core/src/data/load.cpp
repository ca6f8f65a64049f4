#include "trade_widget/load.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "data/json_cursor.h"
#include "data/json_parse.h"
#include "data/load_meta.h"

namespace tw {

namespace {

using detail::JsonCursor;
using detail::quote_text;

constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxErrors = 100;
// Figures are shown with all their digits: beyond 1e15 (a quadrillion tonnes, dollars...) a
// figure is a typing mistake, and its digits would not fit a reader's screen (query.cpp keeps
// derived figures within the same bound).
constexpr double kMaxFigure = 1e15;
constexpr double kShareTolerance = 0.05;  // sources round shares: 99.96 + 0.05 is not "over 100"

/// The JSON path of the innermost value (at most max_levels deep) that contains offset, e.g.
/// "dimensions.partner[2].label.en", for messages about a place in the text (bad bytes, bad
/// syntax). Walks with the validating cursor, so it works on text that fails to parse there.
std::string path_at(std::string_view text, std::size_t offset, int max_levels = 8) {
  JsonCursor c(text);
  std::string path;
  std::string_view key;
  std::string scratch;
  for (int level = 0; level < max_levels; ++level) {
    c.skip_ws();
    const char open = c.peek();
    if ((open != '{' && open != '[') || c.pos() >= offset) return path;
    c.consume(open);
    for (std::size_t index = 0;; ++index) {
      c.skip_ws();
      if (open == '{') {
        if (c.peek() != '"' || !c.read_string(key, scratch)) return path;
        c.skip_ws();
        if (!c.consume(':')) return path;
        c.skip_ws();
      }
      const std::size_t start = c.pos();
      if (start > offset) return path;
      const bool whole = c.skip_value(kMaxDepth);
      if (!whole || offset < c.pos()) {  // the offset is inside this member or element
        path += open == '{' ? (path.empty() ? "" : ".") + std::string(key)
                            : "[" + std::to_string(index) + "]";
        c.set_pos(start);
        break;
      }
      c.skip_ws();
      if (!c.consume(',')) return path;
    }
  }
  return path;
}

/// "E5 87 FA": the bytes of the broken UTF-8 sequence at offset, up to the byte that broke it.
std::string bytes_at(std::string_view text, std::size_t offset) {
  const auto lead = static_cast<unsigned char>(text[offset]);
  const std::size_t len = (lead & 0xE0) == 0xC0   ? 2
                          : (lead & 0xF0) == 0xE0 ? 3
                          : (lead & 0xF8) == 0xF0 ? 4
                                                  : 1;
  std::string out;
  for (std::size_t i = offset; i < text.size() && i < offset + len; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!out.empty()) out += ' ';
    out += "0123456789ABCDEF"[c >> 4];
    out += "0123456789ABCDEF"[c & 15];
    if (i > offset && (c & 0xC0) != 0x80) break;  // this byte cut the sequence short
  }
  return out;
}

/// Rows in an observations array, estimated from row ends ("]" then "," or "]") counted in 16
/// windows spread over it, plus 3%. Cheap (64 KB read), and wrong only for memory, never for
/// the result.
std::size_t estimate_rows(std::string_view rows) {
  constexpr std::size_t kWindows = 16, kWindow = 4096;
  if (rows.size() <= kWindows * kWindow) {
    std::size_t ends = 0;
    for (std::size_t i = 0; i + 1 < rows.size(); ++i) ends += rows[i] == ']';
    return ends + 16;
  }
  std::size_t ends = 0;
  for (std::size_t w = 0; w < kWindows; ++w) {
    const std::size_t start = (rows.size() - kWindow) / (kWindows - 1) * w;
    for (std::size_t i = start; i < start + kWindow - 2; ++i) {
      if (rows[i] != ']') continue;
      std::size_t j = i + 1;
      while (j < start + kWindow - 1 && (rows[j] == ' ' || rows[j] == '\n' || rows[j] == '\r')) ++j;
      ends += rows[j] == ',' || rows[j] == ']';
    }
  }
  const std::size_t per_row = std::max<std::size_t>(kWindows * kWindow / (ends + 1), 8);
  return rows.size() / per_row + rows.size() / per_row / 32 + 16;
}

const char* const kColumnNames[] = {"flow",  "product", "partner", "period", "measure",
                                    "value", "source",  "ref",     "note"};

/// Maps ids to positions; remembers the last raw id per column so repeated ids skip hashing.
/// Open addressing over string views: a lookup allocates nothing (a std::string key per lookup
/// was a malloc per cell in wasm, where strings over 10 bytes leave the small-string buffer).
class IdLookup {
 public:
  /// Keeps the first position when an id is added twice.
  void add(const std::string& id, int position) {
    if (find_slot(id) != kNone) return;
    if ((keys_.size() + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 16 : slots_.size() * 2);
    keys_.push_back(id);
    positions_.push_back(position);
    insert_slot(static_cast<int>(keys_.size() - 1));
  }
  int find(std::string_view id) {
    if (last_pos_ != kNone && same(id, last_id_)) return last_pos_;
    const int k = find_slot(id);
    last_pos_ = k == kNone ? kNone : positions_[static_cast<std::size_t>(k)];
    last_id_ =
        k == kNone ? std::string_view() : std::string_view(keys_[static_cast<std::size_t>(k)]);
    return last_pos_;
  }

 private:
  // Ids are short: whole 8-byte words are read (first and last 8 bytes, which overlap for 8 to
  // 16 bytes), as wasm calls memcmp for every string compare and loops byte by byte.
  static std::uint64_t word(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  }
  static std::uint64_t short_word(std::string_view s) {  // s.size() < 8
    const std::size_t n = s.size();
    if (n >= 4) {  // two 4-byte reads that overlap cover every byte
      std::uint32_t lo, hi;
      std::memcpy(&lo, s.data(), 4);
      std::memcpy(&hi, s.data() + n - 4, 4);
      return lo | std::uint64_t{hi} << 32;
    }
    std::uint64_t w = 0;
    for (std::size_t i = 0; i < n; ++i)
      w |= std::uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
    return w;
  }
  static bool same(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    if (n < 8) return short_word(a) == short_word(b);
    if (n <= 16) {
      return word(a.data()) == word(b.data()) && word(a.data() + n - 8) == word(b.data() + n - 8);
    }
    return a == b;
  }
  static std::size_t hash(std::string_view s) {
    const std::size_t n = s.size();
    std::uint64_t w = n < 8 ? short_word(s) : word(s.data()) ^ (word(s.data() + n - 8) >> 7);
    if (n > 16) w ^= word(s.data() + n / 2 - 4);
    w ^= n ^ (w >> 29);  // fold the high bytes down: the multiply only carries bits upwards
    w *= 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(w ^ (w >> 32));
  }
  int find_slot(std::string_view id) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(id) & mask;; i = (i + 1) & mask) {
      const int k = slots_[i];
      if (k == kNone || same(keys_[static_cast<std::size_t>(k)], id)) return k;
    }
  }
  void insert_slot(int k) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(keys_[static_cast<std::size_t>(k)]) & mask;
    while (slots_[i] != kNone) i = (i + 1) & mask;
    slots_[i] = k;
  }
  void rehash(std::size_t size) {
    slots_.assign(size, kNone);
    for (std::size_t k = 0; k < keys_.size(); ++k) insert_slot(static_cast<int>(k));
  }

  std::deque<std::string> keys_;  // a deque never moves its elements: last_id_ stays valid
  std::vector<int> positions_;
  std::vector<int> slots_;  // indexes into keys_, or kNone
  std::string_view last_id_;
  int last_pos_ = kNone;
};

class Loader {
 public:
  explicit Loader(std::string_view text) : text_(text) {}

  Result<Dataset> run();

 private:
  void error_at(std::size_t offset, std::string path, std::string message) {
    // Errors come mostly in text order: count lines on from the previous error rather than from
    // the start, so 100 errors at the end of a 10 MB file cost one pass over it, not 100.
    if (offset < counted_to_) {
      counted_to_ = 0;
      counted_ = detail::TextPosition{1, 1};
    }
    counted_ = detail::position_after(text_, counted_to_, counted_, offset);
    counted_to_ = std::min(offset, text_.size());
    errors_.push_back(
        Diagnostic{std::move(path), std::move(message), counted_.line, counted_.column});
  }
  bool too_many_errors() const { return errors_.size() >= kMaxErrors; }
  void syntax_error(const JsonCursor& c, const std::string& path) {
    error_at(c.error_pos(), path, c.error());
  }
  /// A syntax error inside a top-level member names the innermost value it is in (too deep a
  /// nesting is the whole member's fault).
  void member_syntax_error(const JsonCursor& c, const std::string& key) {
    syntax_error(c, c.too_deep() ? key : path_at(text_, c.error_pos()));
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
  IdLookup refs_;
  std::string scratch_;
  std::size_t counted_to_ = 0;  ///< error_at's line/column count has reached this byte
  detail::TextPosition counted_{1, 1};
};

bool Loader::parse_tree(std::size_t start, std::size_t end, nlohmann::json& out) {
  // The range was already validated by JsonCursor::skip_value, so this parse cannot fail on
  // syntax; exceptions stay off either way.
  out = detail::parse_json(text_.substr(start, end - start));
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
  if (text_.size() >= 2 && (text_.substr(0, 2) == "\xFF\xFE" || text_.substr(0, 2) == "\xFE\xFF")) {
    errors_.push_back(Diagnostic{"", "the file is UTF-16 (save it as UTF-8)"});
    return Result<Dataset>::failure(errors_);
  }
  const std::size_t bad = detail::find_invalid_utf8(text_);
  if (bad != std::string_view::npos) {
    error_at(bad, path_at(text_, bad),
             "invalid UTF-8 at byte " + std::to_string(bad) + ": " + bytes_at(text_, bad) +
                 " (save the file as UTF-8)");
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
          member_syntax_error(c, key);
          return fail();
        }
      } else {
        if (!c.skip_value(kMaxDepth)) {
          member_syntax_error(c, key);
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
  // One good estimate of the row count before the first row keeps the rows and the index from
  // regrowing: each regrowth copies, and in wasm the old block stays in the heap's high-water
  // mark. If the estimate was short, the rows read so far refine it.
  const std::size_t first = c.pos();
  auto reserve_rows = [&](std::size_t rows_read) {
    std::size_t estimate = 0;
    if (rows_read == 0) {
      estimate = estimate_rows(text_.substr(first));
    } else {
      const std::size_t remaining = text_.size() - c.pos();
      const std::size_t per_row = std::max<std::size_t>((c.pos() - first) / rows_read, 8);
      estimate = rows_read + remaining / per_row + remaining / per_row / 16 + 16;
    }
    if (estimate > ds_.observations.capacity()) {
      ds_.observations.reserve(estimate);
      ds_.index.reserve(estimate);
    }
  };
  reserve_rows(0);
  c.skip_ws();
  if (c.consume(']')) return true;
  for (std::size_t row = 0;; ++row) {
    if (ds_.observations.size() == ds_.observations.capacity()) reserve_rows(row);
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
  // Paths are built only for messages: a string per row would be a malloc per row.
  auto row_path = [row]() { return "observations[" + std::to_string(row) + "]"; };
  const std::size_t row_start = c.pos();
  auto cell_path = [&](int col) {
    return row_path() + "[" + std::to_string(col) + "] (" + kColumnNames[col] + ")";
  };
  if (!c.consume('[')) {
    error_at(c.pos(), row_path(),
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
    error_at(c.pos(), row_path(), "the row is empty (expected 7 to 9 cells)");
    c.consume(']');
    return !too_many_errors();
  }
  for (;; ++col) {
    c.skip_ws();
    const std::size_t cell = c.pos();
    if (col >= 9) {
      error_at(cell, row_path(),
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
        error_at(cell, cell_path(col),
                 "expected a number or null, got " + detail::describe_value_at(text_, cell) +
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
        obs.decimals = static_cast<std::uint8_t>(decimals > 12 ? 12 : decimals);
      } else {
        error_at(cell, cell_path(col),
                 "expected a number or null, got " + detail::describe_value_at(text_, cell));
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
        const std::size_t chars = detail::count_characters(s);
        if (chars > detail::kMaxShortText) {
          error_at(cell, cell_path(col),
                   "too long: " + std::to_string(chars) + " characters (at most " +
                       std::to_string(detail::kMaxShortText) + "), got " + quote_text(s));
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
    syntax_error(c, row_path());
    return false;
  }
  const int cells = col + 1;
  if (cells < 7) {
    error_at(row_start, row_path(),
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
      error_at(source_offset, cell_path(6),
               "a figure needs a source (a meta.sources id), got null");
      return !too_many_errors();
    }
    if (!problem.empty()) {
      error_at(value_offset, cell_path(5),
               problem + ", got " + detail::describe_value_at(text_, value_offset));
      return !too_many_errors();
    }
  }
  const auto index = static_cast<std::int32_t>(ds_.observations.size());
  const std::int32_t previous = ds_.index.insert(
      ObservationIndex::key(obs.flow, obs.product, obs.partner, obs.period, obs.measure), index);
  if (previous != kNone) {
    error_at(row_start, row_path(),
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
  // Shares of one flow x product x period across distinct partners cannot exceed 100%. An
  // ordered map gives the same messages in the same order natively and in wasm.
  std::map<std::uint64_t, double> totals;
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
