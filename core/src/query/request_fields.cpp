#include "query/request_fields.h"

#include "data/json_text.h"

namespace tw::detail {

using nlohmann::json;

bool read_id_list(const json& j, const char* field, std::vector<std::string>& out,
                  std::vector<Diagnostic>& errors) {
  const auto it = j.find(field);
  if (it == j.end() || it->is_null()) return true;
  const std::string path = std::string("request.") + field;
  if (!it->is_array()) {
    errors.push_back(Diagnostic{path, "expected an array of ids, got " + json_text(*it)});
    return false;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& e = (*it)[i];
    if (!e.is_string()) {
      errors.push_back(Diagnostic{path + "[" + std::to_string(i) + "]",
                                  "expected an id (a string), got " + json_text(e)});
      return false;
    }
    out.push_back(e.get<std::string>());
  }
  return true;
}

bool read_request_string(const json& j, const char* field, std::string& out,
                         std::vector<Diagnostic>& errors) {
  const auto it = j.find(field);
  if (it == j.end() || it->is_null()) return false;
  if (!it->is_string()) {
    errors.push_back(
        Diagnostic{std::string("request.") + field, "expected a string, got " + json_text(*it)});
    return false;
  }
  out = it->get<std::string>();
  return true;
}

}  // namespace tw::detail
