// Stage 5 of loading, dataset: checks that need every row (partner shares that add up to more
// than 100%), and the messages made printable before they leave the loader.
#pragma once

#include <vector>

#include "data/load_diagnostics.h"
#include "trade_widget/dataset.h"

namespace tw::detail {

/// Shares of one flow x product x period across distinct partners cannot exceed 100%.
void check_share_totals(const Dataset& ds, DiagnosticSink& sink);

/// Every control character in paths and messages escaped (a key may hold a NUL, a newline or an
/// ANSI escape sequence): messages reach terminals, logs and the page as one line of text.
void make_printable(std::vector<Diagnostic>& diagnostics);

}  // namespace tw::detail
