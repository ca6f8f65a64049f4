// Stage 3 of loading, tree: the small members (format, meta, dimensions) become nlohmann::json
// trees for the schema stage. The rows never become a tree (see load_rows.h).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "data/load_diagnostics.h"

namespace tw::detail {

/// Parses text[start, end), a value the syntax stage accepted. Should the tree reader still
/// refuse it, the error is recorded (path, line, column): a member is never dropped silently.
bool read_tree(std::string_view text, std::size_t start, std::size_t end, const std::string& path,
               DiagnosticSink& sink, nlohmann::json& out);

}  // namespace tw::detail
