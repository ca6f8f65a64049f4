#include "data/load_key_points.h"

namespace tw::detail {

using nlohmann::json;

void read_key_points(MetaReader& reader, const json& meta_json, Meta& meta) {
  reader.read_objects(meta_json, "key_points", "meta.key_points",
                      [&](const json& k, const std::string& path) {
                        reader.warn_unknown_fields(k, path, {"text", "source", "ref"});
                        KeyPoint point;
                        reader.read_text(k, "text", path, point.text, true, false, kMaxLongText);
                        // A key point is a quotation: it always names where it comes from.
                        reader.read_source(k, path, meta, point.source);
                        reader.read_string(k, "ref", path, point.ref, false);
                        meta.key_points.push_back(std::move(point));
                      });
}

}  // namespace tw::detail
