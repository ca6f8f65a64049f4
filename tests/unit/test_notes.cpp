// Several notes on one figure, one numbering for the whole page (issue 13, faults 3, 4 and 7):
// the fixture tests/fixtures/datasets/format-notes.json is test data, not real figures.
#include <catch2/catch.hpp>

#include "chart_checks.h"
#include "fixture_support.h"
#include "test_support.h"
#include "trade_widget/chart.h"
#include "trade_widget/csv.h"
#include "trade_widget/csv_import.h"
#include "trade_widget/query.h"
#include "trade_widget/view.h"
#include "trade_widget/view_html.h"
#include "trade_widget/write_json.h"

namespace {
using nlohmann::json;

const tw::Dataset& fixture() {
  static const tw::Dataset ds = [] {
    auto r = tw::load_dataset(tw::test::read_fixture("tests/fixtures/datasets/format-notes.json"));
    REQUIRE(r.ok());
    return std::move(r.value());
  }();
  return ds;
}

std::vector<std::string> load_errors(const std::string& rows) { return tw::test::row_errors(rows); }

std::string note_ids(const tw::Dataset& ds, const tw::Figure& f) {
  std::string out;
  for (const std::int32_t n : tw::figure_notes(ds, f)) {
    out += (out.empty() ? "" : " ") + ds.meta.notes[static_cast<std::size_t>(n)].id;
  }
  return out;
}

json view(const std::string& request) { return tw::test::view_of(fixture(), request); }

std::string chart(const json& request) {
  const auto r = tw::parse_chart_request(request.dump());
  REQUIRE(r.ok());
  const auto svg = tw::render_chart_svg(fixture(), r.value());
  REQUIRE(svg.ok());
  return svg.value();
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}
}  // namespace

TEST_CASE("a row lists several notes; a single note id keeps working") {
  const tw::Dataset& ds = fixture();
  const int world = 0;
  const tw::Figure march =
      tw::stated(ds, tw::Cell{0, 0, world, ds.period_position("2025-03")}, tw::Measure::volume);
  CHECK(note_ids(ds, march) == "revised estimate");
  const tw::Figure feb =
      tw::stated(ds, tw::Cell{0, 0, world, ds.period_position("2025-02")}, tw::Measure::volume);
  CHECK(note_ids(ds, feb) == "customs");
  // The bundled file's single notes are unchanged.
  const tw::Dataset& b = tw::test::bundled();
  std::size_t with_note = 0;
  for (const tw::Observation& o : b.observations) with_note += b.notes_of(o).size();
  CHECK(with_note > 0);
  CHECK(b.note_lists.empty());
}

TEST_CASE("a bad list of notes is refused with its path") {
  CHECK(load_errors(R"(["export", "a", "world", "2025", "volume", 5, "s1", null, []])") ==
        std::vector<std::string>{"observations[0][8] (note): an empty list of notes (write null "
                                 "for a row without a note)"});
  CHECK(load_errors(R"(["export", "a", "world", "2025", "volume", 5, "s1", null, ["n1", "n9"]])") ==
        std::vector<std::string>{
            "observations[0][8] (note)[1]: \"n9\" is not a note id in meta.notes"});
  CHECK(load_errors(R"(["export", "a", "world", "2025", "volume", 5, "s1", null, ["n1", "n1"]])") ==
        std::vector<std::string>{"observations[0][8] (note)[1]: the note \"n1\" is listed twice"});
  CHECK(load_errors(R"(["export", "a", "world", "2025", "volume", 5, "s1", null, ["n1", 3]])") ==
        std::vector<std::string>{
            "observations[0][8] (note)[1]: expected a note id (a string), got 3"});
  CHECK(load_errors(R"(["export", "a", "world", "2025", "volume", 5, "s1", null, 3])") ==
        std::vector<std::string>{"observations[0][8] (note): expected a note id, a list of note "
                                 "ids or null, got 3"});
}

TEST_CASE("several notes are written back as a list, and survive the CSV round trip") {
  const std::string out = tw::write_dataset_json(fixture());
  CHECK(out.find(R"("2025-03", "volume", 130, "fixture", null, ["revised", "estimate"]])") !=
        std::string::npos);
  CHECK(out.find(R"("2025-02", "volume", 100, "fixture", null, "customs"])") != std::string::npos);
  const std::string csv = tw::export_csv(fixture());
  CHECK(csv.find(",revised estimate,") != std::string::npos);
  tw::Dataset meta_only = fixture();
  meta_only.observations.clear();
  meta_only.note_lists.clear();
  const auto back = tw::import_csv(csv, tw::write_dataset_json(meta_only));
  REQUIRE(back.ok());
  CHECK(back.value().json == out);
}

TEST_CASE("fault 3: two notes on one figure read as two marks, never as one number") {
  const json request = {{"chart", "monthly"}, {"products", {"alpha"}}, {"width", 800}};
  const std::string svg = chart(request);
  CHECK(svg.find("²,³") != std::string::npos);  // customs is ¹ (February), then March's two
  CHECK(svg.find("²³") == std::string::npos);
  // Every note is listed once under the chart, with its mark.
  CHECK(count(svg, ">² Test note: revised by the source a month later.<") == 1);
  CHECK(svg.find("² Test note: revised") != std::string::npos);
  CHECK(svg.find("³ Test note: partly estimated") != std::string::npos);
  // The point's reading says both notes.
  CHECK(svg.find("Note: Test note: revised by the source a month later.. Note: Test note: partly "
                 "estimated by the source.") != std::string::npos);
}

TEST_CASE("fault 3: a month's note marks that year's point only, not the month's column") {
  const std::string svg = chart({{"chart", "monthly"}, {"products", {"alpha"}}, {"width", 360}});
  // No guide line across every year's line; the marks carry the 2025 series' class.
  CHECK(svg.find("tw-guide") == std::string::npos);
  const std::size_t mark = svg.find(">²,³<");
  REQUIRE(mark != std::string::npos);
  const std::size_t open = svg.rfind("<text", mark);
  const std::string element = svg.substr(open, mark - open);
  CHECK(element.find("tw-note tw-series-") != std::string::npos);
  // 2025 is the second series (tw-series-1) of the chart; 2024's March has no note.
  CHECK(element.find("tw-series-1") != std::string::npos);
}

TEST_CASE("fault 4: the page's notes, the figures' marks and every chart share one numbering") {
  const json v = view(R"({"view": "monthly"})");
  std::vector<std::string> ids;
  for (const json& n : v["notes"]) ids.push_back(n["id"]);
  REQUIRE(ids.size() >= 3);
  // Each chart of the page is asked to number the notes as the page does.
  REQUIRE_FALSE(v["charts"].empty());
  for (json c : v["charts"]) {
    CHECK(c["notes"] == json(ids));
    c["width"] = 800;
    const std::string svg = chart(c);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::string& text = v["notes"][i]["text"].get_ref<const std::string&>();
      if (svg.find(text) == std::string::npos) continue;
      // "¹ Test note: ..." with the page's number, whatever order the chart meets them in.
      static const char* const kSup[] = {"¹", "²", "³", "⁴", "⁵"};
      CHECK(svg.find(std::string(kSup[i]) + " " + text) != std::string::npos);
    }
  }
  // A chart drawn with another page's order takes that order.
  const std::string reordered = chart({{"chart", "monthly"},
                                       {"products", {"alpha"}},
                                       {"notes", {"estimate", "revised", "customs"}}});
  CHECK(reordered.find("¹ Test note: partly estimated") != std::string::npos);
  CHECK(reordered.find("² Test note: revised") != std::string::npos);
  CHECK(reordered.find("³ Test note: customs data.") != std::string::npos);
  CHECK(reordered.find("²,¹") != std::string::npos);  // March: revised, then estimate
  // The page's HTML numbers its notes list as the marks: 1, 2, 3, not a, b, c.
  tw::WidgetRequest w;
  w.view.kind = tw::ViewKind::monthly;
  w.layout = tw::Layout::full;
  const auto html = tw::widget_html(fixture(), w);
  REQUIRE(html.ok());
  CHECK(html.value().find("<ol class=\"tw-notes-list\"><li value=\"1\">") != std::string::npos);
  CHECK(html.value().find("type=\"a\"") == std::string::npos);
}

TEST_CASE("an unknown note in a chart request is an error naming it") {
  const auto r = tw::parse_chart_request(R"({"chart": "monthly", "notes": ["nope"]})");
  REQUIRE(r.ok());
  const auto svg = tw::render_chart_svg(fixture(), r.value());
  REQUIRE_FALSE(svg.ok());
  CHECK(svg.errors().at(0).path == "request.notes[0]");
}

TEST_CASE("fault 7: a note on a null year-on-year row stays with the implied change") {
  const tw::Dataset& ds = fixture();
  const tw::Figure yoy =
      tw::year_on_year(ds, tw::Cell{0, 0, 0, ds.period_position("2025-01/2025-04")});
  CHECK(yoy.origin == tw::Origin::derived);
  CHECK(yoy.value == Approx(15.0));
  CHECK(note_ids(ds, yoy) == "yoy-gap");
  // The card's change carries it, and the page lists it.
  const json v = view("{}");
  const json& card = v["cards"].at(0);
  CHECK(card["yoy"]["text"] == "+15.0%");
  CHECK(card["yoy"]["derived"] == true);
  REQUIRE(card["yoy"].contains("notes"));
  CHECK(card["yoy"]["notes"][0]["text"] ==
        "Test note: the source gives no change on a year earlier.");
  bool listed = false;
  for (const json& n : v["notes"]) listed = listed || n["id"] == "yoy-gap";
  CHECK(listed);
  // The yoy chart marks the implied change with the note and lists it.
  const std::string svg = chart({{"chart", "yoy"}, {"width", 800}});
  CHECK(svg.find("Test note: the source gives no change on a year earlier.") != std::string::npos);
}

TEST_CASE("several notes on a card's figure: every mark, each with its title") {
  tw::WidgetRequest w;
  w.layout = tw::Layout::full;
  const auto html = tw::widget_html(fixture(), w);
  REQUIRE(html.ok());
  // Jan–Apr 2025's volume has two notes: "1,2" with a separator, each read as "note N".
  CHECK(html.value().find("<span class=\"tw-sr\"> note 1</span><span aria-hidden=\"true\">1</span>"
                          "</span><span aria-hidden=\"true\">,</span><span title=\"Test note: "
                          "revised by the source a month later.\"><span class=\"tw-sr\"> note "
                          "2</span>") != std::string::npos);
}

TEST_CASE("the notes' marks overlap no other text, at 360 and 800 px") {
  for (const int width : {360, 800}) {
    for (const char* type : {"monthly", "yoy", "volumes"}) {
      tw::ChartRequest r;
      r.chart = type;
      r.products = {"alpha"};
      r.width = width;
      const auto scene = tw::chart_scene(fixture(), r);
      REQUIRE(scene.ok());
      INFO(type << " at " << width << " px");
      CHECK(tw::test::layout_problems(scene.value()) == std::vector<std::string>{});
    }
  }
}
