// Charts: dataset + request (chart type, selection, language, width) -> scene -> SVG. The page
// inserts the SVG and wires events; it never computes a coordinate or a number.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"
#include "trade_widget/scene.h"

namespace tw {

constexpr int kMinChartWidth = 320;
constexpr int kMaxChartWidth = 1200;

/// What to draw.
struct ChartRequest {
  std::string chart;  ///< "volumes" | "yoy" | "shares" | "monthly" | "partners"
  /// Empty: the dataset's default flow. Two flows: side by side (or stacked when narrow).
  std::vector<std::string> flows;
  std::vector<std::string> products;  ///< empty: all products
  std::string period;                 ///< empty: the dataset's default period
  /// For "shares", "monthly" and "partners": one product id; empty: the first selected
  /// product that has data for the chart.
  std::string product;
  Lang lang = Lang::en;
  int width = 800;  ///< px; outside 320-1200 it is clamped, with a warning
  /// For a page that shows the notes and the sources around the chart (the embed): the title
  /// and the marks, but no subtitle, note marks, notes or source line; <desc> stays, and every
  /// mark's aria-label still carries its note.
  bool compact = false;
  /// The page's notes in its numbering (note ids): a chart on a page marks a note with the
  /// page's number, so one mark means one note everywhere. Notes not listed are numbered after.
  std::vector<std::string> notes;
};

/// The chart types, in the order the widget offers them.
const std::vector<std::string>& chart_types();

/// Parses {"chart", "flows", "products", "period", "product", "lang", "width", "compact",
/// "notes"}; errors
/// name the field and the value.
Result<ChartRequest> parse_chart_request(std::string_view json_text);

/// The chart as a scene; unknown ids are errors naming the request field.
Result<Scene> chart_scene(const Dataset& ds, const ChartRequest& request);

/// The flows of a two-flow request that each have something to draw on their own: the embed
/// draws one chart per flow, side by side in its strip, so that each is as tall as a one-flow
/// chart. A flow whose chart would only say that nothing is reported is left out; when neither
/// has figures (or the request is in error), the request's flows are returned as they are.
std::vector<std::string> flows_drawn_apart(const Dataset& ds, const ChartRequest& request);

/// The chart as an SVG document (no embedded style: the page links chart-theme.css).
Result<std::string> render_chart_svg(const Dataset& ds, const ChartRequest& request);

/// The chart as an image file to share or download: the dataset's title above the chart's own
/// title, notes and source line, on an opaque background, with the theme embedded (a file read
/// on its own, or drawn into a PNG, looks as it does on the page).
Result<std::string> render_image_svg(const Dataset& ds, const ChartRequest& request);

}  // namespace tw
