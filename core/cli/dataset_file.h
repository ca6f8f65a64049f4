// Loading a dataset file for a command, printing warnings and errors with the file name.
#pragma once

#include <optional>
#include <string>

#include "trade_widget/dataset.h"

namespace tw::cli {

/// The dataset, or nothing after printing every error (path, line, column) to stderr.
std::optional<Dataset> load_dataset_file(const std::string& path, bool print_warnings = true);

/// "12 observations, 1 flow, 2 products, 1 partner, 9 periods": the sizes of a valid dataset,
/// each noun singular for one.
std::string dataset_counts(const Dataset& ds);

}  // namespace tw::cli
