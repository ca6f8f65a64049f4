#include "data/json_tree.h"

#include "data/json_parse.h"

namespace tw::detail {

bool read_tree(std::string_view text, std::size_t start, std::size_t end, const std::string& path,
               DiagnosticSink& sink, nlohmann::json& out) {
  // Exceptions stay off: a refusal comes back as a discarded value.
  out = parse_json(text.substr(start, end - start));
  if (!out.is_discarded()) return true;
  sink.error_at(start, path, "this value could not be read as JSON");
  return false;
}

}  // namespace tw::detail
