#include <catch2/catch.hpp>

#include "trade_widget/scene.h"
#include "trade_widget/text_width.h"

TEST_CASE("a text's box follows its anchor and the measured width") {
  const double w = tw::text_width("Oxides", 13);
  const tw::Box start = tw::bounds(tw::text_mark("Oxides", 100, 50, 13, tw::Anchor::start, "", ""));
  CHECK(start.x0 == 100);
  CHECK(start.x1 == Approx(100 + w));
  CHECK(start.y0 == Approx(50 - tw::kAscent * 13));
  CHECK(start.y1 == Approx(50 + tw::kDescent * 13));
  const tw::Box middle =
      tw::bounds(tw::text_mark("Oxides", 100, 50, 13, tw::Anchor::middle, "", ""));
  CHECK(middle.x0 == Approx(100 - w / 2));
  const tw::Box end = tw::bounds(tw::text_mark("Oxides", 100, 50, 13, tw::Anchor::end, "", ""));
  CHECK(end.x1 == Approx(100));
}

TEST_CASE("boxes of rects, lines, circles and polylines") {
  const tw::Box r = tw::bounds(tw::rect_mark(10, 20, 30, 40, "tw-bar", "bar"));
  CHECK((r.x0 == 10 && r.y0 == 20 && r.x1 == 40 && r.y1 == 60));
  const tw::Box l = tw::bounds(tw::line_mark(50, 5, 10, 25, "tw-grid", "grid"));
  CHECK((l.x0 == 10 && l.y0 == 5 && l.x1 == 50 && l.y1 == 25));
  const tw::Box c = tw::bounds(tw::circle_mark(10, 10, 3, "tw-point", "point"));
  CHECK((c.x0 == 7 && c.x1 == 13 && c.y0 == 7 && c.y1 == 13));
  tw::Mark p;
  p.kind = tw::MarkKind::polyline;
  p.points = {{5, 9}, {1, 3}, {8, 4}};
  const tw::Box pb = tw::bounds(p);
  CHECK((pb.x0 == 1 && pb.y0 == 3 && pb.x1 == 8 && pb.y1 == 9));
}

TEST_CASE("boxes overlap only when they share area") {
  const tw::Box a{0, 0, 10, 10};
  CHECK(tw::overlaps(a, tw::Box{5, 5, 15, 15}));
  CHECK_FALSE(tw::overlaps(a, tw::Box{10, 0, 20, 10}));  // touching edges
  CHECK_FALSE(tw::overlaps(a, tw::Box{0, 11, 10, 20}));
  CHECK(tw::overlaps(a, tw::Box{2, 2, 3, 3}));  // inside
}

TEST_CASE("mark builders keep role and classes") {
  const tw::Mark m = tw::text_mark("24,151.3 t", 1, 2, 12, tw::Anchor::end, "tw-value", "value");
  CHECK(m.kind == tw::MarkKind::text);
  CHECK(m.role == "value");
  CHECK(m.classes == "tw-value");
  CHECK(m.anchor == tw::Anchor::end);
  CHECK_FALSE(m.focusable);
  CHECK(m.observation == tw::kNone);
}
