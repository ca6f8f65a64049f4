// Golden SVG files: each chart type x {en, zh} x {360, 800} px, compared byte for byte. A
// mismatch writes tests/golden/<name>-changed.svg beside the golden file for a person to look at;
// UPDATE_GOLDEN=1 rewrites the golden files. The same test runs natively and as wasm, so the two
// builds draw byte-identical SVG.
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "chart_checks.h"
#include "trade_widget/chart.h"

namespace {

struct Golden {
  const char* name;  ///< the golden file's name before -<lang>-<width>.svg
  const char* chart;
  std::vector<std::string> flows;
  std::vector<std::string> products;
  const char* period;
};

/// One story selection per chart type.
const std::vector<Golden>& goldens() {
  static const std::vector<Golden> list = {
      {"volumes", "volumes", {}, {}, ""},
      {"yoy", "yoy", {"import", "export"}, {}, ""},
      {"shares", "shares", {"import", "export"}, {"oxides"}, ""},
      {"monthly", "monthly", {"export"}, {"rare-earths"}, ""},
      {"partners", "partners", {"export"}, {"magnets"}, "2025-09"},
      // A reader's choices: another period, and one partner's figure alone.
      {"volumes-h1", "volumes", {"export"}, {}, "2025-01/2025-06"},
      {"monthly-h1", "monthly", {"export"}, {"rare-earths"}, "2025-01/2025-06"},
      {"partners-single", "partners", {"export"}, {"magnets"}, "2025-01/2025-06"},
  };
  return list;
}

bool write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

}  // namespace

TEST_CASE("golden SVG files: every chart type in English and Chinese at 360 and 800 px") {
  const char* update_env = std::getenv("UPDATE_GOLDEN");
  const bool update = update_env != nullptr && std::string(update_env) == "1";
  for (const Golden& g : goldens()) {
    for (tw::Lang lang : {tw::Lang::en, tw::Lang::zh}) {
      for (int width : {360, 800}) {
        tw::ChartRequest r;
        r.chart = g.chart;
        r.flows = g.flows;
        r.products = g.products;
        r.period = g.period;
        r.lang = lang;
        r.width = width;
        const auto svg = tw::render_chart_svg(tw::test::bundled(), r);
        REQUIRE(svg.ok());
        const std::string name = std::string(g.name) + "-" + (lang == tw::Lang::zh ? "zh" : "en") +
                                 "-" + std::to_string(width);
        const std::string path = tw::test::source_path("tests/golden/" + name + ".svg");
        const std::string changed = tw::test::source_path("tests/golden/" + name + "-changed.svg");
        if (update) {
          REQUIRE(write(path, svg.value()));
          std::remove(changed.c_str());
        }
        const std::string expected = tw::test::read_fixture("tests/golden/" + name + ".svg");
        INFO(name << ": differs from the golden file; see " << changed
                  << " (UPDATE_GOLDEN=1 accepts it)");
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

TEST_CASE("golden SVG files of the image export: story title, theme, notes and sources") {
  const char* update_env = std::getenv("UPDATE_GOLDEN");
  const bool update = update_env != nullptr && std::string(update_env) == "1";
  struct Image {
    const char* name;
    const char* chart;
    std::vector<std::string> products;
    const char* period;
    tw::Lang lang;
    int width;
  };
  const std::vector<Image> images = {
      {"image-volumes-en-800", "volumes", {}, "", tw::Lang::en, 800},
      {"image-partners-single-zh-360",
       "partners",
       {"magnets"},
       "2025-01/2025-06",
       tw::Lang::zh,
       360},
  };
  for (const Image& g : images) {
    tw::ChartRequest r;
    r.chart = g.chart;
    r.flows = {"export"};
    r.products = g.products;
    r.period = g.period;
    r.lang = g.lang;
    r.width = g.width;
    const auto svg = tw::render_image_svg(tw::test::bundled(), r);
    REQUIRE(svg.ok());
    // What makes it an image to share: the story's title, an opaque background, the theme.
    CHECK(svg.value().find(g.lang == tw::Lang::zh
                               ? ">2025年1–9月中国稀土进出口</text>"
                               : ">China&#39;s rare-earth trade, "
                                 "January–September 2025</text>") != std::string::npos);
    CHECK(svg.value().find("<rect class=\"tw-background\"") != std::string::npos);
    CHECK(svg.value().find("<style>") != std::string::npos);
    const std::string path = tw::test::source_path(std::string("tests/golden/") + g.name + ".svg");
    if (update) REQUIRE(write(path, svg.value()));
    const std::string expected =
        tw::test::read_fixture(std::string("tests/golden/") + g.name + ".svg");
    INFO(g.name << ": differs from the golden file (UPDATE_GOLDEN=1 accepts it)");
    CHECK(expected == svg.value());
  }
}
