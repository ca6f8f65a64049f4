#include "chart/chart_shares.h"

#include <algorithm>
#include <cmath>

#include "trade_widget/format.h"
#include "trade_widget/scale.h"
#include "trade_widget/text_width.h"

namespace tw::detail {

namespace {

constexpr int kPartColours = 8;

struct Segment {
  std::string name;
  std::string value;    ///< "40%", "22.3% implied", with note markers
  std::string classes;  ///< "tw-part-1", "tw-others"
  double share = 0;
  Mark mark;  ///< the data mark, placed later
};

bool has_shares(const ChartInput& in, int product) {
  for (int flow : in.flows) {
    if (!partner_breakdown(*in.ds, flow, product, in.period).partners.empty()) return true;
  }
  return false;
}

std::string product_label(const ChartInput& in, int product) {
  return in.ds->products[static_cast<std::size_t>(product)].label.in(in.lang);
}

std::string period_label(const ChartInput& in) {
  return in.ds->periods[static_cast<std::size_t>(in.period)].label.in(in.lang);
}

/// The panel heading: "Exports (total 7,520.2 t)".
std::string heading(Frame& f, const ChartInput& in, int flow, int product) {
  const Dataset& ds = *in.ds;
  std::string h = ds.flows[static_cast<std::size_t>(flow)].label.in(in.lang);
  const int world = ds.world_partner();
  if (world == kNone) return h;
  const Figure total = stated(ds, Cell{flow, product, world, in.period}, Measure::volume);
  if (!total.present()) return h;
  f.cite(total);
  return h + tr(in.lang, " (total ", "（总量") + volume_text(ds, total, in.lang) +
         f.note_marker(total) + tr(in.lang, ")", "）");
}

std::vector<Segment> segments_of(Frame& f, const ChartInput& in, int flow, int product) {
  const Dataset& ds = *in.ds;
  const PartnerBreakdown b = partner_breakdown(ds, flow, product, in.period);
  const std::vector<std::string> parts = {
      product_label(in, product), ds.flows[static_cast<std::size_t>(flow)].phrase.in(in.lang),
      period_label(in)};
  std::vector<Segment> out;
  for (std::size_t i = 0; i < b.partners.size(); ++i) {
    const PartnerShare& ps = b.partners[i];
    const Item& partner = ds.partners[static_cast<std::size_t>(ps.partner)];
    Segment s;
    s.name = partner.label.in(in.lang);
    const std::string share = share_text(ps.share, in.lang);
    s.value = share + f.note_marker(ps.share);
    s.classes = "tw-part-" + std::to_string(i % kPartColours + 1);
    s.share = ps.share.value;
    std::vector<std::string> who = parts;
    who.insert(who.begin(), s.name);
    s.mark.aria_label =
        reading(who, share_reading(ps.share, in.lang), in.lang) + f.note_reading(ps.share);
    s.mark.key = mark_key(ds, Cell{flow, product, ps.partner, in.period}, Measure::share);
    s.mark.observation = ps.share.observation;
    f.cite(ps.share);
    out.push_back(std::move(s));
  }
  // The remainder is shown unless the known shares already make 100% at their precision.
  if (!out.empty() && b.others.present() &&
      format_share(b.others.value, b.others.decimals, in.lang) !=
          format_share(0, b.others.decimals, in.lang)) {
    Segment s;
    s.name = tr(in.lang, "Others or not reported", "其他或未报告");
    const std::string share = share_text(b.others, in.lang);
    s.value = share;
    s.classes = "tw-others";
    s.share = b.others.value;
    std::vector<std::string> who = parts;
    who.insert(who.begin(), s.name);
    s.mark.aria_label = reading(who, share_reading(b.others, in.lang), in.lang);
    s.mark.key = ds.flows[static_cast<std::size_t>(flow)].id + "|" +
                 ds.products[static_cast<std::size_t>(product)].id + "|others|" +
                 ds.periods[static_cast<std::size_t>(in.period)].id + "|share";
    out.push_back(std::move(s));
  }
  return out;
}

/// Ticks for 0-100% under the bar, as many as fit.
Ticks share_ticks(double width, Lang lang) {
  for (int count = 10; count >= 1; --count) {
    Ticks t = nice_ticks(0, 100, count);
    const double w = text_width(format_share(100, t.decimals, lang), kSmallSize);
    if (width / static_cast<double>(t.values.size() - 1) >= 1.5 * w + 8 || count == 1) return t;
  }
  return nice_ticks(0, 100, 1);
}

/// Whether every segment's name and value fit above it (checked for every flow, so that all
/// panels of a chart are labelled the same way).
bool labels_fit(const std::vector<Segment>& segs, double width) {
  double total = 0;
  for (const Segment& s : segs) total += s.share;
  const LinearScale x(0, std::max(100.0, total), 0, width);
  double at = 0;
  for (const Segment& s : segs) {
    const double seg_w = x(at + s.share) - x(at);
    at += s.share;
    if (std::max(text_width(s.name, kValueSize), text_width(s.value, kLabelSize, true)) >
        seg_w - 6) {
      return false;
    }
  }
  return true;
}

bool direct_labels(const ChartInput& in, int product) {
  Frame scratch(*in.ds, in.lang, in.width, in.compact);  // its notes and sources are not kept
  for (int flow : in.flows) {
    if (!labels_fit(segments_of(scratch, in, flow, product), scratch.inner_width())) return false;
  }
  return true;
}

void layout_panel(Frame& f, const ChartInput& in, int flow, int product, bool direct) {
  const double x0 = f.left();
  const double w = f.inner_width();
  f.y = f.text_block(heading(f, in, flow, product), x0, f.y, w, kLabelSize, true, "tw-heading",
                     "heading") +
        8;
  std::vector<Segment> segs = segments_of(f, in, flow, product);
  if (segs.empty()) {
    f.y = f.text_block(tr(in.lang, "No partner shares reported.", "未报告国别占比。"), x0, f.y, w,
                       kValueSize, false, "tw-not-reported", "empty") +
          12;
    return;
  }
  double total = 0;
  for (const Segment& s : segs) total += s.share;
  const LinearScale x(0, std::max(100.0, total), x0, x0 + w);
  double at = 0;
  const double bar_h = f.narrow() ? 22 : 28;
  const double label_h = direct ? kLineHeight * kValueSize + kLineHeight * kLabelSize + 2 : 0;
  const double bar_top = f.y + label_h;
  at = 0;
  for (Segment& s : segs) {
    const double a = x(at);
    const double b = x(at + s.share);
    at += s.share;
    if (direct) {
      const double name_y = f.y + kAscent * kValueSize;
      const double value_y = name_y + kLineHeight * kLabelSize;
      f.marks.push_back(
          text_mark(s.name, a + 2, name_y, kValueSize, Anchor::start, "tw-muted", "label"));
      Mark v = text_mark(s.value, a + 2, value_y, kLabelSize, Anchor::start, "tw-value", "value");
      v.bold = true;
      f.marks.push_back(std::move(v));
    }
    Mark seg = rect_mark(a, bar_top, b - a, bar_h, "tw-mark tw-segment " + s.classes, "segment");
    seg.focusable = true;
    seg.aria_label = s.mark.aria_label;
    seg.key = s.mark.key;
    seg.observation = s.mark.observation;
    f.marks.push_back(std::move(seg));
  }
  const Ticks t = share_ticks(w, in.lang);
  const double axis_y = bar_top + bar_h;
  for (double v : t.values) {
    f.marks.push_back(line_mark(x(v), axis_y, x(v), axis_y + 4, "tw-axis", "tick-mark"));
    const Anchor anchor = v == t.lo() ? Anchor::start : v == t.hi() ? Anchor::end : Anchor::middle;
    f.marks.push_back(text_mark(format_share(v, t.decimals, in.lang), x(v),
                                axis_y + 6 + kAscent * kSmallSize, kSmallSize, anchor, "tw-tick",
                                "tick"));
  }
  f.y = axis_y + 6 + (kAscent + kDescent) * kSmallSize + 10;
  if (!direct) {
    std::vector<LegendItem> key;
    for (const Segment& s : segs) key.push_back({s.classes, s.name + " " + s.value});
    f.legend(key);
  }
  f.y += 6;
}

}  // namespace

int chosen_product(const ChartInput& in, bool (*has_data)(const ChartInput&, int)) {
  if (in.product != kNone) return in.product;
  for (int p : in.products) {
    if (has_data(in, p)) return p;
  }
  return kNone;
}

Scene shares_scene(const ChartInput& in) {
  const Dataset& ds = *in.ds;
  Frame f(ds, in.lang, in.width, in.compact);
  f.number_notes_as(in.note_order);
  const int product = chosen_product(in, has_shares);
  const std::string what =
      product == kNone ? flows_title(ds, in.flows, in.lang) : product_label(in, product);
  const std::string title = in.lang == Lang::zh
                                ? period_label(in) + what + "分国别占比"
                                : "Shares by partner: " + what + ", " + period_label(in);
  f.title(title);
  if (in.flows.size() == 1) {
    const Item& flow = ds.flows[static_cast<std::size_t>(in.flows[0])];
    f.subtitle(in.lang == Lang::zh ? "占" + flow.phrase.zh + "总量的百分比"
                                   : "Per cent of total " + flow.phrase.en);
  } else {
    f.subtitle(tr(in.lang, "Per cent of each flow's total", "占各流向总量的百分比"));
  }
  if (product == kNone) {
    f.y = f.text_block(tr(in.lang, "No partner shares reported for this selection.",
                          "所选范围内未报告国别占比。"),
                       f.left(), f.y, f.inner_width(), kValueSize, false, "tw-not-reported",
                       "empty") +
          8;
    return f.finish("shares", title, title);
  }
  const bool direct = direct_labels(in, product);
  for (int flow : in.flows) layout_panel(f, in, flow, product, direct);
  return f.finish("shares", title, narrative(in, {product}, title));
}

}  // namespace tw::detail
