// The monthly chart: one line per year over the twelve months for one flow x product (the
// aggregate partner), with gaps where no source gives the month (never interpolated), periods
// reported as one figure (e.g. Jan-Feb) drawn as one span, and notes marked on their month.
#pragma once

#include "chart/chart_frame.h"

namespace tw::detail {

Scene monthly_scene(const ChartInput& in);

}  // namespace tw::detail
