// Writing a dataset as JSON in the canonical, human-readable layout of the bundled file: meta and
// dimension items one per line, one observation row per line, numbers as the source wrote them.
#pragma once

#include <string>
#include <string_view>

#include "trade_widget/dataset.h"

namespace tw {

/// The dataset as a `trade-widget/1` file. load_dataset(write_dataset_json(ds)) gives ds back
/// (the values, digits, labels, notes and order); writing the bundled file reproduces its bytes.
/// Fields the format leaves optional are written only when they differ from their default (a
/// phrase equal to the label, aggregate false, an empty code or subtitle are left out).
std::string write_dataset_json(const Dataset& ds);

/// A JSON string literal: quotes, backslashes and control characters escaped, UTF-8 kept as is.
std::string json_string(std::string_view text);

}  // namespace tw
