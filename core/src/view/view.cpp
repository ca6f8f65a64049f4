// The view: cards, narrative, table rows, sources, notes and the charts to draw.
#include "trade_widget/view.h"

#include <algorithm>

#include "trade_widget/format.h"
#include "trade_widget/query.h"
#include "trade_widget/summary.h"
#include "view/view_options.h"

namespace tw {

namespace {

/// A monthly series keeps months and the combined January–February that customs reports as one
/// figure; longer periods (half-years, years) belong to the other views.
constexpr int kMonthlyMaxMonths = 2;

std::optional<ViewSource> view_source(const Dataset& ds, int source, Lang lang) {
  if (source == kNone) return std::nullopt;
  const Source& s = ds.meta.sources[static_cast<std::size_t>(source)];
  return ViewSource{s.id, s.publisher.in(lang), s.title.in(lang), s.author.in(lang), s.date, s.url};
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

  std::vector<ViewSource> sources(Lang lang) const {
    std::vector<ViewSource> out;
    for (std::int32_t s : sources_) out.push_back(*view_source(ds_, s, lang));
    return out;
  }

  /// The notes' ids in their numbering, for the charts (one numbering for the page).
  std::vector<std::string> note_ids() const {
    std::vector<std::string> out;
    for (std::int32_t n : notes_) out.push_back(ds_.meta.notes[static_cast<std::size_t>(n)].id);
    return out;
  }

  std::vector<ViewNote> notes(Lang lang) const {
    std::vector<ViewNote> out;
    for (std::size_t i = 0; i < notes_.size(); ++i) {
      const Note& n = ds_.meta.notes[static_cast<std::size_t>(notes_[i])];
      out.push_back({static_cast<int>(i + 1), n.id, n.text.in(lang)});
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
ViewFigure view_figure(const Dataset& ds, const Figure& f, Measure measure, Lang lang,
                       Provenance& provenance) {
  ViewFigure out;
  out.text = format_figure(ds, f, measure, lang);
  out.present = f.present();
  out.derived = f.origin == Origin::derived;
  if (f.present()) out.value = f.value;
  // The page must not compare or add a qualified value as if it were exact.
  if (f.present() && !f.exact()) out.qualifier = qualifier_id(f.qualifier);
  if (f.observation != kNone) {
    const Observation& o = ds.observations[static_cast<std::size_t>(f.observation)];
    out.observed = true;
    out.source = view_source(ds, o.source, lang);
    provenance.add_source(o.source);
    if (o.ref != kNone) out.ref = ds.refs[static_cast<std::size_t>(o.ref)];
  }
  // Every note of the figure, with the page's one numbering; a derived figure shown in place of
  // a stated gap keeps the gap's notes.
  for (const std::int32_t n : figure_notes(ds, f)) {
    const int number = provenance.add_note(n);
    out.notes.push_back({number, ds.meta.notes[static_cast<std::size_t>(n)].text.in(lang)});
  }
  if (out.derived) {
    for (std::int32_t input : f.inputs) {
      const Observation& o = ds.observations[static_cast<std::size_t>(input)];
      out.from.push_back({ds.periods[o.period].label.in(lang),
                          ds.partners[o.partner].label.in(lang), measure_id(o.measure),
                          format_figure(ds, observation_figure(ds, input), o.measure, lang)});
      provenance.add_source(o.source);
    }
  }
  return out;
}

/// The story's own findings (meta.key_points), each with its source and reference.
/// Each carries its own source, so they do not join the source line of the computed figures.
std::vector<ViewKeyPoint> key_points(const Dataset& ds, Lang lang) {
  std::vector<ViewKeyPoint> out;
  for (const KeyPoint& k : ds.meta.key_points) {
    out.push_back({k.text.in(lang), view_source(ds, k.source, lang), k.ref});
  }
  return out;
}

ViewCard view_card(const Dataset& ds, const KeyFigure& kf, Lang lang, Provenance& provenance) {
  const Item& flow = ds.flows[static_cast<std::size_t>(kf.flow)];
  const Item& product = ds.products[static_cast<std::size_t>(kf.product)];
  ViewCard card;
  card.flow = flow.id;
  card.flow_label = flow.label.in(lang);
  card.product = product.id;
  card.product_label = product.label.in(lang);
  card.code = product.code;
  // In this order: the notes are numbered in order of first use.
  card.volume = view_figure(ds, kf.volume, Measure::volume, lang, provenance);
  card.yoy = view_figure(ds, kf.yoy, Measure::yoy, lang, provenance);
  card.prior = view_figure(ds, kf.prior, Measure::volume, lang, provenance);
  card.sentence = sentence(ds, kf, lang);
  if (kf.top_partner != kNone) {
    const Item& partner = ds.partners[static_cast<std::size_t>(kf.top_partner)];
    card.has_top_partner = true;
    card.top_partner_id = partner.id;
    card.top_partner = partner.label.in(lang);
    card.top_share = view_figure(ds, kf.top_share, Measure::share, lang, provenance);
    card.top_established = kf.top_established;
    card.reported_partners = kf.reported_partners;
  }
  if (kf.partner != kNone) {
    const Item& partner = ds.partners[static_cast<std::size_t>(kf.partner)];
    card.has_partner = true;
    card.partner = partner.id;
    card.partner_label = partner.label.in(lang);
    card.share = view_figure(ds, kf.share, Measure::share, lang, provenance);
  }
  for (const PartnerFigure& p : kf.partner_changes) {
    const Item& partner = ds.partners[static_cast<std::size_t>(p.partner)];
    PartnerChange c;
    c.partner = partner.id;
    c.partner_label = partner.label.in(lang);
    c.yoy = view_figure(ds, p.yoy, Measure::yoy, lang, provenance);
    c.has_volume = p.volume.present();
    if (c.has_volume) c.volume = view_figure(ds, p.volume, Measure::volume, lang, provenance);
    card.partner_changes.push_back(std::move(c));
  }
  return card;
}

/// A table row: one stated observation (or stated gap) with its labels.
ViewRow view_row(const Dataset& ds, std::int32_t index, Lang lang, Provenance& provenance) {
  const Observation& o = ds.observations[static_cast<std::size_t>(index)];
  ViewRow row;
  row.figure = view_figure(ds, observation_figure(ds, index), o.measure, lang, provenance);
  row.flow = ds.flows[o.flow].label.in(lang);
  row.product = ds.products[o.product].label.in(lang);
  row.partner = ds.partners[o.partner].label.in(lang);
  row.period = ds.periods[o.period].label.in(lang);
  row.measure = measure_id(o.measure);
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
std::vector<ChartRequest> partner_chart_requests(const Dataset& ds, const ResolvedView& v,
                                                 Request request) {
  std::vector<ChartRequest> out;
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
    out.push_back(request(any_volume ? "partners" : "shares", product));
  }
  return out;
}

/// The charts the view shows, as chart requests without a width (the page adds its own):
/// one volumes or yoy chart; for shares and monthly one chart per product that has figures.
std::vector<ChartRequest> chart_requests(const Dataset& ds, const ResolvedView& v, ViewKind kind,
                                         Lang lang) {
  const ResolvedSelection& sel = v.selection;
  ChartRequest base;
  base.flows = ids(ds.flows, sel.flows);
  base.products = ids(ds.products, sel.products);
  base.period = ds.periods[static_cast<std::size_t>(v.period)].id;
  base.lang = lang;
  // product kNone: the chart of every product selected.
  auto request = [&base, &ds](const char* chart, int product) {
    ChartRequest r = base;
    r.chart = chart;
    if (product != kNone) r.product = ds.products[static_cast<std::size_t>(product)].id;
    return r;
  };
  std::vector<ChartRequest> out;
  if (v.partner != kNone && kind != ViewKind::monthly)
    return partner_chart_requests(ds, v, request);
  if (kind == ViewKind::volumes || kind == ViewKind::yoy) {
    out.push_back(request(view_kind_id(kind), kNone));
    return out;
  }
  for (int product : sel.products) {
    if (kind == ViewKind::monthly) {
      if (has_monthly_figures(ds, sel, product)) out.push_back(request("monthly", product));
      continue;
    }
    if (has_partner_share(ds, v, product)) out.push_back(request("shares", product));
    for (int period : partner_breakdown_periods(ds, sel, product)) {
      ChartRequest r = request("partners", product);
      r.period = ds.periods[static_cast<std::size_t>(period)].id;
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

Result<std::vector<std::int32_t>> view_observations(const Dataset& ds, const ViewRequest& request) {
  const auto v = resolve_view(ds, request);
  if (!v.ok()) return Result<std::vector<std::int32_t>>::failure(v.errors());
  // The rows of the view the page shows: a view that cannot fill shows volumes (make_view).
  const std::vector<ViewKind> views = offered_views(ds, v.value(), request.lang);
  const ViewKind kind = std::find(views.begin(), views.end(), request.kind) != views.end()
                            ? request.kind
                            : ViewKind::volumes;
  return Result<std::vector<std::int32_t>>::success(observations_of(ds, v.value(), kind));
}

Result<View> make_view(const Dataset& ds, const ViewRequest& request) {
  const auto resolved = resolve_view(ds, request);
  if (!resolved.ok()) return Result<View>::failure(resolved.errors());
  const ResolvedView& v = resolved.value();
  const Lang lang = request.lang;
  View out;
  // A view that cannot fill for this selection (e.g. from a link) shows volumes instead.
  out.views = offered_views(ds, v, lang);
  out.kind = std::find(out.views.begin(), out.views.end(), request.kind) != out.views.end()
                 ? request.kind
                 : ViewKind::volumes;
  const Summary summary =
      summarize(ds, v.selection.flows, v.selection.products, v.period, lang, v.partner);
  Provenance provenance(ds);
  out.narrative = summary.narrative;
  if (v.partner == kNone) {
    const CombinedDirection c =
        combined_direction(ds, v.selection.flows, v.selection.products, v.period);
    if (c.product != kNone) {
      CombinedView combined;
      combined.text = combined_sentence(ds, v.selection.flows, c, lang);
      combined.statement = combined_statement(ds, v.selection.flows, c, lang, false);
      combined.note = combined_note(ds, v.selection.flows, c, lang);
      combined.product = ds.products[static_cast<std::size_t>(c.product)].id;
      combined.now = view_figure(ds, c.now, Measure::volume, lang, provenance);
      combined.prior = view_figure(ds, c.prior, Measure::volume, lang, provenance);
      combined.change = view_figure(ds, c.change, Measure::yoy, lang, provenance);
      out.narrative =
          combined.text + (lang == Lang::en && !out.narrative.empty() ? " " : "") + out.narrative;
      out.combined = std::move(combined);
    }
  }
  for (const KeyFigure& kf : summary.figures) {
    out.cards.push_back(view_card(ds, kf, lang, provenance));
  }
  for (std::int32_t i : observations_of(ds, v, out.kind)) {
    ViewRow row = view_row(ds, i, lang, provenance);
    if (std::find(out.table_periods.begin(), out.table_periods.end(), row.period) ==
        out.table_periods.end()) {
      out.table_periods.push_back(row.period);
    }
    out.rows.push_back(std::move(row));
  }
  out.charts = chart_requests(ds, v, out.kind, lang);
  for (ChartRequest& c : out.charts) c.notes = provenance.note_ids();
  out.flows = ids(ds.flows, v.selection.flows);
  out.products = ids(ds.products, v.selection.products);
  const Period& period = ds.periods[static_cast<std::size_t>(v.period)];
  out.period = period.id;
  out.period_label = period.label.in(lang);
  out.key_points = key_points(ds, lang);
  out.periods = detail::period_choices(ds, v.periods, lang);
  if (!v.period_replaced.empty()) {
    out.period_replaced = v.period_replaced;
    out.period_replaced_label =
        ds.periods[static_cast<std::size_t>(ds.period_position(v.period_replaced))].label.in(lang);
  }
  if (v.partner != kNone) out.partner = ds.partners[static_cast<std::size_t>(v.partner)].id;
  out.partners = detail::partner_choices(
      ds, detail::partner_options(ds, v.selection.flows, v.selection.products), lang);
  out.sources = provenance.sources(lang);
  out.notes = provenance.notes(lang);
  return Result<View>::success(std::move(out));
}

}  // namespace tw
