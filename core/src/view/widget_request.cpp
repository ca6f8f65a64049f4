// Reading a widget request: a view request plus what the page around it needs (layout, an empty
// product choice, the settings of a link that were ignored).
#include "data/json_parse.h"
#include "data/json_text.h"
#include "query/request_fields.h"
#include "trade_widget/view_html.h"

namespace tw {

using nlohmann::json;

Result<WidgetRequest> parse_widget_request(std::string_view text) {
  auto view = parse_view_request(text);
  if (!view.ok()) return Result<WidgetRequest>::failure(view.errors());
  // An object: parse_view_request checked it. parse_json, as everywhere in the page module: one
  // parser compiled in, not a second one with a callback.
  const json j = detail::parse_json(text);
  WidgetRequest r;
  r.view = std::move(view.value());
  std::vector<Diagnostic> errors;
  std::string layout;
  if (detail::read_request_string(j, "layout", layout, errors)) {
    if (layout == "full") {
      r.layout = Layout::full;
    } else if (layout != "embed") {
      errors.push_back(
          Diagnostic{"request.layout", "expected \"embed\" or \"full\", got \"" + layout + "\""});
    }
  }
  const auto none = j.find("noProducts");
  if (none != j.end() && !none->is_null()) {
    if (none->is_boolean()) {
      r.no_products = none->get<bool>();
    } else {
      errors.push_back(Diagnostic{"request.noProducts",
                                  "expected true or false, got " + detail::json_text(*none)});
    }
  }
  detail::read_id_list(j, "ignored", r.ignored, errors);
  if (!errors.empty()) return Result<WidgetRequest>::failure(std::move(errors));
  return Result<WidgetRequest>::success(std::move(r));
}

}  // namespace tw
