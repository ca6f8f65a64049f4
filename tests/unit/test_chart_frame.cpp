#include <catch2/catch.hpp>

#include "chart/chart_frame.h"
#include "chart_checks.h"

using tw::Lang;
using tw::test::bundled;
namespace d = tw::detail;

namespace {
int product(const char* id) { return tw::Dataset::position(bundled().products, id); }
int flow(const char* id) { return tw::Dataset::position(bundled().flows, id); }
const int k9M25 = tw::test::bundled().period_position("2025-01/2025-09");
}  // namespace

TEST_CASE("readings join labels and a value per language") {
  CHECK(d::reading({"Oxides", "exports", "Jan–Sep 2025"}, "24,151.3 t, +38.0%", Lang::en) ==
        "Oxides, exports, Jan–Sep 2025: 24,151.3 t, +38.0%");
  CHECK(d::reading({"氧化物", "出口", "2025年1–9月"}, "24,151.3吨", Lang::zh) ==
        "氧化物，出口，2025年1–9月：24,151.3吨");
  CHECK(d::join_list({"Concentrates"}, Lang::en) == "Concentrates");
  CHECK(d::join_list({"A", "B", "C"}, Lang::en) == "A, B and C");
  CHECK(d::join_list({"精矿", "化合物"}, Lang::zh) == "精矿和化合物");
  CHECK(d::flows_title(bundled(), {flow("import"), flow("export")}, Lang::en) ==
        "Imports and exports");
  CHECK(d::flows_title(bundled(), {flow("import"), flow("export")}, Lang::zh) == "进口和出口");
}

TEST_CASE("figures read with the format.h numbers and say when they are implied") {
  const tw::Cell oxides{flow("export"), product("oxides"), bundled().world_partner(), k9M25};
  CHECK(d::change_text(tw::year_on_year(bundled(), oxides), Lang::en) == "+38.0%");
  const tw::Cell total{flow("export"), product("rare-earths"), bundled().world_partner(), k9M25};
  CHECK(d::change_text(tw::year_on_year(bundled(), total), Lang::en) == "+12.6% implied");
  CHECK(d::change_text(tw::year_on_year(bundled(), total), Lang::zh) == "+12.6%（推算）");
  CHECK(d::change_text(tw::Figure{}, Lang::en).empty());
  CHECK(d::volume_text(bundled(), tw::stated(bundled(), oxides, tw::Measure::volume), Lang::zh) ==
        "24,151.3吨");
  CHECK(d::mark_key(bundled(), oxides, tw::Measure::volume) ==
        "export|oxides|world|2025-01/2025-09|volume");
  CHECK(d::month_name(9, Lang::en) == "Sep");
  CHECK(d::month_name(12, Lang::zh) == "12月");
  CHECK(d::year_text(2025, Lang::zh) == "2025年");
  CHECK(d::superscript(1) == "¹");
  CHECK(d::superscript(12) == "¹²");
}

TEST_CASE("source names carry the author when the publisher is someone else") {
  const auto& sources = bundled().meta.sources;
  int antaike = tw::kNone;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (sources[i].id == "antaike") antaike = static_cast<int>(i);
  }
  REQUIRE(antaike != tw::kNone);
  CHECK(d::source_name(bundled(), antaike, Lang::en) == "Zhitong Finance (Antaike)");
  CHECK(d::source_name(bundled(), antaike, Lang::zh) == "智通财经网（安泰科）");
}

TEST_CASE("the footer numbers notes in order of use and lists each cited source once") {
  d::Frame f(bundled(), Lang::en, 800);
  f.title("A title");
  const tw::Cell separation{flow("export"), product("separation-products"),
                            bundled().world_partner(), k9M25};
  const tw::Figure volume = tw::stated(bundled(), separation, tw::Measure::volume);
  const tw::Figure change = tw::stated(bundled(), separation, tw::Measure::yoy);
  CHECK(f.note_marker(volume.observation) == "¹");
  CHECK(f.note_marker(change.observation) == "¹");  // the same note keeps its number
  CHECK(f.note_reading(volume.observation).rfind(". Note: Antaike puts", 0) == 0);
  f.cite(volume);
  f.cite(change);
  f.footer_line("Not reported: Mar 2024.");
  const tw::Scene s = f.finish("volumes", "A title", "A narrative.");
  const auto notes = tw::test::marks_with_role(s, "note");
  REQUIRE_FALSE(notes.empty());
  CHECK(notes[0]->text.rfind("¹ Antaike puts", 0) == 0);
  const auto sources = tw::test::marks_with_role(s, "source");
  REQUIRE(sources.size() == 1);
  CHECK(sources[0]->text == "Source: Zhitong Finance (Antaike)");
  const auto footer = tw::test::marks_with_role(s, "footer");
  REQUIRE(footer.size() == 1);
  CHECK(footer[0]->y < notes[0]->y);
  CHECK(s.height > sources[0]->y);
  CHECK(s.title == "A title");
  CHECK(s.description == "A narrative.");
}

TEST_CASE("long titles wrap inside the frame; a legend wraps its items") {
  d::Frame f(bundled(), Lang::en, 320);
  f.title("Imports and exports: change year on year by product, January to September 2025");
  const auto lines = f.marks.size();
  CHECK(lines >= 2);
  f.legend({{"tw-rise", "Rise (+)"},
            {"tw-fall", "Fall (\u2212)"},
            {"tw-derived tw-neutral", "Implied: computed from two stated volumes"}});
  const tw::Scene s = f.finish("yoy", "t", "d");
  CHECK(tw::test::layout_problems(s) == std::vector<std::string>{});
  const tw::Mark* implied =
      tw::test::mark_with_text(s, "Implied: computed from two stated volumes");
  const tw::Mark* rise = tw::test::mark_with_text(s, "Rise (+)");
  REQUIRE(implied != nullptr);
  REQUIRE(rise != nullptr);
  CHECK(implied->y > rise->y);  // on a second line
}
