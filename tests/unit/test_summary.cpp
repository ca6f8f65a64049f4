#include <catch2/catch.hpp>

#include "test_support.h"
#include "trade_widget/summary.h"

namespace {
const tw::Dataset& ds() { return tw::test::bundled(); }
int flow(const char* id) { return tw::Dataset::position(ds().flows, id); }
int product(const char* id) { return tw::Dataset::position(ds().products, id); }
const int k9M25 = tw::test::bundled().period_position("2025-01/2025-09");
std::string say(const char* f, const char* p, tw::Lang lang) {
  return tw::sentence(ds(), tw::key_figure(ds(), flow(f), product(p), k9M25), lang);
}
}  // namespace

TEST_CASE("the narrative of the seed's selections, in English") {
  CHECK(say("export", "oxides", tw::Lang::en) ==
        "Exports of rare earth oxides rose 38.0% year on year to 24,151.3 t; the United States "
        "was the largest of those reported, with 40%; the others are not reported.");
  CHECK(say("import", "concentrates", tw::Lang::en) ==
        "Imports of rare earth concentrates fell 45.6% year on year to 23,537.7 t; the United "
        "States accounted for 99.3%.");
  CHECK(say("export", "magnets", tw::Lang::en) ==
        "Exports of rare earth permanent magnets fell 7.5% year on year to 39,817 t; exports to "
        "the United States fell 24.0% (Antaike, [18][21]).");
  CHECK(say("import", "compounds", tw::Lang::en) ==
        "Imports of rare earth compounds: volume not reported; Malaysia accounted for 64.3%.");
  CHECK(say("export", "rare-earths", tw::Lang::en).find("rose 12.6% year on year (implied)") !=
        std::string::npos);
}

TEST_CASE("the narrative of the seed's selections, in Chinese") {
  CHECK(say("export", "oxides", tw::Lang::zh) ==
        "稀土氧化物出口24,151.3吨，同比增长38.0%，已报告的伙伴中美国占比最大，为40%，"
        "其他伙伴未报告。");
  CHECK(say("import", "metals-alloys", tw::Lang::zh) ==
        "稀土金属及合金进口129.5吨，同比下降57.8%，其中越南占81%。");
  CHECK(say("import", "compounds", tw::Lang::zh) ==
        "稀土化合物进口量未报告，其中马来西亚占64.3%。");
  CHECK(say("export", "separation-products", tw::Lang::zh) ==
        "稀土分离产品出口48,000吨，同比增长10.9%；其中对美国出口同比增长14.0%（安泰科，[18]）。");
}

TEST_CASE("the summary follows the selection") {
  const tw::Summary s = tw::summarize(
      ds(), {flow("export")}, {product("oxides"), product("metals-alloys")}, k9M25, tw::Lang::en);
  REQUIRE(s.figures.size() == 2);
  CHECK(s.figures[0].product == product("oxides"));
  CHECK(s.narrative ==
        "Exports of rare earth oxides rose 38.0% year on year to 24,151.3 t; the United States "
        "was the largest of those reported, with 40%; the others are not reported. Exports of "
        "rare earth metals and alloys rose 4.0% year on year to 7,520.2 t; Japan accounted for "
        "59.3%.");
  const tw::Summary none =
      tw::summarize(ds(), {flow("import")}, {product("magnets")}, k9M25, tw::Lang::en);
  CHECK(none.figures.empty());
  CHECK(none.narrative.empty());
}

TEST_CASE("a change that rounds to zero reads as unchanged") {
  const auto r = tw::load_dataset(tw::test::dataset_with_rows(R"(
    ["export", "a", "world", "2025", "volume", 12.5, "s1"],
    ["export", "a", "world", "2025", "yoy", -0.0, "s1"])"));
  REQUIRE(r.ok());
  const tw::KeyFigure kf = tw::key_figure(r.value(), 0, 0, 1);
  CHECK(tw::sentence(r.value(), kf, tw::Lang::en) ==
        "Exports of A were unchanged year on year at 12.5 t.");
  CHECK(tw::sentence(r.value(), kf, tw::Lang::zh) == "甲出口12.5吨，同比持平。");
}
