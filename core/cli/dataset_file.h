// Loading a dataset file for a command, printing warnings and errors with the file name.
#pragma once

#include <optional>
#include <string>

#include "trade_widget/dataset.h"

namespace tw::cli {

/// The dataset, or nothing after printing every error (path, line, column) to stderr.
std::optional<Dataset> load_dataset_file(const std::string& path, bool print_warnings = true);

}  // namespace tw::cli
