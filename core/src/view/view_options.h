// The choices a reader is offered for the current selection: the periods and the partners that
// have figures, so that no control leads to an empty view.
#pragma once

#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/view.h"

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

/// The periods as choices in one language, with their group: "year", "part" or "month".
std::vector<ViewOption> period_choices(const Dataset& ds, const std::vector<int>& periods,
                                       Lang lang);

/// The partners as choices in one language.
std::vector<ViewOption> partner_choices(const Dataset& ds, const std::vector<int>& partners,
                                        Lang lang);

}  // namespace tw::detail
