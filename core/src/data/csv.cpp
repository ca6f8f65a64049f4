#include "trade_widget/csv.h"

#include <cmath>

#include "trade_widget/decimal.h"

namespace tw {

namespace {

// Excel guesses a legacy code page for a CSV without a byte-order mark and garbles Chinese.
constexpr const char* kBom = "\xEF\xBB\xBF";
constexpr const char* kLineEnd = "\r\n";

bool formula_start(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/// True when a spreadsheet could read the cell as a formula, or when it already starts with
/// guard apostrophes (so that guarding stays reversible: "'=x" becomes "''=x").
bool needs_guard(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && text[i] == '\'') ++i;
  return i < text.size() && formula_start(text[i]);
}

std::string quoted(std::string_view cell) {
  if (cell.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(cell);
  std::string out = "\"";
  for (const char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void add_text(std::string& line, std::string_view text) {
  line += csv_text_cell(text);
  line += ',';
}

/// The unit of a row's value: its product's volume unit ("kg"), or "%" for a change or share.
const char* unit_of(const Dataset& ds, const Observation& o) {
  return o.measure == Measure::volume ? ds.unit_label_of_product(o.product).en.c_str() : "%";
}

const std::string& id_or_empty(const std::vector<Source>& list, std::int32_t i) {
  static const std::string empty;
  return i >= 0 && static_cast<std::size_t>(i) < list.size() ? list[static_cast<std::size_t>(i)].id
                                                             : empty;
}

}  // namespace

const std::vector<std::string>& csv_columns() {
  static const std::vector<std::string> columns = {"flow",
                                                   "product",
                                                   "partner",
                                                   "period",
                                                   "measure",
                                                   "value",
                                                   "source",
                                                   "ref",
                                                   "note",
                                                   "unit",
                                                   "decimals",
                                                   "flow_label_en",
                                                   "flow_label_zh",
                                                   "product_label_en",
                                                   "product_label_zh",
                                                   "partner_label_en",
                                                   "partner_label_zh",
                                                   "period_label_en",
                                                   "period_label_zh",
                                                   "qualifier"};
  return columns;
}

std::string csv_text_cell(std::string_view text) {
  if (!needs_guard(text)) return quoted(text);
  return quoted("'" + std::string(text));
}

std::string csv_unguard(std::string_view cell) {
  if (cell.size() > 1 && cell[0] == '\'' && needs_guard(cell.substr(1))) {
    return std::string(cell.substr(1));
  }
  return std::string(cell);
}

std::string plain_number(double value, int decimals) {
  if (std::isnan(value)) return "";
  // What printf's "%.*f" writes, without printf (its float engine would stay in the page module).
  return signed_fixed_decimal(value, decimals < 0 ? 0 : decimals);
}

std::string note_ids(const Dataset& ds, const Observation& o) {
  std::string ids;
  for (const std::int32_t n : ds.notes_of(o)) {
    if (n < 0 || static_cast<std::size_t>(n) >= ds.meta.notes.size()) continue;
    ids += (ids.empty() ? "" : " ") + ds.meta.notes[static_cast<std::size_t>(n)].id;
  }
  return ids;
}

bool any_qualified(const Dataset& ds, const std::vector<std::int32_t>& observations) {
  for (const std::int32_t i : observations) {
    if (i >= 0 && static_cast<std::size_t>(i) < ds.observations.size() &&
        ds.observations[static_cast<std::size_t>(i)].qualifier != Qualifier::exact) {
      return true;
    }
  }
  return false;
}

std::string export_csv(const Dataset& ds, const std::vector<std::int32_t>& observations) {
  std::string out = kBom;
  const auto& all_columns = csv_columns();
  // The qualifier column only when a row has one: files of exact figures keep their header.
  const bool qualifiers = any_qualified(ds, observations);
  const std::vector<std::string> columns(all_columns.begin(),
                                         all_columns.end() - (qualifiers ? 0 : 1));
  for (std::size_t i = 0; i < columns.size(); ++i) {
    out += (i ? "," : "") + columns[i];
  }
  out += kLineEnd;
  std::string line;
  for (const std::int32_t index : observations) {
    if (index < 0 || static_cast<std::size_t>(index) >= ds.observations.size()) continue;
    const Observation& o = ds.observations[static_cast<std::size_t>(index)];
    if (o.flow >= ds.flows.size() || o.product >= ds.products.size() ||
        o.partner >= ds.partners.size() || o.period >= ds.periods.size()) {
      continue;  // cannot happen for a loaded dataset; never read out of bounds
    }
    const Item& flow = ds.flows[o.flow];
    const Item& product = ds.products[o.product];
    const Item& partner = ds.partners[o.partner];
    const Period& period = ds.periods[o.period];
    line.clear();
    add_text(line, flow.id);
    add_text(line, product.id);
    add_text(line, partner.id);
    add_text(line, period.id);
    add_text(line, measure_id(o.measure));
    line += plain_number(o.value, o.decimals) + ",";  // a number is never guarded
    add_text(line, id_or_empty(ds.meta.sources, o.source));
    add_text(line, o.ref >= 0 && static_cast<std::size_t>(o.ref) < ds.refs.size()
                       ? ds.refs[static_cast<std::size_t>(o.ref)]
                       : std::string());
    add_text(line, note_ids(ds, o));
    add_text(line, unit_of(ds, o));
    // The digits after the point, as a whole number: a spreadsheet keeps it, while it turns the
    // value 38.0 into 38. import_csv writes the value with these digits again.
    line += o.has_value() ? std::to_string(o.decimals) + "," : ",";
    for (const Text* label : {&flow.label, &product.label, &partner.label, &period.label}) {
      add_text(line, label->en);
      add_text(line, label->zh);
    }
    if (qualifiers) add_text(line, qualifier_id(o.qualifier));
    line.pop_back();  // the last comma
    out += line;
    out += kLineEnd;
  }
  return out;
}

std::string export_csv(const Dataset& ds) {
  std::vector<std::int32_t> all(ds.observations.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<std::int32_t>(i);
  return export_csv(ds, all);
}

}  // namespace tw
