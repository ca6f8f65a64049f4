#include "data/load_annotations.h"

namespace tw::detail {

using nlohmann::json;

void read_annotations(MetaReader& reader, const json& meta_json, Meta& meta) {
  reader.read_objects(
      meta_json, "annotations", "meta.annotations", [&](const json& a, const std::string& path) {
        reader.warn_unknown_fields(a, path, {"text", "period", "flow", "product", "source", "ref"});
        Annotation note;
        reader.read_text(a, "text", path, note.text, true, false, kMaxLongText);
        reader.read_string(a, "period", path, note.period_id, true);
        reader.read_string(a, "flow", path, note.flow_id, false);
        reader.read_string(a, "product", path, note.product_id, false);
        // A callout states a fact of the story: it always names where it comes from.
        reader.read_source(a, path, meta, note.source);
        reader.read_string(a, "ref", path, note.ref, false);
        meta.annotations.push_back(std::move(note));
      });
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
