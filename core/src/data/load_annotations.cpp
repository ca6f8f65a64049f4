#include "data/load_annotations.h"

namespace tw::detail {

using nlohmann::json;

void read_annotations(MetaReader& reader, const json& meta_json, Meta& meta) {
  const auto list = meta_json.find("annotations");
  if (list == meta_json.end() || list->is_null()) return;
  if (!list->is_array()) {
    reader.error("meta.annotations", "expected an array, got " + describe(*list));
    return;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& a = (*list)[i];
    const std::string path = "meta.annotations[" + std::to_string(i) + "]";
    if (!a.is_object()) {
      reader.error(path, "expected an object, got " + describe(a));
      continue;
    }
    reader.warn_unknown_fields(a, path, {"text", "period", "flow", "product", "source", "ref"});
    Annotation note;
    reader.read_text(a, "text", path, note.text, true, false, kMaxLongText);
    reader.read_string(a, "period", path, note.period_id, true);
    reader.read_string(a, "flow", path, note.flow_id, false);
    reader.read_string(a, "product", path, note.product_id, false);
    std::string source;
    // A callout states a fact of the story: it always names where it comes from.
    if (reader.read_string(a, "source", path, source, true) && !source.empty()) {
      for (std::size_t s = 0; s < meta.sources.size(); ++s) {
        if (meta.sources[s].id == source) note.source = static_cast<std::int32_t>(s);
      }
      if (note.source == kNone) {
        reader.error(path + ".source", "\"" + source + "\" is not a source id in meta.sources");
      }
    }
    reader.read_string(a, "ref", path, note.ref, false);
    meta.annotations.push_back(std::move(note));
  }
}

void resolve_annotations(Dataset& ds, DiagnosticSink& sink) {
  for (std::size_t i = 0; i < ds.meta.annotations.size(); ++i) {
    Annotation& a = ds.meta.annotations[i];
    const std::string path = "meta.annotations[" + std::to_string(i) + "]";
    if (!a.period_id.empty()) {
      a.period = ds.period_position(a.period_id);
      if (a.period == kNone) {
        sink.error(path + ".period",
                   "\"" + a.period_id + "\" is not a period defined in dimensions.period");
      }
    }
    if (!a.flow_id.empty()) {
      a.flow = Dataset::position(ds.flows, a.flow_id);
      if (a.flow == kNone) {
        sink.error(path + ".flow",
                   "\"" + a.flow_id + "\" is not a flow defined in dimensions.flow");
      }
    }
    if (!a.product_id.empty()) {
      a.product = Dataset::position(ds.products, a.product_id);
      if (a.product == kNone) {
        sink.error(path + ".product",
                   "\"" + a.product_id + "\" is not a product defined in dimensions.product");
      }
    }
  }
}

}  // namespace tw::detail
