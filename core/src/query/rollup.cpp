#include "trade_widget/rollup.h"

#include <algorithm>
#include <string>

#include "stable_order.h"

namespace tw {

namespace {

constexpr std::uint8_t kCurrent = 1;
constexpr std::uint8_t kPrior = 2;
constexpr int kMonthsPerYear = 12;

/// A product's unit as the sums need it.
struct UnitOf {
  int unit = 0;
  double per_volume_unit = 1;
  int extra_decimals = 0;
};

void add(RollupSum& sum, const Observation& o, const UnitOf& u) {
  if (o.has_value()) {
    if (sum.unit == kNone) sum.unit = u.unit;
    if (sum.unit != u.unit) sum.mixed = true;
    sum.volume += o.value;
    sum.in_volume_unit += o.value / u.per_volume_unit;
    sum.coarsest = std::min(sum.coarsest, o.decimals + u.extra_decimals);
    ++sum.stated;
    if (o.qualifier != Qualifier::exact) ++sum.qualified;
    if (o.decimals > sum.decimals) sum.decimals = o.decimals;
  } else {
    ++sum.missing;
  }
}

void merge(RollupSum& into, const RollupSum& from) {
  if (from.unit != kNone) {
    if (into.unit == kNone) into.unit = from.unit;
    if (into.unit != from.unit || from.mixed) into.mixed = true;
  }
  into.volume += from.volume;
  into.in_volume_unit += from.in_volume_unit;
  into.coarsest = std::min(into.coarsest, from.coarsest);
  into.stated += from.stated;
  into.missing += from.missing;
  into.qualified += from.qualified;
  into.decimals = std::max(into.decimals, from.decimals);
}

/// A sum across units is written in the dataset's unit, no finer than its coarsest input.
void settle(RollupSum& sum) {
  if (!sum.mixed) return;
  sum.volume = sum.in_volume_unit;
  sum.decimals = sum.coarsest;
  sum.unit = 0;
}

/// Where one observation's volume goes: its flow x product and flow x partner groups, unless
/// the other dimension's item is an aggregate (adding "world" to the partners would count the
/// trade twice).
class Accumulator {
 public:
  Accumulator(const Dataset& ds, Rollup& out) : out_(out), products_(ds.products.size()) {
    partners_ = ds.partners.size();
    for (const Item& p : ds.partners) partner_aggregate_.push_back(p.aggregate ? 1 : 0);
    for (const Item& p : ds.products) {
      product_aggregate_.push_back(p.aggregate ? 1 : 0);
      const VolumeUnit unit = ds.unit(p.unit);
      units_.push_back(UnitOf{p.unit, unit.per_volume_unit, unit.extra_decimals});
    }
  }

  void add_to(const Observation& o, bool current) {
    if (!partner_aggregate_[o.partner]) {
      RollupGroup& g = out_.by_product[o.flow * products_ + o.product];
      add(current ? g.current : g.prior, o, units_[o.product]);
    }
    if (!product_aggregate_[o.product]) {
      RollupGroup& g = out_.by_partner[o.flow * partners_ + o.partner];
      add(current ? g.current : g.prior, o, units_[o.product]);
    }
  }

 private:
  Rollup& out_;
  std::size_t products_;
  std::size_t partners_;
  std::vector<char> partner_aggregate_;
  std::vector<char> product_aggregate_;
  std::vector<UnitOf> units_;
};

/// True when no two of the dataset's periods inside [start, end] share a month.
bool disjoint_in(const Dataset& ds, int start, int end) {
  std::vector<std::pair<int, int>> inside;
  for (const Period& p : ds.periods) {
    if (p.start >= start && p.end <= end) inside.emplace_back(p.start, p.end);
  }
  detail::stable_sort_items(
      inside, [](const std::pair<int, int>& a, const std::pair<int, int>& b) { return a < b; });
  for (std::size_t i = 1; i < inside.size(); ++i) {
    if (inside[i].first <= inside[i - 1].second) return false;
  }
  return true;
}

/// The general path for a range whose periods overlap: per series, stated figures before null
/// ones and longer periods before shorter ones, skipping any period that overlaps one already
/// taken. So a stated total (Jan-Sep) wins over the sum of its months, the months fill what a
/// shorter total (H1) leaves, and nothing is counted twice.
void add_series_wise(const Dataset& ds, const std::vector<std::uint8_t>& flags, std::uint8_t bit,
                     Accumulator& acc) {
  struct Candidate {
    std::uint64_t series;
    bool stated;
    int months;
    int period;
    std::int32_t observation;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < ds.observations.size(); ++i) {
    const Observation& o = ds.observations[i];
    if (o.measure != Measure::volume || !(flags[o.period] & bit)) continue;
    const std::uint64_t series = ObservationIndex::key(o.flow, o.product, o.partner, 0, o.measure);
    candidates.push_back(Candidate{series, o.has_value(), ds.periods[o.period].months(), o.period,
                                   static_cast<std::int32_t>(i)});
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.series != b.series) return a.series < b.series;
    if (a.stated != b.stated) return a.stated;
    if (a.months != b.months) return a.months > b.months;
    return a.period < b.period;
  });
  std::vector<const Period*> taken;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (i == 0 || candidates[i].series != candidates[i - 1].series) taken.clear();
    const Period& p = ds.periods[static_cast<std::size_t>(candidates[i].period)];
    const bool overlaps = std::any_of(taken.begin(), taken.end(), [&p](const Period* q) {
      return p.start <= q->end && q->start <= p.end;
    });
    if (overlaps) continue;
    taken.push_back(&p);
    acc.add_to(ds.observations[static_cast<std::size_t>(candidates[i].observation)],
               bit == kCurrent);
  }
}

void fill_top_partners(const Dataset& ds, Rollup& r) {
  const std::size_t partners = ds.partners.size();
  for (std::size_t f = 0; f < ds.flows.size(); ++f) {
    TopPartners top;
    top.flow = static_cast<int>(f);
    std::vector<int> ranked;
    for (std::size_t p = 0; p < partners; ++p) {
      if (ds.partners[p].aggregate) continue;
      const RollupSum& s = r.by_partner[f * partners + p].current;
      merge(top.total, s);
      if (s.present() && s.in_volume_unit > 0) ranked.push_back(static_cast<int>(p));
    }
    detail::stable_sort_positions(ranked, [&](int a, int b) {
      return r.by_partner[f * partners + static_cast<std::size_t>(a)].current.in_volume_unit >
             r.by_partner[f * partners + static_cast<std::size_t>(b)].current.in_volume_unit;
    });
    if (ranked.size() > static_cast<std::size_t>(r.request.top)) {
      ranked.resize(static_cast<std::size_t>(r.request.top));
    }
    for (int p : ranked) {
      top.volume += r.by_partner[f * partners + static_cast<std::size_t>(p)].current.in_volume_unit;
    }
    top.partners = std::move(ranked);
    if (top.total.in_volume_unit > 0) top.share = top.volume / top.total.in_volume_unit * 100.0;
    settle(top.total);
    r.top_partners.push_back(std::move(top));
  }
}

void fill_changes(std::vector<RollupGroup>& groups) {
  for (RollupGroup& g : groups) {
    if (g.current.present() && g.current.complete() && g.prior.present() && g.prior.complete() &&
        g.prior.in_volume_unit > 0 && g.current.qualified == 0 && g.prior.qualified == 0) {
      g.yoy = (g.current.in_volume_unit / g.prior.in_volume_unit - 1.0) * 100.0;
    }
  }
}

void settle_all(std::vector<RollupGroup>& groups) {
  for (RollupGroup& g : groups) {
    settle(g.current);
    settle(g.prior);
  }
}

}  // namespace

RollupRequest rollup_request(const Period& period, int top) {
  return RollupRequest{period.start, period.end, top};
}

Result<Rollup> rollup(const Dataset& ds, const RollupRequest& request) {
  std::vector<Diagnostic> errors;
  if (request.end < request.start) {
    errors.push_back(Diagnostic{
        "request.end", "the range ends (month " + std::to_string(request.end) +
                           ") before it starts (month " + std::to_string(request.start) + ")"});
  }
  if (request.top < 1) {
    errors.push_back(Diagnostic{"request.top",
                                "expected at least 1 partner, got " + std::to_string(request.top)});
  }
  if (!errors.empty()) return Result<Rollup>::failure(std::move(errors));

  Rollup r;
  r.request = request;
  const std::size_t products = ds.products.size();
  const std::size_t partners = ds.partners.size();
  r.by_product.resize(ds.flows.size() * products);
  r.by_partner.resize(ds.flows.size() * partners);
  for (std::size_t i = 0; i < r.by_product.size(); ++i) {
    r.by_product[i].flow = static_cast<int>(i / products);
    r.by_product[i].item = static_cast<int>(i % products);
  }
  for (std::size_t i = 0; i < r.by_partner.size(); ++i) {
    r.by_partner[i].flow = static_cast<int>(i / partners);
    r.by_partner[i].item = static_cast<int>(i % partners);
  }

  const int prior_start = request.start - kMonthsPerYear;
  const int prior_end = request.end - kMonthsPerYear;
  std::vector<std::uint8_t> flags(ds.periods.size(), 0);
  for (std::size_t i = 0; i < ds.periods.size(); ++i) {
    const Period& p = ds.periods[i];
    if (p.start >= request.start && p.end <= request.end) flags[i] |= kCurrent;
    if (p.start >= prior_start && p.end <= prior_end) flags[i] |= kPrior;
  }
  // Usually the periods of a range do not overlap (months only): then every row in the range
  // counts and one pass over the observations does it all.
  std::uint8_t fast = 0;
  if (disjoint_in(ds, request.start, request.end)) fast |= kCurrent;
  if (disjoint_in(ds, prior_start, prior_end)) fast |= kPrior;

  Accumulator acc(ds, r);
  if (fast) {
    for (const Observation& o : ds.observations) {
      if (o.measure != Measure::volume) continue;
      const std::uint8_t f = flags[o.period] & fast;
      if (f & kCurrent) acc.add_to(o, true);
      if (f & kPrior) acc.add_to(o, false);
    }
  }
  if (!(fast & kCurrent)) add_series_wise(ds, flags, kCurrent, acc);
  if (!(fast & kPrior)) add_series_wise(ds, flags, kPrior, acc);

  fill_changes(r.by_product);
  fill_changes(r.by_partner);
  fill_top_partners(ds, r);  // before settling: it merges the partners' sums
  settle_all(r.by_product);
  settle_all(r.by_partner);
  return Result<Rollup>::success(std::move(r));
}

}  // namespace tw
