#include "data/load_key_points.h"

namespace tw::detail {

using nlohmann::json;

void read_key_points(MetaReader& reader, const json& meta_json, Meta& meta) {
  const auto list = meta_json.find("key_points");
  if (list == meta_json.end() || list->is_null()) return;
  if (!list->is_array()) {
    reader.error("meta.key_points", "expected an array, got " + describe(*list));
    return;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& k = (*list)[i];
    const std::string path = "meta.key_points[" + std::to_string(i) + "]";
    if (!k.is_object()) {
      reader.error(path, "expected an object, got " + describe(k));
      continue;
    }
    reader.warn_unknown_fields(k, path, {"text", "source", "ref"});
    KeyPoint point;
    reader.read_text(k, "text", path, point.text, true, false, kMaxLongText);
    std::string source;
    // A key point is a quotation: it always names where it comes from.
    if (reader.read_string(k, "source", path, source, true) && !source.empty()) {
      for (std::size_t s = 0; s < meta.sources.size(); ++s) {
        if (meta.sources[s].id == source) point.source = static_cast<std::int32_t>(s);
      }
      if (point.source == kNone) {
        reader.error(path + ".source", "\"" + source + "\" is not a source id in meta.sources");
      }
    }
    reader.read_string(k, "ref", path, point.ref, false);
    meta.key_points.push_back(std::move(point));
  }
}

}  // namespace tw::detail
