// The replies' outer object, written as text around members that are already JSON text. Why not
// an nlohmann::json object per reply: each brace-initialised object compiles its own tree
// building (maps of strings to trees) into the module, for replies that have a fixed shape.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

namespace tw::bindings {

/// {"k1":v1,"k2":v2,...}: each value is JSON text. Give the keys in alphabetical order, the
/// order nlohmann::json writes an object's keys in (the replies' text stays as it was).
inline std::string json_object(std::initializer_list<std::pair<const char*, std::string>> members) {
  std::string out = "{";
  for (const auto& [key, value] : members) {
    if (out.size() > 1) out += ',';
    out += '"';
    out += key;  // the replies' keys are plain ASCII words
    out += "\":";
    out += value;
  }
  return out + "}";
}

/// A string as JSON text (quoted and escaped as nlohmann::json writes it).
inline std::string json_string(const std::string& text) { return nlohmann::json(text).dump(); }

}  // namespace tw::bindings
