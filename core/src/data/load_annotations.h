// meta.annotations: the story's callouts, tied to a period (and to a flow and product when they
// are about one figure). Read with the meta fields; their ids resolved once dimensions are read.
#pragma once

#include <nlohmann/json.hpp>

#include "data/load_diagnostics.h"
#include "data/load_meta.h"
#include "trade_widget/dataset.h"

namespace tw::detail {

/// Reads the optional meta.annotations ([{"text": Text, "period": id, "flow": id, "product": id,
/// "source": id, "ref": "[4]"|null}]) into meta.annotations. Call after meta.sources is read.
void read_annotations(MetaReader& reader, const nlohmann::json& meta_json, Meta& meta);

/// Each annotation's period, flow and product ids against the dimensions; errors name the path.
void resolve_annotations(Dataset& ds, DiagnosticSink& sink);

}  // namespace tw::detail
