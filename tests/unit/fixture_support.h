// The fixture datasets of tests/fixtures/datasets/ for the core tests: their names (every .json
// file of the folder), loading one, and which figures the views a reader can open list.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "test_support.h"
#include "trade_widget/chart.h"
#include "trade_widget/scene.h"
#include "trade_widget/view.h"

namespace tw::test {

/// The fixtures' names (file names without ".json"), sorted.
std::vector<std::string> fixture_names();

/// The fixture dataset NAME; a fixture that does not load fails the test that asks for it.
Dataset load_fixture(const std::string& name);

/// The text of fixture NAME with one piece replaced; fails the test when the piece is not there.
std::string fixture_with(const std::string& name, const std::string& from, const std::string& to);

/// "path: message" of each diagnostic.
std::vector<std::string> messages(const std::vector<Diagnostic>& list);
/// messages() of the errors of loading text; fails the test when it loads.
std::vector<std::string> load_errors(const std::string& text);

/// The observations listed by some view a reader can open: every flow (and both together),
/// every partner offered (and none), every period offered and every view offered for them.
std::set<std::int32_t> reachable_observations(const Dataset& ds);

// Questions the fault tests ask of views and chart scenes.

/// The view reply the page reads (write_view of make_view), read back as a tree; fails the test
/// on an error.
nlohmann::json view_of(const Dataset& ds, const ViewRequest& request);
/// The same for a request written as JSON.
nlohmann::json view_of(const Dataset& ds, const std::string& request);
/// The card of a flow and a product in a view reply, or nullptr.
const nlohmann::json* card(const nlohmann::json& view, const std::string& flow,
                           const std::string& product);
/// chart_scene of a request written as JSON; fails the test on an error.
Scene scene_of(const Dataset& ds, const std::string& request);
/// A request for CHART of one flow's PRODUCTS (empty: all) in PERIOD, in LANG, 800 px wide.
ChartRequest chart_request(const std::string& chart, const std::string& flow,
                           std::vector<std::string> products, const std::string& period, Lang lang);
/// The SVG a reader gets (render_chart_svg); fails the test on an error.
std::string svg_of(const Dataset& ds, const ChartRequest& request);
std::vector<const Mark*> with_role(const Scene& s, const std::string& role);
std::vector<std::string> texts_with_role(const Scene& s, const std::string& role);
bool contains(const std::string& text, const std::string& part);
/// Data marks (line segments, points, spans) that a box covers.
int data_marks_under(const Scene& s, const Box& box);
/// The value at a y coordinate of a monthly chart, read off its own value-axis labels.
double value_at(const Scene& s, double y);

}  // namespace tw::test
