// libFuzzer target: the query, summary and view API on datasets that load. Random bytes rarely
// form a valid dataset, so the bytes drive a generator of small datasets (dimensions, periods,
// rows with ordinary and extreme values); whatever loads is then asked every question the page
// can ask, and every figure must be finite and shown with the digits of its value.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "fuzz_checks.h"
#include "trade_widget/json_writer.h"
#include "trade_widget/load.h"
#include "trade_widget/query.h"
#include "trade_widget/summary.h"
#include "trade_widget/view.h"

namespace {

using nlohmann::json;
using tw::fuzz::require;

json text(FuzzedDataProvider& in, const char* fallback) {
  std::string s = in.ConsumeRandomLengthString(12);
  if (s.empty()) s = fallback;
  return {{"en", s}, {"zh", s}};
}

json items(FuzzedDataProvider& in, const char* prefix, int max_count) {
  json out = json::array();
  const int count = in.ConsumeIntegralInRange(1, max_count);
  for (int i = 0; i < count; ++i) {
    json item = {{"id", prefix + std::to_string(i)}, {"label", text(in, prefix)}};
    if (in.ConsumeBool()) item["phrase"] = text(in, prefix);
    if (in.ConsumeBool()) item["aggregate"] = true;
    out.push_back(std::move(item));
  }
  return out;
}

std::string month(int index) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", index / 12, index % 12 + 1);
  return buf;
}

json value(FuzzedDataProvider& in) {
  switch (in.ConsumeIntegralInRange(0, 5)) {
    case 0:
      return nullptr;
    case 1:
      return in.ConsumeIntegralInRange(0, 100000);
    case 2:
      return std::round(in.ConsumeFloatingPointInRange(-150.0, 150.0) * 10) / 10;
    case 3: {
      const double v = in.ConsumeFloatingPoint<double>();
      return std::isfinite(v) ? v : 1.0;
    }
    case 4:
      return in.PickValueInArray({1e-300, 5e-324, 1e-12, 99.9999999, -99.9999999, 100.0});
    default:
      return in.PickValueInArray({1e15, 9.99e14, 1e300, 1.7e308, 123456789012.5});
  }
}

std::string generate(FuzzedDataProvider& in) {
  json meta = {{"title", text(in, "t")},
               {"coverage", text(in, "c")},
               {"units", {{"volume", text(in, "u")}}},
               {"sources", {{{"id", "s0"}, {"publisher", "P"}}}},
               {"notes", {{{"id", "n0"}, {"text", text(in, "n")}}}}};
  json dims = {
      {"flow", items(in, "f", 3)}, {"product", items(in, "d", 5)}, {"partner", items(in, "p", 5)}};
  json periods = json::array();
  const int period_count = in.ConsumeIntegralInRange(1, 8);
  for (int i = 0; i < period_count; ++i) {
    const int start = 2023 * 12 + in.ConsumeIntegralInRange(0, 35);
    const int end = start + in.ConsumeIntegralInRange(0, 11);
    periods.push_back({{"id", "t" + std::to_string(i)},
                       {"label", text(in, "m")},
                       {"start", month(start)},
                       {"end", month(end)}});
  }
  dims["period"] = periods;
  const char* measures[] = {"volume", "yoy", "share"};
  json rows = json::array();
  const int row_count = in.ConsumeIntegralInRange(0, 60);
  for (int r = 0; r < row_count && in.remaining_bytes() > 0; ++r) {
    json v = value(in);
    rows.push_back({"f" + std::to_string(in.ConsumeIntegralInRange(0, 2)),
                    "d" + std::to_string(in.ConsumeIntegralInRange(0, 4)),
                    "p" + std::to_string(in.ConsumeIntegralInRange(0, 4)),
                    "t" + std::to_string(in.ConsumeIntegralInRange(0, 7)),
                    measures[in.ConsumeIntegralInRange(0, 2)], v,
                    v.is_null() ? json(nullptr) : json("s0"),
                    in.ConsumeBool() ? json("[1]") : json(nullptr),
                    in.ConsumeBool() ? json("n0") : json(nullptr)});
  }
  const json doc = {
      {"format", tw::kFormatId}, {"meta", meta}, {"dimensions", dims}, {"observations", rows}};
  return doc.dump(-1, ' ', false, json::error_handler_t::replace);
}

void check_series(const tw::Dataset& ds, int flow, int product, int partner, tw::Measure m) {
  const auto series = tw::time_series(ds, flow, product, partner, m);
  for (std::size_t i = 0; i < series.size(); ++i) {
    tw::fuzz::check_figure(ds, series[i].value, m);
    require(series[i].value.origin != tw::Origin::absent, "a series point without a row");
    if (i == 0) continue;
    const tw::Period& a = ds.periods[static_cast<std::size_t>(series[i - 1].period)];
    const tw::Period& b = ds.periods[static_cast<std::size_t>(series[i].period)];
    require(a.end < b.start, "series periods overlap or are out of order: " + a.id + ", " + b.id);
  }
}

void ask_everything(const tw::Dataset& ds) {
  std::vector<int> all_products;
  for (std::size_t p = 0; p < ds.products.size(); ++p) all_products.push_back(static_cast<int>(p));
  std::vector<int> all_flows;
  for (std::size_t f = 0; f < ds.flows.size(); ++f) all_flows.push_back(static_cast<int>(f));
  for (int flow : all_flows) {
    for (int period = 0; period < static_cast<int>(ds.periods.size()); ++period) {
      for (int product : all_products) {
        const tw::KeyFigure kf = tw::key_figure(ds, flow, product, period);
        tw::fuzz::check_figure(ds, kf.volume, tw::Measure::volume);
        tw::fuzz::check_figure(ds, kf.yoy, tw::Measure::yoy);
        tw::fuzz::check_figure(ds, kf.prior, tw::Measure::volume);
        tw::fuzz::check_figure(ds, kf.top_share, tw::Measure::share);
        const tw::PartnerBreakdown b = tw::partner_breakdown(ds, flow, product, period);
        for (const tw::PartnerShare& ps : b.partners) {
          tw::fuzz::check_figure(ds, ps.share, tw::Measure::share);
          tw::fuzz::check_figure(ds, ps.volume, tw::Measure::volume);
        }
        tw::fuzz::check_figure(ds, b.others, tw::Measure::share);
        require(!b.hhi || std::isfinite(*b.hhi), "a non-finite HHI");
      }
      for (int partner = 0; partner < static_cast<int>(ds.partners.size()); ++partner) {
        const tw::Total t = tw::product_total(ds, flow, partner, period, all_products);
        tw::fuzz::check_figure(ds, t.value, tw::Measure::volume);
      }
      for (tw::Lang lang : {tw::Lang::en, tw::Lang::zh}) {
        const tw::Summary s = tw::summarize(ds, all_flows, all_products, period, lang);
        require(s.figures.empty() == s.narrative.empty(), "narrative and figures disagree");
        tw::ViewRequest request;
        request.lang = lang;
        request.period = ds.periods[static_cast<std::size_t>(period)].id;
        for (const tw::Item& f : ds.flows) request.flows.push_back(f.id);
        const auto view = tw::make_view(ds, request);
        require(view.ok(), "a view of known ids fails");
        tw::JsonWriter reply;
        tw::write_view(reply, view.value());
        require(json::accept(reply.str()), "a view's reply is not valid JSON");
      }
    }
    for (int product : all_products) {
      for (int partner = 0; partner < static_cast<int>(ds.partners.size()); ++partner) {
        for (int m = 0; m < tw::kMeasureCount; ++m) {
          check_series(ds, flow, product, partner, static_cast<tw::Measure>(m));
        }
      }
    }
  }
  tw::Selection unknown;
  unknown.products = {"<img src=x>", ds.products.front().id};
  const auto resolved = tw::resolve_selection(ds, unknown);
  require(!resolved.ok() && resolved.errors().front().path == "selection.products[0]",
          "an unknown id is not reported");
  tw::fuzz::check_diagnostics(resolved.errors());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  const std::string text = generate(in);
  const auto loaded = tw::load_dataset(text);
  if (!loaded.ok()) {
    tw::fuzz::check_diagnostics(loaded.errors());
    return 0;
  }
  tw::fuzz::check_dataset(loaded.value());
  tw::fuzz::check_page_calls(loaded.value());
  ask_everything(loaded.value());
  return 0;
}
