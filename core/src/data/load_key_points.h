// meta.key_points: the story's own findings, read on their own so the meta reader only calls in.
#pragma once

#include <nlohmann/json.hpp>

#include "data/load_meta.h"
#include "trade_widget/dataset.h"

namespace tw::detail {

/// Reads the optional meta.key_points ([{"text": Text, "source": id, "ref": "[1][21]"|null}])
/// into meta.key_points. Call after meta.sources is read: each source id must name one of them.
/// Errors name the path (meta.key_points[2].source) and the value.
void read_key_points(MetaReader& reader, const nlohmann::json& meta_json, Meta& meta);

}  // namespace tw::detail
