#include <catch2/catch.hpp>

#include "test_support.h"
#include "trade_widget/csv.h"

namespace {

/// The lines of a CSV text, without the byte-order mark and CRLF line ends.
std::vector<std::string> lines_of(const std::string& csv) {
  std::vector<std::string> lines;
  std::size_t pos = csv.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  while (pos < csv.size()) {
    const std::size_t end = csv.find("\r\n", pos);
    lines.push_back(csv.substr(pos, end - pos));
    if (end == std::string::npos) break;
    pos = end + 2;
  }
  return lines;
}

std::int32_t find_row(const tw::Dataset& ds, const char* flow, const char* product,
                      const char* partner, const char* period, tw::Measure m) {
  const auto* o =
      ds.find(tw::Dataset::position(ds.flows, flow), tw::Dataset::position(ds.products, product),
              tw::Dataset::position(ds.partners, partner), ds.period_position(period), m);
  return o ? static_cast<std::int32_t>(o - ds.observations.data()) : -1;
}

}  // namespace

TEST_CASE("the CSV starts with a byte-order mark and the documented header") {
  const std::string csv = tw::export_csv(tw::test::bundled(), {});
  CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  CHECK(lines_of(csv) ==
        std::vector<std::string>{
            "flow,product,partner,period,measure,value,source,ref,note,unit,decimals,flow_label_en,"
            "flow_label_zh,product_label_en,product_label_zh,partner_label_en,partner_label_zh,"
            "period_label_en,period_label_zh"});
}

TEST_CASE("values keep the source's digits; labels are in both languages") {
  const auto& ds = tw::test::bundled();
  const auto yoy = find_row(ds, "export", "oxides", "world", "2025-01/2025-09", tw::Measure::yoy);
  const auto share = find_row(ds, "export", "oxides", "us", "2025-01/2025-09", tw::Measure::share);
  const auto magnets = find_row(ds, "export", "magnets", "world", "2025-05", tw::Measure::volume);
  const auto lines = lines_of(tw::export_csv(ds, {yoy, share, magnets}));
  REQUIRE(lines.size() == 4);
  CHECK(lines[1] ==
        "export,oxides,world,2025-01/2025-09,yoy,38.0,antaike,[9][11],,%,1,Exports,出口,Oxides,"
        "氧化物,World,全球,Jan–Sep 2025,2025年1–9月");
  CHECK(lines[2] ==
        "export,oxides,us,2025-01/2025-09,share,40,antaike,[14],,%,0,Exports,出口,Oxides,氧化物,"
        "United States,美国,Jan–Sep 2025,2025年1–9月");
  CHECK(lines[3] ==
        "export,magnets,world,2025-05,volume,1238.47,sm,,,t,2,Exports,出口,Permanent magnets,"
        "永磁体,World,全球,May 2025,2025年5月");
}

TEST_CASE("a null value is an empty cell, never 0, and negative values stay numbers") {
  const auto& ds = tw::test::bundled();
  const auto gap = find_row(ds, "export", "rare-earths", "world", "2024-03", tw::Measure::volume);
  const auto fall =
      find_row(ds, "import", "concentrates", "world", "2025-01/2025-09", tw::Measure::yoy);
  const auto lines = lines_of(tw::export_csv(ds, {gap, fall}));
  REQUIRE(lines.size() == 3);
  CHECK(lines[1].rfind("export,rare-earths,world,2024-03,volume,,,,,t,", 0) == 0);
  CHECK(lines[2].rfind("import,concentrates,world,2025-01/2025-09,yoy,-45.6,antaike,[2][3],,%,",
                       0) == 0);
}

TEST_CASE("every observation of the bundled dataset becomes one record") {
  const auto& ds = tw::test::bundled();
  const auto lines = lines_of(tw::export_csv(ds));
  CHECK(lines.size() == ds.observations.size() + 1);
  CHECK(lines.back().rfind("export,magnets,jp,2025-09,volume,228,ac,,,t,", 0) == 0);
}

TEST_CASE("indexes out of range are skipped, not read") {
  const auto lines = lines_of(tw::export_csv(tw::test::bundled(), {-1, 1 << 30}));
  CHECK(lines.size() == 1);
}

TEST_CASE("RFC 4180: cells with commas, quotes or line breaks are quoted") {
  CHECK(tw::csv_text_cell("plain") == "plain");
  CHECK(tw::csv_text_cell("Korea, Republic of") == "\"Korea, Republic of\"");
  CHECK(tw::csv_text_cell("the \"big\" one") == "\"the \"\"big\"\" one\"");
  CHECK(tw::csv_text_cell("two\nlines") == "\"two\nlines\"");
  CHECK(tw::csv_text_cell("中国, 稀土") == "\"中国, 稀土\"");
}

TEST_CASE("formula injection: text that a spreadsheet would run gets a leading apostrophe") {
  CHECK(tw::csv_text_cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(tw::csv_text_cell("+1") == "'+1");
  CHECK(tw::csv_text_cell("-cmd") == "'-cmd");
  CHECK(tw::csv_text_cell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(tw::csv_text_cell("\tx") == "'\tx");
  CHECK(tw::csv_text_cell("a=b") == "a=b");
  // Already-guarded-looking text gets one more apostrophe, so that unguarding restores it.
  CHECK(tw::csv_text_cell("'=x") == "''=x");
  CHECK(tw::csv_text_cell("'quoted'") == "'quoted'");
  for (const char* text : {"=1+2", "'=x", "''-y", "'plain", "-", "@", "plain"}) {
    std::string cell = tw::csv_text_cell(text);
    if (cell.front() == '"') cell = cell.substr(1, cell.size() - 2);
    CHECK(tw::csv_unguard(cell) == text);
  }
}

TEST_CASE("a hostile label is neutralised in the exported row") {
  auto loaded = tw::load_dataset(tw::test::dataset_with_rows(
      R"(["export", "a", "x", "2025", "volume", 5, "s1", "=cmd|' /C calc'!A0", null])"));
  REQUIRE(loaded.ok());
  const auto lines = lines_of(tw::export_csv(loaded.value()));
  REQUIRE(lines.size() == 2);
  CHECK(lines[1] ==
        "export,a,x,2025,volume,5,s1,'=cmd|' /C calc'!A0,,t,0,Exports,出口,A,甲,Xland,X国,2025,"
        "2025年");
}

TEST_CASE("plain numbers have exactly the given digits after the point") {
  CHECK(tw::plain_number(38.0, 1) == "38.0");
  CHECK(tw::plain_number(48000, 0) == "48000");
  CHECK(tw::plain_number(-0.4, 1) == "-0.4");
  CHECK(tw::plain_number(1238.47, 2) == "1238.47");
  CHECK(tw::plain_number(std::numeric_limits<double>::quiet_NaN(), 1).empty());
}
