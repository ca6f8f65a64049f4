// The charts' Embind entry point: a chart request (JSON text) in, {"ok": true, "svg", "width",
// "height", "warnings"} or {"ok": false, "errors", "warnings"} (JSON text) out. The SVG is the
// same byte for byte as `trade-widget render` writes natively.
#include <emscripten/bind.h>

#include <cmath>
#include <string>

#include "current_dataset.h"
#include "reply_json.h"
#include "trade_widget/chart.h"
#include "trade_widget/svg.h"
#include "trade_widget/view.h"

namespace {

using tw::bindings::failure_json;
using tw::bindings::ok_reply;

std::string chart(std::string request_json) {
  const tw::Dataset* ds = tw::bindings::current_dataset();
  if (ds == nullptr) return failure_json({tw::Diagnostic{"", "no dataset is loaded"}});
  const auto request = tw::parse_chart_request(request_json);
  if (!request.ok()) return failure_json(request.errors());
  const auto scene = tw::chart_scene(*ds, request.value());
  if (!scene.ok()) return failure_json(scene.errors(), scene.warnings());
  tw::JsonWriter out = ok_reply();
  out.key("height").integer(std::lround(scene.value().height));
  out.member("svg", tw::to_svg(scene.value()));
  tw::write_diagnostics(out.key("warnings"), scene.warnings());
  out.key("width").integer(std::lround(scene.value().width));
  return out.end().take();
}

/// The chart as an image file to download (story title, theme embedded, opaque background):
/// {"ok": true, "svg", "width", "height"}. The page draws the PNG from this SVG.
std::string chart_image(std::string request_json) {
  const tw::Dataset* ds = tw::bindings::current_dataset();
  if (ds == nullptr) return failure_json({tw::Diagnostic{"", "no dataset is loaded"}});
  const auto request = tw::parse_chart_request(request_json);
  if (!request.ok()) return failure_json(request.errors());
  const auto svg = tw::render_image_svg(*ds, request.value());
  if (!svg.ok()) return failure_json(svg.errors(), svg.warnings());
  return ok_reply().member("svg", svg.value()).end().take();
}

}  // namespace

EMSCRIPTEN_BINDINGS(trade_widget_charts) {
  emscripten::function("chart", &chart);
  emscripten::function("chartImage", &chart_image);
}
