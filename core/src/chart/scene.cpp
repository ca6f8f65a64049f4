#include "trade_widget/scene.h"

#include <algorithm>
#include <utility>

#include "trade_widget/text_width.h"

namespace tw {

Box bounds(const Mark& m) {
  switch (m.kind) {
    case MarkKind::rect:
      return Box{m.x, m.y, m.x + m.width, m.y + m.height};
    case MarkKind::line:
      return Box{std::min(m.x, m.x2), std::min(m.y, m.y2), std::max(m.x, m.x2),
                 std::max(m.y, m.y2)};
    case MarkKind::circle:
      return Box{m.x - m.radius, m.y - m.radius, m.x + m.radius, m.y + m.radius};
    case MarkKind::polyline: {
      if (m.points.empty()) return Box{};
      Box b{m.points[0].x, m.points[0].y, m.points[0].x, m.points[0].y};
      for (const Point& p : m.points) {
        b.x0 = std::min(b.x0, p.x);
        b.y0 = std::min(b.y0, p.y);
        b.x1 = std::max(b.x1, p.x);
        b.y1 = std::max(b.y1, p.y);
      }
      return b;
    }
    case MarkKind::text: {
      const double w = text_width(m.text, m.font_size, m.bold);
      const double x0 = m.anchor == Anchor::start    ? m.x
                        : m.anchor == Anchor::middle ? m.x - w / 2
                                                     : m.x - w;
      return Box{x0, m.y - kAscent * m.font_size, x0 + w, m.y + kDescent * m.font_size};
    }
  }
  return Box{};
}

bool overlaps(const Box& a, const Box& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

Mark text_mark(std::string text, double x, double baseline, double font_size, Anchor anchor,
               std::string classes, std::string role) {
  Mark m;
  m.kind = MarkKind::text;
  m.text = std::move(text);
  m.x = x;
  m.y = baseline;
  m.font_size = font_size;
  m.anchor = anchor;
  m.classes = std::move(classes);
  m.role = std::move(role);
  return m;
}

Mark rect_mark(double x, double y, double width, double height, std::string classes,
               std::string role) {
  Mark m;
  m.kind = MarkKind::rect;
  m.x = x;
  m.y = y;
  m.width = width;
  m.height = height;
  m.classes = std::move(classes);
  m.role = std::move(role);
  return m;
}

Mark line_mark(double x1, double y1, double x2, double y2, std::string classes, std::string role) {
  Mark m;
  m.kind = MarkKind::line;
  m.x = x1;
  m.y = y1;
  m.x2 = x2;
  m.y2 = y2;
  m.classes = std::move(classes);
  m.role = std::move(role);
  return m;
}

Mark circle_mark(double cx, double cy, double radius, std::string classes, std::string role) {
  Mark m;
  m.kind = MarkKind::circle;
  m.x = cx;
  m.y = cy;
  m.radius = radius;
  m.classes = std::move(classes);
  m.role = std::move(role);
  return m;
}

}  // namespace tw
