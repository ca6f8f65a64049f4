// The choices a reader is offered for the current selection: the periods and the partners that
// have figures, so that no control leads to an empty view.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "trade_widget/dataset.h"

namespace tw::detail {

/// Periods with at least one figure (a value, not a stated gap) for the flows x products and the
/// partner (kNone: any partner), sorted so like periods sit together: the longest first (years,
/// then Jan–Sep runs, half-years, two-month spans, months), in time order within each length.
std::vector<int> period_options(const Dataset& ds, const std::vector<int>& flows,
                                const std::vector<int>& products, int partner);

/// Partners (not the aggregate one) with at least one figure for the flows x products in any
/// period, in dataset order.
std::vector<int> partner_options(const Dataset& ds, const std::vector<int>& flows,
                                 const std::vector<int>& products);

/// [{"id", "label", "group": "year"|"part"|"month"}] in one language.
nlohmann::json period_options_json(const Dataset& ds, const std::vector<int>& periods, Lang lang);

/// [{"id", "label"}] in one language.
nlohmann::json partner_options_json(const Dataset& ds, const std::vector<int>& partners, Lang lang);

}  // namespace tw::detail
