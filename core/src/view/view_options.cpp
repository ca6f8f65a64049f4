#include "view/view_options.h"

#include <algorithm>

#include "stable_order.h"

namespace tw::detail {

namespace {

constexpr int kMonthsInYear = 12;

/// One pass over the observations: which periods / partners have a value for the selection.
template <class Key>
std::vector<char> with_values(const Dataset& ds, const std::vector<int>& flows,
                              const std::vector<int>& products, int partner, std::size_t count,
                              Key key) {
  std::vector<char> flow_on(ds.flows.size(), 0);
  std::vector<char> product_on(ds.products.size(), 0);
  for (int f : flows) flow_on[static_cast<std::size_t>(f)] = 1;
  for (int p : products) product_on[static_cast<std::size_t>(p)] = 1;
  std::vector<char> out(count, 0);
  for (const Observation& o : ds.observations) {
    if (!o.has_value() || !flow_on[o.flow] || !product_on[o.product]) continue;
    if (partner != kNone && o.partner != partner) continue;
    out[key(o)] = 1;
  }
  return out;
}

const char* group_of(const Period& p) {
  if (p.months() == 1) return "month";
  if (p.months() == kMonthsInYear && p.start % kMonthsInYear == 0) return "year";
  return "part";
}

}  // namespace

std::vector<int> period_options(const Dataset& ds, const std::vector<int>& flows,
                                const std::vector<int>& products, int partner) {
  const auto on = with_values(ds, flows, products, partner, ds.periods.size(),
                              [](const Observation& o) { return o.period; });
  std::vector<int> out;
  for (std::size_t p = 0; p < ds.periods.size(); ++p) {
    if (on[p]) out.push_back(static_cast<int>(p));
  }
  detail::stable_sort_positions(out, [&ds](int a, int b) {
    const Period& x = ds.periods[static_cast<std::size_t>(a)];
    const Period& y = ds.periods[static_cast<std::size_t>(b)];
    if (x.months() != y.months()) return x.months() > y.months();
    return x.start < y.start;
  });
  return out;
}

std::vector<int> partner_options(const Dataset& ds, const std::vector<int>& flows,
                                 const std::vector<int>& products) {
  const auto on = with_values(ds, flows, products, kNone, ds.partners.size(),
                              [](const Observation& o) { return o.partner; });
  std::vector<int> out;
  for (std::size_t p = 0; p < ds.partners.size(); ++p) {
    if (on[p] && !ds.partners[p].aggregate) out.push_back(static_cast<int>(p));
  }
  return out;
}

std::vector<ViewOption> period_choices(const Dataset& ds, const std::vector<int>& periods,
                                       Lang lang) {
  std::vector<ViewOption> out;
  for (int p : periods) {
    const Period& period = ds.periods[static_cast<std::size_t>(p)];
    out.push_back({period.id, period.label.in(lang), group_of(period)});
  }
  return out;
}

std::vector<ViewOption> partner_choices(const Dataset& ds, const std::vector<int>& partners,
                                        Lang lang) {
  std::vector<ViewOption> out;
  for (int p : partners) {
    const Item& item = ds.partners[static_cast<std::size_t>(p)];
    out.push_back({item.id, item.label.in(lang), nullptr});
  }
  return out;
}

}  // namespace tw::detail
