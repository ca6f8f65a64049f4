#include "data/csv_import_meta.h"

#include "data/csv_import_columns.h"
#include "data/json_cursor.h"
#include "data/load_meta.h"
#include "trade_widget/load.h"

namespace tw::detail {

namespace {

using json = nlohmann::json;

constexpr int kMaxDepth = 64;

/// The file must be one JSON object; the cursor names the position of a syntax error.
bool parse_object(std::string_view text, ImportLog& log, json& tree) {
  const std::size_t bad = find_invalid_utf8(text);
  if (bad != std::string_view::npos) {
    log.meta_error_at("", "invalid UTF-8 (save the file as UTF-8)", bad);
    return false;
  }
  JsonCursor c(text);
  c.skip_ws();
  if (c.at_end()) {
    log.meta_error("", "the file is empty (expected a JSON object with meta and dimensions)");
    return false;
  }
  if (!c.skip_value(kMaxDepth)) {
    log.meta_error_at("", c.error(), c.error_pos());
    return false;
  }
  c.skip_ws();
  if (!c.at_end()) {
    log.meta_error_at("", "unexpected text after the JSON object", c.pos());
    return false;
  }
  tree = json::parse(text, nullptr, false);
  if (tree.is_discarded() || !tree.is_object()) {
    log.meta_error("", "expected a JSON object with meta and dimensions, got " +
                           (tree.is_discarded() ? std::string("invalid JSON") : describe(tree)));
    return false;
  }
  return true;
}

// Ids the rows may use. Malformed entries still take a position, so that positions match the
// loader's; the loader reports them.
void collect_ids(const json& list, std::unordered_map<std::string, int>& out) {
  if (!list.is_array()) return;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const json& e = list[i];
    if (!e.is_object()) continue;
    const auto id = e.find("id");
    if (id != e.end() && id->is_string()) out.emplace(id->get<std::string>(), static_cast<int>(i));
  }
}

void text_of(const json& parent, const char* field, Text& out) {
  const auto it = parent.find(field);
  if (it == parent.end() || !it->is_object()) return;
  const auto en = it->find("en");
  const auto zh = it->find("zh");
  if (en != it->end() && en->is_string()) out.en = en->get<std::string>();
  if (zh != it->end() && zh->is_string()) out.zh = zh->get<std::string>();
}

bool read_dimensions(json& tree, ImportLog& log, ImportMeta& out) {
  json& dims = tree["dimensions"];
  if (dims.is_null()) dims = json::object();
  if (!dims.is_object()) {
    log.meta_error("dimensions",
                   "expected an object with flow, product, partner and period "
                   "lists, got " +
                       describe(dims));
    return false;
  }
  bool ok = true;
  for (int d = 0; d < 4; ++d) {
    json& list = dims[kDimensionNames[d]];
    if (list.is_null()) list = json::array();
    if (!list.is_array()) {
      log.meta_error(std::string("dimensions.") + kDimensionNames[d],
                     "expected an array of items, got " + describe(list));
      ok = false;
      continue;
    }
    for (const json& entry : list) {
      ImportItem item;
      if (entry.is_object()) {
        const auto id = entry.find("id");
        if (id != entry.end() && id->is_string()) item.id = id->get<std::string>();
        text_of(entry, "label", item.meta_label);
      }
      out.dims[d].add_meta_item(std::move(item));
    }
  }
  return ok;
}

/// Each product's declared unit (a meta.units.others id) as its label, so that a row's unit
/// cell can be checked against its product's unit. Unknown ids are left to the loader.
void collect_product_units(const json& tree, ImportMeta& out) {
  std::unordered_map<std::string, Text> labels;
  const json* others = nullptr;
  const auto meta = tree.find("meta");
  if (meta != tree.end() && meta->is_object()) {
    const auto units = meta->find("units");
    if (units != meta->end() && units->is_object()) {
      const auto list = units->find("others");
      if (list != units->end() && list->is_array()) others = &*list;
    }
  }
  if (others == nullptr) return;
  for (const json& u : *others) {
    if (!u.is_object() || !u.contains("id") || !u["id"].is_string()) continue;
    text_of(u, "label", labels[u["id"].get<std::string>()]);
  }
  const json& products = tree["dimensions"]["product"];
  for (const json& p : products) {
    if (!p.is_object() || !p.contains("id") || !p["id"].is_string()) continue;
    const auto unit = p.find("unit");
    if (unit == p.end() || !unit->is_string()) continue;
    const auto label = labels.find(unit->get<std::string>());
    if (label != labels.end()) out.product_units[p["id"].get<std::string>()] = label->second;
  }
}

}  // namespace

bool read_import_meta(std::string_view text, ImportLog& log, ImportMeta& out) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  log.meta_text = text;
  json& tree = out.tree;
  if (!parse_object(text, log, tree)) return false;
  const auto obs = tree.find("observations");
  if (obs != tree.end()) {
    if (!obs->is_array() || !obs->empty()) {
      log.meta_error(
          "observations",
          "a meta file holds no observations (the CSV gives every row), got " +
              (obs->is_array() ? std::to_string(obs->size()) + " rows" : describe(*obs)) +
              "; `trade-widget export-csv --meta-out` writes a meta file");
      return false;
    }
    tree.erase("observations");
  }
  if (!tree.contains("format")) tree["format"] = kFormatId;
  const auto meta = tree.find("meta");
  if (meta != tree.end() && meta->is_object()) {
    if (meta->contains("sources")) collect_ids((*meta)["sources"], out.sources);
    if (meta->contains("notes")) collect_ids((*meta)["notes"], out.notes);
    const auto units = meta->find("units");
    if (units != meta->end() && units->is_object()) text_of(*units, "volume", out.volume_unit);
  }
  if (!read_dimensions(tree, log, out)) return false;
  collect_product_units(tree, out);
  return true;
}

}  // namespace tw::detail
