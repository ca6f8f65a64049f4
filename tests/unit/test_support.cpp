#include "test_support.h"

#include <cstdio>
#include <cstdlib>

namespace tw::test {

const Dataset& bundled() {
  static const Dataset ds = [] {
    auto loaded = load_dataset(read_fixture("public/data/china-rare-earths-2025.json"));
    if (!loaded.ok()) {
      for (const auto& e : loaded.errors()) std::fprintf(stderr, "%s\n", e.to_string().c_str());
      std::abort();
    }
    return std::move(loaded.value());
  }();
  return ds;
}

std::string dataset_with_rows(const std::string& rows) {
  return R"({
  "format": "trade-widget/1",
  "meta": {
    "title": {"en": "Test", "zh": "测试"},
    "coverage": {"en": "2024-2025", "zh": "2024-2025年"},
    "units": {"volume": {"en": "t", "zh": "吨"}},
    "sources": [{"id": "s1", "publisher": "Source One"}],
    "notes": [{"id": "n1", "text": {"en": "A note", "zh": "注释"}}]
  },
  "dimensions": {
    "flow": [{"id": "export", "label": {"en": "Exports", "zh": "出口"}}],
    "product": [{"id": "a", "label": {"en": "A", "zh": "甲"}},
                {"id": "b", "label": {"en": "B", "zh": "乙"}},
                {"id": "all", "label": {"en": "All", "zh": "全部"}, "aggregate": true}],
    "partner": [{"id": "world", "label": {"en": "World", "zh": "全球"}, "aggregate": true},
                {"id": "x", "label": {"en": "Xland", "zh": "X国"}},
                {"id": "y", "label": {"en": "Yland", "zh": "Y国"}}],
    "period": [{"id": "2024", "label": {"en": "2024", "zh": "2024年"}, "start": "2024-01", "end": "2024-12"},
               {"id": "2025", "label": {"en": "2025", "zh": "2025年"}, "start": "2025-01", "end": "2025-12"}]
  },
  "observations": [
)" + rows +
         R"(
  ]
}
)";
}

std::vector<std::string> row_errors(const std::string& rows) {
  std::vector<std::string> out;
  const auto r = load_dataset(dataset_with_rows(rows));
  for (const auto& e : r.errors()) out.push_back(e.path + ": " + e.message);
  return out;
}

}  // namespace tw::test
