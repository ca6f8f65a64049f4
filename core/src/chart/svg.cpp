#include "trade_widget/svg.h"

#include <cmath>

#include "chart/chart_theme_css.h"
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

Markup& Markup::raw(std::string_view built_markup) {
  mark_content();
  out_ += built_markup;
  return *this;
}

namespace {
bool void_element(std::string_view tag) {
  for (const char* v : {"input", "br", "img", "meta", "link", "hr", "wbr"}) {
    if (tag == v) return true;
  }
  return false;
}
}  // namespace

Markup& Markup::close() {
  if (stack_.empty()) return *this;
  if (html_ && void_element(stack_.back().tag)) {
    if (start_tag_open_) out_ += '>';
    start_tag_open_ = false;
  } else if (html_ && !stack_.back().has_content) {
    out_ += "></";
    out_ += stack_.back().tag;
    out_ += '>';
    start_tag_open_ = false;
  } else if (!stack_.back().has_content) {
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

// The text is core/src/chart/chart-theme.css, made a string at configure time (core/stages.cmake).
const char* chart_theme_css() { return generated::chart_theme_css; }

}  // namespace tw
