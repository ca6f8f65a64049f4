// The fixture datasets (tests/fixtures/datasets/*.json, every file of the folder, so that new
// fixtures are picked up): each is marked as test data and loads; each gets golden SVGs at 360
// and 800 px of every chart of every view it offers, in English and Chinese
// (tests/golden/fixtures/), and its narrative in both languages as golden text; and every
// figure it holds reaches a view a reader can open. A mismatch writes NAME-changed.* beside the
// golden file; UPDATE_GOLDEN=1 rewrites the golden files (look at them before committing).
#include <dirent.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>

#include "fixture_support.h"
#include "trade_widget/chart.h"
#include "trade_widget/view.h"

namespace {

using nlohmann::json;

bool update_golden() {
  const char* env = std::getenv("UPDATE_GOLDEN");
  return env != nullptr && std::string(env) == "1";
}

bool write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

/// Compares `actual` with tests/golden/fixtures/NAME (or rewrites it under UPDATE_GOLDEN=1).
void check_golden(const std::string& name, const std::string& actual) {
  const std::string relative = "tests/golden/fixtures/" + name;
  const std::string path = tw::test::source_path(relative);
  const std::size_t dot = name.rfind('.');
  const std::string changed = tw::test::source_path("tests/golden/fixtures/" + name.substr(0, dot) +
                                                    "-changed" + name.substr(dot));
  if (update_golden()) {
    REQUIRE(write(path, actual));
    std::remove(changed.c_str());
  }
  const std::string expected = tw::test::read_fixture(relative);
  INFO(name << ": differs from the golden file; see " << changed
            << " (UPDATE_GOLDEN=1 accepts it)");
  if (expected != actual) {
    write(changed, actual);
  } else {
    std::remove(changed.c_str());
  }
  CHECK(expected == actual);
}

const char* lang_id(tw::Lang lang) { return lang == tw::Lang::zh ? "zh" : "en"; }

}  // namespace

TEST_CASE("fixture datasets: the folder holds them, each marked as test data, each loads") {
  const auto names = tw::test::fixture_names();
  REQUIRE(names.size() >= 11);
  for (const std::string& name : names) {
    INFO(name);
    const tw::Dataset ds = tw::test::load_fixture(name);
    for (const tw::Lang lang : {tw::Lang::en, tw::Lang::zh}) {
      const std::string mark =
          lang == tw::Lang::zh ? "测试数据——并非真实数字" : "Test fixture — not real figures";
      CHECK(ds.meta.title.in(lang).find(mark) != std::string::npos);
      CHECK(ds.meta.subtitle.in(lang).find(mark) != std::string::npos);
      for (const tw::Source& s : ds.meta.sources) {
        CHECK(s.publisher.in(lang).find(mark) != std::string::npos);
      }
    }
  }
}

TEST_CASE("fixture datasets: golden SVGs of every offered view's charts at 360 and 800 px") {
  for (const std::string& name : tw::test::fixture_names()) {
    const tw::Dataset ds = tw::test::load_fixture(name);
    for (const tw::Lang lang : {tw::Lang::en, tw::Lang::zh}) {
      tw::ViewRequest first;
      first.lang = lang;
      const auto offered = tw::make_view(ds, first);
      REQUIRE(offered.ok());
      for (const tw::ViewKind kind : offered.value().views) {
        tw::ViewRequest request = first;
        request.kind = kind;
        const std::string view = tw::view_kind_id(kind);
        // The chart requests as the page reads them from the view reply.
        const json charts = tw::test::view_of(ds, request)["charts"];
        INFO(name << " " << view << " " << lang_id(lang));
        // An offered view draws at least one chart: none is offered empty.
        CHECK(!charts.empty());
        for (std::size_t i = 0; i < charts.size(); ++i) {
          for (const int width : {360, 800}) {
            json r = charts[i];
            r["width"] = width;
            const auto chart = tw::parse_chart_request(r.dump());
            REQUIRE(chart.ok());
            const auto svg = tw::render_chart_svg(ds, chart.value());
            REQUIRE(svg.ok());
            check_golden(name + "-" + view + "-" + std::to_string(i + 1) + "-" + lang_id(lang) +
                             "-" + std::to_string(width) + ".svg",
                         svg.value());
          }
        }
      }
    }
  }
}

TEST_CASE("fixture datasets: the narrative of the first view in English and Chinese") {
  for (const std::string& name : tw::test::fixture_names()) {
    const tw::Dataset ds = tw::test::load_fixture(name);
    std::string text;
    for (const tw::Lang lang : {tw::Lang::en, tw::Lang::zh}) {
      tw::ViewRequest request;
      request.lang = lang;
      const auto view = tw::make_view(ds, request);
      REQUIRE(view.ok());
      const std::string narrative = view.value().narrative;
      INFO(name << " " << lang_id(lang));
      CHECK(!narrative.empty());  // a loaded dataset always says something
      text += std::string(lang_id(lang)) + ": " + narrative + "\n";
    }
    check_golden(name + "-narrative.txt", text);
  }
}

TEST_CASE("fixture datasets and the bundled one: every figure reaches a view a reader can open") {
  std::vector<std::pair<std::string, tw::Dataset>> all;
  for (const std::string& name : tw::test::fixture_names()) {
    all.emplace_back(name, tw::test::load_fixture(name));
  }
  all.emplace_back("bundled", tw::test::bundled());
  for (const auto& [name, ds] : all) {
    const std::set<std::int32_t> reached = tw::test::reachable_observations(ds);
    for (std::size_t i = 0; i < ds.observations.size(); ++i) {
      const tw::Observation& o = ds.observations[i];
      if (!o.has_value()) continue;
      INFO(name << ": observations[" << i << "] (" << ds.flows[o.flow].id << ", "
                << ds.products[o.product].id << ", " << ds.partners[o.partner].id << ", "
                << ds.periods[o.period].id << ", " << tw::measure_id(o.measure)
                << ") is in no view a reader can open");
      CHECK(reached.count(static_cast<std::int32_t>(i)) == 1);
    }
  }
}
