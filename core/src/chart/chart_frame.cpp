#include "chart/chart_frame.h"

#include <algorithm>
#include <cmath>

#include "stable_order.h"
#include "trade_widget/format.h"
#include "trade_widget/summary.h"
#include "trade_widget/text_width.h"

namespace tw::detail {

namespace {
constexpr double kLegendSize = 12;
constexpr double kSwatch = 12;
constexpr double kFooterMeasure = 680;
}  // namespace

std::string join_list(const std::vector<std::string>& items, Lang lang) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0)
      out += tr(lang, i + 1 == items.size() ? " and " : ", ", i + 1 == items.size() ? "和" : "、");
    out += items[i];
  }
  return out;
}

std::string reading(const std::vector<std::string>& parts, const std::string& value, Lang lang) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += tr(lang, ", ", "，");
    out += p;
  }
  return out + tr(lang, ": ", "：") + value;
}

std::string mark_key(const Dataset& ds, const Cell& c, Measure measure) {
  return ds.flows[static_cast<std::size_t>(c.flow)].id + "|" +
         ds.products[static_cast<std::size_t>(c.product)].id + "|" +
         ds.partners[static_cast<std::size_t>(c.partner)].id + "|" +
         ds.periods[static_cast<std::size_t>(c.period)].id + "|" + measure_id(measure);
}

std::string volume_text(const Dataset& ds, const Figure& f, Lang lang) {
  return format_figure(ds, f, Measure::volume, lang);
}

namespace {
std::string with_implied(std::string text, const Figure& f, Lang lang) {
  if (f.origin != Origin::derived) return text;
  return text + (lang == Lang::zh ? std::string("（") + implied(lang) + "）"
                                  : std::string(" ") + implied(lang));
}
}  // namespace

std::string change_text(const Figure& f, Lang lang) {
  if (!f.present()) return "";
  return with_implied(format_change(f, lang), f, lang);
}

std::string share_text(const Figure& f, Lang lang) {
  if (!f.present()) return not_reported(lang);
  return with_implied(format_share(f, lang), f, lang);
}

std::string share_reading(const Figure& f, Lang lang) {
  if (!f.present()) return not_reported(lang);
  const std::string share = format_share(f, lang);
  const bool derived = f.origin == Origin::derived;
  if (lang == Lang::zh)
    return "占总量" + share + (derived ? std::string("（") + implied(lang) + "）" : "");
  return share + " of the total" + (derived ? std::string(", ") + implied(lang) : "");
}

std::string source_name(const Dataset& ds, int source, Lang lang) {
  const Source& s = ds.meta.sources[static_cast<std::size_t>(source)];
  std::string name = s.publisher.in(lang);
  const std::string& author = s.author.in(lang);
  if (!author.empty() && author != name)
    name += tr(lang, " (", "（") + author + tr(lang, ")", "）");
  return name;
}

std::string month_name(int month, Lang lang) {
  static const char* const kEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (month < 1 || month > 12) return "";
  if (lang == Lang::zh) return std::to_string(month) + "月";
  return kEn[month - 1];
}

std::string year_text(int year, Lang lang) {
  return std::to_string(year) + (lang == Lang::zh ? "年" : "");
}

std::string superscript(int number) {
  static const char* const kDigits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  const std::string decimal = std::to_string(number);
  std::string out;
  for (char c : decimal) out += kDigits[c - '0'];
  return out;
}

Frame::Frame(const Dataset& ds, Lang lang, double width, bool compact)
    : ds_(&ds),
      lang_(lang),
      width_(width),
      pad_(width < 480 ? 12 : 16),
      // compact: the page around the chart spaces it; its padding above and below would only
      // make the embed taller (the sides keep theirs, for the marks' focus rings).
      edge_(compact ? 4 : pad_),
      compact_(compact) {
  y = edge_;
}

double Frame::text_block(const std::string& text, double x, double top, double max_width,
                         double font_size, bool bold, const std::string& classes,
                         const std::string& role, int max_lines) {
  const std::vector<std::string> lines = wrap_text(text, max_width, font_size, bold, max_lines);
  double baseline = top + kAscent * font_size;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Mark m = text_mark(lines[i], x, baseline, font_size, Anchor::start, classes, role);
    m.bold = bold;
    if (i + 1 == lines.size() &&
        lines.size() < wrap_text(text, max_width, font_size, bold).size()) {
      m.full_text = text;
    }
    marks.push_back(std::move(m));
    if (i + 1 < lines.size()) baseline += kLineHeight * font_size;
  }
  return baseline + kDescent * font_size;
}

void Frame::title(const std::string& text) {
  const double size = narrow() ? kTitleSizeNarrow : kTitleSize;
  y = text_block(text, left(), y, inner_width(), size, true, "tw-title", "title") + 4;
}

void Frame::subtitle(const std::string& text) {
  if (compact_) return;  // the page's dek and the value labels say it
  y = text_block(text, left(), y, inner_width(), kSubtitleSize, false, "tw-subtitle", "subtitle") +
      10;
}

void Frame::legend(const std::vector<LegendItem>& items) {
  if (items.empty()) return;
  const double row_h = kLineHeight * kLegendSize + 2;
  double x = left();
  double top = y;
  for (const LegendItem& item : items) {
    const double swatch_w = item.line ? 22 : kSwatch;
    const double max_label = inner_width() - swatch_w - 6;
    const std::string label = shorten_text(item.label, max_label, kLegendSize);
    const double w = swatch_w + 6 + text_width(label, kLegendSize);
    if (x > left() && x + w > right()) {
      x = left();
      top += row_h;
    }
    const double mid = top + row_h / 2;
    if (item.line) {
      marks.push_back(line_mark(x, mid, x + swatch_w, mid, item.classes, "legend-swatch"));
    } else {
      marks.push_back(
          rect_mark(x, mid - kSwatch / 2, kSwatch, kSwatch, item.classes, "legend-swatch"));
    }
    Mark text = text_mark(label, x + swatch_w + 6, mid + 0.35 * kLegendSize, kLegendSize,
                          Anchor::start, "tw-legend", "legend");
    if (label != item.label) text.full_text = item.label;
    marks.push_back(std::move(text));
    x += w + 16;
  }
  y = top + row_h + 8;
}

void Frame::cite(const Figure& f) {
  auto add = [this](std::int32_t obs) {
    if (obs == kNone) return;
    const int source = ds_->observations[static_cast<std::size_t>(obs)].source;
    if (source == kNone) return;
    if (std::find(sources_.begin(), sources_.end(), source) == sources_.end()) {
      sources_.push_back(source);
    }
  };
  if (f.origin == Origin::stated) add(f.observation);
  if (f.origin == Origin::derived) {
    for (std::int32_t obs : f.inputs) add(obs);
  }
}

void Frame::number_notes_as(const std::vector<int>& page_order) {
  for (const int note : page_order) {
    if (note_number_.count(note) == 0) note_number_.emplace(note, ++numbered_);
  }
}

std::string Frame::marks_of(const std::vector<std::int32_t>& notes) {
  if (compact_) return "";  // compact: the page lists the notes
  std::string out;
  for (const std::int32_t note : notes) {
    auto it = note_number_.find(note);
    if (it == note_number_.end()) it = note_number_.emplace(note, ++numbered_).first;
    if (std::find(notes_.begin(), notes_.end(), note) == notes_.end()) notes_.push_back(note);
    // Two notes read "¹,³": written together, "¹³" would read as note 13.
    out += (out.empty() ? "" : ",") + superscript(it->second);
  }
  return out;
}

std::string Frame::reading_of(const std::vector<std::int32_t>& notes) const {
  std::string out;
  for (const std::int32_t note : notes) {
    out += tr(lang_, ". Note: ", "。注：") +
           ds_->meta.notes[static_cast<std::size_t>(note)].text.in(lang_);
  }
  return out;
}

std::string Frame::note_marker(std::int32_t observation) {
  if (observation == kNone) return "";
  return marks_of(ds_->notes_of(ds_->observations[static_cast<std::size_t>(observation)]));
}

std::string Frame::note_marker(const Figure& f) { return marks_of(figure_notes(*ds_, f)); }

std::string Frame::note_reading(std::int32_t observation) const {
  if (observation == kNone) return "";
  return reading_of(ds_->notes_of(ds_->observations[static_cast<std::size_t>(observation)]));
}

std::string Frame::note_reading(const Figure& f) const { return reading_of(figure_notes(*ds_, f)); }

namespace {
std::vector<std::int32_t> notes_of_both(const Dataset& ds, const Figure& a, const Figure& b) {
  std::vector<std::int32_t> notes = figure_notes(ds, a);
  for (const std::int32_t n : figure_notes(ds, b)) {
    if (std::find(notes.begin(), notes.end(), n) == notes.end()) notes.push_back(n);
  }
  return notes;
}
}  // namespace

std::string Frame::note_marker(const Figure& a, const Figure& b) {
  return marks_of(notes_of_both(*ds_, a, b));
}

std::string Frame::note_reading(const Figure& a, const Figure& b) const {
  return reading_of(notes_of_both(*ds_, a, b));
}

Scene Frame::finish(const std::string& kind, const std::string& title, const std::string& desc) {
  // Footnotes keep a readable line length on wide charts.
  const double measure = std::min(inner_width(), kFooterMeasure);
  if (!compact_ || !footer_lines_.empty() || !notes_.empty()) y += 6;
  for (const std::string& line : footer_lines_) {
    y = text_block(line, left(), y, measure, kSmallSize, false, "tw-note", "footer") + 3;
  }
  // The notes marked here, by their number (the page's, when the chart is on a page).
  std::vector<std::pair<int, int>> listed;
  for (const int note : notes_) listed.emplace_back(note_number_.at(note), note);
  stable_sort_items(listed, [](const std::pair<int, int>& a, const std::pair<int, int>& b) {
    return a < b;  // notes are distinct: the order of std::sort
  });
  for (const auto& [number, index] : listed) {
    const Note& note = ds_->meta.notes[static_cast<std::size_t>(index)];
    y = text_block(superscript(number) + " " + note.text.in(lang_), left(), y, measure, kSmallSize,
                   false, "tw-note", "note") +
        3;
  }
  if (!sources_.empty() && !compact_) {  // compact: the page's footer names the sources
    std::vector<std::string> names;
    for (int s : sources_) {
      const std::string name = source_name(*ds_, s, lang_);
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    std::string line =
        names.size() > 1 ? tr(lang_, "Sources: ", "来源：") : tr(lang_, "Source: ", "来源：");
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i > 0) line += tr(lang_, "; ", "；");
      line += names[i];
    }
    y = text_block(line, left(), y + 2, measure, kSmallSize, false, "tw-source", "source");
  }
  Scene s;
  s.kind = kind;
  s.lang = lang_;
  s.width = width_;
  s.height = std::ceil(y + edge_);
  s.title = title;
  s.description = desc;
  s.marks = std::move(marks);
  return s;
}

std::string flows_title(const Dataset& ds, const std::vector<int>& flows, Lang lang) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < flows.size(); ++i) {
    const Item& f = ds.flows[static_cast<std::size_t>(flows[i])];
    names.push_back(i == 0 || lang == Lang::zh ? f.label.in(lang) : f.phrase.in(lang));
  }
  return join_list(names, lang);
}

std::string narrative(const ChartInput& in, const std::vector<int>& products,
                      const std::string& fallback) {
  const Summary s = summarize(*in.ds, in.flows, products, in.period, in.lang);
  return s.narrative.empty() ? fallback : s.narrative;
}

}  // namespace tw::detail
