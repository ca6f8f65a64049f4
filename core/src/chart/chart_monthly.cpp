#include "chart/chart_monthly.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "chart/chart_shares.h"
#include "stable_order.h"
#include "trade_widget/format.h"
#include "trade_widget/scale.h"
#include "trade_widget/text_width.h"

namespace tw::detail {

namespace {

constexpr int kMaxSpanMonths = 3;  // longer periods are not drawn on a monthly axis
// A note mark beside its point: smaller, so that it stays clear of the neighbouring points.
constexpr double kPointMarkerSize = 14;

struct MonthPoint {
  int period = 0;
  int year = 0;
  int first = 1;  ///< first month (1-12)
  int last = 1;
  Figure value;
};

struct FlowSeries {
  int flow = 0;
  std::vector<MonthPoint> points;    ///< drawable, in time order
  std::vector<std::string> skipped;  ///< labels of periods too long for a monthly axis
};

FlowSeries series_of(const ChartInput& in, int flow, int product) {
  const Dataset& ds = *in.ds;
  FlowSeries s;
  s.flow = flow;
  const int world = ds.world_partner();
  if (world == kNone) return s;
  for (const SeriesPoint& sp : time_series(ds, flow, product, world, Measure::volume)) {
    const Period& p = ds.periods[static_cast<std::size_t>(sp.period)];
    if (p.start / 12 != p.end / 12 || p.months() > kMaxSpanMonths) {
      s.skipped.push_back(p.label.in(in.lang));
      continue;
    }
    s.points.push_back(
        MonthPoint{sp.period, p.start / 12, p.start % 12 + 1, p.end % 12 + 1, sp.value});
  }
  return s;
}

bool has_months(const ChartInput& in, int product) {
  for (int flow : in.flows) {
    const FlowSeries s = series_of(in, flow, product);
    for (const MonthPoint& p : s.points) {
      if (p.value.present()) return true;
    }
  }
  return false;
}

std::string span_name(int first, int last, Lang lang) {
  if (lang == Lang::zh) return std::to_string(first) + "–" + std::to_string(last) + "月合计";
  return month_name(first, lang) + "–" + month_name(last, lang) + " combined";
}

/// The compact chart's list of gaps, by year, runs of months as one range: "2024: Mar, Jun–Aug
/// and Nov; 2025: Oct–Dec" / "2024年3月、6–8月和11月；2025年10–12月" (one line or two on a
/// phone where each month named with its year took four).
std::string gaps_by_year(const std::vector<MonthPoint>& points, Lang lang) {
  std::vector<std::pair<int, std::vector<std::string>>> years;
  const MonthPoint* run = nullptr;  // the first gap of the run that ends at `last`
  int last = 0;
  auto close_run = [&]() {
    if (run == nullptr) return;
    if (years.empty() || years.back().first != run->year) years.push_back({run->year, {}});
    const bool zh = lang == Lang::zh;
    std::string name = run->first == last ? month_name(last, lang)
                       : zh ? std::to_string(run->first) + "–" + month_name(last, lang)
                            : month_name(run->first, lang) + "–" + month_name(last, lang);
    years.back().second.push_back(std::move(name));
    run = nullptr;
  };
  for (const MonthPoint& p : points) {
    const bool continues = run != nullptr && p.year == run->year && p.first == last + 1;
    if (p.value.present() || !continues) close_run();
    if (p.value.present()) continue;
    if (run == nullptr) run = &p;
    last = p.last;
  }
  close_run();
  std::string out;
  for (const auto& [year, months] : years) {
    if (!out.empty()) out += tr(lang, "; ", "；");
    out += year_text(year, lang) + tr(lang, ": ", "") + join_list(months, lang);
  }
  return out;
}

struct Plot {
  double x0 = 0, x1 = 0, top = 0, bottom = 0;
  /// Room above `top` for span labels (and, in the full chart, note markers) over the highest
  /// values; the compact chart draws no note markers and puts a label without room in a block.
  double headroom = 22;
  double band() const { return (x1 - x0) / 12; }
  double centre(int month) const { return x0 + (month - 0.5) * band(); }
};

/// A combined period's label: its stated total over the months it spans ("8,774 t over 2
/// months" / "2个月合计8,774吨"), placed beside its span where no data mark is.
struct SpanLabel {
  std::string text;
  double a = 0, b = 0;    ///< the span's ends
  double y = 0;           ///< the span's line
  std::string band_text;  ///< away from the span: "Jan–Feb 2024: 8,774 t in total"
};

std::string total_label(const Dataset& ds, const Figure& total, int months, Lang lang) {
  const std::string value = volume_text(ds, total, lang);
  if (lang == Lang::zh) return std::to_string(months) + "个月合计" + value;
  return value + " over " + std::to_string(months) + " months";
}

std::string band_label(const Dataset& ds, const Figure& total, const Period& period, Lang lang) {
  const std::string value = volume_text(ds, total, lang);
  if (lang == Lang::zh) return period.label.zh + "合计" + value;
  return period.label.en + ": " + value + " in total";
}

/// "; drawn at 4,387 t a month, the monthly average (implied)".
std::string average_reading(const Dataset& ds, const Figure& total, double average, Lang lang) {
  const std::string v = format_volume(average, total.decimals, volume_unit(ds, total), lang);
  if (lang == Lang::zh) return "；按月均值" + v + "绘出（推算）";
  return "; drawn at " + v + " a month, the monthly average (implied)";
}

/// True when the segment a-b passes through the box (Liang–Barsky clipping).
bool segment_hits(const Box& box, Point a, Point b) {
  double t0 = 0, t1 = 1;
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {a.x - box.x0, box.x1 - a.x, a.y - box.y0, box.y1 - a.y};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return false;
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0) {
      t0 = std::max(t0, t);
    } else {
      t1 = std::min(t1, t);
    }
    if (t0 > t1) return false;
  }
  return true;
}

/// True when a text box would cover a data mark (a line, a point, a span) or another label.
bool covers_marks(const Box& box, const std::vector<Mark>& marks) {
  constexpr double kStroke = 2;  // half the widest stroke, so that a label never touches a line
  const Box grown{box.x0 - kStroke, box.y0 - kStroke, box.x1 + kStroke, box.y1 + kStroke};
  for (const Mark& m : marks) {
    if (m.kind == MarkKind::polyline) {
      for (std::size_t i = 1; i < m.points.size(); ++i) {
        if (segment_hits(grown, m.points[i - 1], m.points[i])) return true;
      }
    } else if (m.kind == MarkKind::line) {
      if (m.role != "grid" && m.role != "baseline" && m.role != "guide" &&
          segment_hits(grown, Point{m.x, m.y}, Point{m.x2, m.y2}))
        return true;
    } else if (m.role == "point" || m.role == "span-label" || m.role == "note-marker") {
      if (overlaps(grown, bounds(m))) return true;
    }
  }
  return false;
}

/// Moves marks [from, end) down by dy.
void shift_down(std::vector<Mark>& marks, std::size_t from, double dy) {
  for (std::size_t i = from; i < marks.size(); ++i) {
    Mark& m = marks[i];
    m.y += dy;
    m.y2 += dy;
    for (Point& p : m.points) p.y += dy;
  }
}

/// The labels naming their periods ("Jan–Feb 2024: 8,774 t in total"), one per line, as a block
/// inside the plot where it covers no data mark: in a lower corner (left, else right), else
/// higher up, so that the chart need not grow to hold them. Returns false when no place is free.
bool place_named_block(Frame& f, const std::vector<SpanLabel>& labels, const Plot& plot) {
  constexpr double kInset = 4;
  const double line = kLineHeight * kSmallSize;
  const double block = static_cast<double>(labels.size()) * line;
  for (double bottom = plot.bottom - 2; bottom - block >= plot.top; bottom -= line / 2) {
    for (const Anchor anchor : {Anchor::start, Anchor::end}) {
      const double x = anchor == Anchor::start ? plot.x0 + kInset : plot.x1 - kInset;
      std::vector<Mark> lines;
      for (std::size_t i = 0; i < labels.size(); ++i) {
        const double baseline =
            bottom - block + static_cast<double>(i) * line + 0.15 * line + kAscent * kSmallSize;
        lines.push_back(text_mark(labels[i].band_text, x, baseline, kSmallSize, anchor, "tw-muted",
                                  "span-label"));
      }
      const bool clear = std::none_of(lines.begin(), lines.end(), [&](const Mark& m) {
        const Box box = bounds(m);
        return box.x0 < plot.x0 || box.x1 > plot.x1 || covers_marks(box, f.marks);
      });
      if (!clear) continue;
      for (Mark& m : lines) f.marks.push_back(std::move(m));
      return true;
    }
  }
  return false;
}

/// Each combined period's label above its span, else below it, centred or aligned with either
/// end: the first place inside the plot where it covers no data mark and no other label. When
/// one of them has no such place (a narrow chart, lines all around), all of them name their
/// period, one per line, in a block inside the plot where no data mark is (place_named_block),
/// else in a band at the panel's top (`band_top`, above its callouts and plot), and the panel's
/// marks from `panel_start` move down to make room. Returns how far they moved.
double place_span_labels(Frame& f, const std::vector<SpanLabel>& labels, const Plot& plot,
                         std::size_t panel_start, double band_top) {
  std::vector<Mark> placed;
  const std::size_t before = f.marks.size();
  for (const SpanLabel& l : labels) {
    const double w = text_width(l.text, kSmallSize);
    const double above = l.y - 7;
    const double below = l.y + 7 + kAscent * kSmallSize;
    const double cx = std::max(plot.x0 + w / 2, std::min((l.a + l.b) / 2, plot.x1 - w / 2));
    const double start = std::max(plot.x0, std::min(l.a, plot.x1 - w));
    const double end = std::min(plot.x1, std::max(l.b, plot.x0 + w));
    bool found = false;
    for (double baseline : {above, below}) {
      for (const auto& [x, anchor] : {std::pair<double, Anchor>{cx, Anchor::middle},
                                      {start, Anchor::start},
                                      {end, Anchor::end}}) {
        if (found) break;
        Mark m = text_mark(l.text, x, baseline, kSmallSize, anchor, "tw-muted", "span-label");
        const Box box = bounds(m);
        if (box.y0 < plot.top - (plot.headroom - 2) || box.y1 > plot.bottom) continue;
        if (covers_marks(box, f.marks)) continue;
        f.marks.push_back(std::move(m));  // later labels keep clear of this one
        found = true;
      }
    }
    if (!found) {
      f.marks.resize(before);
      if (place_named_block(f, labels, plot)) return 0;
      const double line = kLineHeight * kSmallSize;
      const double band = static_cast<double>(labels.size()) * line + 2;
      shift_down(f.marks, panel_start, band);
      for (std::size_t i = 0; i < labels.size(); ++i) {
        const double baseline =
            band_top + static_cast<double>(i) * line + 0.3 * line + kAscent * kSmallSize;
        f.marks.push_back(text_mark(labels[i].band_text, plot.x0, baseline, kSmallSize,
                                    Anchor::start, "tw-muted", "span-label"));
      }
      return band;
    }
  }
  return 0;
}

/// An annotation is drawn in a panel when its period lies within one of the panel's years and
/// its flow and product, when it names them, are the panel's.
bool drawn_here(const Dataset& ds, const Annotation& a, const FlowSeries& s, int product,
                const std::map<int, int>& series_index) {
  if (a.period == kNone) return false;
  if (a.flow != kNone && a.flow != s.flow) return false;
  if (a.product != kNone && a.product != product) return false;
  const Period& p = ds.periods[static_cast<std::size_t>(a.period)];
  return p.start / 12 == p.end / 12 && series_index.count(p.start / 12) > 0;
}

/// "Apr 2025: China's export controls see ... (Zawya)" / "2025年4月：...（Zawya）".
std::string callout_text(const Dataset& ds, const Annotation& a, Lang lang) {
  std::string text = ds.periods[static_cast<std::size_t>(a.period)].label.in(lang) +
                     tr(lang, ": ", "：") + a.text.in(lang);
  if (a.source != kNone) {
    text += tr(lang, " (", "（") + source_name(ds, a.source, lang) + tr(lang, ")", "）");
  }
  return text;
}

/// One flow's panel; returns its bottom.
double layout_panel(Frame& f, const ChartInput& in, const FlowSeries& s, int product,
                    const std::map<int, int>& series_index, const Ticks& ticks, double label_w,
                    bool heading) {
  const Dataset& ds = *in.ds;
  const Lang lang = in.lang;
  double y = f.y;
  if (heading) {
    y = f.text_block(ds.flows[static_cast<std::size_t>(s.flow)].label.in(lang), f.left(), y,
                     f.inner_width(), kLabelSize, true, "tw-heading", "heading") +
        6;
  }
  const std::size_t panel_start = f.marks.size();  // the panel's marks, below its heading
  const double panel_top = y;
  Plot plot;
  plot.x0 = f.left() + label_w + 8;
  plot.x1 = f.right();
  // The story's callouts for this panel, each a block of its own above the plot (so no text can
  // overlap it), tied to its months by a line down through the plot.
  std::vector<std::pair<double, const Annotation*>> callouts;  // text bottom, annotation
  for (const Annotation& a : ds.meta.annotations) {
    if (!drawn_here(ds, a, s, product, series_index)) continue;
    y = f.text_block(callout_text(ds, a, lang), f.left(), y, f.inner_width(), kSmallSize, false,
                     "tw-annotation", "annotation") +
        2;
    callouts.emplace_back(y, &a);
    y += 4;
  }
  plot.headroom = in.compact ? 10 : 22;
  plot.top = y + plot.headroom;
  plot.bottom = plot.top + std::min(260.0, std::max(170.0, f.width() * 0.3));
  for (const auto& [text_bottom, a] : callouts) {
    const Period& p = ds.periods[static_cast<std::size_t>(a->period)];
    const double x = (plot.centre(p.start % 12 + 1) + plot.centre(p.end % 12 + 1)) / 2;
    f.marks.push_back(
        line_mark(x, text_bottom, x, plot.bottom, "tw-annotation-line", "annotation-line"));
  }
  const LinearScale ys(ticks.lo(), ticks.hi(), plot.bottom, plot.top);
  for (double v : ticks.values) {
    f.marks.push_back(line_mark(plot.x0, ys(v), plot.x1, ys(v), v == 0 ? "tw-axis" : "tw-grid",
                                v == 0 ? "baseline" : "grid"));
    f.marks.push_back(text_mark(format_number(v, ticks.decimals, lang), plot.x0 - 6,
                                ys(v) + 0.35 * kSmallSize, kSmallSize, Anchor::end, "tw-tick",
                                "tick"));
  }
  // The chosen period as a band behind the lines, when it lies within one year: the series stays
  // whole and the reader sees which months the cards and the narrative speak of.
  const Period& chosen = ds.periods[static_cast<std::size_t>(in.period)];
  if (chosen.start / 12 == chosen.end / 12) {
    const double a = plot.centre(chosen.start % 12 + 1) - plot.band() / 2;
    const double b = plot.centre(chosen.end % 12 + 1) + plot.band() / 2;
    f.marks.push_back(
        rect_mark(a, plot.top, b - a, plot.bottom - plot.top, "tw-period-band", "period-band"));
  }
  // Month labels: every month when they fit, else every 2nd, 3rd or 6th.
  double month_w = 0;
  for (int m = 1; m <= 12; ++m)
    month_w = std::max(month_w, text_width(month_name(m, lang), kSmallSize));
  int step = 1;
  for (int k : {1, 2, 3, 6}) {
    step = k;
    if (month_w + 6 <= plot.band() * k) break;
  }
  for (int m = 1; m <= 12; m += step) {
    f.marks.push_back(text_mark(month_name(m, lang), plot.centre(m),
                                plot.bottom + 4 + kAscent * kSmallSize, kSmallSize, Anchor::middle,
                                "tw-tick", "tick"));
  }
  const Item& product_item = ds.products[static_cast<std::size_t>(product)];
  const std::string flow_phrase = ds.flows[static_cast<std::size_t>(s.flow)].phrase.in(lang);
  const auto classes_of = [&series_index](int year) {
    return "tw-series-" + std::to_string(series_index.at(year));
  };
  const auto period_of = [&ds](const MonthPoint& p) -> const Period& {
    return ds.periods[static_cast<std::size_t>(p.period)];
  };
  const auto data_of = [&](Mark& m, const MonthPoint& p, const std::string& value) {
    const Period& period = ds.periods[static_cast<std::size_t>(p.period)];
    m.focusable = true;
    m.aria_label =
        reading({product_item.label.in(lang), flow_phrase, period.label.in(lang)}, value, lang) +
        f.note_reading(p.value);
    m.key = mark_key(ds, Cell{s.flow, product, ds.world_partner(), p.period}, Measure::volume);
    m.observation = p.value.observation;
  };
  // Lines through consecutive single months with values; a gap breaks the line.
  std::vector<Mark> lines;
  std::vector<Mark> dots;
  std::vector<SpanLabel> span_labels;
  std::vector<Mark> point_marks;  // note marks beside their points
  std::vector<Point> run;
  int run_year = 0;
  int run_month = 0;
  const auto flush = [&] {
    if (run.size() > 1) {
      Mark line;
      line.kind = MarkKind::polyline;
      line.points = run;
      line.classes = "tw-line " + classes_of(run_year);
      line.role = "line";
      lines.push_back(std::move(line));
    }
    run.clear();
  };
  for (const MonthPoint& p : s.points) {
    const bool single = p.first == p.last;
    if (!p.value.present() || !single || p.year != run_year || p.first != run_month + 1) flush();
    if (!p.value.present()) continue;
    f.cite(p.value);
    const std::string marker = f.note_marker(p.value);
    const double py = ys(p.value.value);
    const std::string value = volume_text(ds, p.value, lang);
    if (single) {
      const double r = f.narrow() ? 3 : 3.5;
      Mark dot = circle_mark(plot.centre(p.first), py, r, "tw-mark tw-point " + classes_of(p.year),
                             "point");
      data_of(dot, p, value);
      dots.push_back(std::move(dot));
      run.push_back(Point{plot.centre(p.first), py});
      run_year = p.year;
      run_month = p.first;
      // The mark belongs to this year's point, not to the month's column (every year's line).
      if (!marker.empty()) {
        point_marks.push_back(text_mark(marker, plot.centre(p.first), py - r - 4, kPointMarkerSize,
                                        Anchor::middle, "tw-note " + classes_of(p.year),
                                        "note-marker"));
      }
    } else {
      // A combined period on a per-month axis: drawn at its monthly average (implied), so that
      // Jan–Feb does not read as two months of its total; the label keeps the stated total.
      const int months = p.last - p.first + 1;
      const double average = p.value.value / months;
      const double ay = ys(average);
      const double a = plot.centre(p.first) - plot.band() * 0.4;
      const double b = plot.centre(p.last) + plot.band() * 0.4;
      Mark span = line_mark(a, ay, b, ay, "tw-mark tw-span " + classes_of(p.year), "span");
      const std::string combined = tr(lang, " (", "（") + std::to_string(months) +
                                   tr(lang, " months combined)", "个月合计）");
      data_of(span, p, value);
      span.aria_label =
          reading({product_item.label.in(lang), flow_phrase,
                   ds.periods[static_cast<std::size_t>(p.period)].label.in(lang) + combined},
                  value + average_reading(ds, p.value, average, lang), lang) +
          f.note_reading(p.value);
      dots.push_back(std::move(span));
      span_labels.push_back({total_label(ds, p.value, months, lang) + marker, a, b, ay,
                             band_label(ds, p.value, period_of(p), lang) + marker});
    }
  }
  flush();
  for (Mark& m : lines) f.marks.push_back(std::move(m));
  for (Mark& m : dots) f.marks.push_back(std::move(m));
  for (Mark& m : point_marks) f.marks.push_back(std::move(m));
  const double band = place_span_labels(f, span_labels, plot, panel_start, panel_top);
  return plot.bottom + band + 4 + (kAscent + kDescent) * kSmallSize + 8;
}

}  // namespace

Scene monthly_scene(const ChartInput& in) {
  const Dataset& ds = *in.ds;
  const Lang lang = in.lang;
  Frame f(ds, lang, in.width, in.compact);
  f.number_notes_as(in.note_order);
  const int product = chosen_product(in, has_months);
  std::vector<FlowSeries> all;
  std::vector<int> years;
  double hi = 0;
  bool any_value = false;  // stated zeros are drawn on a zero axis; only no value at all is text
  if (product != kNone) {
    for (int flow : in.flows) {
      all.push_back(series_of(in, flow, product));
      for (const MonthPoint& p : all.back().points) {
        if (std::find(years.begin(), years.end(), p.year) == years.end()) years.push_back(p.year);
        if (!p.value.present()) continue;
        any_value = true;
        hi = std::max(hi, p.value.value / (p.last - p.first + 1));
      }
    }
  }
  stable_sort_positions(years, [](int a, int b) { return a < b; });  // years are distinct
  std::vector<std::string> year_names;
  for (int y : years) year_names.push_back(year_text(y, lang));
  const std::string flows = product == kNone ? flows_title(ds, in.flows, lang) : [&] {
    std::vector<std::string> phrases;
    for (int flow : in.flows)
      phrases.push_back(ds.flows[static_cast<std::size_t>(flow)].phrase.in(lang));
    return join_list(phrases, lang);
  }();
  const std::string what =
      product == kNone ? "" : ds.products[static_cast<std::size_t>(product)].label.in(lang);
  std::string title;
  if (lang == Lang::zh) {
    title = what + "月度" + flows + (years.empty() ? "" : "，" + join_list(year_names, lang));
  } else {
    title = (what.empty() ? "Monthly " + flows : what + ": monthly " + flows) +
            (years.empty() ? "" : ", " + join_list(year_names, lang));
  }
  f.title(title);
  const Text& unit = product == kNone ? ds.meta.volume_unit : ds.unit_label_of_product(product);
  f.subtitle(lang == Lang::zh
                 ? "每月数量（" + unit.zh + "）；空缺为无来源报告的月份"
                 : "Volume (" + unit.en + ") per month; gaps are months no source reports");
  if (product == kNone || !any_value) {
    f.y = f.text_block(tr(lang, "No monthly figures reported for this selection.",
                          "所选范围内未报告月度数据。"),
                       f.left(), f.y, f.inner_width(), kValueSize, false, "tw-not-reported",
                       "empty") +
          8;
    return f.finish("monthly", title, title);
  }
  // The most recent year is series 1 (the strongest colour), earlier years follow.
  std::map<int, int> series_index;
  std::vector<LegendItem> legend;
  for (std::size_t i = 0; i < years.size(); ++i) {
    const int year = years[years.size() - 1 - i];
    series_index[year] = static_cast<int>(i + 1);
  }
  for (int year : years) {
    legend.push_back(
        {"tw-line tw-series-" + std::to_string(series_index[year]), year_text(year, lang), true});
  }
  // A combined period is drawn at its monthly average: the legend says so once.
  for (const FlowSeries& s : all) {
    const auto span = std::find_if(s.points.begin(), s.points.end(), [](const MonthPoint& p) {
      return p.first != p.last && p.value.present();
    });
    if (span == s.points.end()) continue;
    const std::string name = span_name(span->first, span->last, lang);
    legend.push_back(
        {"tw-span tw-series-" + std::to_string(series_index[span->year]),
         lang == Lang::zh ? name + "：按月均值绘出（推算）" : name + ": monthly average (implied)",
         true});
    break;
  }
  const Period& chosen = ds.periods[static_cast<std::size_t>(in.period)];
  if (chosen.start / 12 == chosen.end / 12) {
    legend.push_back({"tw-period-band",
                      chosen.label.in(lang) + tr(lang, " (chosen period)", "（所选时期）"), false});
  }
  f.legend(legend);
  const double plot_h = std::min(260.0, std::max(170.0, f.width() * 0.3));
  const int count = std::max(2, std::min(6, static_cast<int>(plot_h / 40)));
  Ticks ticks = nice_ticks(0, hi, count);
  if (hi <= 0) ticks = Ticks{1, 0, {0.0}};  // every month a stated zero: the zero line alone
  double label_w = 0;
  for (double v : ticks.values) {
    label_w = std::max(label_w, text_width(format_number(v, ticks.decimals, lang), kSmallSize));
  }
  for (const FlowSeries& s : all) {
    f.y = layout_panel(f, in, s, product, series_index, ticks, label_w, all.size() > 1) + 6;
    std::vector<std::string> gaps;
    for (const MonthPoint& p : s.points) {
      if (!p.value.present())
        gaps.push_back(ds.periods[static_cast<std::size_t>(p.period)].label.in(lang));
    }
    const std::string who = all.size() > 1
                                ? ds.flows[static_cast<std::size_t>(s.flow)].label.in(lang) +
                                      tr(lang, ", not reported: ", "未报告：")
                                : std::string(tr(lang, "Not reported: ", "未报告："));
    const std::string listed = in.compact ? gaps_by_year(s.points, lang) : join_list(gaps, lang);
    if (!gaps.empty()) f.footer_line(who + listed + tr(lang, ".", "。"));
    if (!s.skipped.empty()) {
      f.footer_line(tr(lang, "Not drawn (longer than a quarter): ", "未绘出（超过一个季度）：") +
                    join_list(s.skipped, lang) + tr(lang, ".", "。"));
    }
  }
  return f.finish("monthly", title, narrative(in, {product}, title));
}

}  // namespace tw::detail
