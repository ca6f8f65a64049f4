#include "chart/chart_bars.h"

#include <algorithm>
#include <cmath>

#include "trade_widget/scale.h"
#include "trade_widget/text_width.h"

namespace tw::detail {

namespace {

constexpr double kBarWide = 16;
constexpr double kBarNarrow = 10;     // stacked rows (a phone): dense, so a chart fits one screen
constexpr double kTextGap = 6;        // between a bar's end and its value label
constexpr double kPanelGap = 32;      // between panels side by side
constexpr double kMinWideMode = 480;  // panels narrower than this put labels above the bars
constexpr double kMinPlot = 80;       // a wide-mode plot narrower than this falls back

/// Measurements shared by every panel, so that all panels use the same scale and geometry.
struct Geometry {
  double panel_width = 0;
  bool side_by_side = false;
  bool stacked = false;  // labels above bars
  double label_col = 0;
  double plot_x0 = 0;  // relative to the panel's left edge
  double plot_x1 = 0;
  Ticks ticks;
  /// No bar has a length: only stated zeros (an axis of one tick, 0) or no value at all (no axis:
  /// the rows say "not reported", and a scale from 0 to 1 would show a range nothing is in).
  bool flat = false;
  bool any_value = false;
};

template <class F>
double widest(const std::vector<BarPanel>& panels, F&& width_of) {
  double w = 0;
  for (const BarPanel& p : panels) {
    for (const BarGroup& g : p.groups) {
      for (const BarRow& r : g.rows) w = std::max(w, width_of(r));
    }
  }
  return w;
}

Ticks fit_ticks(double lo, double hi, double plot_width, const BarAxis& axis) {
  for (int count = 8; count >= 1; --count) {
    Ticks t = nice_ticks(lo, hi, count);
    double w = 0;
    for (double v : t.values)
      w = std::max(w, text_width(axis.tick_label(v, t.decimals), kSmallSize));
    const double spacing =
        plot_width / static_cast<double>(std::max<std::size_t>(1, t.values.size() - 1));
    if (spacing >= 1.5 * w + 8 || count == 1) return t;
  }
  return nice_ticks(lo, hi, 1);
}

Geometry measure(const Frame& frame, const std::vector<BarPanel>& panels, const BarAxis& axis) {
  Geometry g;
  g.side_by_side = panels.size() == 2 && frame.inner_width() >= 720;
  g.panel_width = g.side_by_side ? (frame.inner_width() - kPanelGap) / 2 : frame.inner_width();
  double lo = 0;
  double hi = 0;
  bool any = false;
  for (const BarPanel& p : panels) {
    for (const BarGroup& grp : p.groups) {
      for (const BarRow& r : grp.rows) {
        if (std::isnan(r.value)) continue;
        lo = std::min(lo, r.value);
        hi = std::max(hi, r.value);
        any = true;
      }
    }
  }
  g.any_value = any;
  g.flat = hi == lo;
  if (g.flat) hi = lo + 1;
  g.stacked = g.panel_width < kMinWideMode;
  if (!g.stacked) {
    const double natural =
        widest(panels, [](const BarRow& r) { return text_width(r.label, kLabelSize); });
    g.label_col = std::min(natural, std::max(90.0, g.panel_width * 0.3));
    const double pos = widest(panels, [](const BarRow& r) {
      return r.value < 0 ? 0.0 : text_width(r.value_text, kValueSize);
    });
    const double neg = widest(panels, [](const BarRow& r) {
      return r.value < 0 ? text_width(r.value_text, kValueSize) : 0.0;
    });
    g.plot_x0 = g.label_col + 12 + (neg > 0 ? neg + kTextGap : 0);
    g.plot_x1 = g.panel_width - (pos > 0 ? pos + kTextGap : 0);
    if (g.plot_x1 - g.plot_x0 < kMinPlot) g.stacked = true;
  }
  if (g.stacked) {
    g.label_col = 0;
    g.plot_x0 = 0;
    g.plot_x1 = g.panel_width;
  }
  g.ticks = fit_ticks(lo, hi, g.plot_x1 - g.plot_x0, axis);
  if (g.flat) g.ticks = Ticks{1, 0, {0.0}};  // the zero bars' axis, or (no value) nothing drawn
  return g;
}

/// Baseline of line i of a block of n lines centred on `centre`.
double centred_baseline(double centre, int i, int n, double size) {
  const double lh = kLineHeight * size;
  const double top = centre - n * lh / 2;
  return top + i * lh + lh / 2 + 0.3 * size;
}

void add_data(Mark& m, const BarRow& r) {
  m.focusable = true;
  m.aria_label = r.aria_label;
  m.key = r.key;
  m.observation = r.observation;
}

Mark value_mark(const BarRow& r, double x, double baseline, Anchor anchor) {
  Mark m = text_mark(r.value_text, x, baseline, kValueSize, anchor,
                     r.not_reported ? "tw-not-reported" : "tw-value", "value");
  return m;
}

constexpr double kBoundReach = 6;  ///< how far a bound's mark reaches past the bar's end

/// A bound's mark at the bar's end, outside the bar, in the text colour (so its contrast never
/// depends on the bar's): "more than" / "at least" an open chevron pointing on, away from zero
/// (the figure reaches further); "less than" / "at most" a cap with its ticks turned back (the
/// figure stops short of it); "about" a dotted cap. The value label moves past the mark.
void bound_marks(Frame& f, const Mark& bar, double value, Qualifier q) {
  if (q == Qualifier::exact) return;
  const int dir = value < 0 ? -1 : 1;
  const double end = value < 0 ? bar.x : bar.x + bar.width;
  const double top = bar.y - 1;
  const double bottom = bar.y + bar.height + 1;
  const double mid = bar.y + bar.height / 2;
  const double x0 = end + dir * 1.5;
  const double x1 = end + dir * kBoundReach;
  if (q == Qualifier::more_than || q == Qualifier::at_least) {
    f.marks.push_back(line_mark(x0, top, x1, mid, "tw-bound tw-bound-on", "bound"));
    f.marks.push_back(line_mark(x1, mid, x0, bottom, "tw-bound tw-bound-on", "bound"));
    return;
  }
  const std::string classes =
      q == Qualifier::about ? "tw-bound tw-bound-about" : "tw-bound tw-bound-cap";
  f.marks.push_back(line_mark(x1, top, x1, bottom, classes, "bound"));
  if (q == Qualifier::about) return;
  f.marks.push_back(line_mark(x1, top, x0, top, classes, "bound"));
  f.marks.push_back(line_mark(x1, bottom, x0, bottom, classes, "bound"));
}

/// One row; returns its bottom.
double layout_row(Frame& f, const Geometry& g, const LinearScale& x, double px, double top,
                  const BarRow& r) {
  const bool has_bar = !std::isnan(r.value);
  const double x_zero = x(0);
  Mark bar;
  if (has_bar) {
    const double a = x(std::min(0.0, r.value));
    const double b = x(std::max(0.0, r.value));
    bar = rect_mark(a, 0, b - a, 0, "tw-mark " + r.bar_classes, "bar");
    add_data(bar, r);
  }
  if (!g.stacked) {
    const std::vector<std::string> lines = wrap_text(r.label, g.label_col, kLabelSize, false, 2);
    const int n = static_cast<int>(lines.size());
    const double row_h = std::max(kBarWide, n * kLineHeight * kLabelSize) + 8;
    const double centre = top + row_h / 2;
    for (int i = 0; i < n; ++i) {
      Mark label = text_mark(lines[static_cast<std::size_t>(i)], px,
                             centred_baseline(centre, i, n, kLabelSize), kLabelSize, Anchor::start,
                             "tw-label", "label");
      if (i == n - 1 && wrap_text(r.label, g.label_col, kLabelSize).size() > lines.size()) {
        label.full_text = r.label;
      }
      f.marks.push_back(std::move(label));
    }
    const double text_y = centre + 0.35 * kValueSize;
    const double gap = kTextGap + (has_bar && r.bound != Qualifier::exact ? kBoundReach : 0);
    Mark value = (has_bar && r.value < 0)
                     ? value_mark(r, x(r.value) - gap, text_y, Anchor::end)
                     : value_mark(r, (has_bar ? x(r.value) : x_zero) + gap, text_y, Anchor::start);
    if (has_bar) {
      bar.y = centre - kBarWide / 2;
      bar.height = kBarWide;
      f.marks.push_back(bar);
      bound_marks(f, bar, r.value, r.bound);
    } else {
      add_data(value, r);
    }
    f.marks.push_back(std::move(value));
    return top + row_h;
  }
  // Stacked: label (and value, when both fit) on one line, the bar under it.
  const double lh = kLineHeight * kLabelSize;
  const double value_w = text_width(r.value_text, kValueSize);
  double y = top;
  Mark value;
  if (text_width(r.label, kLabelSize) + 10 + value_w <= g.panel_width) {
    const double baseline = y + lh / 2 + 0.3 * kLabelSize;
    f.marks.push_back(
        text_mark(r.label, px, baseline, kLabelSize, Anchor::start, "tw-label", "label"));
    value = value_mark(r, px + g.panel_width, baseline, Anchor::end);
    y += lh;
  } else {
    y = f.text_block(r.label, px, y, g.panel_width, kLabelSize, false, "tw-label", "label", 2);
    const double vlh = kLineHeight * kValueSize;
    value = value_mark(r, px, y + vlh / 2 + 0.3 * kValueSize, Anchor::start);
    if (value_w > g.panel_width) {
      value.full_text = r.value_text;
      value.text = shorten_text(r.value_text, g.panel_width, kValueSize);
    }
    y += vlh;
  }
  if (has_bar) {
    bar.y = y + 2;
    bar.height = kBarNarrow;
    f.marks.push_back(bar);
    bound_marks(f, bar, r.value, r.bound);
    y += 2 + kBarNarrow;
  } else {
    add_data(value, r);
  }
  f.marks.push_back(std::move(value));
  return y + 7;
}

/// Grid lines (inserted at `at`, behind what follows) and the zero line (on top) from top to
/// bottom.
void add_rules(Frame& f, const Geometry& g, const LinearScale& x, std::size_t at, double top,
               double bottom) {
  if (!g.any_value) return;
  std::vector<Mark> grid;
  for (double v : g.ticks.values) {
    if (v != 0) grid.push_back(line_mark(x(v), top, x(v), bottom, "tw-grid", "grid"));
  }
  f.marks.insert(f.marks.begin() + static_cast<std::ptrdiff_t>(at), grid.begin(), grid.end());
  f.marks.push_back(line_mark(x(0), top, x(0), bottom, "tw-zero", "zero"));
}

/// One panel from `top`; returns its bottom.
double layout_panel(Frame& f, const Geometry& g, double px, double top, const BarPanel& p,
                    bool show_heading, const BarAxis& axis) {
  double y = top;
  if (show_heading) {
    y = f.text_block(p.heading, px, y, g.panel_width, kLabelSize, true, "tw-heading", "heading") +
        8;
  }
  const bool empty = std::all_of(p.groups.begin(), p.groups.end(),
                                 [](const BarGroup& grp) { return grp.rows.empty(); });
  if (empty) {
    return f.text_block(p.empty_text, px, y, g.panel_width, kValueSize, false, "tw-not-reported",
                        "empty") +
           8;
  }
  const LinearScale x(g.ticks.lo(), g.flat ? g.ticks.lo() + 1 : g.ticks.hi(), px + g.plot_x0,
                      px + g.plot_x1);
  bool first = true;
  for (const BarGroup& grp : p.groups) {
    if (grp.rows.empty()) continue;
    if (!first) {
      f.marks.push_back(
          line_mark(px, y + 4, px + g.panel_width, y + 4, "tw-separator", "separator"));
      y += 12;
    }
    first = false;
    if (!grp.heading.empty()) {
      y = f.text_block(grp.heading, px, y, g.panel_width, kValueSize, false, "tw-group", "group") +
          4;
    }
    // Grid lines and the zero line run behind a group's bars only (in stacked mode behind each
    // bar), never through headings or labels.
    const std::size_t group_at = f.marks.size();
    const double group_top = y;
    for (const BarRow& r : grp.rows) {
      const std::size_t row_at = f.marks.size();
      y = layout_row(f, g, x, px, y, r);
      if (!g.stacked) continue;
      for (std::size_t i = row_at; i < f.marks.size(); ++i) {
        if (f.marks[i].role != "bar") continue;
        const double top = f.marks[i].y - 2;
        const double bottom = f.marks[i].y + f.marks[i].height + 2;
        add_rules(f, g, x, row_at, top, bottom);
        break;
      }
    }
    if (!g.stacked) add_rules(f, g, x, group_at, group_top, y);
  }
  const double rows_end = y;
  const double tick_y = rows_end + 4 + kAscent * kSmallSize;
  for (double v : g.ticks.values) {
    if (!g.any_value) break;
    const std::string label = axis.tick_label(v, g.ticks.decimals);
    const double w = text_width(label, kSmallSize);
    Anchor anchor = Anchor::middle;
    double tx = x(v);
    if (tx - w / 2 < px) {
      anchor = Anchor::start;
      tx = std::max(tx, px);
    } else if (tx + w / 2 > px + g.panel_width) {
      anchor = Anchor::end;
      tx = std::min(tx, px + g.panel_width);
    }
    f.marks.push_back(text_mark(label, tx, tick_y, kSmallSize, anchor, "tw-tick", "tick"));
  }
  y = g.any_value ? tick_y + kDescent * kSmallSize + 8 : rows_end + 8;
  for (const std::string& note : p.notes_below) {
    y = f.text_block(note, px, y, g.panel_width, kSmallSize, false, "tw-note", "panel-note") + 4;
  }
  return y;
}

}  // namespace

void layout_bars(Frame& frame, const std::vector<BarPanel>& panels, const BarAxis& axis) {
  if (panels.empty()) return;
  const Geometry g = measure(frame, panels, axis);
  const bool headings = panels.size() > 1;
  double bottom = frame.y;
  double top = frame.y;
  for (std::size_t i = 0; i < panels.size(); ++i) {
    const double px = g.side_by_side
                          ? frame.left() + static_cast<double>(i) * (g.panel_width + kPanelGap)
                          : frame.left();
    const double end = layout_panel(frame, g, px, top, panels[i], headings, axis);
    bottom = std::max(bottom, end);
    if (!g.side_by_side) top = end + 12;
  }
  frame.y = bottom + 4;
}

}  // namespace tw::detail
