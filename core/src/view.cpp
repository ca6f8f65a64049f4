#include "trade_widget/view.h"

#include "trade_widget/format.h"
#include "trade_widget/query.h"
#include "trade_widget/summary.h"

namespace tw {

using nlohmann::json;

namespace {

bool read_id_list(const json& j, const char* field, std::vector<std::string>& out,
                  std::vector<Diagnostic>& errors) {
  const auto it = j.find(field);
  if (it == j.end() || it->is_null()) return true;
  if (!it->is_array()) {
    errors.push_back(Diagnostic{std::string("request.") + field, "expected an array of ids"});
    return false;
  }
  for (const json& e : *it) {
    if (!e.is_string()) {
      errors.push_back(Diagnostic{std::string("request.") + field, "expected an array of ids"});
      return false;
    }
    out.push_back(e.get<std::string>());
  }
  return true;
}

json source_json(const Dataset& ds, int source, Lang lang) {
  if (source == kNone) return nullptr;
  const Source& s = ds.meta.sources[static_cast<std::size_t>(source)];
  json j = {{"id", s.id}, {"publisher", s.publisher.in(lang)}};
  if (!s.title.in(lang).empty()) j["title"] = s.title.in(lang);
  if (!s.author.in(lang).empty()) j["author"] = s.author.in(lang);
  if (!s.date.empty()) j["date"] = s.date;
  if (!s.url.empty()) j["url"] = s.url;
  return j;
}

/// A figure as the page shows it: formatted text plus provenance.
json figure_json(const Dataset& ds, const Figure& f, Measure measure, Lang lang) {
  json j = {{"text", format_figure(f, measure, ds.meta.volume_unit, lang)},
            {"present", f.present()},
            {"derived", f.origin == Origin::derived}};
  if (f.present()) j["value"] = f.value;
  if (f.observation != kNone) {
    const Observation& o = ds.observations[static_cast<std::size_t>(f.observation)];
    j["source"] = source_json(ds, o.source, lang);
    if (o.ref != kNone) j["ref"] = ds.refs[static_cast<std::size_t>(o.ref)];
    if (o.note != kNone) j["note"] = ds.meta.notes[static_cast<std::size_t>(o.note)].text.in(lang);
  }
  return j;
}

}  // namespace

Result<ViewRequest> parse_view_request(std::string_view text) {
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return Result<ViewRequest>::failure({Diagnostic{"request", "expected a JSON object"}});
  }
  ViewRequest r;
  std::vector<Diagnostic> errors;
  read_id_list(j, "flows", r.flows, errors);
  read_id_list(j, "products", r.products, errors);
  const auto period = j.find("period");
  if (period != j.end() && period->is_string()) r.period = period->get<std::string>();
  const auto lang = j.find("lang");
  if (lang != j.end() && lang->is_string() && lang->get<std::string>() == "zh") r.lang = Lang::zh;
  if (!errors.empty()) return Result<ViewRequest>::failure(std::move(errors));
  return Result<ViewRequest>::success(std::move(r));
}

json describe_dataset(const Dataset& ds, Lang lang) {
  auto items = [lang](const std::vector<Item>& list) {
    json out = json::array();
    for (const Item& i : list) {
      json e = {{"id", i.id}, {"label", i.label.in(lang)}, {"aggregate", i.aggregate}};
      if (!i.code.empty()) e["code"] = i.code;
      out.push_back(std::move(e));
    }
    return out;
  };
  json periods = json::array();
  for (const Period& p : ds.periods) {
    periods.push_back({{"id", p.id}, {"label", p.label.in(lang)}, {"months", p.months()}});
  }
  json sources = json::array();
  for (std::size_t i = 0; i < ds.meta.sources.size(); ++i) {
    sources.push_back(source_json(ds, static_cast<int>(i), lang));
  }
  return {{"title", ds.meta.title.in(lang)},
          {"subtitle", ds.meta.subtitle.in(lang)},
          {"coverage", ds.meta.coverage.in(lang)},
          {"unit", ds.meta.volume_unit.in(lang)},
          {"defaultFlow", ds.flows[static_cast<std::size_t>(ds.meta.default_flow)].id},
          {"defaultPeriod", ds.periods[static_cast<std::size_t>(ds.meta.default_period)].id},
          {"flows", items(ds.flows)},
          {"products", items(ds.products)},
          {"partners", items(ds.partners)},
          {"periods", periods},
          {"sources", sources},
          {"observations", ds.observations.size()}};
}

Result<json> view_json(const Dataset& ds, const ViewRequest& request) {
  Selection s;
  s.flows =
      request.flows.empty()
          ? std::vector<std::string>{ds.flows[static_cast<std::size_t>(ds.meta.default_flow)].id}
          : request.flows;
  s.products = request.products;
  s.periods = {request.period.empty()
                   ? ds.periods[static_cast<std::size_t>(ds.meta.default_period)].id
                   : request.period};
  const auto resolved = resolve_selection(ds, s);
  if (!resolved.ok()) return Result<json>::failure(resolved.errors());
  const ResolvedSelection& sel = resolved.value();
  const Lang lang = request.lang;
  const int period = sel.periods.front();
  const Summary summary = summarize(ds, sel.flows, sel.products, period, lang);

  json cards = json::array();
  for (const KeyFigure& kf : summary.figures) {
    json card = {{"flow", ds.flows[static_cast<std::size_t>(kf.flow)].id},
                 {"flowLabel", ds.flows[static_cast<std::size_t>(kf.flow)].label.in(lang)},
                 {"product", ds.products[static_cast<std::size_t>(kf.product)].id},
                 {"productLabel", ds.products[static_cast<std::size_t>(kf.product)].label.in(lang)},
                 {"volume", figure_json(ds, kf.volume, Measure::volume, lang)},
                 {"yoy", figure_json(ds, kf.yoy, Measure::yoy, lang)},
                 {"prior", figure_json(ds, kf.prior, Measure::volume, lang)},
                 {"sentence", sentence(ds, kf, lang)}};
    if (kf.top_partner != kNone) {
      card["topPartner"] = ds.partners[static_cast<std::size_t>(kf.top_partner)].label.in(lang);
      card["topShare"] = figure_json(ds, kf.top_share, Measure::share, lang);
    }
    cards.push_back(std::move(card));
  }

  ResolvedSelection rows_sel = sel;
  rows_sel.measures = {Measure::volume, Measure::yoy, Measure::share};
  json rows = json::array();
  for (std::int32_t i : select_observations(ds, rows_sel)) {
    const Observation& o = ds.observations[static_cast<std::size_t>(i)];
    Figure f;
    f.observation = i;
    f.origin = o.has_value() ? Origin::stated : Origin::reported_missing;
    f.value = o.value;
    f.decimals = o.decimals;
    json row = figure_json(ds, f, o.measure, lang);
    row["flow"] = ds.flows[o.flow].label.in(lang);
    row["product"] = ds.products[o.product].label.in(lang);
    row["partner"] = ds.partners[o.partner].label.in(lang);
    row["period"] = ds.periods[o.period].label.in(lang);
    row["measure"] = measure_id(o.measure);
    rows.push_back(std::move(row));
  }
  return Result<json>::success(
      {{"period", ds.periods[static_cast<std::size_t>(period)].id},
       {"periodLabel", ds.periods[static_cast<std::size_t>(period)].label.in(lang)},
       {"narrative", summary.narrative},
       {"cards", cards},
       {"rows", rows}});
}

json diagnostics_json(const std::vector<Diagnostic>& diagnostics) {
  json out = json::array();
  for (const Diagnostic& d : diagnostics) {
    out.push_back({{"path", d.path},
                   {"message", d.message},
                   {"line", d.line},
                   {"column", d.column},
                   {"text", d.to_string()}});
  }
  return out;
}

}  // namespace tw
