// Loading a dataset from JSON bytes, with validation that names the JSON path of every problem.
#pragma once

#include <string_view>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"

namespace tw {

/// The format identifier a dataset must declare in its "format" field.
constexpr const char* kFormatId = "trade-widget/1";

/// Parses and validates a dataset. Never throws: bad input gives errors with path, line and
/// column; unknown fields give warnings. Large observation arrays take a fast path that does
/// not build a JSON tree.
Result<Dataset> load_dataset(std::string_view json_bytes);

}  // namespace tw
