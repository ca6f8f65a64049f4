// The flows added up (imports + exports), always derived and marked so; never merged with a
// source's own statement about the same trade, which may count products on another basis.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "narrative/partner_text.h"
#include "trade_widget/format.h"
#include "trade_widget/summary.h"

namespace tw {

namespace {

constexpr int kChangeDecimals = 1;

/// The flows' stated world volumes of a product in a period, added; absent unless every flow
/// states one.
Figure sum_of_flows(const Dataset& ds, const std::vector<int>& flows, int product, int period) {
  const int world = ds.world_partner();
  Figure f;
  if (world == kNone || period == kNone) return f;
  double sum = 0;
  int decimals = 0;
  std::vector<Figure> added;
  added.reserve(flows.size());
  for (int flow : flows) {
    const Figure v = stated(ds, Cell{flow, product, world, period}, Measure::volume);
    if (v.origin != Origin::stated) return Figure{};
    sum += v.value;
    decimals = std::max(decimals, v.decimals);
    f.inputs.push_back(v.observation);
    added.push_back(v);
  }
  std::vector<QualifiedInput> qualified;
  for (const Figure& v : added) qualified.push_back(QualifiedInput{&v, 1});
  // Bounds pulling opposite ways ("more than" + "less than") leave no sum to state.
  if (!derived_qualifier(qualified, sum, f.qualifier)) return Figure{};
  f.value = sum;
  f.decimals = decimals;
  f.origin = Origin::derived;
  return f;
}

/// The change without its "(implied)": the sentence says once, at its end, how it is derived.
Figure as_stated(Figure f) {
  f.origin = Origin::stated;
  return f;
}

/// "Imports and exports" / "进出口": the flows added up, as the sentence's subject.
std::string flows_named(const Dataset& ds, const std::vector<int>& flows, Lang lang) {
  std::vector<std::string> names;
  for (int flow : flows) names.push_back(ds.flows[static_cast<std::size_t>(flow)].phrase.in(lang));
  if (lang == Lang::zh) {
    std::string who;
    for (const std::string& n : names) who += n;  // 进口 + 出口 -> 进出口 reads as 进口出口
    if (names.size() == 2 && names[0] == "进口" && names[1] == "出口") who = "进出口";
    return who;
  }
  std::string who = names.size() == 2 ? names[0] + " and " + names[1] : names[0];
  who[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(who[0])));
  return who;
}

}  // namespace

CombinedDirection combined_direction(const Dataset& ds, const std::vector<int>& flows,
                                     const std::vector<int>& products, int period) {
  CombinedDirection c;
  c.period = period;
  if (flows.size() < 2) return c;
  const int before = ds.period_a_year_before(period);
  for (int product : products) {
    // Only a total (an aggregate product) stands for a flow as a whole.
    if (!ds.products[static_cast<std::size_t>(product)].aggregate) continue;
    const Figure now = sum_of_flows(ds, flows, product, period);
    const Figure prior = sum_of_flows(ds, flows, product, before);
    if (!now.present() || !prior.present() || prior.value <= 0) continue;
    c.product = product;
    c.prior_period = before;
    c.now = now;
    c.prior = prior;
    c.change.value = (now.value / prior.value - 1.0) * 100.0;
    if (!derived_qualifier({{&now, 1}, {&prior, -1}}, c.change.value, c.change.qualifier)) continue;
    c.change.decimals = kChangeDecimals;
    c.change.origin = Origin::derived;
    c.change.inputs = now.inputs;
    c.change.inputs.insert(c.change.inputs.end(), prior.inputs.begin(), prior.inputs.end());
    return c;
  }
  return c;
}

std::string combined_statement(const Dataset& ds, const std::vector<int>& flows,
                               const CombinedDirection& c, Lang lang, bool basis) {
  if (c.product == kNone) return "";
  const Item& product = ds.products[static_cast<std::size_t>(c.product)];
  const Text& unit = ds.unit_label_of_product(c.product);
  const std::string& before = ds.periods[static_cast<std::size_t>(c.prior_period)].label.in(lang);
  const std::string who = flows_named(ds, flows, lang);
  if (lang == Lang::zh) {
    return product.phrase.zh + who + "合计" + format_volume(c.now, unit, Lang::zh) + "，较" +
           before + "的" + format_volume(c.prior, unit, Lang::zh) + "，" +
           detail::change_zh(as_stated(c.change)) +
           (basis ? "（推算：" + combined_basis(Lang::zh) + "）。" : std::string("（推算）。"));
  }
  return who + " of " + product.phrase.en + " together " + detail::change_en(as_stated(c.change)) +
         " to " + format_volume(c.now, unit, Lang::en) + ", from " +
         format_volume(c.prior, unit, Lang::en) + " in " + before +
         (basis ? " (implied: " + combined_basis(Lang::en) + ")." : std::string(" (implied)."));
}

std::string combined_basis(Lang lang) {
  return lang == Lang::zh ? "各流向公布总量之和" : "the sum of each flow's stated total";
}

std::string combined_caveat(const Dataset& ds, const CombinedDirection& c, Lang lang) {
  if (c.product == kNone || ds.meta.key_points.empty()) return "";
  if (lang == Lang::zh) return "文章关于进出口的结论（见要点）统计口径不同，两者未合并。";
  return "The source's own statement on imports and exports, among the key points, counts "
         "products on another basis; the two are not merged.";
}

std::string combined_note(const Dataset& ds, const std::vector<int>& flows,
                          const CombinedDirection& c, Lang lang) {
  if (c.product == kNone) return "";
  const std::string caveat = combined_caveat(ds, c, lang);
  const std::string who = flows_named(ds, flows, lang);
  if (lang == Lang::zh) return who + "合计（推算）：" + combined_basis(lang) + "。" + caveat;
  return who + " together (implied): " + combined_basis(lang) + "." +
         (caveat.empty() ? "" : " " + caveat);
}

std::string combined_sentence(const Dataset& ds, const std::vector<int>& flows,
                              const CombinedDirection& c, Lang lang) {
  const std::string statement = combined_statement(ds, flows, c, lang, true);
  const std::string caveat = combined_caveat(ds, c, lang);
  if (caveat.empty()) return statement;
  return statement + (lang == Lang::en ? " " : "") + caveat;
}

}  // namespace tw
