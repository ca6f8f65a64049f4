// What the page shows, computed in one place: a view request (JSON) in, a view (JSON) out. The
// page inserts these values into the DOM and computes nothing itself.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"

namespace tw {

/// The reader's view toggle: which chart and which rows the table lists.
enum class ViewKind { volumes, yoy, shares, monthly };

/// "volumes", "yoy", "shares", "monthly".
const char* view_kind_id(ViewKind kind);

/// Every view, in the order the page offers them.
const std::vector<ViewKind>& view_kinds();

/// A reader's choices. Empty lists mean the dataset's defaults (default flow, every product).
struct ViewRequest {
  std::vector<std::string> flows;
  std::vector<std::string> products;
  std::string period;   ///< empty: the dataset's default period
  std::string partner;  ///< empty or the aggregate partner: world figures; else one partner's
  ViewKind kind = ViewKind::volumes;
  Lang lang = Lang::en;
};

/// Parses {"flows": [...], "products": [...], "period": "...", "partner": "...", "view":
/// "volumes"|"yoy"|"shares"| "monthly", "lang": "en"|"zh"}. Every field is optional; a field of the
/// wrong type or an unknown view is an error naming the field.
Result<ViewRequest> parse_view_request(std::string_view json_text);

/// Titles, sources, notes and the dimensions' labels in one language (for the controls).
nlohmann::json describe_dataset(const Dataset& ds, Lang lang);

/// The observations the view's table lists (and a CSV export contains), in the order shown:
/// volumes, yoy and shares list every stated row of the period; monthly lists the time series of
/// the aggregate partner. Unknown ids are errors naming the list and the id.
Result<std::vector<std::int32_t>> view_observations(const Dataset& ds, const ViewRequest& request);

/// Summary cards, narrative, table rows, the sources and notes behind them, and the chart
/// requests of the view; errors name unknown ids.
Result<nlohmann::json> view_json(const Dataset& ds, const ViewRequest& request);

/// The diagnostics as [{"path", "message", "line", "column", "text"}].
nlohmann::json diagnostics_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace tw
