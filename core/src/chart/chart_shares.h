// The partner-shares chart: one 100% bar per flow for one product, split into the partners
// whose shares are known and "others or not reported".
#pragma once

#include "chart/chart_frame.h"

namespace tw::detail {

Scene shares_scene(const ChartInput& in);

/// The requested product, or the first selected product for which `has_data` is true; kNone
/// when there is none.
int chosen_product(const ChartInput& in, bool (*has_data)(const ChartInput&, int product));

}  // namespace tw::detail
