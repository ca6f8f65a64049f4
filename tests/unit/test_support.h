// Shared helpers for the core tests: the bundled dataset, loaded once.
#pragma once

#include <string>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/file.h"
#include "trade_widget/load.h"

namespace tw::test {

inline std::string source_path(const std::string& relative) {
  return std::string(TW_SOURCE_DIR) + "/" + relative;
}

inline std::string read_fixture(const std::string& relative) {
  auto bytes = read_file(source_path(relative));
  return bytes.ok() ? bytes.value() : std::string();
}

/// The bundled dataset (public/data/china-rare-earths-2025.json), loaded once.
const Dataset& bundled();

/// A small dataset around the given observation rows, for validation tests.
std::string dataset_with_rows(const std::string& rows);

/// The loader's errors for `dataset_with_rows(rows)`, each as "path: message".
std::vector<std::string> row_errors(const std::string& rows);

}  // namespace tw::test
