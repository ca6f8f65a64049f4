// The partner-breakdown chart: bars of partner volumes for one flow x product x period, with
// each partner's share of the total (derived when the source gives only volumes); bars of
// shares when the partners' volumes are not all known.
#pragma once

#include "chart/chart_frame.h"

namespace tw::detail {

Scene partners_scene(const ChartInput& in);

}  // namespace tw::detail
