// Reading the fields of a request the page sends as JSON (view and chart requests alike).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "trade_widget/result.h"

namespace tw::detail {

/// An optional array of ids at request.FIELD; a wrong type is an error naming the element.
bool read_id_list(const nlohmann::json& request, const char* field, std::vector<std::string>& out,
                  std::vector<Diagnostic>& errors);

/// An optional string at request.FIELD: true when present; a wrong type is an error.
bool read_request_string(const nlohmann::json& request, const char* field, std::string& out,
                         std::vector<Diagnostic>& errors);

}  // namespace tw::detail
