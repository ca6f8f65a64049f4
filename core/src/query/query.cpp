#include "trade_widget/query.h"

#include <algorithm>
#include <cmath>

#include "stable_order.h"

namespace tw {

namespace {

constexpr int kDerivedPercentDecimals = 1;
constexpr double kCompleteTolerance = 0.5;  // shares rounded by sources may add to 99.5-100.5
// The loader refuses stated figures beyond 1e15 (load.cpp); a ratio beyond it comes from a
// near-zero divisor and is no figure a reader could use, so it is not shown.
constexpr double kMaxFigure = 1e15;

bool showable(double value) { return std::isfinite(value) && std::fabs(value) <= kMaxFigure; }

template <class Items>
bool resolve_list(const std::vector<std::string>& ids, const Items& lookup, const char* list,
                  std::size_t count, std::vector<int>& out, std::vector<Diagnostic>& errors) {
  if (ids.empty()) {
    for (std::size_t i = 0; i < count; ++i) out.push_back(static_cast<int>(i));
    return true;
  }
  bool ok = true;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const int pos = lookup(ids[i]);
    if (pos == kNone) {
      errors.push_back(Diagnostic{std::string("selection.") + list + "[" + std::to_string(i) + "]",
                                  "\"" + ids[i] + "\" is not in this dataset's " + list});
      ok = false;
    } else if (std::find(out.begin(), out.end(), pos) == out.end()) {
      out.push_back(pos);
    }
  }
  return ok;
}

Figure from_observation(const Dataset& ds, std::int32_t index) {
  Figure f;
  const Observation& o = ds.observations[static_cast<std::size_t>(index)];
  f.observation = index;
  if (o.has_value()) {
    f.value = o.value;
    f.decimals = o.decimals;
    f.origin = Origin::stated;
    f.qualifier = o.qualifier;
  } else {
    f.origin = Origin::reported_missing;
  }
  return f;
}

Figure derived(double value, int decimals, std::vector<std::int32_t> inputs) {
  Figure f;
  f.value = value;
  f.decimals = decimals;
  f.origin = Origin::derived;
  f.inputs = std::move(inputs);
  return f;
}

/// A derived figure whose qualifier follows from its inputs; absent when their bounds leave none.
Figure derived_from(double value, int decimals, std::vector<std::int32_t> inputs,
                    const std::vector<QualifiedInput>& qualified) {
  Qualifier q = Qualifier::exact;
  if (!derived_qualifier(qualified, value, q)) return Figure{};
  Figure f = derived(value, decimals, std::move(inputs));
  f.qualifier = q;
  return f;
}

bool lower_bound(Qualifier q) { return q == Qualifier::more_than || q == Qualifier::at_least; }
bool strict_bound(Qualifier q) { return q == Qualifier::more_than || q == Qualifier::less_than; }

}  // namespace

std::vector<std::int32_t> figure_notes(const Dataset& ds, const Figure& f) {
  std::vector<std::int32_t> out;
  const auto add = [&out](std::int32_t n) {
    if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
  };
  for (const std::int32_t row : {f.observation, f.gap}) {
    if (row == kNone) continue;
    for (const std::int32_t n : ds.notes_of(ds.observations[static_cast<std::size_t>(row)])) add(n);
  }
  if (f.derived_notes != kNone) {
    for (const std::int32_t n :
         ds.meta.derived_notes[static_cast<std::size_t>(f.derived_notes)].notes)
      add(n);
  }
  return out;
}

namespace {
/// A derived figure keeps the notes that meta.derived_notes attaches to its key.
Figure noted(const Dataset& ds, Figure f, const Cell& c, Measure measure) {
  if (f.origin == Origin::derived && !ds.meta.derived_notes.empty())
    f.derived_notes = ds.derived_notes_of(c.flow, c.product, c.partner, c.period, measure);
  return f;
}

/// A derived figure that takes the place of a stated gap keeps the gap's row (and its notes).
Figure in_place_of(Figure derived_figure, const Figure& gap) {
  if (derived_figure.present() && gap.origin == Origin::reported_missing) {
    derived_figure.gap = gap.observation;
  }
  return derived_figure;
}
}  // namespace

bool derived_qualifier(const std::vector<QualifiedInput>& inputs, double result, Qualifier& out) {
  bool about = false;
  bool up = false;  // the true result is above the one computed
  bool down = false;
  bool strict = false;
  for (const QualifiedInput& in : inputs) {
    const Qualifier q = in.figure->qualifier;
    if (q == Qualifier::exact) continue;
    if (q == Qualifier::about) {
      about = true;
      continue;
    }
    // Bounds speak of the size: "down more than 30%" (-30, more_than) is below -30.
    const bool above = lower_bound(q) == (in.figure->value >= 0);
    ((above == (in.direction > 0)) ? up : down) = true;
    strict = strict || strict_bound(q);
  }
  if (up && down) return false;
  if (about) {
    out = Qualifier::about;
  } else if (up || down) {
    const bool size_above = up == (result >= 0);
    out = size_above ? (strict ? Qualifier::more_than : Qualifier::at_least)
                     : (strict ? Qualifier::less_than : Qualifier::at_most);
  } else {
    out = Qualifier::exact;
  }
  return true;
}

Result<ResolvedSelection> resolve_selection(const Dataset& ds, const Selection& s) {
  ResolvedSelection r;
  std::vector<Diagnostic> errors;
  auto in = [](const std::vector<Item>& items) {
    return [&items](const std::string& id) { return Dataset::position(items, id); };
  };
  resolve_list(s.flows, in(ds.flows), "flows", ds.flows.size(), r.flows, errors);
  resolve_list(s.products, in(ds.products), "products", ds.products.size(), r.products, errors);
  resolve_list(s.partners, in(ds.partners), "partners", ds.partners.size(), r.partners, errors);
  resolve_list(
      s.periods, [&ds](const std::string& id) { return ds.period_position(id); }, "periods",
      ds.periods.size(), r.periods, errors);
  std::vector<int> measures;
  resolve_list(
      s.measures,
      [](const std::string& id) {
        for (int m = 0; m < kMeasureCount; ++m) {
          if (id == measure_id(static_cast<Measure>(m))) return m;
        }
        return static_cast<int>(kNone);
      },
      "measures", kMeasureCount, measures, errors);
  for (int m : measures) r.measures.push_back(static_cast<Measure>(m));
  if (!errors.empty()) return Result<ResolvedSelection>::failure(std::move(errors));
  return Result<ResolvedSelection>::success(std::move(r));
}

std::vector<std::int32_t> select_observations(const Dataset& ds, const ResolvedSelection& sel) {
  auto mask = [](const std::vector<int>& chosen, std::size_t count) {
    std::vector<char> m(count, 0);
    for (int i : chosen) m[static_cast<std::size_t>(i)] = 1;
    return m;
  };
  const auto flows = mask(sel.flows, ds.flows.size());
  const auto products = mask(sel.products, ds.products.size());
  const auto partners = mask(sel.partners, ds.partners.size());
  const auto periods = mask(sel.periods, ds.periods.size());
  std::vector<char> measures(kMeasureCount, 0);
  for (Measure m : sel.measures) measures[static_cast<std::size_t>(m)] = 1;
  std::vector<std::int32_t> out;
  for (std::size_t i = 0; i < ds.observations.size(); ++i) {
    const Observation& o = ds.observations[i];
    if (flows[o.flow] && products[o.product] && partners[o.partner] && periods[o.period] &&
        measures[static_cast<std::size_t>(o.measure)]) {
      out.push_back(static_cast<std::int32_t>(i));
    }
  }
  return out;
}

Figure stated(const Dataset& ds, const Cell& c, Measure measure) {
  if (c.flow < 0 || c.product < 0 || c.partner < 0 || c.period < 0) return Figure{};
  const std::int32_t i =
      ds.index.find(ObservationIndex::key(c.flow, c.product, c.partner, c.period, measure));
  return i == kNone ? Figure{} : from_observation(ds, i);
}

Figure year_on_year(const Dataset& ds, const Cell& c) {
  Figure f = stated(ds, c, Measure::yoy);
  if (f.origin == Origin::stated) return f;
  const Figure now = stated(ds, c, Measure::volume);
  Cell before = c;
  before.period = ds.period_a_year_before(c.period);
  const Figure then = stated(ds, before, Measure::volume);
  const double change = (now.value / then.value - 1.0) * 100.0;
  if (now.origin == Origin::stated && then.origin == Origin::stated && then.value > 0 &&
      showable(change)) {
    return noted(
        ds,
        in_place_of(derived_from(change, kDerivedPercentDecimals,
                                 {now.observation, then.observation}, {{&now, 1}, {&then, -1}}),
                    f),
        c, Measure::yoy);
  }
  return f;
}

Figure prior_volume(const Dataset& ds, const Cell& c) {
  Cell before = c;
  before.period = ds.period_a_year_before(c.period);
  Figure f = stated(ds, before, Measure::volume);
  if (f.origin == Origin::stated) return f;
  const Figure now = stated(ds, c, Measure::volume);
  const Figure change = stated(ds, c, Measure::yoy);
  const double prior = now.value / (1.0 + change.value / 100.0);
  if (now.origin == Origin::stated && change.origin == Origin::stated && change.value > -100 &&
      showable(prior)) {
    return noted(
        ds,
        in_place_of(derived_from(prior, now.decimals, {now.observation, change.observation},
                                 {{&now, 1}, {&change, -1}}),
                    f),
        before, Measure::volume);
  }
  return f;
}

namespace {

/// Without a stated total, when the source says the listed partners are the only ones: the
/// partner's volume over the sum of theirs (every one of them stated), marked derived.
Figure share_of_complete(const Dataset& ds, const Cell& c, const Figure& part, const Figure& gap) {
  const CompletePartners* only = ds.complete_partners_of(c.flow, c.product, c.period);
  if (only == nullptr || part.origin != Origin::stated ||
      std::find(only->partners.begin(), only->partners.end(), c.partner) == only->partners.end())
    return gap;
  std::vector<Figure> others;
  std::vector<std::int32_t> inputs{part.observation};
  double sum = part.value;
  for (int p : only->partners) {
    if (p == c.partner) continue;
    Cell cell = c;
    cell.partner = p;
    others.push_back(stated(ds, cell, Measure::volume));
    if (others.back().origin != Origin::stated) return gap;
    sum += others.back().value;
    inputs.push_back(others.back().observation);
  }
  const double share = part.value / sum * 100.0;
  if (!(sum > 0) || !showable(share)) return gap;
  std::vector<QualifiedInput> qualified{{&part, 1}};
  for (const Figure& o : others) qualified.push_back({&o, -1});
  return noted(ds,
               in_place_of(derived_from(share, kDerivedPercentDecimals, inputs, qualified), gap), c,
               Measure::share);
}

}  // namespace

Figure partner_share(const Dataset& ds, const Cell& c) {
  Figure f = stated(ds, c, Measure::share);
  if (f.origin == Origin::stated) return f;
  const int world = ds.world_partner();
  if (world == kNone || world == c.partner) return f;
  const Figure part = stated(ds, c, Measure::volume);
  Cell whole_cell = c;
  whole_cell.partner = world;
  const Figure whole = stated(ds, whole_cell, Measure::volume);
  const double share = part.value / whole.value * 100.0;
  if (part.origin == Origin::stated && whole.origin == Origin::stated && whole.value > 0 &&
      showable(share)) {
    return noted(
        ds,
        in_place_of(derived_from(share, kDerivedPercentDecimals,
                                 {part.observation, whole.observation}, {{&part, 1}, {&whole, -1}}),
                    f),
        c, Measure::share);
  }
  if (whole.origin != Origin::stated) return share_of_complete(ds, c, part, f);
  return f;
}

PartnerBreakdown partner_breakdown(const Dataset& ds, int flow, int product, int period) {
  PartnerBreakdown b;
  double known = 0;
  int known_decimals = 0;
  std::vector<std::int32_t> inputs;
  std::vector<QualifiedInput> qualified;
  for (std::size_t p = 0; p < ds.partners.size(); ++p) {
    if (ds.partners[p].aggregate) continue;
    const Cell cell{flow, product, static_cast<int>(p), period};
    PartnerShare ps{static_cast<int>(p), partner_share(ds, cell),
                    stated(ds, cell, Measure::volume)};
    if (!ps.share.present()) continue;
    known += ps.share.value;
    known_decimals = std::max(known_decimals, ps.share.decimals);
    if (ps.share.observation != kNone) inputs.push_back(ps.share.observation);
    inputs.insert(inputs.end(), ps.share.inputs.begin(), ps.share.inputs.end());
    b.partners.push_back(std::move(ps));
  }
  detail::stable_sort_items(b.partners, [](const PartnerShare& a, const PartnerShare& c) {
    return a.share.value > c.share.value;
  });
  if (b.partners.empty()) return b;
  for (const PartnerShare& ps : b.partners) {
    qualified.push_back(QualifiedInput{&ps.share, -1});
    if (!ps.share.exact()) b.ranked_on_bounds = true;
  }
  b.top_partner = b.partners.front().partner;
  b.top_share = b.partners.front().share;
  // The source names these partners as the only ones: nothing is left for "others".
  b.only = ds.complete_partners_of(flow, product, period);
  if (b.only == nullptr)
    b.others = derived_from(std::max(0.0, 100.0 - known), known_decimals, inputs, qualified);
  b.complete =
      (b.only != nullptr || std::fabs(100.0 - known) <= kCompleteTolerance) && !b.ranked_on_bounds;
  if (b.complete) {
    double hhi = 0;
    for (const PartnerShare& ps : b.partners) hhi += ps.share.value * ps.share.value;
    b.hhi = hhi;
  }
  return b;
}

Total product_total(const Dataset& ds, int flow, int partner, int period,
                    const std::vector<int>& products) {
  Total t;
  double sum = 0;
  double converted = 0;  // in the dataset's unit
  int decimals = 0;
  int coarsest = std::numeric_limits<int>::max();
  std::vector<std::int32_t> inputs;
  std::vector<Figure> figures;
  figures.reserve(products.size());
  for (int p : products) {
    if (ds.products[static_cast<std::size_t>(p)].aggregate) continue;
    const Figure v = stated(ds, Cell{flow, p, partner, period}, Measure::volume);
    if (v.origin == Origin::absent) continue;  // the product is not traded in this flow/period
    if (v.origin != Origin::stated) {
      t.missing.push_back(p);
      continue;
    }
    const VolumeUnit unit = ds.unit(ds.products[static_cast<std::size_t>(p)].unit);
    sum += v.value;
    converted += v.value / unit.per_volume_unit;
    decimals = std::max(decimals, v.decimals);
    coarsest = std::min(coarsest, v.decimals + unit.extra_decimals);
    inputs.push_back(v.observation);
    t.included.push_back(p);
    figures.push_back(v);
  }
  if (!t.missing.empty() || t.included.empty()) return t;
  std::vector<QualifiedInput> qualified;
  for (const Figure& f : figures) qualified.push_back(QualifiedInput{&f, 1});
  if (ds.one_unit(t.included)) {
    t.value = derived_from(sum, decimals, inputs, qualified);
  } else {
    // Across units: in the dataset's unit, no finer than the coarsest figure added.
    t.value = derived_from(converted, coarsest, inputs, qualified);
    t.value.unit = 0;
  }
  if (!t.value.present()) {
    for (std::size_t i = 0; i < figures.size(); ++i) {
      if (!figures[i].exact()) t.unbounded.push_back(t.included[i]);
    }
  }
  return t;
}

std::vector<SeriesPoint> time_series(const Dataset& ds, int flow, int product, int partner,
                                     Measure measure) {
  std::vector<int> candidates;
  for (std::size_t p = 0; p < ds.periods.size(); ++p) {
    if (stated(ds, Cell{flow, product, partner, static_cast<int>(p)}, measure).origin !=
        Origin::absent) {
      candidates.push_back(static_cast<int>(p));
    }
  }
  // Shortest periods first: months win over the quarters and years that contain them.
  detail::stable_sort_positions(candidates, [&ds](int a, int b) {
    return ds.periods[static_cast<std::size_t>(a)].months() <
           ds.periods[static_cast<std::size_t>(b)].months();
  });
  std::vector<int> chosen;
  for (int p : candidates) {
    const Period& cand = ds.periods[static_cast<std::size_t>(p)];
    const bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](int q) {
      const Period& other = ds.periods[static_cast<std::size_t>(q)];
      return cand.start <= other.end && other.start <= cand.end;
    });
    if (!overlaps) chosen.push_back(p);
  }
  // Chosen periods do not overlap, so no two start together: any sort gives this order.
  detail::stable_sort_positions(chosen, [&ds](int a, int b) {
    return ds.periods[static_cast<std::size_t>(a)].start <
           ds.periods[static_cast<std::size_t>(b)].start;
  });
  std::vector<SeriesPoint> out;
  for (int p : chosen)
    out.push_back(SeriesPoint{p, stated(ds, Cell{flow, product, partner, p}, measure)});
  return out;
}

}  // namespace tw
