// The dataset the page loaded last, shared by the binding files (one module, one dataset).
#pragma once

#include <string>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"

namespace tw::bindings {

/// nullptr until a dataset loaded successfully.
const Dataset* current_dataset();

/// {"ok": false, "errors": [...], "warnings": [...]} as JSON text.
std::string failure_json(const std::vector<Diagnostic>& errors,
                         const std::vector<Diagnostic>& warnings = {});

}  // namespace tw::bindings
