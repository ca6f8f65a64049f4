// The view as JSON: cards, narrative, table rows, sources, notes and the charts to draw.
#include "trade_widget/view.h"

#include <algorithm>

#include "trade_widget/format.h"
#include "trade_widget/query.h"
#include "trade_widget/summary.h"
#include "view/view_options.h"

namespace tw {

using nlohmann::json;

namespace {

/// A monthly series keeps months and the combined January–February that customs reports as one
/// figure; longer periods (half-years, years) belong to the other views.
constexpr int kMonthlyMaxMonths = 2;

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

/// The sources and notes behind what a view shows, each listed once in order of first use, so
/// the page can print a source line and numbered notes.
class Provenance {
 public:
  explicit Provenance(const Dataset& ds) : ds_(ds) {}

  void add_source(std::int32_t source) {
    if (source != kNone && std::find(sources_.begin(), sources_.end(), source) == sources_.end())
      sources_.push_back(source);
  }

  /// The note's number (1-based) in the view's list of notes.
  int add_note(std::int32_t note) {
    auto it = std::find(notes_.begin(), notes_.end(), note);
    if (it == notes_.end()) {
      notes_.push_back(note);
      return static_cast<int>(notes_.size());
    }
    return static_cast<int>(it - notes_.begin()) + 1;
  }

  json sources_json(Lang lang) const {
    json out = json::array();
    for (std::int32_t s : sources_) out.push_back(source_json(ds_, s, lang));
    return out;
  }

  /// The notes' ids in their numbering, for the charts (one numbering for the page).
  json note_ids() const {
    json out = json::array();
    for (std::int32_t n : notes_) out.push_back(ds_.meta.notes[static_cast<std::size_t>(n)].id);
    return out;
  }

  json notes_json(Lang lang) const {
    json out = json::array();
    for (std::size_t i = 0; i < notes_.size(); ++i) {
      const Note& n = ds_.meta.notes[static_cast<std::size_t>(notes_[i])];
      out.push_back({{"number", i + 1}, {"id", n.id}, {"text", n.text.in(lang)}});
    }
    return out;
  }

 private:
  const Dataset& ds_;
  std::vector<std::int32_t> sources_;
  std::vector<std::int32_t> notes_;
};

/// The figure an observation states (or its stated gap).
Figure observation_figure(const Dataset& ds, std::int32_t index) {
  const Observation& o = ds.observations[static_cast<std::size_t>(index)];
  Figure f;
  f.observation = index;
  f.origin = o.has_value() ? Origin::stated : Origin::reported_missing;
  f.value = o.value;
  f.decimals = o.decimals;
  f.qualifier = o.qualifier;
  return f;
}

/// A figure as the page shows it: formatted text plus provenance. A derived figure lists the
/// figures it was computed from, and their sources join the view's source line.
json figure_json(const Dataset& ds, const Figure& f, Measure measure, Lang lang,
                 Provenance& provenance) {
  json j = {{"text", format_figure(ds, f, measure, lang)},
            {"present", f.present()},
            {"derived", f.origin == Origin::derived}};
  if (f.present()) j["value"] = f.value;
  // The page must not compare or add a qualified value as if it were exact.
  if (f.present() && !f.exact()) j["qualifier"] = qualifier_id(f.qualifier);
  if (f.observation != kNone) {
    const Observation& o = ds.observations[static_cast<std::size_t>(f.observation)];
    j["source"] = source_json(ds, o.source, lang);
    provenance.add_source(o.source);
    if (o.ref != kNone) j["ref"] = ds.refs[static_cast<std::size_t>(o.ref)];
  }
  // Every note of the figure, with the page's one numbering; a derived figure shown in place of
  // a stated gap keeps the gap's notes. "note" and "noteNumber" are the first of them.
  json notes = json::array();
  for (const std::int32_t n : figure_notes(ds, f)) {
    const int number = provenance.add_note(n);
    const std::string& text = ds.meta.notes[static_cast<std::size_t>(n)].text.in(lang);
    if (notes.empty()) {
      j["note"] = text;
      j["noteNumber"] = number;
    }
    notes.push_back({{"number", number}, {"text", text}});
  }
  if (!notes.empty()) j["notes"] = std::move(notes);
  if (f.origin == Origin::derived) {
    json from = json::array();
    for (std::int32_t input : f.inputs) {
      const Observation& o = ds.observations[static_cast<std::size_t>(input)];
      from.push_back({{"period", ds.periods[o.period].label.in(lang)},
                      {"partner", ds.partners[o.partner].label.in(lang)},
                      {"measure", measure_id(o.measure)},
                      {"text", format_figure(ds, observation_figure(ds, input), o.measure, lang)}});
      provenance.add_source(o.source);
    }
    j["from"] = std::move(from);
  }
  return j;
}

/// The story's own findings (meta.key_points), each with its source and reference.
/// Each carries its own source, so they do not join the source line of the computed figures.
json key_points_json(const Dataset& ds, Lang lang) {
  json out = json::array();
  for (const KeyPoint& k : ds.meta.key_points) {
    json j = {{"text", k.text.in(lang)}, {"source", source_json(ds, k.source, lang)}};
    if (!k.ref.empty()) j["ref"] = k.ref;
    out.push_back(std::move(j));
  }
  return out;
}

json card_json(const Dataset& ds, const KeyFigure& kf, Lang lang, Provenance& provenance) {
  const Item& flow = ds.flows[static_cast<std::size_t>(kf.flow)];
  const Item& product = ds.products[static_cast<std::size_t>(kf.product)];
  json card = {{"flow", flow.id},
               {"flowLabel", flow.label.in(lang)},
               {"product", product.id},
               {"productLabel", product.label.in(lang)},
               {"volume", figure_json(ds, kf.volume, Measure::volume, lang, provenance)},
               {"yoy", figure_json(ds, kf.yoy, Measure::yoy, lang, provenance)},
               {"prior", figure_json(ds, kf.prior, Measure::volume, lang, provenance)},
               {"sentence", sentence(ds, kf, lang)}};
  if (!product.code.empty()) card["code"] = product.code;
  if (kf.top_partner != kNone) {
    const Item& partner = ds.partners[static_cast<std::size_t>(kf.top_partner)];
    card["topPartnerId"] = partner.id;
    card["topPartner"] = partner.label.in(lang);
    card["topShare"] = figure_json(ds, kf.top_share, Measure::share, lang, provenance);
    // false: only the largest of the partners reported; the others are not reported.
    card["topEstablished"] = kf.top_established;
    card["reportedPartners"] = kf.reported_partners;
  }
  if (kf.partner != kNone) {
    const Item& partner = ds.partners[static_cast<std::size_t>(kf.partner)];
    card["partner"] = partner.id;
    card["partnerLabel"] = partner.label.in(lang);
    card["share"] = figure_json(ds, kf.share, Measure::share, lang, provenance);
  }
  json changes = json::array();
  for (const PartnerFigure& p : kf.partner_changes) {
    const Item& partner = ds.partners[static_cast<std::size_t>(p.partner)];
    json c = {{"partner", partner.id},
              {"partnerLabel", partner.label.in(lang)},
              {"yoy", figure_json(ds, p.yoy, Measure::yoy, lang, provenance)}};
    if (p.volume.present())
      c["volume"] = figure_json(ds, p.volume, Measure::volume, lang, provenance);
    changes.push_back(std::move(c));
  }
  if (!changes.empty()) card["partnerChanges"] = std::move(changes);
  return card;
}

/// A table row: one stated observation (or stated gap) with its labels.
json row_json(const Dataset& ds, std::int32_t index, Lang lang, Provenance& provenance) {
  const Observation& o = ds.observations[static_cast<std::size_t>(index)];
  json row = figure_json(ds, observation_figure(ds, index), o.measure, lang, provenance);
  row["flow"] = ds.flows[o.flow].label.in(lang);
  row["product"] = ds.products[o.product].label.in(lang);
  row["partner"] = ds.partners[o.partner].label.in(lang);
  row["period"] = ds.periods[o.period].label.in(lang);
  row["measure"] = measure_id(o.measure);
  return row;
}

struct ResolvedView {
  ResolvedSelection selection;
  int period = 0;
  int partner = kNone;          ///< kNone: world figures
  std::vector<int> periods;     ///< the periods offered for this selection
  std::string period_replaced;  ///< a requested period without figures, replaced by `period`
};

Result<ResolvedView> resolve_view(const Dataset& ds, const ViewRequest& request) {
  Selection s;
  s.flows =
      request.flows.empty()
          ? std::vector<std::string>{ds.flows[static_cast<std::size_t>(ds.meta.default_flow)].id}
          : request.flows;
  s.products = request.products;
  s.periods = {request.period.empty()
                   ? ds.periods[static_cast<std::size_t>(ds.meta.default_period)].id
                   : request.period};
  auto resolved = resolve_selection(ds, s);
  if (!resolved.ok()) return Result<ResolvedView>::failure(resolved.errors());
  ResolvedView v;
  v.selection = std::move(resolved.value());
  v.period = v.selection.periods.front();
  if (!request.partner.empty()) {
    const int partner = Dataset::position(ds.partners, request.partner);
    if (partner == kNone) {
      return Result<ResolvedView>::failure({Diagnostic{
          "selection.partner", "\"" + request.partner + "\" is not in this dataset's partners"}});
    }
    if (!ds.partners[static_cast<std::size_t>(partner)].aggregate) v.partner = partner;
  } else {
    v.partner = default_partner(ds);  // no aggregate partner: the sole partner's figures
  }
  v.periods = detail::period_options(ds, v.selection.flows, v.selection.products, v.partner);
  // A period without figures for this selection is never shown as an empty view: the default
  // period is shown instead when it has figures, else the first period offered.
  if (!v.periods.empty() &&
      std::find(v.periods.begin(), v.periods.end(), v.period) == v.periods.end()) {
    v.period_replaced = ds.periods[static_cast<std::size_t>(v.period)].id;
    const int fallback = ds.meta.default_period;
    v.period = std::find(v.periods.begin(), v.periods.end(), fallback) != v.periods.end()
                   ? fallback
                   : v.periods.front();
    v.selection.periods = {v.period};
  }
  return Result<ResolvedView>::success(std::move(v));
}

/// The periods of a monthly series: months, and the combined Jan–Feb.
std::vector<SeriesPoint> monthly_series(const Dataset& ds, int flow, int product) {
  std::vector<SeriesPoint> out;
  const int world = ds.world_partner();
  if (world == kNone) return out;
  for (const SeriesPoint& p : time_series(ds, flow, product, world, Measure::volume)) {
    if (ds.periods[static_cast<std::size_t>(p.period)].months() <= kMonthlyMaxMonths) {
      out.push_back(p);
    }
  }
  return out;
}

bool has_monthly_figures(const Dataset& ds, const ResolvedSelection& sel, int product) {
  for (int flow : sel.flows) {
    for (const SeriesPoint& p : monthly_series(ds, flow, product)) {
      if (p.value.present()) return true;
    }
  }
  return false;
}

bool has_partner_share(const Dataset& ds, const ResolvedView& v, int product) {
  for (int flow : v.selection.flows) {
    if (partner_breakdown(ds, flow, product, v.period).top_partner != kNone) return true;
  }
  return false;
}

/// Periods in which the sources give the volume of at least one partner of a product: the
/// breakdowns the "partners" chart draws (magnet exports to the United States in H1 2025, five
/// partners in September 2025 in the seed). One partner's figure alone is drawn too.
std::vector<int> partner_breakdown_periods(const Dataset& ds, const ResolvedSelection& sel,
                                           int product) {
  std::vector<int> out;
  for (std::size_t period = 0; period < ds.periods.size(); ++period) {
    for (int flow : sel.flows) {
      int partners = 0;
      for (std::size_t partner = 0; partner < ds.partners.size(); ++partner) {
        if (ds.partners[partner].aggregate) continue;
        const Cell cell{flow, product, static_cast<int>(partner), static_cast<int>(period)};
        if (stated(ds, cell, Measure::volume).present()) ++partners;
      }
      if (partners >= 1) {
        out.push_back(static_cast<int>(period));
        break;
      }
    }
  }
  return out;
}

std::vector<std::int32_t> monthly_observations(const Dataset& ds, const ResolvedSelection& sel) {
  std::vector<std::int32_t> out;
  for (int flow : sel.flows) {
    for (int product : sel.products) {
      for (const SeriesPoint& p : monthly_series(ds, flow, product)) {
        if (p.value.observation != kNone) out.push_back(p.value.observation);
      }
    }
  }
  return out;
}

std::vector<std::int32_t> observations_of(const Dataset& ds, const ResolvedView& v, ViewKind kind) {
  if (kind == ViewKind::monthly) return monthly_observations(ds, v.selection);
  ResolvedSelection sel = v.selection;
  sel.measures = {Measure::volume, Measure::yoy, Measure::share};
  // One partner's rows, beside the world totals they are part of.
  if (v.partner != kNone) {
    sel.partners = {v.partner};
    if (ds.world_partner() != kNone) sel.partners.push_back(ds.world_partner());
  }
  std::vector<std::int32_t> out = select_observations(ds, sel);
  if (kind != ViewKind::shares || v.partner != kNone) return out;
  // The partner breakdowns the shares view also draws, with the totals they are shares of.
  for (int product : v.selection.products) {
    for (int period : partner_breakdown_periods(ds, v.selection, product)) {
      if (period == v.period) continue;
      ResolvedSelection breakdown = v.selection;
      breakdown.products = {product};
      breakdown.periods = {period};
      breakdown.measures = {Measure::volume, Measure::share};
      for (std::int32_t i : select_observations(ds, breakdown)) out.push_back(i);
    }
  }
  return out;
}

std::vector<std::string> ids(const std::vector<Item>& items, const std::vector<int>& positions) {
  std::vector<std::string> out;
  for (int p : positions) out.push_back(items[static_cast<std::size_t>(p)].id);
  return out;
}

/// The chosen partner's charts in the chosen period: per product with a figure for the partner,
/// the shares it is one of and the partner volumes beside the world total.
template <class Request>
json partner_chart_requests(const Dataset& ds, const ResolvedView& v, Request request) {
  json out = json::array();
  for (int product : v.selection.products) {
    bool partner_figure = false;
    bool any_volume = false;
    for (int flow : v.selection.flows) {
      const Cell cell{flow, product, v.partner, v.period};
      partner_figure = partner_figure || stated(ds, cell, Measure::volume).present() ||
                       partner_share(ds, cell).present();
      for (std::size_t p = 0; p < ds.partners.size(); ++p) {
        if (ds.partners[p].aggregate) continue;
        const Cell other{flow, product, static_cast<int>(p), v.period};
        any_volume = any_volume || stated(ds, other, Measure::volume).present();
      }
    }
    if (!partner_figure) continue;
    const std::string& id = ds.products[static_cast<std::size_t>(product)].id;
    json r = request(any_volume ? "partners" : "shares");
    r["product"] = id;
    out.push_back(std::move(r));
  }
  return out;
}

/// The charts the view shows, as chart requests without a width (the page adds its own):
/// one volumes or yoy chart; for shares and monthly one chart per product that has figures.
json chart_requests(const Dataset& ds, const ResolvedView& v, ViewKind kind, Lang lang) {
  const ResolvedSelection& sel = v.selection;
  const json base = {{"flows", ids(ds.flows, sel.flows)},
                     {"products", ids(ds.products, sel.products)},
                     {"period", ds.periods[static_cast<std::size_t>(v.period)].id},
                     {"lang", lang == Lang::zh ? "zh" : "en"}};
  auto request = [&base](const char* chart) {
    json r = base;
    r["chart"] = chart;
    return r;
  };
  json out = json::array();
  if (v.partner != kNone && kind != ViewKind::monthly)
    return partner_chart_requests(ds, v, request);
  if (kind == ViewKind::volumes || kind == ViewKind::yoy) {
    out.push_back(request(view_kind_id(kind)));
    return out;
  }
  for (int product : sel.products) {
    const std::string& id = ds.products[static_cast<std::size_t>(product)].id;
    if (kind == ViewKind::monthly) {
      if (!has_monthly_figures(ds, sel, product)) continue;
      json r = request("monthly");
      r["product"] = id;
      out.push_back(std::move(r));
      continue;
    }
    if (has_partner_share(ds, v, product)) {
      json r = request("shares");
      r["product"] = id;
      out.push_back(std::move(r));
    }
    for (int period : partner_breakdown_periods(ds, sel, product)) {
      json r = request("partners");
      r["product"] = id;
      r["period"] = ds.periods[static_cast<std::size_t>(period)].id;
      out.push_back(std::move(r));
    }
  }
  return out;
}

/// A change on a year earlier (stated, or implied from two volumes) for the selection in any
/// period: without one, the year-on-year view could never fill.
bool has_any_change(const Dataset& ds, const ResolvedView& v) {
  const int partner = v.partner != kNone ? v.partner : ds.world_partner();
  if (partner == kNone) return false;
  for (std::size_t period = 0; period < ds.periods.size(); ++period) {
    for (int flow : v.selection.flows) {
      for (int product : v.selection.products) {
        const Cell cell{flow, product, partner, static_cast<int>(period)};
        if (year_on_year(ds, cell).present()) return true;
      }
    }
  }
  return false;
}

/// The views that show something for the selection, in the order the page offers them: volumes
/// always (it says "not reported" where there is nothing); year on year when a change is known;
/// partner shares and monthly when they have a chart to draw.
std::vector<ViewKind> offered_views(const Dataset& ds, const ResolvedView& v, Lang lang) {
  std::vector<ViewKind> out;
  for (ViewKind k : view_kinds()) {
    const bool fills = k == ViewKind::volumes ? true
                       : k == ViewKind::yoy   ? has_any_change(ds, v)
                                              : !chart_requests(ds, v, k, lang).empty();
    if (fills) out.push_back(k);
  }
  return out;
}

}  // namespace

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
  json views = json::array();
  for (ViewKind k : view_kinds()) views.push_back(view_kind_id(k));
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
          {"views", views},
          {"sources", sources},
          {"observations", ds.observations.size()}};
}

Result<std::vector<std::int32_t>> view_observations(const Dataset& ds, const ViewRequest& request) {
  const auto v = resolve_view(ds, request);
  if (!v.ok()) return Result<std::vector<std::int32_t>>::failure(v.errors());
  // The rows of the view the page shows: a view that cannot fill shows volumes (view_json).
  const std::vector<ViewKind> views = offered_views(ds, v.value(), request.lang);
  const ViewKind kind = std::find(views.begin(), views.end(), request.kind) != views.end()
                            ? request.kind
                            : ViewKind::volumes;
  return Result<std::vector<std::int32_t>>::success(observations_of(ds, v.value(), kind));
}

Result<json> view_json(const Dataset& ds, const ViewRequest& request) {
  const auto resolved = resolve_view(ds, request);
  if (!resolved.ok()) return Result<json>::failure(resolved.errors());
  const ResolvedView& v = resolved.value();
  const Lang lang = request.lang;
  // A view that cannot fill for this selection (e.g. from a link) shows volumes instead.
  const std::vector<ViewKind> views = offered_views(ds, v, lang);
  const ViewKind kind = std::find(views.begin(), views.end(), request.kind) != views.end()
                            ? request.kind
                            : ViewKind::volumes;
  json view_ids = json::array();
  for (ViewKind k : views) view_ids.push_back(view_kind_id(k));
  const Summary summary =
      summarize(ds, v.selection.flows, v.selection.products, v.period, lang, v.partner);
  Provenance provenance(ds);
  std::string narrative = summary.narrative;
  json combined = nullptr;
  if (v.partner == kNone) {
    const CombinedDirection c =
        combined_direction(ds, v.selection.flows, v.selection.products, v.period);
    if (c.product != kNone) {
      const std::string text = combined_sentence(ds, v.selection.flows, c, lang);
      combined = {{"text", text},
                  {"product", ds.products[static_cast<std::size_t>(c.product)].id},
                  {"now", figure_json(ds, c.now, Measure::volume, lang, provenance)},
                  {"prior", figure_json(ds, c.prior, Measure::volume, lang, provenance)},
                  {"change", figure_json(ds, c.change, Measure::yoy, lang, provenance)}};
      narrative = text + (lang == Lang::en && !narrative.empty() ? " " : "") + narrative;
    }
  }

  json cards = json::array();
  for (const KeyFigure& kf : summary.figures) cards.push_back(card_json(ds, kf, lang, provenance));

  json rows = json::array();
  json table_periods = json::array();
  for (std::int32_t i : observations_of(ds, v, kind)) {
    json row = row_json(ds, i, lang, provenance);
    if (std::find(table_periods.begin(), table_periods.end(), row["period"]) ==
        table_periods.end()) {
      table_periods.push_back(row["period"]);
    }
    rows.push_back(std::move(row));
  }

  json charts = chart_requests(ds, v, kind, lang);
  if (!provenance.note_ids().empty()) {
    for (json& c : charts) c["notes"] = provenance.note_ids();
  }

  json flows = json::array();
  for (int f : v.selection.flows) flows.push_back(ds.flows[static_cast<std::size_t>(f)].id);
  json products = json::array();
  for (int p : v.selection.products) {
    products.push_back(ds.products[static_cast<std::size_t>(p)].id);
  }
  return Result<json>::success(
      {{"view", view_kind_id(kind)},
       {"views", view_ids},
       {"flows", flows},
       {"products", products},
       {"period", ds.periods[static_cast<std::size_t>(v.period)].id},
       {"periodLabel", ds.periods[static_cast<std::size_t>(v.period)].label.in(lang)},
       {"narrative", narrative},
       {"keyPoints", key_points_json(ds, lang)},
       {"combined", combined},
       {"periods", detail::period_options_json(ds, v.periods, lang)},
       {"periodReplaced", v.period_replaced.empty() ? json(nullptr) : json(v.period_replaced)},
       {"periodReplacedLabel",
        v.period_replaced.empty()
            ? json(nullptr)
            : json(ds.periods[static_cast<std::size_t>(ds.period_position(v.period_replaced))]
                       .label.in(lang))},
       {"partner", v.partner == kNone ? json(nullptr)
                                      : json(ds.partners[static_cast<std::size_t>(v.partner)].id)},
       {"partners",
        detail::partner_options_json(
            ds, detail::partner_options(ds, v.selection.flows, v.selection.products), lang)},
       {"cards", cards},
       {"rows", rows},
       {"tablePeriods", table_periods},
       {"charts", charts},
       {"sources", provenance.sources_json(lang)},
       {"notes", provenance.notes_json(lang)}});
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
