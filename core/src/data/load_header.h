// Stage 4a of loading, schema of the header: format, meta and dimensions, read from their trees,
// and the dataset-level facts that follow from them (default flow and period).
#pragma once

#include <string_view>

#include "data/json_syntax.h"
#include "data/load_diagnostics.h"
#include "trade_widget/dataset.h"

namespace tw::detail {

/// Reads every top-level member but the rows into ds. False when any of it is in error: rows
/// refer to dimensions, sources and notes, so without them every row would be an error too.
bool read_header(std::string_view text, const SyntaxOutline& outline, Dataset& ds,
                 DiagnosticSink& sink);

}  // namespace tw::detail
