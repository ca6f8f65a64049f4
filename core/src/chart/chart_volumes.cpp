#include "chart/chart_volumes.h"

#include <algorithm>
#include <cmath>

#include "chart/chart_bars.h"
#include "stable_order.h"
#include "trade_widget/format.h"

namespace tw::detail {

namespace {

/// A product's figures for one flow, with what the bar and label need.
struct ProductFigures {
  int product = 0;
  Cell cell;
  Figure volume;
  Figure yoy;
};

/// The products of the selection that have a row for the flow and period (volume or change),
/// and the labels of those that have none.
std::vector<ProductFigures> figures_for(const ChartInput& in, int flow,
                                        std::vector<std::string>& missing) {
  const Dataset& ds = *in.ds;
  std::vector<ProductFigures> out;
  const int world = ds.world_partner();
  for (int p : in.products) {
    ProductFigures pf;
    pf.product = p;
    pf.cell = Cell{flow, p, world, in.period};
    if (world != kNone) {
      pf.volume = stated(ds, pf.cell, Measure::volume);
      pf.yoy = year_on_year(ds, pf.cell);
    }
    if (pf.volume.origin == Origin::absent && pf.yoy.origin == Origin::absent) {
      missing.push_back(ds.products[static_cast<std::size_t>(p)].label.in(in.lang));
      continue;
    }
    out.push_back(std::move(pf));
  }
  return out;
}

/// Present values first, largest first; missing ones after, in dataset order.
void sort_rows(std::vector<BarRow>& rows) {
  detail::stable_sort_items(rows, [](const BarRow& a, const BarRow& b) {
    const bool ha = !std::isnan(a.value);
    const bool hb = !std::isnan(b.value);
    if (ha != hb) return ha;
    return ha && a.value > b.value;
  });
}

/// Aggregates (totals that contain or overlap other products) apart from the products.
std::vector<BarGroup> grouped(const Dataset& ds, const std::vector<ProductFigures>& figures,
                              std::vector<BarRow> rows, Lang lang) {
  BarGroup totals{tr(lang, "Totals: they include or overlap the products below; do not add them up",
                     "总计：包含或重叠下列产品，请勿相加"),
                  {}};
  BarGroup products{"", {}};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const bool aggregate = ds.products[static_cast<std::size_t>(figures[i].product)].aggregate;
    (aggregate ? totals : products).rows.push_back(std::move(rows[i]));
  }
  sort_rows(totals.rows);
  sort_rows(products.rows);
  if (!totals.rows.empty() && !products.rows.empty())
    products.heading = tr(lang, "Products", "产品");
  return {totals, products};
}

std::vector<std::string> reading_parts(const ChartInput& in, const Cell& cell) {
  const Dataset& ds = *in.ds;
  return {ds.products[static_cast<std::size_t>(cell.product)].label.in(in.lang),
          ds.flows[static_cast<std::size_t>(cell.flow)].phrase.in(in.lang),
          ds.periods[static_cast<std::size_t>(cell.period)].label.in(in.lang)};
}

/// Both figures' notes, each once: "¹", "¹,²" (never "¹²", which reads as 12).
std::string markers(Frame& f, const Figure& a, const Figure& b) { return f.note_marker(a, b); }

std::string notes_reading(const Frame& f, const Figure& a, const Figure& b) {
  return f.note_reading(a, b);
}

BarRow volume_row(Frame& f, const ChartInput& in, const ProductFigures& pf, bool mixed_units) {
  const Dataset& ds = *in.ds;
  BarRow r;
  r.label = ds.products[static_cast<std::size_t>(pf.product)].label.in(in.lang);
  const double scale =
      mixed_units ? ds.unit(ds.products[static_cast<std::size_t>(pf.product)].unit).per_volume_unit
                  : 1.0;
  std::string value = volume_text(ds, pf.volume, in.lang);
  if (pf.yoy.present()) value += tr(in.lang, ", ", "，") + change_text(pf.yoy, in.lang);
  r.value_text = value + markers(f, pf.volume, pf.yoy);
  r.not_reported = !pf.volume.present();
  // Bars of products in different units share one scale in the dataset's unit (the declared
  // conversion); the label keeps the figure in its source's unit and digits.
  if (pf.volume.present()) {
    r.value = pf.volume.value / scale;
    r.bound = pf.volume.qualifier;
  }
  r.bar_classes = ds.products[static_cast<std::size_t>(pf.product)].aggregate
                      ? "tw-bar tw-aggregate"
                      : "tw-bar";
  r.aria_label =
      reading(reading_parts(in, pf.cell), value, in.lang) + notes_reading(f, pf.volume, pf.yoy);
  r.key = mark_key(ds, pf.cell, Measure::volume);
  r.observation = pf.volume.observation;
  f.cite(pf.volume);
  f.cite(pf.yoy);
  return r;
}

BarRow yoy_row(Frame& f, const ChartInput& in, const ProductFigures& pf, bool& derived) {
  const Dataset& ds = *in.ds;
  BarRow r;
  r.label = ds.products[static_cast<std::size_t>(pf.product)].label.in(in.lang);
  const std::string value =
      pf.yoy.present() ? change_text(pf.yoy, in.lang) : std::string(not_reported(in.lang));
  r.value_text = value + markers(f, pf.yoy, pf.yoy);
  r.not_reported = !pf.yoy.present();
  if (pf.yoy.present()) {
    r.value = pf.yoy.value;
    r.bound = pf.yoy.qualifier;
    r.bar_classes = pf.yoy.value < 0 ? "tw-fall" : "tw-rise";
    if (pf.yoy.origin == Origin::derived) {
      r.bar_classes += " tw-derived";
      derived = true;
    }
  }
  const std::string spoken =
      pf.yoy.present() ? tr(in.lang, "", "同比") + value + tr(in.lang, " year on year", "") : value;
  r.aria_label =
      reading(reading_parts(in, pf.cell), spoken, in.lang) + notes_reading(f, pf.yoy, pf.yoy);
  r.key = mark_key(ds, pf.cell, Measure::yoy);
  r.observation = pf.yoy.observation;
  f.cite(pf.yoy);
  return r;
}

std::string period_label(const ChartInput& in) {
  return in.ds->periods[static_cast<std::size_t>(in.period)].label.in(in.lang);
}

void missing_lines(Frame& f, const ChartInput& in, int flow,
                   const std::vector<std::string>& missing) {
  if (missing.empty()) return;
  const Item& item = in.ds->flows[static_cast<std::size_t>(flow)];
  f.footer_line(in.lang == Lang::zh
                    ? item.label.zh + "无数据：" + join_list(missing, in.lang) + "。"
                    : "No figures for " + item.phrase.en + ": " + join_list(missing, in.lang) +
                          ".");
}

/// "Volume (t) and change ..."; products in several units: the scale's unit and the conversion,
/// "Volume, drawn in t (1 t = 1,000 kg; each figure in its source's unit), and change ...".
std::string volume_subtitle(const ChartInput& in, bool mixed_units) {
  const Dataset& ds = *in.ds;
  const Text& unit =
      in.products.empty() ? ds.meta.volume_unit : ds.unit_label_of_product(in.products.front());
  if (!mixed_units) {
    return in.lang == Lang::zh
               ? "数量（" + unit.zh + "）及与上年同期相比的变化"
               : "Volume (" + unit.en + ") and change on the same months a year earlier";
  }
  const std::string conversion = unit_conversions(ds, in.products, in.lang);
  return in.lang == Lang::zh ? "数量（按" + ds.meta.volume_unit.zh + "绘制：" + conversion +
                                   "；各数字保留来源的单位）及与上年同期相比的变化"
                             : "Volume, drawn in " + ds.meta.volume_unit.en + " (" + conversion +
                                   "; each figure in its source's unit), and change on the same "
                                   "months a year earlier";
}

const char* empty_text(Lang lang) {
  return tr(lang, "No figures for this selection.", "所选范围内没有数据。");
}

}  // namespace

Scene volumes_scene(const ChartInput& in) {
  const Dataset& ds = *in.ds;
  Frame f(ds, in.lang, in.width, in.compact);
  f.number_notes_as(in.note_order);
  const std::string flows = flows_title(ds, in.flows, in.lang);
  const std::string title = in.lang == Lang::zh ? period_label(in) + flows + "（分产品）"
                                                : flows + " by product, " + period_label(in);
  f.title(title);
  const bool mixed_units = !in.products.empty() && !ds.one_unit(in.products);
  f.subtitle(volume_subtitle(in, mixed_units));
  std::vector<BarPanel> panels;
  for (int flow : in.flows) {
    std::vector<std::string> missing;
    const std::vector<ProductFigures> figures = figures_for(in, flow, missing);
    std::vector<BarRow> rows;
    for (const ProductFigures& pf : figures) rows.push_back(volume_row(f, in, pf, mixed_units));
    panels.push_back(BarPanel{ds.flows[static_cast<std::size_t>(flow)].label.in(in.lang),
                              grouped(ds, figures, std::move(rows), in.lang),
                              {},
                              empty_text(in.lang)});
    missing_lines(f, in, flow, missing);
  }
  // A compact chart has no subtitle: the scale's unit and the conversion still need saying
  // when the bars' figures are in different units (the labels say each figure's own unit).
  if (mixed_units && in.compact) {
    const std::string conversion = unit_conversions(ds, in.products, in.lang);
    f.footer_line(in.lang == Lang::zh
                      ? "条形按" + ds.meta.volume_unit.zh + "绘制（" + conversion + "）。"
                      : "Bars drawn in " + ds.meta.volume_unit.en + " (" + conversion + ").");
  }
  const Lang lang = in.lang;
  layout_bars(f, panels,
              BarAxis{[lang](double v, int decimals) { return format_number(v, decimals, lang); }});
  return f.finish("volumes", title, narrative(in, in.products, title));
}

Scene yoy_scene(const ChartInput& in) {
  const Dataset& ds = *in.ds;
  Frame f(ds, in.lang, in.width, in.compact);
  f.number_notes_as(in.note_order);
  const std::string flows = flows_title(ds, in.flows, in.lang);
  const std::string title = in.lang == Lang::zh
                                ? period_label(in) + flows + "同比变化（分产品）"
                                : flows + ": change year on year by product, " + period_label(in);
  f.title(title);
  f.subtitle(tr(in.lang, "Per cent change on the same months a year earlier",
                "与上年同期相比的变化（%）"));
  std::vector<BarPanel> panels;
  bool derived = false;
  bool rise = false;
  bool fall = false;
  for (int flow : in.flows) {
    std::vector<std::string> missing;
    const std::vector<ProductFigures> figures = figures_for(in, flow, missing);
    std::vector<BarRow> rows;
    for (const ProductFigures& pf : figures) {
      rows.push_back(yoy_row(f, in, pf, derived));
      if (pf.yoy.present()) (pf.yoy.value < 0 ? fall : rise) = true;
    }
    panels.push_back(BarPanel{ds.flows[static_cast<std::size_t>(flow)].label.in(in.lang),
                              grouped(ds, figures, std::move(rows), in.lang),
                              {},
                              empty_text(in.lang)});
    missing_lines(f, in, flow, missing);
  }
  std::vector<LegendItem> legend;
  if (rise) legend.push_back({"tw-rise", tr(in.lang, "Rise (+)", "增长（+）")});
  if (fall) legend.push_back({"tw-fall", tr(in.lang, "Fall (\u2212)", "下降（\u2212）")});
  if (derived) {
    legend.push_back(
        {"tw-derived tw-neutral",
         tr(in.lang, "Implied: computed from two stated volumes", "推算：由两个公布的数量计算")});
  }
  f.legend(legend);
  const Lang lang = in.lang;
  layout_bars(f, panels,
              BarAxis{[lang](double v, int decimals) { return format_change(v, decimals, lang); }});
  return f.finish("yoy", title, narrative(in, in.products, title));
}

}  // namespace tw::detail
