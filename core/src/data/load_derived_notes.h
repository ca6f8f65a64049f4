// meta.derived_notes: notes on a figure the widget computes (a share, a year-on-year change, a
// year-earlier volume), keyed like a row. Read with the meta fields, resolved once dimensions are
// read, and checked against the rows: a stated figure's note belongs on its row.
#pragma once

#include <nlohmann/json.hpp>

#include "data/load_diagnostics.h"
#include "data/load_meta.h"
#include "trade_widget/dataset.h"

namespace tw::detail {

/// Reads [{"flow", "product", "partner", "period", "measure", "note": id | [ids]}]. After notes.
void read_derived_notes(MetaReader& reader, const nlohmann::json& meta_json, Meta& meta);

/// Each entry's ids against the dimensions; errors name the path and the id.
void resolve_derived_notes(Dataset& ds, DiagnosticSink& sink);

/// After the rows: no row has the key of a derived note (its note belongs on that row).
void check_derived_notes(const Dataset& ds, DiagnosticSink& sink);

}  // namespace tw::detail
