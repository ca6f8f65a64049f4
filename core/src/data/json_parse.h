// nlohmann/json's parse without exceptions, through one parser only.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace tw::detail {

/// The document `text` holds, or a discarded value when it is not valid JSON (trailing content
/// included), as nlohmann::json::parse(text, nullptr, false) gives. Why not that call: it
/// compiles two parsers (with and without a callback) into the page module; this one compiles
/// only the parser without a callback, about 11 KB less of the module's code.
inline nlohmann::json parse_json(std::string_view text) {
  nlohmann::json out;
  nlohmann::detail::json_sax_dom_parser<nlohmann::json> builder(out, false);
  if (!nlohmann::json::sax_parse(text, &builder) || builder.is_errored()) {
    out = nlohmann::json(nlohmann::json::value_t::discarded);
  }
  return out;
}

}  // namespace tw::detail
