// A chart as plain values before it becomes SVG: rectangles, lines, polylines, circles and
// texts, each with its role, its CSS classes and, for data marks, its reading and its key.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "trade_widget/dataset.h"

namespace tw {

enum class MarkKind : std::uint8_t { rect, line, polyline, circle, text };
enum class Anchor : std::uint8_t { start, middle, end };

struct Point {
  double x = 0;
  double y = 0;
};

/// One graphical element. Coordinates are px in the scene's viewBox.
struct Mark {
  MarkKind kind = MarkKind::rect;
  std::string role;     ///< what it is: "bar", "value", "label", "tick", "grid", "title", ...
  std::string classes;  ///< CSS classes; colours come only from these
  double x = 0;         ///< rect: left; circle: centre; line: start; text: anchor on the baseline
  double y = 0;
  double width = 0;  ///< rect
  double height = 0;
  double x2 = 0;  ///< line end
  double y2 = 0;
  double radius = 0;          ///< circle
  std::vector<Point> points;  ///< polyline
  std::string text;           ///< text as shown
  std::string full_text;      ///< the whole text when `text` was shortened (an SVG <title>)
  double font_size = 0;
  bool bold = false;
  Anchor anchor = Anchor::start;
  bool focusable = false;            ///< a data mark: tabindex, aria-label, data-key
  std::string aria_label;            ///< the full reading: "Oxides, exports, Jan–Sep 2025: ..."
  std::string key;                   ///< "flow|product|partner|period|measure" of what it shows
  std::int32_t observation = kNone;  ///< the stated observation shown, when there is one
};

struct Scene {
  std::string kind;  ///< "volumes", "yoy", "shares", "monthly", "partners"
  Lang lang = Lang::en;
  double width = 0;
  double height = 0;
  std::string title;        ///< the SVG <title>
  std::string description;  ///< the SVG <desc>: the narrative
  std::vector<Mark> marks;  ///< in drawing order
};

/// An axis-aligned box: x0 <= x1, y0 <= y1.
struct Box {
  double x0 = 0;
  double y0 = 0;
  double x1 = 0;
  double y1 = 0;
};

/// Text line metrics relative to the font size: the box of a text runs from baseline - ascent
/// to baseline + descent; lines are kLineHeight apart.
constexpr double kAscent = 0.8;
constexpr double kDescent = 0.22;
constexpr double kLineHeight = 1.3;

/// The box a mark covers (texts measured with text_width, strokes not included).
Box bounds(const Mark& mark);
/// True when the boxes share interior area (touching edges do not overlap).
bool overlaps(const Box& a, const Box& b);

Mark text_mark(std::string text, double x, double baseline, double font_size, Anchor anchor,
               std::string classes, std::string role);
Mark rect_mark(double x, double y, double width, double height, std::string classes,
               std::string role);
Mark line_mark(double x1, double y1, double x2, double y2, std::string classes, std::string role);
Mark circle_mark(double cx, double cy, double radius, std::string classes, std::string role);

}  // namespace tw
