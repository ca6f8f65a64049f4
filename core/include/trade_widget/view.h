// What the page shows, computed in one place: a view request (JSON) in, a view (JSON) out. The
// page inserts these values into the DOM and computes nothing itself.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"

namespace tw {

/// A reader's choices. Empty lists mean the dataset's defaults (default flow, every product).
struct ViewRequest {
  std::vector<std::string> flows;
  std::vector<std::string> products;
  std::string period;  ///< empty: the dataset's default period
  Lang lang = Lang::en;
};

/// Parses {"flows": [...], "products": [...], "period": "...", "lang": "en"|"zh"}.
Result<ViewRequest> parse_view_request(std::string_view json_text);

/// Titles, sources, notes and the dimensions' labels in one language (for the controls).
nlohmann::json describe_dataset(const Dataset& ds, Lang lang);

/// Summary cards, narrative and table rows for the request; errors name unknown ids.
Result<nlohmann::json> view_json(const Dataset& ds, const ViewRequest& request);

/// The diagnostics as [{"path", "message", "line", "column", "text"}].
nlohmann::json diagnostics_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace tw
