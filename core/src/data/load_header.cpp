#include "data/load_header.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "data/json_tree.h"
#include "data/load_meta.h"
#include "trade_widget/load.h"

namespace tw::detail {

namespace {

const TopMember* find_member(const SyntaxOutline& outline, const char* key) {
  for (const TopMember& m : outline.members) {
    if (m.key == key) return &m;
  }
  return nullptr;
}

/// Ids to positions for meta.default; without a stated period, the longest of the most recent
/// periods is the headline.
void resolve_defaults(const std::vector<std::string>& default_ids, Dataset& ds,
                      DiagnosticSink& sink) {
  if (!default_ids[0].empty()) {
    ds.meta.default_flow = Dataset::position(ds.flows, default_ids[0]);
    if (ds.meta.default_flow == kNone) {
      sink.error("meta.default.flow",
                 quote_text(default_ids[0]) + " is not a flow in dimensions.flow");
    }
  }
  if (!default_ids[1].empty()) {
    ds.meta.default_period = ds.period_position(default_ids[1]);
    if (ds.meta.default_period == kNone) {
      sink.error("meta.default.period",
                 quote_text(default_ids[1]) + " is not a period in dimensions.period");
    }
    return;
  }
  int best = 0;
  for (std::size_t i = 1; i < ds.periods.size(); ++i) {
    const Period& p = ds.periods[i];
    const Period& b = ds.periods[static_cast<std::size_t>(best)];
    if (p.end > b.end || (p.end == b.end && p.months() > b.months())) best = static_cast<int>(i);
  }
  ds.meta.default_period = best;
}

}  // namespace

bool read_header(std::string_view text, const SyntaxOutline& outline, Dataset& ds,
                 DiagnosticSink& sink) {
  for (const TopMember& m : outline.members) {
    if (m.key != "format" && m.key != "meta" && m.key != "dimensions" && m.key != "observations")
      sink.warning(m.key, "unknown field (ignored)");
  }
  MetaReader meta_reader{sink.errors(), sink.warnings()};
  std::vector<std::string> default_ids{"", ""};
  nlohmann::json tree;
  if (const TopMember* format = find_member(outline, "format")) {
    if (read_tree(text, format->start, format->end, "format", sink, tree) &&
        (!tree.is_string() || tree.get_ref<const std::string&>() != kFormatId)) {
      sink.error_at(format->start, "format",
                    std::string("expected \"") + kFormatId + "\", got " + describe(tree));
    }
  } else {
    sink.error("format", std::string("expected \"") + kFormatId + "\", but it is missing");
  }
  if (const TopMember* meta = find_member(outline, "meta")) {
    if (read_tree(text, meta->start, meta->end, "meta", sink, tree))
      meta_reader.read_meta(tree, ds.meta, default_ids);
  } else {
    sink.error("meta", "expected an object, but it is missing");
  }
  if (const TopMember* dims = find_member(outline, "dimensions")) {
    if (read_tree(text, dims->start, dims->end, "dimensions", sink, tree))
      meta_reader.read_dimensions(tree, ds);
  } else {
    sink.error("dimensions", "expected an object, but it is missing");
  }
  if (sink.has_errors()) return false;
  resolve_defaults(default_ids, ds, sink);
  return !sink.has_errors();
}

}  // namespace tw::detail
