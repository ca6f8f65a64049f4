// meta.complete_partners: a source's statement that the partners it names are the only ones of a
// flow x product x period ("only Japan and Korea"). Read with the meta fields, resolved once the
// dimensions are read, and checked against the rows (no other partner may have a figure there).
#pragma once

#include <nlohmann/json.hpp>

#include "data/load_diagnostics.h"
#include "data/load_meta.h"
#include "trade_widget/dataset.h"

namespace tw::detail {

/// Reads [{"flow", "product", "period", "partners": [ids], "source", "ref"}]. After sources.
void read_complete_partners(MetaReader& reader, const nlohmann::json& meta_json, Meta& meta);

/// Each statement's ids against the dimensions; errors name the path and the id.
void resolve_complete_partners(Dataset& ds, DiagnosticSink& sink);

/// After the rows: a partner that the statement does not name has no figure for its cell.
void check_complete_partners(const Dataset& ds, DiagnosticSink& sink);

}  // namespace tw::detail
