#include "trade_widget/svg.h"

#include <cmath>

#include "trade_widget/text_width.h"

namespace tw {

namespace {

constexpr const char* kReplacement = "\uFFFD";

const char* anchor_name(Anchor a) {
  return a == Anchor::middle ? "middle" : a == Anchor::end ? "end" : nullptr;
}

void write_data_attributes(Markup& m, const Mark& mark) {
  if (!mark.focusable) return;
  m.attr("tabindex", "0").attr("role", "img").attr("aria-label", mark.aria_label);
  if (!mark.key.empty()) m.attr("data-key", mark.key);
  if (mark.observation != kNone) m.attr("data-observation", std::to_string(mark.observation));
}

void write_mark(Markup& m, const Mark& mark) {
  switch (mark.kind) {
    case MarkKind::rect:
      m.open("rect").attr("class", mark.classes).attr("x", mark.x).attr("y", mark.y);
      m.attr("width", mark.width).attr("height", mark.height);
      break;
    case MarkKind::line:
      m.open("line").attr("class", mark.classes).attr("x1", mark.x).attr("y1", mark.y);
      m.attr("x2", mark.x2).attr("y2", mark.y2);
      break;
    case MarkKind::circle:
      m.open("circle").attr("class", mark.classes).attr("cx", mark.x).attr("cy", mark.y);
      m.attr("r", mark.radius);
      break;
    case MarkKind::polyline: {
      std::string points;
      for (const Point& p : mark.points) {
        if (!points.empty()) points += ' ';
        points += coordinate(p.x) + "," + coordinate(p.y);
      }
      m.open("polyline").attr("class", mark.classes).attr("points", points);
      break;
    }
    case MarkKind::text:
      m.open("text").attr("class", mark.classes).attr("x", mark.x).attr("y", mark.y);
      m.attr("font-size", mark.font_size);
      if (mark.bold) m.attr("font-weight", "700");
      if (const char* anchor = anchor_name(mark.anchor)) m.attr("text-anchor", anchor);
      break;
  }
  write_data_attributes(m, mark);
  if (mark.kind == MarkKind::text) {
    if (!mark.full_text.empty()) m.open("title").text(mark.full_text).close();
    m.text(mark.text);
  }
  m.close().newline();
}

}  // namespace

std::string escape_xml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t c = detail::next_code_point(text, pos);
    switch (c) {
      case U'&':
        out += "&amp;";
        continue;
      case U'<':
        out += "&lt;";
        continue;
      case U'>':
        out += "&gt;";
        continue;
      case U'"':
        out += "&quot;";
        continue;
      case U'\'':
        out += "&#39;";
        continue;
      default:
        break;
    }
    const bool allowed =
        c == U'\t' || c == U'\n' || c == U'\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    // next_code_point gives U+FFFD for invalid bytes; write it rather than the bad bytes.
    const bool invalid = c == 0xFFFD && text.substr(start, pos - start) != kReplacement;
    if (!allowed || invalid) {
      out += kReplacement;
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

std::string coordinate(double value) {
  if (!std::isfinite(value)) return "0";
  const long long tenths = std::llround(value * 10);
  const unsigned long long magnitude =
      static_cast<unsigned long long>(tenths < 0 ? -tenths : tenths);
  std::string out = tenths < 0 ? "-" : "";
  out += std::to_string(magnitude / 10);
  if (magnitude % 10 != 0) out += "." + std::to_string(magnitude % 10);
  return out;
}

Markup& Markup::open(const char* tag) {
  mark_content();
  out_ += '<';
  out_ += tag;
  stack_.push_back(Element{tag, false});
  start_tag_open_ = true;
  return *this;
}

Markup& Markup::attr(const char* name, std::string_view value) {
  if (!start_tag_open_) return *this;  // an attribute after content would be malformed
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  out_ += escape_xml(value);
  out_ += '"';
  return *this;
}

Markup& Markup::attr(const char* name, double value) { return attr(name, coordinate(value)); }

Markup& Markup::text(std::string_view content) {
  mark_content();
  out_ += escape_xml(content);
  return *this;
}

Markup& Markup::newline() {
  mark_content();
  out_ += '\n';
  return *this;
}

Markup& Markup::close() {
  if (stack_.empty()) return *this;
  if (!stack_.back().has_content) {
    out_ += "/>";
    start_tag_open_ = false;
  } else {
    out_ += "</";
    out_ += stack_.back().tag;
    out_ += '>';
  }
  stack_.pop_back();
  return *this;
}

void Markup::mark_content() {
  if (start_tag_open_) {
    out_ += '>';
    start_tag_open_ = false;
  }
  if (!stack_.empty()) stack_.back().has_content = true;
}

std::string to_svg(const Scene& scene, const SvgOptions& options) {
  Markup m;
  const std::string size = "0 0 " + coordinate(scene.width) + " " + coordinate(scene.height);
  m.open("svg")
      .attr("xmlns", "http://www.w3.org/2000/svg")
      .attr("class", "tw-chart tw-chart-" + scene.kind)
      .attr("viewBox", size)
      .attr("width", scene.width)
      .attr("height", scene.height)
      .attr("role", "img")
      .attr("lang", scene.lang == Lang::zh ? "zh-Hans" : "en")
      .attr("font-family", kChartFontFamily)
      .newline();
  if (options.embed_style) m.open("style").text(chart_theme_css()).close().newline();
  m.open("title").text(scene.title).close().newline();
  m.open("desc").text(scene.description).close().newline();
  for (const Mark& mark : scene.marks) write_mark(m, mark);
  m.close().newline();
  return m.str();
}

}  // namespace tw

namespace tw {

// Every colour is a custom property with an Okabe–Ito (colour-blind-safe) default, so a host
// page, a dark theme or print can recolour charts without re-rendering them.
const char* chart_theme_css() {
  return R"css(/* Default look of trade-widget charts. Every colour is a custom property with a
   fallback: set the properties on any ancestor (or :root) to restyle charts. */
.tw-chart { font-family: var(--tw-font-family, Arial, "Helvetica Neue", Helvetica, "Liberation Sans", Roboto, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif); }
.tw-chart text { fill: var(--tw-text, #1a1a1a); }
.tw-chart .tw-subtitle, .tw-chart .tw-muted, .tw-chart .tw-tick, .tw-chart .tw-source,
.tw-chart .tw-note, .tw-chart .tw-group { fill: var(--tw-text-muted, #595959); }
.tw-chart .tw-not-reported { fill: var(--tw-text-muted, #595959); font-style: italic; }
.tw-chart .tw-grid { stroke: var(--tw-grid, #e3e3e3); stroke-width: 1; }
.tw-chart .tw-axis, .tw-chart .tw-separator { stroke: var(--tw-axis, #8c8c8c); stroke-width: 1; }
.tw-chart .tw-zero { stroke: var(--tw-zero, #1a1a1a); stroke-width: 1.5; }
.tw-chart .tw-guide { stroke: var(--tw-text-muted, #595959); stroke-width: 1; stroke-dasharray: 3 3; }
.tw-chart .tw-bar { fill: var(--tw-bar, #0072b2); }
.tw-chart .tw-bar.tw-aggregate { fill: var(--tw-aggregate, #8a8a8a); }
.tw-chart .tw-rise { fill: var(--tw-rise, #0072b2); stroke: var(--tw-rise, #0072b2); }
.tw-chart .tw-fall { fill: var(--tw-fall, #d55e00); stroke: var(--tw-fall, #d55e00); }
.tw-chart .tw-derived { fill-opacity: 0.3; stroke-width: 1.5; stroke-dasharray: 4 2; }
.tw-chart .tw-bar.tw-derived { stroke: var(--tw-bar, #0072b2); }
.tw-chart .tw-neutral { fill: var(--tw-text-muted, #595959); stroke: var(--tw-text-muted, #595959); }
.tw-chart .tw-others { fill: var(--tw-others, #c4c4c4); }
.tw-chart .tw-segment { stroke: var(--tw-background, #ffffff); stroke-width: 1; }
.tw-chart .tw-part-1 { fill: var(--tw-part-1, #0072b2); }
.tw-chart .tw-part-2 { fill: var(--tw-part-2, #e69f00); }
.tw-chart .tw-part-3 { fill: var(--tw-part-3, #009e73); }
.tw-chart .tw-part-4 { fill: var(--tw-part-4, #cc79a7); }
.tw-chart .tw-part-5 { fill: var(--tw-part-5, #56b4e9); }
.tw-chart .tw-part-6 { fill: var(--tw-part-6, #d55e00); }
.tw-chart .tw-part-7 { fill: var(--tw-part-7, #000000); }
.tw-chart .tw-part-8 { fill: var(--tw-part-8, #f0e442); }
.tw-chart .tw-line { fill: none; stroke-width: 2.5; stroke-linejoin: round; stroke-linecap: round; }
.tw-chart .tw-span { stroke-width: 4; stroke-linecap: butt; }
.tw-chart .tw-series-1 { stroke: var(--tw-series-1, #0072b2); }
.tw-chart .tw-series-2 { stroke: var(--tw-series-2, #e69f00); }
.tw-chart .tw-series-3 { stroke: var(--tw-series-3, #009e73); }
.tw-chart .tw-series-4 { stroke: var(--tw-series-4, #cc79a7); }
.tw-chart .tw-line.tw-series-2, .tw-chart .tw-span.tw-series-2 { stroke-dasharray: 6 3; }
.tw-chart .tw-line.tw-series-3, .tw-chart .tw-span.tw-series-3 { stroke-dasharray: 2 3; }
.tw-chart .tw-point { fill: var(--tw-background, #ffffff); stroke-width: 2; }
.tw-chart .tw-point.tw-series-1 { fill: var(--tw-series-1, #0072b2); }
.tw-chart .tw-mark { cursor: default; }
.tw-chart .tw-mark:focus { outline: none; stroke: var(--tw-focus, #1a1a1a); stroke-width: 2.5; stroke-dasharray: none; }
.tw-chart text.tw-mark:focus { stroke: none; text-decoration: underline; }
/* A dark theme: add class tw-theme-dark to an ancestor (hosts may set the properties instead). */
.tw-theme-dark { --tw-text: #ececec; --tw-text-muted: #b4b4b4; --tw-grid: #3a3a3a;
  --tw-axis: #8c8c8c; --tw-zero: #ececec; --tw-bar: #56b4e9; --tw-aggregate: #8f8f8f;
  --tw-rise: #56b4e9; --tw-fall: #e69f00; --tw-others: #5c5c5c; --tw-background: #121212;
  --tw-part-1: #56b4e9; --tw-part-5: #0072b2; --tw-part-7: #ffffff; --tw-series-1: #56b4e9;
  --tw-focus: #ffffff; }
)css";
}

}  // namespace tw
