// The volumes chart (bars of each product's volume for a flow, labelled with the year-on-year
// change) and the year-on-year chart (diverging bars around zero).
#pragma once

#include "chart/chart_frame.h"

namespace tw::detail {

Scene volumes_scene(const ChartInput& in);
Scene yoy_scene(const ChartInput& in);

}  // namespace tw::detail
