// Reading a view request: the reader's choices as JSON, checked field by field.
#include <algorithm>

#include "trade_widget/view.h"

namespace tw {

using nlohmann::json;

namespace {

bool read_id_list(const json& j, const char* field, std::vector<std::string>& out,
                  std::vector<Diagnostic>& errors) {
  const auto it = j.find(field);
  if (it == j.end() || it->is_null()) return true;
  const std::string path = std::string("request.") + field;
  if (!it->is_array()) {
    errors.push_back(Diagnostic{path, "expected an array of ids, got " + it->dump()});
    return false;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& e = (*it)[i];
    if (!e.is_string()) {
      errors.push_back(Diagnostic{path + "[" + std::to_string(i) + "]",
                                  "expected an id (a string), got " + e.dump()});
      return false;
    }
    out.push_back(e.get<std::string>());
  }
  return true;
}

/// A string field, or an error naming it when it has another type.
bool read_string(const json& j, const char* field, std::string& out,
                 std::vector<Diagnostic>& errors) {
  const auto it = j.find(field);
  if (it == j.end() || it->is_null()) return false;
  if (!it->is_string()) {
    errors.push_back(
        Diagnostic{std::string("request.") + field, "expected a string, got " + it->dump()});
    return false;
  }
  out = it->get<std::string>();
  return true;
}

}  // namespace

const std::vector<ViewKind>& view_kinds() {
  static const std::vector<ViewKind> kinds = {ViewKind::volumes, ViewKind::yoy, ViewKind::shares,
                                              ViewKind::monthly};
  return kinds;
}

const char* view_kind_id(ViewKind kind) {
  switch (kind) {
    case ViewKind::volumes:
      return "volumes";
    case ViewKind::yoy:
      return "yoy";
    case ViewKind::shares:
      return "shares";
    case ViewKind::monthly:
      return "monthly";
  }
  return "volumes";
}

Result<ViewRequest> parse_view_request(std::string_view text) {
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return Result<ViewRequest>::failure({Diagnostic{"request", "expected a JSON object"}});
  }
  ViewRequest r;
  std::vector<Diagnostic> errors;
  read_id_list(j, "flows", r.flows, errors);
  read_id_list(j, "products", r.products, errors);
  read_string(j, "period", r.period, errors);
  std::string lang;
  if (read_string(j, "lang", lang, errors)) {
    if (lang == "zh") {
      r.lang = Lang::zh;
    } else if (lang != "en") {
      errors.push_back(
          Diagnostic{"request.lang", "expected \"en\" or \"zh\", got \"" + lang + "\""});
    }
  }
  std::string view;
  if (read_string(j, "view", view, errors)) {
    const auto& kinds = view_kinds();
    const auto it = std::find_if(kinds.begin(), kinds.end(),
                                 [&view](ViewKind k) { return view == view_kind_id(k); });
    if (it == kinds.end()) {
      errors.push_back(Diagnostic{"request.view", "unknown view \"" + view +
                                                      "\"; expected volumes, yoy, shares or "
                                                      "monthly"});
    } else {
      r.kind = *it;
    }
  }
  if (!errors.empty()) return Result<ViewRequest>::failure(std::move(errors));
  return Result<ViewRequest>::success(std::move(r));
}

}  // namespace tw
