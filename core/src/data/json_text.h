// A value read with nlohmann::json, written back as text for a message ("expected a string, got
// 12"). Why not json::dump(): it is nlohmann's serializer, which nothing else in the page's
// module needs now that the replies are written with JsonWriter.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace tw::detail {

/// The value as dump() writes it (no spaces, object members in the tree's order).
std::string json_text(const nlohmann::json& value);

}  // namespace tw::detail
