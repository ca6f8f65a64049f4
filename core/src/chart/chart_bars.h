// Horizontal bar panels, shared by the volumes, year-on-year and partner charts: one row per
// item, sorted by the caller, grouped (totals apart from the items they contain), with value
// labels that never overlap, a shared scale across panels and a zero line.
#pragma once

#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "chart/chart_frame.h"

namespace tw::detail {

struct BarRow {
  std::string label;                                        ///< "Oxides"
  double value = std::numeric_limits<double>::quiet_NaN();  ///< bar length; NaN: no bar
  std::string value_text;     ///< "24,151.3 t, +38.0%" or "not reported"
  bool not_reported = false;  ///< the value text says the figure is missing
  std::string bar_classes;    ///< "tw-bar", "tw-bar tw-aggregate", "tw-rise tw-derived", ...
  std::string aria_label;     ///< the full reading
  std::string key;
  std::int32_t observation = kNone;
  /// The figure the bar draws is a bound or "about" (as its size, the way the source words it):
  /// the bar's end gets a mark saying so (bound_marks in chart_bars.cpp).
  Qualifier bound = Qualifier::exact;
};

struct BarGroup {
  std::string heading;  ///< shown above the rows when not empty
  std::vector<BarRow> rows;
};

struct BarPanel {
  std::string heading;  ///< shown when there are several panels
  std::vector<BarGroup> groups;
  std::vector<std::string> notes_below;  ///< text lines under the axis
  std::string empty_text;                ///< shown when no group has rows
};

struct BarAxis {
  /// A tick value with the tick step's decimals, formatted through format.h.
  std::function<std::string(double value, int decimals)> tick_label;
};

/// Lays the panels out side by side when there is room, else one under the other, from the
/// frame's cursor down; all panels share one scale.
void layout_bars(Frame& frame, const std::vector<BarPanel>& panels, const BarAxis& axis);

}  // namespace tw::detail
