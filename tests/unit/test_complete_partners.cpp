// meta.complete_partners ("only Japan and Korea"): the named partners' shares are complete, so
// they need no "others", shares come from their volumes when no total is stated, and the largest
// is the top partner (which fault 2 refuses from partial data). Errors name the path and value.
#include <catch2/catch.hpp>

#include "fixture_support.h"
#include "test_support.h"
#include "trade_widget/chart.h"
#include "trade_widget/format.h"
#include "trade_widget/query.h"
#include "trade_widget/summary.h"
#include "trade_widget/view.h"
#include "trade_widget/view_html.h"
#include "trade_widget/write_json.h"

namespace {
using nlohmann::json;

const tw::Dataset& fixture() {
  static const tw::Dataset ds = tw::test::load_fixture("complete-partners");
  return ds;
}

int product(const char* id) { return tw::Dataset::position(fixture().products, id); }
int partner(const char* id) { return tw::Dataset::position(fixture().partners, id); }
int period(const char* id) { return fixture().period_position(id); }

std::string fixture_with(const std::string& from, const std::string& to) {
  return tw::test::fixture_with("complete-partners", from, to);
}

const json& card(const json& v, const std::string& product_id) {
  for (const json& c : v["cards"]) {
    if (c["product"] == product_id) return c;
  }
  FAIL("no card for " << product_id);
  return v;
}

/// The SVG of the partners chart of exports of one product in 2025.
std::string partners_chart(const char* product_id, tw::Lang lang) {
  return tw::test::svg_of(
      fixture(), tw::test::chart_request("partners", "export", {product_id}, "2025", lang));
}
}  // namespace

TEST_CASE("complete partners: shares from the named partners' volumes, no others, a top partner") {
  const tw::Dataset& ds = fixture();
  REQUIRE(ds.meta.complete_partners.size() == 1);
  const tw::Figure jp =
      tw::partner_share(ds, tw::Cell{0, product("gallium"), partner("jp"), period("2025")});
  REQUIRE(jp.present());
  CHECK(jp.origin == tw::Origin::derived);
  CHECK(tw::format_share(jp, tw::Lang::en) == "60.6%");  // 21.5 / (21.5 + 14)
  const tw::PartnerBreakdown b = tw::partner_breakdown(ds, 0, product("gallium"), period("2025"));
  CHECK(b.complete);
  CHECK(b.only != nullptr);
  CHECK_FALSE(b.others.present());
  CHECK(b.top_partner == partner("jp"));
  const tw::KeyFigure kf = tw::key_figure(ds, 0, product("gallium"), period("2025"));
  CHECK(kf.top_established);
  // Without the statement (germanium: one minor partner's share), fault 2's refusal stands.
  const tw::KeyFigure partial = tw::key_figure(ds, 0, product("germanium"), period("2025"));
  CHECK_FALSE(partial.top_established);
  CHECK(tw::partner_breakdown(ds, 0, product("germanium"), period("2025")).others.present());
}

TEST_CASE("complete partners: the narrative, the card and the chart say the partners are all") {
  const tw::Dataset& ds = fixture();
  const std::string en =
      tw::sentence(ds, tw::key_figure(ds, 0, product("gallium"), period("2025")), tw::Lang::en);
  CHECK(en.find("Japan accounted for 60.6% (implied); Test fixture — not real figures names only "
                "Japan and South Korea") != std::string::npos);
  CHECK(en.find("largest of those reported") == std::string::npos);
  const std::string zh =
      tw::sentence(ds, tw::key_figure(ds, 0, product("gallium"), period("2025")), tw::Lang::zh);
  CHECK(zh.find("其中日本占60.6%（推算）；测试数据——并非真实数字称仅有日本和韩国") !=
        std::string::npos);
  const json v = tw::test::view_of(ds, R"({"period": "2025"})");
  CHECK(card(v, "gallium")["topEstablished"] == true);
  CHECK(card(v, "germanium")["topEstablished"] == false);
  const std::string chart = partners_chart("gallium", tw::Lang::en);
  CHECK(chart.find("names these as the only partners.") != std::string::npos);
  CHECK(chart.find("Other partners or not reported") == std::string::npos);
  CHECK(partners_chart("gallium", tw::Lang::zh).find("称仅有这些伙伴，无其他伙伴。") !=
        std::string::npos);
  CHECK(partners_chart("germanium", tw::Lang::en).find("Other partners or not reported") !=
        std::string::npos);
  tw::WidgetRequest page;
  page.view = tw::parse_view_request(R"({"period": "2025"})").value();
  page.layout = tw::Layout::full;
  const std::string html = tw::widget_html(ds, page).value();
  const std::size_t at = html.find("data-product=\"gallium\"");
  REQUIRE(at != std::string::npos);
  const std::string gallium_card = html.substr(at, html.find("</li>", at) - at);
  CHECK(gallium_card.find("Top partner") != std::string::npos);
}

TEST_CASE("complete partners: written back as read") {
  const std::string written = tw::write_dataset_json(fixture());
  CHECK(written.find("\"complete_partners\": [\n      {\"flow\": \"export\", \"product\": "
                     "\"gallium\", \"period\": \"2025\", \"partners\": [\"jp\", \"kr\"], "
                     "\"source\": \"fixture\", \"ref\": \"[3]\"}") != std::string::npos);
  const auto again = tw::load_dataset(written);
  REQUIRE(again.ok());
  CHECK(again.value().meta.complete_partners.at(0).partners.size() == 2);
  CHECK(tw::write_dataset_json(tw::test::bundled()).find("complete_partners") == std::string::npos);
}

TEST_CASE("complete partners: bad statements are refused with the path and the value") {
  CHECK(tw::test::load_errors(
            fixture_with("\"partners\": [\"jp\", \"kr\"]", "\"partners\": [\"jp\", \"xx\"]")) ==
        std::vector<std::string>{"meta.complete_partners[0].partners[1]: \"xx\" is not a partner "
                                 "defined in dimensions.partner"});
  CHECK(tw::test::load_errors(
            fixture_with("\"partners\": [\"jp\", \"kr\"]", "\"partners\": [\"jp\", \"world\"]")) ==
        std::vector<std::string>{"meta.complete_partners[0].partners[1]: \"world\" is an "
                                 "aggregate partner (a total); list the partners that make it up"});
  CHECK(tw::test::load_errors(
            fixture_with("\"partners\": [\"jp\", \"kr\"]", "\"partners\": [\"jp\", \"jp\"]")) ==
        std::vector<std::string>{
            "meta.complete_partners[0].partners[1]: partner \"jp\" is listed twice"});
  CHECK(tw::test::load_errors(fixture_with("\"partners\": [\"jp\", \"kr\"]", "\"partners\": []")) ==
        std::vector<std::string>{"meta.complete_partners[0].partners: expected a non-empty array "
                                 "of partner ids (the only partners the source names), got an "
                                 "empty array"});
  CHECK(tw::test::load_errors(fixture_with("\"period\": \"2025\", \"partners\"",
                                           "\"period\": \"2026\", \"partners\"")) ==
        std::vector<std::string>{"meta.complete_partners[0].period: \"2026\" is not a period "
                                 "defined in dimensions.period"});
  CHECK(tw::test::load_errors(
            fixture_with("\"source\": \"fixture\", \"ref\": \"[3]\"}", "\"ref\": \"[3]\"}")) ==
        std::vector<std::string>{"meta.complete_partners[0].source: expected a non-empty string, "
                                 "but the field is missing"});
  // Only Japan and Korea, but a row gives Germany a figure for the same cell.
  CHECK(tw::test::load_errors(
            fixture_with("[\"export\", \"gallium\", \"kr\", \"2025\", \"volume\", 14, "
                         "\"fixture\", \"[3]\", null],",
                         "[\"export\", \"gallium\", \"kr\", \"2025\", \"volume\", 14, "
                         "\"fixture\", \"[3]\", null],\n"
                         "    [\"export\", \"gallium\", \"de\", \"2025\", \"volume\", 2, "
                         "\"fixture\", null, null],")) ==
        std::vector<std::string>{"observations[2]: partner \"de\" has a figure for export gallium "
                                 "2025, but meta.complete_partners[0] names the only partners: "
                                 "jp, kr"});
}
