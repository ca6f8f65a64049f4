// Golden SVGs of the format fixtures (tests/fixtures/datasets/format-*.json, test data, not real
// figures): qualified figures and several notes per figure, in English and Chinese at 360 and
// 800 px. As test_golden.cpp: a mismatch writes <name>-changed.svg beside the golden file;
// UPDATE_GOLDEN=1 rewrites them. The list is one table, to fold into a per-fixture golden test.
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "chart_checks.h"
#include "test_support.h"
#include "trade_widget/chart.h"

namespace {

struct FormatGolden {
  const char* fixture;  ///< tests/fixtures/datasets/format-<fixture>.json
  const char* chart;
  const char* product;  ///< "" for every product
};

const std::vector<FormatGolden>& format_goldens() {
  static const std::vector<FormatGolden> list = {
      {"qualifiers", "volumes", ""}, {"qualifiers", "yoy", ""}, {"qualifiers", "shares", "alpha"},
      {"notes", "monthly", "alpha"}, {"notes", "yoy", ""},
  };
  return list;
}

bool write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

}  // namespace

TEST_CASE("golden SVG files of the format fixtures, in English and Chinese at 360 and 800 px") {
  const char* update_env = std::getenv("UPDATE_GOLDEN");
  const bool update = update_env != nullptr && std::string(update_env) == "1";
  for (const FormatGolden& g : format_goldens()) {
    const auto ds = tw::load_dataset(tw::test::read_fixture(
        std::string("tests/fixtures/datasets/format-") + g.fixture + ".json"));
    REQUIRE(ds.ok());
    for (tw::Lang lang : {tw::Lang::en, tw::Lang::zh}) {
      for (int width : {360, 800}) {
        tw::ChartRequest r;
        r.chart = g.chart;
        if (g.product[0] != '\0') r.products = {g.product};
        r.lang = lang;
        r.width = width;
        const auto scene = tw::chart_scene(ds.value(), r);
        REQUIRE(scene.ok());
        const std::string name = std::string("format-") + g.fixture + "-" + g.chart + "-" +
                                 (lang == tw::Lang::zh ? "zh" : "en") + "-" + std::to_string(width);
        INFO(name);
        CHECK(tw::test::layout_problems(scene.value()) == std::vector<std::string>{});
        const auto svg = tw::render_chart_svg(ds.value(), r);
        REQUIRE(svg.ok());
        const std::string path = tw::test::source_path("tests/golden/" + name + ".svg");
        const std::string changed = tw::test::source_path("tests/golden/" + name + "-changed.svg");
        if (update) {
          REQUIRE(write(path, svg.value()));
          std::remove(changed.c_str());
        }
        const std::string expected = tw::test::read_fixture("tests/golden/" + name + ".svg");
        if (expected != svg.value()) {
          write(changed, svg.value());
        } else {
          std::remove(changed.c_str());
        }
        CHECK(expected == svg.value());
      }
    }
  }
}
