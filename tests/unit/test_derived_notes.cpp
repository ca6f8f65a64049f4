// meta.derived_notes: a note on a figure the widget computes (an implied change, share or
// year-earlier volume), shown wherever that figure appears (card, table, chart, spoken reading)
// with the page's one note numbering; bad entries are refused with the path and the value.
#include <catch2/catch.hpp>

#include "fixture_support.h"
#include "test_support.h"
#include "trade_widget/chart.h"
#include "trade_widget/query.h"
#include "trade_widget/view.h"
#include "trade_widget/view_html.h"
#include "trade_widget/write_json.h"

namespace {
using nlohmann::json;

const char* kBaseRevised =
    "Test note: the 2024 figure was revised after the change was first reported.";

const tw::Dataset& fixture() {
  static const tw::Dataset ds = tw::test::load_fixture("derived-notes");
  return ds;
}

std::string fixture_with(const std::string& from, const std::string& to) {
  return tw::test::fixture_with("derived-notes", from, to);
}

std::string chart(const json& request) {
  const auto parsed = tw::parse_chart_request(request.dump());
  REQUIRE(parsed.ok());
  const auto svg = tw::render_chart_svg(fixture(), parsed.value());
  REQUIRE(svg.ok());
  return svg.value();
}

int number_of(const json& view, const std::string& id) {
  for (const json& n : view["notes"]) {
    if (n["id"] == id) return n["number"].get<int>();
  }
  return 0;
}
}  // namespace

TEST_CASE("derived notes: an implied change and an implied share carry their notes") {
  const tw::Dataset& ds = fixture();
  const tw::Figure yoy = tw::year_on_year(ds, tw::Cell{0, 0, 0, ds.period_position("2025")});
  REQUIRE(yoy.origin == tw::Origin::derived);
  REQUIRE(tw::figure_notes(ds, yoy).size() == 1);
  CHECK(ds.meta.notes[static_cast<std::size_t>(tw::figure_notes(ds, yoy)[0])].id == "base-revised");
  const tw::Figure share = tw::partner_share(ds, tw::Cell{0, 0, 1, ds.period_position("2025")});
  REQUIRE(share.origin == tw::Origin::derived);
  // Both of its notes, in the order written (the second is also a stated figure's note).
  REQUIRE(tw::figure_notes(ds, share).size() == 2);
  CHECK(ds.meta.notes[static_cast<std::size_t>(tw::figure_notes(ds, share)[0])].id == "jp-basis");
  CHECK(ds.meta.notes[static_cast<std::size_t>(tw::figure_notes(ds, share)[1])].id == "prelim");
  // A stated figure keeps only its row's notes.
  const tw::Figure volume =
      tw::stated(ds, tw::Cell{0, 0, 0, ds.period_position("2025")}, tw::Measure::volume);
  REQUIRE(tw::figure_notes(ds, volume).size() == 1);
  CHECK(ds.meta.notes[static_cast<std::size_t>(tw::figure_notes(ds, volume)[0])].id == "prelim");
}

TEST_CASE("derived notes: the card, the chart and the page list them in the one numbering") {
  const json v = tw::test::view_of(fixture(), "{}");
  const json& card = v["cards"].at(0);
  REQUIRE(card["yoy"].contains("notes"));
  CHECK(card["yoy"]["derived"] == true);
  CHECK(card["yoy"]["notes"][0]["text"] == kBaseRevised);
  const int prelim = number_of(v, "prelim");
  const int revised = number_of(v, "base-revised");
  CHECK(prelim > 0);
  CHECK(revised > 0);
  CHECK(prelim != revised);
  CHECK(card["yoy"]["notes"][0]["number"] == revised);
  // The year-on-year chart marks the implied change with the page's number and lists the note.
  json request = v["charts"].at(0);
  request["chart"] = "yoy";
  request["width"] = 800;
  const std::string svg = chart(request);
  static const char* const kSup[] = {"", "¹", "²", "³", "⁴"};
  CHECK(svg.find(std::string(kSup[revised]) + " " + kBaseRevised) != std::string::npos);
  // The partners chart marks Japan's implied share with its note.
  const std::string partners =
      chart({{"chart", "partners"}, {"products", {"gallium"}}, {"period", "2025"}, {"width", 800}});
  // (the SVG writes the apostrophe as &#39;)
  CHECK(partners.find("² Test note: Japan&#39;s figure counts shipments") != std::string::npos);
  CHECK(partners.find("60.0% implied²,¹") != std::string::npos);
  // The page's HTML lists the derived figure's note.
  tw::WidgetRequest w;
  w.layout = tw::Layout::full;
  const auto html = tw::widget_html(fixture(), w);
  REQUIRE(html.ok());
  CHECK(html.value().find(kBaseRevised) != std::string::npos);
}

TEST_CASE("derived notes: written back as read") {
  const std::string written = tw::write_dataset_json(fixture());
  CHECK(written.find("{\"flow\": \"export\", \"product\": \"gallium\", \"partner\": \"world\", "
                     "\"period\": \"2025\", \"measure\": \"yoy\", \"note\": \"base-revised\"}") !=
        std::string::npos);
  CHECK(written.find("\"measure\": \"share\", \"note\": [\"jp-basis\", \"prelim\"]}") !=
        std::string::npos);
  REQUIRE(tw::load_dataset(written).ok());
  CHECK(tw::write_dataset_json(tw::test::bundled()).find("derived_notes") == std::string::npos);
}

TEST_CASE("derived notes: bad entries are refused with the path and the value") {
  CHECK(tw::test::load_errors(fixture_with("\"note\": \"base-revised\"}", "\"note\": \"nope\"}")) ==
        std::vector<std::string>{
            "meta.derived_notes[0].note: \"nope\" is not a note id in meta.notes"});
  CHECK(
      tw::test::load_errors(fixture_with("\"note\": [\"jp-basis\", \"prelim\"]",
                                         "\"note\": [\"jp-basis\", \"jp-basis\"]")) ==
      std::vector<std::string>{"meta.derived_notes[1].note[1]: note \"jp-basis\" is listed twice"});
  CHECK(tw::test::load_errors(fixture_with("\"measure\": \"yoy\"", "\"measure\": \"change\"")) ==
        std::vector<std::string>{"meta.derived_notes[0].measure: expected \"volume\", \"yoy\" or "
                                 "\"share\", got \"change\""});
  CHECK(
      tw::test::load_errors(fixture_with("\"note\": [\"jp-basis\", \"prelim\"]", "\"note\": []")) ==
      std::vector<std::string>{"meta.derived_notes[1].note: expected a note id or a non-empty "
                               "list of them, got an empty array"});
  CHECK(
      tw::test::load_errors(fixture_with("\"partner\": \"jp\"", "\"partner\": \"kr\"")) ==
      std::vector<std::string>{
          "meta.derived_notes[1].partner: \"kr\" is not a partner defined in dimensions.partner"});
  // The figure is stated: its note belongs on its row.
  CHECK(tw::test::load_errors(fixture_with("\"measure\": \"yoy\"", "\"measure\": \"volume\"")) ==
        std::vector<std::string>{"meta.derived_notes[0]: observations[0] has this key (export "
                                 "gallium world 2025 volume): put the note on that row"});
}
