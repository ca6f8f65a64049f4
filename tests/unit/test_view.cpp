#include <catch2/catch.hpp>

#include "fixture_support.h"
#include "test_support.h"
#include "trade_widget/view.h"

namespace {
using nlohmann::json;

const tw::Dataset& ds() { return tw::test::bundled(); }

json view(const std::string& request) { return tw::test::view_of(tw::test::bundled(), request); }

using tw::test::card;

std::vector<std::string> errors_of(const std::string& request) {
  std::vector<std::string> out;
  const auto r = tw::parse_view_request(request);
  if (!r.ok()) {
    for (const auto& d : r.errors()) out.push_back(d.path + ": " + d.message);
    return out;
  }
  const auto v = tw::make_view(ds(), r.value());
  for (const auto& d : v.errors()) out.push_back(d.path + ": " + d.message);
  return out;
}
}  // namespace

TEST_CASE("the default view shows the default flow and period over every product") {
  const json v = view("{}");
  CHECK(v["view"] == "volumes");
  CHECK(v["flows"] == json::array({"export"}));
  CHECK(v["products"].size() == ds().products.size());
  CHECK(v["periodLabel"] == "Jan–Sep 2025");
  CHECK(v["narrative"].get<std::string>().find(
            "Exports of rare earth oxides rose 38.0% year on year to 24,151.3 t; the United "
            "States was the largest of those reported, with 40%; the others are not reported.") !=
        std::string::npos);
  // Export cards of the five products the sources give figures for, in dataset order.
  std::vector<std::string> products;
  for (const json& c : v["cards"]) products.push_back(c["product"]);
  CHECK(products == std::vector<std::string>{"rare-earths", "separation-products", "metals-alloys",
                                             "oxides", "magnets"});
}

TEST_CASE("a card carries the volume, the signed change and the top partner with its share") {
  const json v = view(R"({"flows": ["export"]})");
  const json* oxides = card(v, "export", "oxides");
  REQUIRE(oxides);
  CHECK((*oxides)["productLabel"] == "Oxides");
  CHECK((*oxides)["code"] == "HS 2846.90");
  CHECK((*oxides)["volume"]["text"] == "24,151.3 t");
  CHECK((*oxides)["yoy"]["text"] == "+38.0%");
  CHECK((*oxides)["yoy"]["derived"] == false);
  CHECK((*oxides)["topPartner"] == "United States");
  CHECK((*oxides)["topShare"]["text"] == "40%");
  CHECK((*oxides)["volume"]["source"]["publisher"] == "Zhitong Finance");
  CHECK((*oxides)["volume"]["ref"] == "[9][11]");
}

TEST_CASE("a derived figure is marked and says what it was computed from") {
  const json v = view(R"({"flows": ["export"], "products": ["rare-earths"]})");
  const json* total = card(v, "export", "rare-earths");
  REQUIRE(total);
  CHECK((*total)["yoy"]["text"] == "+12.6%");
  CHECK((*total)["yoy"]["derived"] == true);
  REQUIRE((*total)["yoy"]["from"].size() == 2);
  CHECK((*total)["yoy"]["from"][0]["text"] == "48,355.7 t");
  CHECK((*total)["yoy"]["from"][1]["text"] == "42,936 t");
  CHECK((*total)["yoy"]["from"][1]["period"] == "Jan–Sep 2024");
  // The sources of both inputs join the source line.
  std::vector<std::string> publishers;
  for (const json& s : v["sources"]) publishers.push_back(s["publisher"]);
  CHECK(publishers == std::vector<std::string>{"cnyes.com", "MINING.COM"});
}

TEST_CASE("a figure no source gives reads 'not reported', never zero") {
  const json v = view(R"({"flows": ["import"], "products": ["compounds"]})");
  const json* compounds = card(v, "import", "compounds");
  REQUIRE(compounds);
  CHECK((*compounds)["volume"]["text"] == "not reported");
  CHECK((*compounds)["volume"]["present"] == false);
  CHECK_FALSE((*compounds)["volume"].contains("value"));
  CHECK((*compounds)["topPartner"] == "Malaysia");
  CHECK((*compounds)["topShare"]["text"] == "64.3%");
}

TEST_CASE("both flows give import cards first, then export cards") {
  const json v = view(R"({"flows": ["import", "export"]})");
  REQUIRE(v["cards"].size() == 10);
  CHECK(v["cards"][0]["flow"] == "import");
  CHECK(v["cards"][9]["flow"] == "export");
  CHECK(card(v, "import", "concentrates")->at("volume")["text"] == "23,537.7 t");
  CHECK(card(v, "import", "concentrates")->at("yoy")["text"] == "\u221245.6%");
  CHECK(card(v, "import", "concentrates")->at("topShare")["text"] == "99.3%");
}

TEST_CASE("the view in Chinese") {
  const json v = view(R"({"lang": "zh", "products": ["oxides"]})");
  CHECK(v["narrative"] ==
        "稀土氧化物出口24,151.3吨，同比增长38.0%，已报告的伙伴中美国占比最大，为40%"
        "，其他伙伴未报告。");
  const json* oxides = card(v, "export", "oxides");
  REQUIRE(oxides);
  CHECK((*oxides)["productLabel"] == "氧化物");
  CHECK((*oxides)["flowLabel"] == "出口");
  CHECK((*oxides)["topPartner"] == "美国");
  CHECK(v["periodLabel"] == "2025年1–9月");
}

TEST_CASE("the table lists every stated row of the selection, partners included") {
  const json v = view(R"({"flows": ["export"], "products": ["magnets"], "view": "yoy"})");
  std::vector<std::string> readings;
  for (const json& r : v["rows"]) {
    readings.push_back(r["partner"].get<std::string>() + " " + r["measure"].get<std::string>() +
                       " " + r["text"].get<std::string>());
  }
  CHECK(readings == std::vector<std::string>{"World yoy \u22127.5%",
                                             "United States yoy \u221224.0%",
                                             "World volume 39,817 t"});
  CHECK(v["rows"][2]["source"]["publisher"] == "Liberty Times Net");
  CHECK(v["rows"][2]["noteNumber"] == 1);
  REQUIRE(v["notes"].size() == 1);
  CHECK(v["notes"][0]["id"] == "magnets-9m25-customs");
  CHECK(v["notes"][0]["number"] == 1);
}

TEST_CASE("the monthly view lists months and the combined Jan–Feb, gaps included") {
  const json v = view(R"({"flows": ["export"], "products": ["rare-earths"], "view": "monthly"})");
  std::vector<std::string> periods;
  for (const json& r : v["rows"]) periods.push_back(r["period"]);
  REQUIRE(periods.size() == 22);
  CHECK(periods.front() == "Jan–Feb 2024");
  CHECK(periods[1] == "Mar 2024");
  CHECK(periods.back() == "Dec 2025");
  CHECK(std::find(periods.begin(), periods.end(), "2024") == periods.end());
  CHECK(std::find(periods.begin(), periods.end(), "Jan–Sep 2025") == periods.end());
  CHECK(v["rows"][1]["text"] == "not reported");
  CHECK(v["rows"][1]["present"] == false);
  // The cards still summarise the period.
  CHECK(card(v, "export", "rare-earths")->at("volume")["text"] == "48,355.7 t");
}

TEST_CASE("view_observations are the rows of the view, for the CSV export") {
  const auto r = tw::parse_view_request(R"({"flows": ["import"], "view": "yoy"})");
  REQUIRE(r.ok());
  const auto obs = tw::view_observations(ds(), r.value());
  REQUIRE(obs.ok());
  CHECK(obs.value().size() == view(R"({"flows": ["import"], "view": "yoy"})")["rows"].size());
  for (std::int32_t i : obs.value()) {
    CHECK(ds().flows[ds().observations[static_cast<std::size_t>(i)].flow].id == "import");
  }
}

TEST_CASE("a bad request names the field and the value") {
  CHECK(errors_of("[1]") == std::vector<std::string>{"request: expected a JSON object"});
  CHECK(errors_of("{") == std::vector<std::string>{"request: expected a JSON object"});
  CHECK(errors_of(R"({"view": "pie"})") ==
        std::vector<std::string>{
            "request.view: unknown view \"pie\"; expected volumes, yoy, shares or monthly"});
  CHECK(errors_of(R"({"lang": "fr"})") ==
        std::vector<std::string>{"request.lang: expected \"en\" or \"zh\", got \"fr\""});
  CHECK(errors_of(R"({"flows": "export"})") ==
        std::vector<std::string>{"request.flows: expected an array of ids, got \"export\""});
  CHECK(errors_of(R"({"products": ["oxides", 3]})") ==
        std::vector<std::string>{"request.products[1]: expected an id (a string), got 3"});
  CHECK(errors_of(R"({"period": 2025})") ==
        std::vector<std::string>{"request.period: expected a string, got 2025"});
  const auto unknown = errors_of(R"({"products": ["oxides", "gold"]})");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].find("gold") != std::string::npos);
}

TEST_CASE("describe_dataset gives the controls' labels and the views") {
  tw::JsonWriter reply;
  tw::write_description(reply, ds(), tw::Lang::zh);
  const json d = json::parse(reply.str());
  CHECK(d["title"] == "2025年1–9月中国稀土进出口");
  CHECK(d["defaultFlow"] == "export");
  CHECK(d["views"] == json::array({"volumes", "yoy", "shares", "monthly"}));
  CHECK(d["products"][4]["label"] == "氧化物");
}

TEST_CASE("the view lists the charts it shows, one per product that has figures for it") {
  const json volumes = view(R"({"flows": ["import", "export"]})");
  REQUIRE(volumes["charts"].size() == 1);
  CHECK(volumes["charts"][0]["chart"] == "volumes");
  CHECK(volumes["charts"][0]["flows"] == json::array({"import", "export"}));
  CHECK(volumes["charts"][0]["period"] == "2025-01/2025-09");

  const json monthly_view = view(R"({"view": "monthly"})");
  std::vector<std::string> monthly;
  for (const json& c : monthly_view["charts"]) monthly.push_back(c["product"]);
  CHECK(monthly == std::vector<std::string>{"rare-earths", "magnets"});

  const json shares_view = view(R"({"view": "shares", "lang": "zh"})");
  std::vector<std::string> shares;
  for (const json& c : shares_view["charts"]) {
    shares.push_back(c["chart"].get<std::string>() + " " + c["product"].get<std::string>() + " " +
                     c["period"].get<std::string>());
    CHECK(c["lang"] == "zh");
  }
  CHECK(shares == std::vector<std::string>{"shares metals-alloys 2025-01/2025-09",
                                           "shares oxides 2025-01/2025-09",
                                           "partners magnets 2025-01/2025-06",
                                           "partners magnets 2025", "partners magnets 2025-09"});
}

TEST_CASE("the shares view's table adds the partner breakdown it draws") {
  const json v = view(R"({"products": ["magnets"], "view": "shares"})");
  std::vector<std::string> sep;
  for (const json& r : v["rows"]) {
    if (r["period"] == "Sep 2025")
      sep.push_back(r["partner"].get<std::string>() + " " + r["text"].get<std::string>());
  }
  CHECK(sep == std::vector<std::string>{"World 5,774 t", "Germany 1,288 t", "South Korea 854 t",
                                        "Vietnam 456 t", "United States 420 t", "Japan 228 t"});
  // Every period with a partner figure has its breakdown, one partner's figure alone included.
  CHECK(v["tablePeriods"] == json::array({"Jan–Sep 2025", "H1 2025", "2025", "Sep 2025"}));
}
