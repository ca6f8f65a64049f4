// Helpers for the chart tests: finding marks, and the layout invariants every chart keeps (no
// two texts overlap, nothing leaves the viewBox, data marks carry a reading and a key).
#pragma once

#include <string>
#include <vector>

#include "test_support.h"
#include "trade_widget/chart.h"
#include "trade_widget/scene.h"

namespace tw::test {

inline std::vector<const Mark*> marks_with_role(const Scene& s, const std::string& role) {
  std::vector<const Mark*> out;
  for (const Mark& m : s.marks) {
    if (m.role == role) out.push_back(&m);
  }
  return out;
}

inline const Mark* mark_with_text(const Scene& s, const std::string& text) {
  for (const Mark& m : s.marks) {
    if (m.kind == MarkKind::text && m.text == text) return &m;
  }
  return nullptr;
}

/// The focusable mark whose aria-label starts with `prefix`, or nullptr.
inline const Mark* data_mark(const Scene& s, const std::string& prefix) {
  for (const Mark& m : s.marks) {
    if (m.focusable && m.aria_label.rfind(prefix, 0) == 0) return &m;
  }
  return nullptr;
}

inline bool has_class(const Mark& m, const std::string& cls) {
  return (" " + m.classes + " ").find(" " + cls + " ") != std::string::npos;
}

/// Every broken invariant, as readable lines (empty when the layout is sound).
inline std::vector<std::string> layout_problems(const Scene& s) {
  std::vector<std::string> problems;
  constexpr double kTolerance = 0.01;
  std::vector<std::pair<Box, const Mark*>> texts;
  for (const Mark& m : s.marks) {
    const Box b = bounds(m);
    if (b.x0 < -kTolerance || b.y0 < -kTolerance || b.x1 > s.width + kTolerance ||
        b.y1 > s.height + kTolerance) {
      problems.push_back("outside the viewBox: " + m.role + " \"" + m.text + "\"");
    }
    if (m.kind == MarkKind::text) {
      if (m.text.empty()) problems.push_back("empty text: " + m.role);
      texts.emplace_back(b, &m);
    }
    if (m.focusable && (m.aria_label.empty() || m.key.empty())) {
      problems.push_back("data mark without reading or key: " + m.role);
    }
    if (m.kind == MarkKind::rect && (m.width < 0 || m.height < 0)) {
      problems.push_back("negative rect: " + m.role);
    }
  }
  for (std::size_t i = 0; i < texts.size(); ++i) {
    for (std::size_t j = i + 1; j < texts.size(); ++j) {
      if (overlaps(texts[i].first, texts[j].first)) {
        problems.push_back("overlap: \"" + texts[i].second->text + "\" and \"" +
                           texts[j].second->text + "\"");
      }
    }
  }
  return problems;
}

/// A chart of the bundled dataset; fails the test on errors.
inline Scene bundled_chart(ChartRequest r) {
  auto scene = chart_scene(bundled(), r);
  if (!scene.ok()) return Scene{};
  return std::move(scene.value());
}

}  // namespace tw::test
