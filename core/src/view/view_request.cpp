// Reading a view request: the reader's choices as JSON, checked field by field.
#include <algorithm>

#include "data/json_parse.h"
#include "query/request_fields.h"
#include "trade_widget/view.h"

namespace tw {

using nlohmann::json;

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
  const json j = detail::parse_json(text);
  if (j.is_discarded() || !j.is_object()) {
    return Result<ViewRequest>::failure({Diagnostic{"request", "expected a JSON object"}});
  }
  ViewRequest r;
  std::vector<Diagnostic> errors;
  detail::read_id_list(j, "flows", r.flows, errors);
  detail::read_id_list(j, "products", r.products, errors);
  detail::read_request_string(j, "period", r.period, errors);
  detail::read_request_string(j, "partner", r.partner, errors);
  std::string lang;
  if (detail::read_request_string(j, "lang", lang, errors)) {
    if (lang == "zh") {
      r.lang = Lang::zh;
    } else if (lang != "en") {
      errors.push_back(
          Diagnostic{"request.lang", "expected \"en\" or \"zh\", got \"" + lang + "\""});
    }
  }
  std::string view;
  if (detail::read_request_string(j, "view", view, errors)) {
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
