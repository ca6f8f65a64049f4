#include "chart/chart_image.h"

#include <cmath>

#include "chart/chart_frame.h"

namespace tw::detail {

namespace {
constexpr double kStoryTitleSize = 14;
constexpr double kGap = 6;
}  // namespace

Scene image_scene(const Dataset& ds, Scene chart) {
  Frame header(ds, chart.lang, chart.width);
  header.y =
      header.text_block(ds.meta.title.in(chart.lang), header.left(), header.y, header.inner_width(),
                        kStoryTitleSize, true, "tw-muted", "story-title") +
      kGap;
  // The chart's own marks start at its padding; the header takes that place and more.
  const double shift = header.y - header.pad();
  Scene out = std::move(chart);
  for (Mark& m : out.marks) {
    m.y += shift;
    if (m.kind == MarkKind::line) m.y2 += shift;
    for (Point& p : m.points) p.y += shift;
  }
  out.height = std::ceil(out.height + shift);
  std::vector<Mark> marks;
  marks.push_back(rect_mark(0, 0, out.width, out.height, "tw-background", "background"));
  for (Mark& m : header.marks) marks.push_back(std::move(m));
  for (Mark& m : out.marks) marks.push_back(std::move(m));
  out.marks = std::move(marks);
  return out;
}

}  // namespace tw::detail
