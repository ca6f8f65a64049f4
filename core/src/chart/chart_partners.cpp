#include "chart/chart_partners.h"

#include <algorithm>
#include <cmath>

#include "chart/chart_bars.h"
#include "chart/chart_shares.h"
#include "stable_order.h"
#include "trade_widget/format.h"

namespace tw::detail {

namespace {

struct PartnerFigures {
  int partner = 0;
  Cell cell;
  Figure volume;
  Figure share;
};

std::vector<PartnerFigures> partners_of(const ChartInput& in, int flow, int product) {
  const Dataset& ds = *in.ds;
  std::vector<PartnerFigures> out;
  for (std::size_t p = 0; p < ds.partners.size(); ++p) {
    if (ds.partners[p].aggregate) continue;
    PartnerFigures pf;
    pf.partner = static_cast<int>(p);
    pf.cell = Cell{flow, product, pf.partner, in.period};
    pf.volume = stated(ds, pf.cell, Measure::volume);
    pf.share = partner_share(ds, pf.cell);
    if (pf.volume.present() || pf.share.present()) out.push_back(std::move(pf));
  }
  return out;
}

bool has_partners(const ChartInput& in, int product) {
  for (int flow : in.flows) {
    if (!partners_of(in, flow, product).empty()) return true;
  }
  return false;
}

std::string period_label(const ChartInput& in) {
  return in.ds->periods[static_cast<std::size_t>(in.period)].label.in(in.lang);
}

void sort_rows(std::vector<BarRow>& rows) {
  detail::stable_sort_items(rows,
                            [](const BarRow& a, const BarRow& b) { return a.value > b.value; });
}

BarPanel panel_for(Frame& f, const ChartInput& in, int flow, int product, bool volume_mode) {
  const Dataset& ds = *in.ds;
  const Lang lang = in.lang;
  BarPanel panel;
  panel.heading = ds.flows[static_cast<std::size_t>(flow)].label.in(lang);
  panel.empty_text = tr(lang, "No partner figures reported.", "未报告国别数据。");
  const std::vector<std::string> context = {
      ds.products[static_cast<std::size_t>(product)].label.in(lang),
      ds.flows[static_cast<std::size_t>(flow)].phrase.in(lang), period_label(in)};
  const auto parts = [&context](const std::string& who) {
    std::vector<std::string> p = context;
    p.insert(p.begin(), who);
    return p;
  };
  BarGroup totals{"", {}};
  const int world = ds.world_partner();
  if (volume_mode && world != kNone) {
    const Cell cell{flow, product, world, in.period};
    const Figure total = stated(ds, cell, Measure::volume);
    if (total.present()) {
      BarRow r;
      r.label = ds.partners[static_cast<std::size_t>(world)].label.in(lang);
      const std::string value = volume_text(ds, total, lang);
      r.value = total.value;
      r.value_text = value + f.note_marker(total);
      r.bar_classes = "tw-bar tw-aggregate";
      r.aria_label = reading(parts(r.label), value, lang) + f.note_reading(total);
      r.key = mark_key(ds, cell, Measure::volume);
      r.observation = total.observation;
      f.cite(total);
      totals.rows.push_back(std::move(r));
      totals.heading = tr(lang, "Total", "总计");
    }
  }
  BarGroup partners{totals.rows.empty() ? "" : tr(lang, "By partner", "分国别"), {}};
  for (const PartnerFigures& pf : partners_of(in, flow, product)) {
    BarRow r;
    r.label = ds.partners[static_cast<std::size_t>(pf.partner)].label.in(lang);
    std::string value;
    std::string spoken;
    if (volume_mode) {
      value = volume_text(ds, pf.volume, lang);
      spoken = value;
      if (pf.share.present()) {
        value += tr(lang, ", ", "，") + share_text(pf.share, lang);
        spoken += tr(lang, ", ", "，") + share_reading(pf.share, lang);
      }
      r.value = pf.volume.value;
      r.bound = pf.volume.qualifier;
      r.key = mark_key(ds, pf.cell, Measure::volume);
      r.observation = pf.volume.observation;
      f.cite(pf.volume);
    } else {
      value = share_text(pf.share, lang);
      spoken = share_reading(pf.share, lang);
      r.value = pf.share.value;
      r.bound = pf.share.qualifier;
      r.key = mark_key(ds, pf.cell, Measure::share);
      r.observation = pf.share.observation;
    }
    f.cite(pf.share);
    r.value_text = value + f.note_marker(pf.volume, pf.share);
    r.bar_classes =
        pf.share.origin == Origin::derived && !volume_mode ? "tw-bar tw-derived" : "tw-bar";
    r.aria_label = reading(parts(r.label), spoken, lang) + f.note_reading(pf.volume, pf.share);
    partners.rows.push_back(std::move(r));
  }
  sort_rows(partners.rows);
  const PartnerBreakdown b = partner_breakdown(ds, flow, product, in.period);
  if (!partners.rows.empty() && b.others.present() && !b.complete) {
    const std::string share = format_share(b.others, lang);
    panel.notes_below.push_back(lang == Lang::zh ? "其他国家或未报告：占总量" + share + "（" +
                                                       implied(lang) + "）。"
                                                 : "Other partners or not reported: " + share +
                                                       " of the total (" + implied(lang) + ").");
  }
  if (!partners.rows.empty() && b.only != nullptr) {
    // Why no "others" is drawn: the source says these are all.
    const std::string& source =
        ds.meta.sources[static_cast<std::size_t>(b.only->source)].publisher.in(lang);
    panel.notes_below.push_back(lang == Lang::zh ? source + "称仅有这些伙伴，无其他伙伴。"
                                                 : source + " names these as the only partners.");
  }
  panel.groups = {totals, partners};
  return panel;
}

}  // namespace

Scene partners_scene(const ChartInput& in) {
  const Dataset& ds = *in.ds;
  const Lang lang = in.lang;
  Frame f(ds, lang, in.width, in.compact);
  f.number_notes_as(in.note_order);
  const int product = chosen_product(in, has_partners);
  const std::string flows = flows_title(ds, in.flows, lang);
  std::string title;
  if (product == kNone) {
    title = lang == Lang::zh ? period_label(in) + flows + "（分国别）"
                             : flows + " by partner, " + period_label(in);
  } else {
    const Item& p = ds.products[static_cast<std::size_t>(product)];
    title = lang == Lang::zh ? period_label(in) + p.phrase.zh + flows + "（分国别）"
                             : flows + " of " + p.phrase.en + " by partner, " + period_label(in);
  }
  f.title(title);
  // Bars show volumes when every partner's volume is stated, else shares.
  bool volume_mode = product != kNone;
  if (product != kNone) {
    bool any = false;
    for (int flow : in.flows) {
      for (const PartnerFigures& pf : partners_of(in, flow, product)) {
        any = true;
        if (!pf.volume.present()) volume_mode = false;
      }
    }
    volume_mode = volume_mode && any;
  }
  f.subtitle(volume_mode ? (lang == Lang::zh
                                ? "数量（" + ds.unit_label_of_product(product).zh + "）及占总量比重"
                                : "Volume (" + ds.unit_label_of_product(product).en +
                                      ") and share of the total")
                         : std::string(tr(lang, "Share of the total (%)", "占总量的百分比")));
  if (product == kNone) {
    f.y = f.text_block(tr(lang, "No partner figures reported for this selection.",
                          "所选范围内未报告国别数据。"),
                       f.left(), f.y, f.inner_width(), kValueSize, false, "tw-not-reported",
                       "empty") +
          8;
    return f.finish("partners", title, title);
  }
  std::vector<BarPanel> panels;
  for (int flow : in.flows) panels.push_back(panel_for(f, in, flow, product, volume_mode));
  BarAxis axis;
  if (volume_mode) {
    axis.tick_label = [lang](double v, int d) { return format_number(v, d, lang); };
  } else {
    axis.tick_label = [lang](double v, int d) { return format_share(v, d, lang); };
  }
  layout_bars(f, panels, axis);
  return f.finish("partners", title, narrative(in, {product}, title));
}

}  // namespace tw::detail
