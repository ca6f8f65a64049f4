#include "trade_widget/summary.h"

#include <cctype>

#include "narrative/partner_text.h"
#include "trade_widget/format.h"

namespace tw {

namespace {

using detail::attribution;
using detail::change_en;
using detail::change_zh;
using detail::partner_en;
using detail::partner_zh;

/// A share above this establishes the top partner even when the others are not reported.
constexpr double kMajorityShare = 50;

std::string share_en(const Figure& share) {
  return format_share(share, Lang::en) + (share.origin == Origin::derived ? " (implied)" : "");
}

std::string share_zh(const Figure& share) {
  return format_share(share, Lang::zh) + (share.origin == Origin::derived ? "（推算）" : "");
}

bool has_any_figure(const KeyFigure& kf) {
  return kf.volume.origin != Origin::absent || kf.yoy.origin != Origin::absent ||
         kf.top_partner != kNone || kf.share.present();
}

/// The one partner reported, when a source also gives its change: then the change says its share
/// ("... to 2,510 t, 11.4% of the total (implied); the other partners are not reported") instead of
/// calling it the largest of one.
bool single_partner_with_change(const KeyFigure& kf) {
  if (kf.top_established || kf.reported_partners != 1) return false;
  for (const PartnerFigure& p : kf.partner_changes) {
    if (p.partner == kf.top_partner) return true;
  }
  return false;
}

/// "; the source names only Japan and South Korea (Fixture)": why the top partner is established
/// although no total is given. "" without such a statement.
std::string only_partners(const Dataset& ds, const KeyFigure& kf, Lang lang) {
  if (kf.only == nullptr) return "";
  std::string names;
  for (std::size_t i = 0; i < kf.only->partners.size(); ++i) {
    const std::string sep = i == 0 ? ""
                            : i + 1 == kf.only->partners.size()
                                ? (lang == Lang::zh ? "和" : " and ")
                                : (lang == Lang::zh ? "、" : ", ");
    names += sep + ds.partners[static_cast<std::size_t>(kf.only->partners[i])].phrase.in(lang);
  }
  const std::string& source =
      ds.meta.sources[static_cast<std::size_t>(kf.only->source)].publisher.in(lang);
  return lang == Lang::zh ? "；" + source + "称仅有" + names
                          : "; " + source + " names only " + names;
}

/// "; the United States accounted for 99.3%" when the figures establish the top partner, else
/// "; the United States was the largest of those reported, with 40%; the others are not reported".
std::string top_partner_en(const Dataset& ds, const KeyFigure& kf) {
  if (kf.top_partner == kNone || !kf.top_share.present() || single_partner_with_change(kf))
    return "";
  const std::string& who = ds.partners[static_cast<std::size_t>(kf.top_partner)].phrase.en;
  std::string share = format_share(kf.top_share, Lang::en);
  if (kf.top_share.origin == Origin::derived) share += " (implied)";
  if (kf.top_established)
    return "; " + who + " accounted for " + share + only_partners(ds, kf, Lang::en);
  const std::string order = kf.ranked_on_bounds ? " (an order of bounds, not exact figures)" : "";
  return "; " + who + " was the largest of those reported" + order + ", with " + share +
         "; the others are not reported";
}

std::string top_partner_zh(const Dataset& ds, const KeyFigure& kf) {
  if (kf.top_partner == kNone || !kf.top_share.present() || single_partner_with_change(kf))
    return "";
  const std::string& who = ds.partners[static_cast<std::size_t>(kf.top_partner)].phrase.zh;
  std::string share = format_share(kf.top_share, Lang::zh);
  if (kf.top_share.origin == Origin::derived) share += "（推算）";
  if (kf.top_established) return "，其中" + who + "占" + share + only_partners(ds, kf, Lang::zh);
  const std::string order = kf.ranked_on_bounds ? "（按区间而非确数排序）" : "";
  return "，已报告的伙伴中" + who + "占比最大" + order + "，为" + share + "，其他伙伴未报告";
}

/// "; exports to the United States fell 24.0% (Antaike, [18][21])" for each partner change.
std::string partner_changes_en(const Dataset& ds, const KeyFigure& kf) {
  std::string s;
  const Item& flow = ds.flows[static_cast<std::size_t>(kf.flow)];
  for (const PartnerFigure& p : kf.partner_changes) {
    s += "; " + flow.phrase.en + " " + partner_en(ds, kf.flow, p.partner) + " " +
         change_en(p.yoy, false);
    if (p.volume.present()) {
      s += " to " + format_volume(p.volume, volume_unit(ds, p.volume), Lang::en);
    }
    s += attribution(ds, p.yoy, Lang::en);
    if (single_partner_with_change(kf) && p.partner == kf.top_partner) {
      s += ", " + share_en(kf.top_share) + " of the total; the other partners are not reported";
    }
  }
  return s;
}

std::string partner_changes_zh(const Dataset& ds, const KeyFigure& kf) {
  std::string s;
  for (const PartnerFigure& p : kf.partner_changes) {
    s += "；其中" + partner_zh(ds, kf.flow, p.partner);
    if (p.volume.present()) {
      s += format_volume(p.volume, volume_unit(ds, p.volume), Lang::zh) + "，";
    }
    s += change_zh(p.yoy) + attribution(ds, p.yoy, Lang::zh);
    if (single_partner_with_change(kf) && p.partner == kf.top_partner) {
      s += "，占总量的" + share_zh(kf.top_share) + "，其他伙伴未报告";
    }
  }
  return s;
}

/// A chosen partner with only its share: the partner is the subject of the sentence.
bool share_only(const KeyFigure& kf) {
  return kf.partner != kNone && !kf.volume.present() && !kf.yoy.present() && kf.share.present();
}

/// After a partner's volume and change: where they come from, then the share of the flow:
/// " (Rare Earth Exchanges), 11.4% of all exports (implied)".
std::string partner_tail_en(const Dataset& ds, const KeyFigure& kf) {
  const Figure& cited = kf.yoy.present() ? kf.yoy : kf.volume;
  std::string s = attribution(ds, cited, Lang::en);
  if (kf.share.present()) {
    s += ", " + share_en(kf.share) + " of all " +
         ds.flows[static_cast<std::size_t>(kf.flow)].phrase.en;
  }
  return s;
}

std::string partner_tail_zh(const Dataset& ds, const KeyFigure& kf) {
  const Figure& cited = kf.yoy.present() ? kf.yoy : kf.volume;
  std::string s = attribution(ds, cited, Lang::zh);
  if (kf.share.present()) {
    s += "，占" + ds.flows[static_cast<std::size_t>(kf.flow)].phrase.zh + "总量的" +
         share_zh(kf.share);
  }
  return s;
}

/// The subject of a sentence: "Exports of rare earth oxides" (+ " to the United States").
std::string subject_en(const Dataset& ds, const KeyFigure& kf) {
  const Item& flow = ds.flows[static_cast<std::size_t>(kf.flow)];
  const Item& product = ds.products[static_cast<std::size_t>(kf.product)];
  std::string s = flow.label.en + " of " + product.phrase.en;
  if (kf.partner != kNone) s += " " + partner_en(ds, kf.flow, kf.partner);
  return s;
}

std::string english(const Dataset& ds, const KeyFigure& kf) {
  if (share_only(kf)) {
    std::string who = ds.partners[static_cast<std::size_t>(kf.partner)].phrase.en;
    if (!who.empty()) who[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(who[0])));
    return who + " accounted for " + share_en(kf.share) + " of " +
           ds.flows[static_cast<std::size_t>(kf.flow)].phrase.en + " of " +
           ds.products[static_cast<std::size_t>(kf.product)].phrase.en +
           attribution(ds, kf.share, Lang::en) + "; the volume is not reported.";
  }
  const Text& unit = ds.unit_label_of_product(kf.product);
  std::string s = subject_en(ds, kf);
  const bool volume = kf.volume.present();
  const bool change = kf.yoy.present();
  const std::string change_text = change ? change_en(kf.yoy) : "";
  const bool unchanged = change && detail::rounds_to_zero(kf.yoy);
  const std::string volume_text = volume ? format_volume(kf.volume, unit, Lang::en) : "";
  if (volume && change) {
    s += " " + change_text + (unchanged ? " at " : " to ") + volume_text;
  } else if (volume) {
    s += " totalled " + volume_text;
  } else if (change) {
    // A partner's change: its source right after it, before the gap.
    const std::string cite = kf.partner != kNone ? attribution(ds, kf.yoy, Lang::en) : "";
    s += " " + change_text + cite + "; the volume is not reported";
    if (kf.partner != kNone) return s + ".";
  } else {
    s += ": volume not reported";
  }
  if (kf.partner != kNone) return s + partner_tail_en(ds, kf) + ".";
  return s + top_partner_en(ds, kf) + partner_changes_en(ds, kf) + ".";
}

std::string chinese(const Dataset& ds, const KeyFigure& kf) {
  if (share_only(kf)) {
    const Item& f = ds.flows[static_cast<std::size_t>(kf.flow)];
    return ds.partners[static_cast<std::size_t>(kf.partner)].phrase.zh + "占" +
           ds.products[static_cast<std::size_t>(kf.product)].phrase.zh + f.phrase.zh + "总量的" +
           share_zh(kf.share) + attribution(ds, kf.share, Lang::zh) + "，" + f.phrase.zh +
           "量未报告。";
  }
  const Item& flow = ds.flows[static_cast<std::size_t>(kf.flow)];
  const Item& product = ds.products[static_cast<std::size_t>(kf.product)];
  std::string s = product.phrase.zh +
                  (kf.partner != kNone ? partner_zh(ds, kf.flow, kf.partner) : flow.phrase.zh);
  const bool volume = kf.volume.present();
  const bool change = kf.yoy.present();
  const std::string change_text = change ? change_zh(kf.yoy) : "";
  if (volume) {
    s += format_volume(kf.volume, ds.unit_label_of_product(kf.product), Lang::zh);
    if (change) s += "，" + change_text;
  } else if (change) {
    const std::string cite = kf.partner != kNone ? attribution(ds, kf.yoy, Lang::zh) : "";
    s += change_text + cite + "，" + flow.phrase.zh + "量未报告";
    if (kf.partner != kNone) return s + "。";
  } else {
    s += "量未报告";
  }
  if (kf.partner != kNone) return s + partner_tail_zh(ds, kf) + "。";
  return s + top_partner_zh(ds, kf) + partner_changes_zh(ds, kf) + "。";
}

/// Partners (not the aggregate) whose change on a year earlier a source states for the cell.
std::vector<PartnerFigure> partner_changes(const Dataset& ds, int flow, int product, int period) {
  std::vector<PartnerFigure> out;
  for (std::size_t p = 0; p < ds.partners.size(); ++p) {
    if (ds.partners[p].aggregate) continue;
    const Cell cell{flow, product, static_cast<int>(p), period};
    PartnerFigure pf{static_cast<int>(p), stated(ds, cell, Measure::volume),
                     partner_share(ds, cell), stated(ds, cell, Measure::yoy)};
    if (pf.yoy.present()) out.push_back(std::move(pf));
  }
  return out;
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
  // Established: the shares are complete, or a floor on the top share is a majority ("less than
  // 60%" or "about 55%" is not; "more than 50%" is), or is above what all unreported partners
  // together could hold when that is capped.
  const bool majority =
      b.top_share.value > kMajorityShare ||
      (b.top_share.value == kMajorityShare && b.top_share.qualifier == Qualifier::more_than);
  const bool floor = b.top_share.exact() || b.top_share.qualifier == Qualifier::more_than ||
                     b.top_share.qualifier == Qualifier::at_least;
  const bool others_capped = !b.others.present() || b.others.exact() ||
                             b.others.qualifier == Qualifier::less_than ||
                             b.others.qualifier == Qualifier::at_most;
  const double unreported = b.others.present() ? b.others.value : 100;
  const bool above_unreported =
      b.partners.size() > 1 && others_capped && b.top_share.value > unreported;
  kf.top_established =
      b.top_partner != kNone && (b.complete || (floor && (majority || above_unreported)));
  kf.ranked_on_bounds = b.ranked_on_bounds;
  kf.only = b.only;
  kf.reported_partners = static_cast<int>(b.partners.size());
  kf.partner_changes = partner_changes(ds, flow, product, period);
  return kf;
}

KeyFigure partner_key_figure(const Dataset& ds, int flow, int product, int partner, int period) {
  KeyFigure kf;
  kf.flow = flow;
  kf.product = product;
  kf.period = period;
  kf.partner = partner;
  const Cell cell{flow, product, partner, period};
  kf.volume = stated(ds, cell, Measure::volume);
  kf.yoy = year_on_year(ds, cell);
  kf.prior = prior_volume(ds, cell);
  kf.share = partner_share(ds, cell);
  return kf;
}

int default_partner(const Dataset& ds) {
  if (ds.world_partner() != kNone || ds.partners.empty()) return kNone;
  return 0;
}

std::string sentence(const Dataset& ds, const KeyFigure& kf, Lang lang) {
  return lang == Lang::zh ? chinese(ds, kf) : english(ds, kf);
}

Summary summarize(const Dataset& ds, const std::vector<int>& flows,
                  const std::vector<int>& products, int period, Lang lang, int partner) {
  Summary s;
  s.period = period;
  for (int flow : flows) {
    for (int product : products) {
      KeyFigure kf = partner == kNone ? key_figure(ds, flow, product, period)
                                      : partner_key_figure(ds, flow, product, partner, period);
      // A partner's card needs a figure of its own: a stated gap alone says nothing about it.
      if (partner != kNone && !kf.volume.present() && !kf.yoy.present() && !kf.share.present())
        continue;
      if (!has_any_figure(kf)) continue;
      if (!s.narrative.empty() && lang == Lang::en) s.narrative += " ";
      s.narrative += sentence(ds, kf, lang);
      s.figures.push_back(std::move(kf));
    }
  }
  return s;
}

}  // namespace tw
