// meta.annotations: the story's callouts, drawn by the core in the monthly chart of their period,
// never over another text. The bundled file's example: the export controls of April 2025.
#include <catch2/catch.hpp>

#include "chart_checks.h"
#include "test_support.h"
#include "trade_widget/chart.h"

namespace {
tw::ChartRequest monthly(const char* product, tw::Lang lang, int width) {
  tw::ChartRequest r;
  r.chart = "monthly";
  r.flows = {"export"};
  r.products = {product};
  r.lang = lang;
  r.width = width;
  return r;
}

std::vector<std::string> load_errors(const std::string& annotations) {
  std::string text =
      tw::test::dataset_with_rows(R"(["export", "a", "world", "2025", "volume", 5, "s1"])");
  text.replace(text.find("\"notes\":"), 0, "\"annotations\": " + annotations + ",\n    ");
  std::vector<std::string> out;
  const auto r = tw::load_dataset(text);
  for (const auto& e : r.errors()) out.push_back(e.path + ": " + e.message);
  return out;
}
}  // namespace

TEST_CASE("the bundled file's callout: April 2025's export controls, from its source") {
  const tw::Dataset& ds = tw::test::bundled();
  REQUIRE(ds.meta.annotations.size() == 1);
  const tw::Annotation& a = ds.meta.annotations[0];
  CHECK(a.text.en == "China's export controls see April rare earth shipments tumble on month");
  CHECK(ds.periods[static_cast<std::size_t>(a.period)].id == "2025-04");
  CHECK(ds.meta.sources[static_cast<std::size_t>(a.source)].date == "2025-05-09");
}

TEST_CASE("a callout is drawn above the plot and tied to its month, in both languages") {
  const tw::Scene en = tw::test::bundled_chart(monthly("rare-earths", tw::Lang::en, 800));
  const auto callouts = tw::test::marks_with_role(en, "annotation");
  REQUIRE(callouts.size() == 1);
  CHECK(callouts[0]->text ==
        "Apr 2025: China's export controls see April rare earth shipments tumble on month "
        "(Zawya)");
  const auto lines = tw::test::marks_with_role(en, "annotation-line");
  REQUIRE(lines.size() == 1);
  const tw::Mark* april =
      tw::test::data_mark(en, "Rare earths (customs total), exports, Apr 2025:");
  REQUIRE(april != nullptr);
  CHECK(lines[0]->x == Approx(april->x));
  CHECK(lines[0]->y < april->y);
  CHECK(lines[0]->y2 > april->y);
  CHECK(callouts[0]->y < lines[0]->y);  // the text ends where its line starts
  const tw::Scene zh = tw::test::bundled_chart(monthly("rare-earths", tw::Lang::zh, 800));
  const auto zh_callouts = tw::test::marks_with_role(zh, "annotation");
  REQUIRE(zh_callouts.size() == 1);
  CHECK(zh_callouts[0]->text == "2025年4月：中国出口管制致4月稀土出货量环比大幅下降（Zawya）");
}

TEST_CASE("a callout overlaps no text at 320, 360, 800 and 1,200 px, wrapping when narrow") {
  for (const tw::Lang lang : {tw::Lang::en, tw::Lang::zh}) {
    for (const int width : {320, 360, 800, 1200}) {
      const tw::Scene s = tw::test::bundled_chart(monthly("rare-earths", lang, width));
      INFO(width << " px");
      CHECK_FALSE(tw::test::marks_with_role(s, "annotation").empty());
      CHECK(tw::test::layout_problems(s) == std::vector<std::string>{});
    }
  }
  const tw::Scene narrow = tw::test::bundled_chart(monthly("rare-earths", tw::Lang::en, 320));
  CHECK(tw::test::marks_with_role(narrow, "annotation").size() >= 2);  // two lines or more
}

TEST_CASE("a callout about one product is not drawn on another product's chart") {
  const tw::Scene magnets = tw::test::bundled_chart(monthly("magnets", tw::Lang::en, 800));
  CHECK(tw::test::marks_with_role(magnets, "annotation").empty());
  CHECK(tw::test::marks_with_role(magnets, "annotation-line").empty());
}

TEST_CASE("a bad annotation names its path") {
  CHECK(load_errors(R"([{"text": {"en": "A", "zh": "甲"}, "period": "2030", "source": "s1"}])") ==
        std::vector<std::string>{
            "meta.annotations[0].period: \"2030\" is not a period defined in dimensions.period"});
  CHECK(
      load_errors(
          R"([{"text": {"en": "A", "zh": "甲"}, "period": "2025", "product": "z", "source": "s1"}])") ==
      std::vector<std::string>{
          "meta.annotations[0].product: \"z\" is not a product defined in dimensions.product"});
  CHECK(load_errors(R"([{"text": {"en": "A", "zh": "甲"}, "period": "2025", "source": "nope"}])") ==
        std::vector<std::string>{
            "meta.annotations[0].source: \"nope\" is not a source id in meta.sources"});
  CHECK_FALSE(load_errors(R"([{"text": {"en": "A", "zh": "甲"}, "source": "s1"}])").empty());
  CHECK(load_errors(R"([{"text": {"en": "A", "zh": "甲"}, "period": "2025", "source": "s1"}])")
            .empty());
}
