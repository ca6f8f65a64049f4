#include "trade_widget/summary.h"

#include "trade_widget/format.h"

namespace tw {

namespace {

/// A change that shows as 0.0% at its precision reads as "unchanged", whatever its sign.
bool rounds_to_zero(const Figure& f) {
  return format_number(std::fabs(f.value), f.decimals, Lang::en).find_first_not_of("0.") ==
         std::string::npos;
}

bool has_any_figure(const KeyFigure& kf) {
  return kf.volume.origin != Origin::absent || kf.yoy.origin != Origin::absent ||
         kf.top_partner != kNone;
}

std::string english(const Dataset& ds, const KeyFigure& kf) {
  const Item& flow = ds.flows[static_cast<std::size_t>(kf.flow)];
  const Item& product = ds.products[static_cast<std::size_t>(kf.product)];
  const Text& unit = ds.meta.volume_unit;
  std::string s = flow.label.en + " of " + product.phrase.en;
  const bool volume = kf.volume.present();
  const bool change = kf.yoy.present();
  std::string change_text;
  const bool unchanged = change && rounds_to_zero(kf.yoy);
  if (change) {
    change_text = unchanged
                      ? "were unchanged year on year"
                      : std::string(kf.yoy.value < 0 ? "fell " : "rose ") +
                            format_number(std::fabs(kf.yoy.value), kf.yoy.decimals, Lang::en) +
                            "% year on year";
    if (kf.yoy.origin == Origin::derived) change_text += " (implied)";
  }
  const std::string volume_text =
      volume ? format_volume(kf.volume.value, kf.volume.decimals, unit, Lang::en) : "";
  if (volume && change) {
    s += " " + change_text + (unchanged ? " at " : " to ") + volume_text;
  } else if (volume) {
    s += " totalled " + volume_text;
  } else if (change) {
    s += " " + change_text + "; the volume is not reported";
  } else {
    s += ": volume not reported";
  }
  if (kf.top_partner != kNone && kf.top_share.present()) {
    s += "; " + ds.partners[static_cast<std::size_t>(kf.top_partner)].phrase.en +
         " accounted for " + format_share(kf.top_share.value, kf.top_share.decimals, Lang::en);
    if (kf.top_share.origin == Origin::derived) s += " (implied)";
  }
  return s + ".";
}

std::string chinese(const Dataset& ds, const KeyFigure& kf) {
  const Item& flow = ds.flows[static_cast<std::size_t>(kf.flow)];
  const Item& product = ds.products[static_cast<std::size_t>(kf.product)];
  std::string s = product.phrase.zh + flow.phrase.zh;
  const bool volume = kf.volume.present();
  const bool change = kf.yoy.present();
  std::string change_text;
  if (change) {
    change_text = rounds_to_zero(kf.yoy)
                      ? "同比持平"
                      : std::string(kf.yoy.value < 0 ? "同比下降" : "同比增长") +
                            format_number(std::fabs(kf.yoy.value), kf.yoy.decimals, Lang::zh) + "%";
    if (kf.yoy.origin == Origin::derived) change_text += "（推算）";
  }
  if (volume) {
    s += format_volume(kf.volume.value, kf.volume.decimals, ds.meta.volume_unit, Lang::zh);
    if (change) s += "，" + change_text;
  } else if (change) {
    s += change_text + "，" + flow.phrase.zh + "量未报告";
  } else {
    s += "量未报告";
  }
  if (kf.top_partner != kNone && kf.top_share.present()) {
    s += "，其中" + ds.partners[static_cast<std::size_t>(kf.top_partner)].phrase.zh + "占" +
         format_share(kf.top_share.value, kf.top_share.decimals, Lang::zh);
    if (kf.top_share.origin == Origin::derived) s += "（推算）";
  }
  return s + "。";
}

}  // namespace

KeyFigure key_figure(const Dataset& ds, int flow, int product, int period) {
  KeyFigure kf;
  kf.flow = flow;
  kf.product = product;
  kf.period = period;
  const int world = ds.world_partner();
  if (world != kNone) {
    const Cell cell{flow, product, world, period};
    kf.volume = stated(ds, cell, Measure::volume);
    kf.yoy = year_on_year(ds, cell);
    kf.prior = prior_volume(ds, cell);
  }
  const PartnerBreakdown b = partner_breakdown(ds, flow, product, period);
  kf.top_partner = b.top_partner;
  kf.top_share = b.top_share;
  return kf;
}

std::string sentence(const Dataset& ds, const KeyFigure& kf, Lang lang) {
  return lang == Lang::zh ? chinese(ds, kf) : english(ds, kf);
}

Summary summarize(const Dataset& ds, const std::vector<int>& flows,
                  const std::vector<int>& products, int period, Lang lang) {
  Summary s;
  s.period = period;
  for (int flow : flows) {
    for (int product : products) {
      KeyFigure kf = key_figure(ds, flow, product, period);
      if (!has_any_figure(kf)) continue;
      if (!s.narrative.empty() && lang == Lang::en) s.narrative += " ";
      s.narrative += sentence(ds, kf, lang);
      s.figures.push_back(std::move(kf));
    }
  }
  return s;
}

}  // namespace tw
