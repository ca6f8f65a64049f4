#include "trade_widget/chart.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "chart/chart_frame.h"
#include "chart/chart_image.h"
#include "chart/chart_monthly.h"
#include "chart/chart_partners.h"
#include "chart/chart_shares.h"
#include "chart/chart_volumes.h"
#include "data/json_parse.h"
#include "data/json_text.h"
#include "query/request_fields.h"
#include "trade_widget/query.h"
#include "trade_widget/svg.h"

namespace tw {

namespace {

using nlohmann::json;

/// Ids resolved through the query module; its "selection." paths become "request." paths.
Result<ResolvedSelection> resolve(const Dataset& ds, const ChartRequest& r) {
  Selection s;
  s.flows =
      r.flows.empty()
          ? std::vector<std::string>{ds.flows[static_cast<std::size_t>(ds.meta.default_flow)].id}
          : r.flows;
  s.products = r.products;
  if (!r.period.empty()) s.periods = {r.period};
  auto resolved = resolve_selection(ds, s);
  if (resolved.ok()) return resolved;
  std::vector<Diagnostic> errors = resolved.errors();
  for (Diagnostic& d : errors) {
    if (d.path.rfind("selection.periods", 0) == 0) {
      d.path = "request.period";
    } else if (d.path.rfind("selection.", 0) == 0) {
      d.path = "request." + d.path.substr(10);
    }
  }
  return Result<ResolvedSelection>::failure(std::move(errors));
}

}  // namespace

const std::vector<std::string>& chart_types() {
  static const std::vector<std::string> types = {"volumes", "yoy", "shares", "monthly", "partners"};
  return types;
}

Result<ChartRequest> parse_chart_request(std::string_view text) {
  const json j = detail::parse_json(text);
  if (j.is_discarded() || !j.is_object()) {
    return Result<ChartRequest>::failure({Diagnostic{"request", "expected a JSON object"}});
  }
  ChartRequest r;
  std::vector<Diagnostic> errors;
  detail::read_request_string(j, "chart", r.chart, errors);
  detail::read_id_list(j, "flows", r.flows, errors);
  detail::read_id_list(j, "products", r.products, errors);
  detail::read_request_string(j, "period", r.period, errors);
  detail::read_request_string(j, "product", r.product, errors);
  detail::read_id_list(j, "notes", r.notes, errors);
  std::string lang = "en";
  detail::read_request_string(j, "lang", lang, errors);
  if (lang == "zh") {
    r.lang = Lang::zh;
  } else if (lang != "en") {
    errors.push_back(Diagnostic{"request.lang", "expected \"en\" or \"zh\", got \"" + lang + "\""});
  }
  const auto width = j.find("width");
  if (width != j.end() && !width->is_null()) {
    if (!width->is_number() || !std::isfinite(width->get<double>())) {
      errors.push_back(
          Diagnostic{"request.width", "expected a number of px, got " + detail::json_text(*width)});
    } else {
      // Kept as given (within int range); chart_scene clamps it to 320-1200 with a warning.
      r.width = static_cast<int>(std::lround(std::clamp(width->get<double>(), -1e6, 1e6)));
    }
  }
  const auto compact = j.find("compact");
  if (compact != j.end() && !compact->is_null()) {
    if (compact->is_boolean()) {
      r.compact = compact->get<bool>();
    } else {
      errors.push_back(Diagnostic{"request.compact",
                                  "expected true or false, got " + detail::json_text(*compact)});
    }
  }
  if (!errors.empty()) return Result<ChartRequest>::failure(std::move(errors));
  return Result<ChartRequest>::success(std::move(r));
}

Result<Scene> chart_scene(const Dataset& ds, const ChartRequest& request) {
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;
  const auto& types = chart_types();
  const std::string chart = request.chart.empty() ? "volumes" : request.chart;
  if (std::find(types.begin(), types.end(), chart) == types.end()) {
    errors.push_back(Diagnostic{"request.chart", "\"" + request.chart +
                                                     "\" is not a chart type: expected volumes, "
                                                     "yoy, shares, monthly or partners"});
  }
  if (request.flows.size() > 2) {
    errors.push_back(
        Diagnostic{"request.flows", "at most two flows can be drawn side by side, got " +
                                        std::to_string(request.flows.size())});
  }
  detail::ChartInput in;
  in.ds = &ds;
  in.lang = request.lang;
  int width = request.width;
  if (width < kMinChartWidth || width > kMaxChartWidth) {
    const int clamped = std::clamp(width, kMinChartWidth, kMaxChartWidth);
    warnings.push_back(Diagnostic{
        "request.width", "charts are laid out from 320 to 1200 px wide; " + std::to_string(width) +
                             " px was drawn at " + std::to_string(clamped) + " px"});
    width = clamped;
  }
  in.width = width;
  in.compact = request.compact;
  for (std::size_t i = 0; i < request.notes.size(); ++i) {
    int note = kNone;
    for (std::size_t k = 0; k < ds.meta.notes.size(); ++k) {
      if (ds.meta.notes[k].id == request.notes[i]) note = static_cast<int>(k);
    }
    if (note == kNone) {
      errors.push_back(Diagnostic{"request.notes[" + std::to_string(i) + "]",
                                  "\"" + request.notes[i] + "\" is not in this dataset's notes"});
    } else {
      in.note_order.push_back(note);
    }
  }
  if (!request.product.empty()) {
    in.product = Dataset::position(ds.products, request.product);
    if (in.product == kNone) {
      errors.push_back(Diagnostic{"request.product",
                                  "\"" + request.product + "\" is not in this dataset's products"});
    }
  }
  const auto resolved = resolve(ds, request);
  if (!resolved.ok())
    errors.insert(errors.end(), resolved.errors().begin(), resolved.errors().end());
  if (!errors.empty()) return Result<Scene>::failure(std::move(errors), std::move(warnings));
  in.flows = resolved.value().flows;
  in.products = resolved.value().products;
  in.period = request.period.empty() ? ds.meta.default_period : resolved.value().periods.front();
  Scene scene;
  if (chart == "volumes") scene = detail::volumes_scene(in);
  if (chart == "yoy") scene = detail::yoy_scene(in);
  if (chart == "shares") scene = detail::shares_scene(in);
  if (chart == "monthly") scene = detail::monthly_scene(in);
  if (chart == "partners") scene = detail::partners_scene(in);
  return Result<Scene>::success(std::move(scene), std::move(warnings));
}

std::vector<std::string> flows_drawn_apart(const Dataset& ds, const ChartRequest& request) {
  if (request.flows.size() < 2) return request.flows;
  std::vector<std::string> out;
  for (const std::string& flow : request.flows) {
    ChartRequest one = request;
    one.flows = {flow};
    const auto scene = chart_scene(ds, one);
    if (!scene.ok()) return request.flows;  // the whole request shows its error
    const std::vector<Mark>& marks = scene.value().marks;
    // "empty": the text a chart (or a panel) draws when it has no figure to show.
    if (std::none_of(marks.begin(), marks.end(), [](const Mark& m) { return m.role == "empty"; }))
      out.push_back(flow);
  }
  return out.empty() ? request.flows : out;
}

Result<std::string> render_chart_svg(const Dataset& ds, const ChartRequest& request) {
  auto scene = chart_scene(ds, request);
  if (!scene.ok()) return Result<std::string>::failure(scene.errors(), scene.warnings());
  return Result<std::string>::success(to_svg(scene.value()), scene.warnings());
}

Result<std::string> render_image_svg(const Dataset& ds, const ChartRequest& request) {
  auto scene = chart_scene(ds, request);
  if (!scene.ok()) return Result<std::string>::failure(scene.errors(), scene.warnings());
  SvgOptions options;
  options.embed_style = true;
  return Result<std::string>::success(
      to_svg(detail::image_scene(ds, std::move(scene.value())), options), scene.warnings());
}

}  // namespace tw
