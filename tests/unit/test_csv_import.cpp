#include <catch2/catch.hpp>

#include "test_support.h"
#include "trade_widget/csv.h"
#include "trade_widget/csv_import.h"
#include "trade_widget/write_json.h"

namespace {

const char* const kHeader = "flow,product,partner,period,measure,value,source,ref,note\n";

/// The small test dataset's meta and dimensions (no observations) as a meta file.
std::string test_meta() { return tw::test::dataset_with_rows(""); }

std::vector<std::string> messages(const std::vector<tw::Diagnostic>& list) {
  std::vector<std::string> out;
  for (const auto& d : list) out.push_back(d.to_string());
  return out;
}

tw::Result<tw::CsvImport> import(const std::string& csv, const std::string& meta = test_meta()) {
  return tw::import_csv(csv, meta, {});
}

}  // namespace

TEST_CASE("import(export(x)) reproduces the bundled file byte for byte") {
  const auto& ds = tw::test::bundled();
  tw::Dataset meta_only = ds;
  meta_only.observations.clear();
  const auto result = tw::import_csv(tw::export_csv(ds), tw::write_dataset_json(meta_only));
  INFO(messages(result.errors()).size());
  REQUIRE(result.ok());
  CHECK(result.warnings().empty());
  CHECK(result.value().json == tw::test::read_fixture("public/data/china-rare-earths-2025.json"));
  CHECK(result.value().dataset.observations.size() == ds.observations.size());
}

TEST_CASE("an empty value cell is null, never 0; digits are kept as written") {
  const auto r = import(std::string(kHeader) +
                        "export,a,x,2025,volume,,,,\n"
                        "export,a,y,2025,volume,38.0,s1,[2],n1\n");
  REQUIRE(r.ok());
  const auto& obs = r.value().dataset.observations;
  REQUIRE(obs.size() == 2);
  CHECK_FALSE(obs[0].has_value());
  CHECK(obs[0].source == tw::kNone);
  CHECK(obs[1].value == 38.0);
  CHECK(obs[1].decimals == 1);
  CHECK(r.value().json.find(R"(["export", "a", "x", "2025", "volume", null, null, null, null],)") !=
        std::string::npos);
  CHECK(r.value().json.find(R"(["export", "a", "y", "2025", "volume", 38.0, "s1", "[2]", "n1"])") !=
        std::string::npos);
}

TEST_CASE("a value that is not a number names the line, the column and the value") {
  const auto r = import(std::string(kHeader) +
                        "export,a,x,2025,volume,5,s1,,\n"
                        "export,a,y,2025,volume,\"12,3\",s1,,\n"
                        "export,b,x,2025,volume,n/a,,,\n"
                        "export,b,y,2025,share,12%,s1,,\n"
                        "export,a,x,2024,yoy,\xE2\x88\x92"
                        "7.5,s1,,\n");
  REQUIRE_FALSE(r.ok());
  CHECK(messages(r.errors()) ==
        std::vector<std::string>{
            "data.csv:3: column \"value\": expected a number or empty, got \"12,3\" (write the "
            "number without thousands separators, with a decimal point: 1234.5)",
            "data.csv:4: column \"value\": expected a number or empty, got \"n/a\" (leave the cell "
            "empty when no source gives the figure)",
            "data.csv:5: column \"value\": expected a number or empty, got \"12%\" (write the "
            "number without the % sign)",
            "data.csv:6: column \"value\": expected a number or empty, got \"\xE2\x88\x92"
            "7.5\" "
            "(use the ASCII minus sign -)"});
}

TEST_CASE("ids that the meta file does not define are named with the file to fix") {
  tw::CsvImportOptions options;
  options.csv_name = "march.csv";
  options.meta_name = "customs.meta.json";
  const auto r = tw::import_csv(std::string(kHeader) +
                                    "export,a,x,2025,volume,5,gs,,\n"
                                    "export,a,y,2025,volume,6,s1,,n9\n"
                                    "export,a,y,2025,tonnes,6,s1,,\n",
                                test_meta(), options);
  REQUIRE_FALSE(r.ok());
  CHECK(messages(r.errors()) ==
        std::vector<std::string>{
            "march.csv:2: column \"source\": unknown source \"gs\" (add it to meta.sources in "
            "customs.meta.json)",
            "march.csv:3: column \"note\": unknown note \"n9\" (add it to meta.notes in "
            "customs.meta.json)",
            "march.csv:4: column \"measure\": expected volume, yoy or share, got \"tonnes\""});
}

TEST_CASE("a new month is created from the label columns") {
  const std::string header =
      "flow,product,partner,period,measure,value,source,ref,note,period_label_en,period_label_zh\n";
  const auto r = import(header +
                        "export,a,world,2025-12,volume,4392,s1,,,Dec 2025,2025年12月\n"
                        "export,b,world,2025-12,volume,,,,,Dec 2025,2025年12月\n"
                        "export,a,world,2024-01/2024-02,volume,8774,s1,,,Jan–Feb 2024,"
                        "2024年1–2月\n");
  REQUIRE(r.ok());
  const auto& ds = r.value().dataset;
  REQUIRE(ds.periods.size() == 4);  // 2024 and 2025 from the meta file, then the new ones
  CHECK(ds.periods[2].id == "2025-12");
  CHECK(ds.periods[2].label.en == "Dec 2025");
  CHECK(ds.periods[2].label.zh == "2025年12月");
  CHECK(ds.periods[2].months() == 1);
  CHECK(ds.periods[3].months() == 2);
  CHECK(r.value().json.find(R"({"id": "2025-12", "label": {"en": "Dec 2025", "zh": "2025年12月"}, )"
                            R"("start": "2025-12", "end": "2025-12"})") != std::string::npos);
}

TEST_CASE("a new item without both labels, or a new period without months, is refused") {
  const std::string header =
      "flow,product,partner,period,measure,value,source,ref,note,partner_label_en,"
      "partner_label_zh,period_label_en,period_label_zh\n";
  const auto r = import(header +
                        "export,a,kr,2025,volume,5,s1,,,South Korea,,,\n"
                        "export,a,x,Q4 2025,volume,5,s1,,,,,Q4 2025,2025年第四季度\n");
  REQUIRE_FALSE(r.ok());
  CHECK(messages(r.errors()) ==
        std::vector<std::string>{
            "data.csv:2: partner \"kr\" is not in meta.json: give its labels in columns "
            "partner_label_en and partner_label_zh (or add it to dimensions.partner)",
            "data.csv:3: column \"period\": new period \"Q4 2025\" needs an id of the form "
            "YYYY-MM, YYYY-MM/YYYY-MM or YYYY so that its months are known (or add it to "
            "dimensions.period in meta.json)"});
}

TEST_CASE(
    "labels must agree between rows; a changed label replaces the meta file's, with a warning") {
  const std::string header =
      "flow,product,partner,period,measure,value,source,ref,note,product_label_en,"
      "product_label_zh\n";
  const auto conflict = import(header +
                               "export,a,x,2025,volume,5,s1,,,Alpha,甲\n"
                               "export,a,y,2025,volume,6,s1,,,Alfa,甲\n");
  REQUIRE_FALSE(conflict.ok());
  CHECK(messages(conflict.errors()) ==
        std::vector<std::string>{"data.csv:3: column \"product_label_en\": \"Alfa\" differs from "
                                 "\"Alpha\" on line 2 for product \"a\" (one label per item)"});

  const auto renamed = import(header +
                              "export,a,x,2025,volume,5,s1,,,Alpha,甲\n"
                              "export,b,y,2025,volume,6,s1,,,,\n");
  REQUIRE(renamed.ok());
  CHECK(messages(renamed.warnings()) ==
        std::vector<std::string>{"data.csv:2: column \"product_label_en\": \"Alpha\" replaces the "
                                 "label \"A\" of product \"a\" in meta.json"});
  CHECK(renamed.value().dataset.products[0].label.en == "Alpha");
  CHECK(renamed.value().dataset.products[1].label.en == "B");  // empty cells keep the meta label
}

TEST_CASE("two rows for one key name both lines") {
  const auto r = import(std::string(kHeader) +
                        "export,a,x,2025,volume,5,s1,,\n"
                        "export,a,y,2025,volume,5,s1,,\n"
                        "export,a,x,2025,volume,6,s1,,\n");
  REQUIRE_FALSE(r.ok());
  CHECK(messages(r.errors()) ==
        std::vector<std::string>{"data.csv:4: the same flow, product, partner, period and "
                                 "measure as line 2: keep one figure per cell and put the other "
                                 "in a note"});
}

TEST_CASE("quoted cells, CRLF, a byte-order mark and guard apostrophes are read back") {
  const auto r = import(
      "\xEF\xBB\xBF"
      "flow,product,partner,period,measure,value,source,ref,note\r\n"
      "export,a,x,2025,volume,5,s1,\"p. 3, \"\"table\"\"\",\r\n"
      "export,a,y,2025,yoy,-0.5,s1,'=A1,\r\n"
      "\r\n"
      ",,,,,,,,\r\n"
      "export,b,x,2025,volume,\"7\",s1,\"two\r\nlines\",n1\r\n");
  REQUIRE(r.ok());
  const auto& ds = r.value().dataset;
  REQUIRE(ds.observations.size() == 3);
  CHECK(ds.refs[static_cast<std::size_t>(ds.observations[0].ref)] == "p. 3, \"table\"");
  CHECK(ds.refs[static_cast<std::size_t>(ds.observations[1].ref)] == "=A1");
  CHECK(ds.refs[static_cast<std::size_t>(ds.observations[2].ref)] == "two\r\nlines");
}

TEST_CASE("broken CSV files name the line") {
  CHECK(messages(import("").errors()) ==
        std::vector<std::string>{"data.csv:1: the file is empty (expected a header line: "
                                 "flow,product,partner,...)"});
  CHECK(messages(import("flow;product;partner;period;measure;value\n").errors()) ==
        std::vector<std::string>{"data.csv:1: the header has one column "
                                 "\"flow;product;partner;period;measure;valu…\": the file uses ; "
                                 "between cells; save it as \"CSV UTF-8 (comma delimited)\""});
  CHECK(messages(import("flow,product,partner,period,measure,valeu\n").errors()) ==
        std::vector<std::string>{
            "data.csv:1: unknown column \"valeu\" (cell 6); the columns are: flow, product, "
            "partner, period, measure, value, source, ref, note, unit, decimals, flow_label_en, "
            "flow_label_zh, product_label_en, product_label_zh, partner_label_en, "
            "partner_label_zh, period_label_en, period_label_zh, qualifier",
            "data.csv:1: missing column \"value\""});
  CHECK(messages(import(std::string(kHeader) + "export,a,x,2025,volume,5,s1\n").errors()) ==
        std::vector<std::string>{"data.csv:2: expected 9 cells as in the header line, got 7"});
  CHECK(messages(import(std::string(kHeader) + "export,a,x,2025,volume,5,s1,\"[2],\n").errors()) ==
        std::vector<std::string>{"data.csv:2: a quoted cell is never closed (a \" is missing)"});
  CHECK(messages(
            import(std::string(kHeader) + "export,a,x,2025,volume,5,s1,12\" pipe,\n").errors()) ==
        std::vector<std::string>{"data.csv:2: a quote inside cell 8, which does not start with a "
                                 "quote (quote the whole cell and double the quote: \"12\"\" "
                                 "pipe\")"});
  CHECK(messages(import(std::string(kHeader) + "export,a,x,2025,volume,5,s1,\xC4,\n").errors()) ==
        std::vector<std::string>{
            "data.csv:2: column \"ref\": invalid UTF-8 at byte 86 (0xC4; the cell reads \"Ä\" in "
            "Windows-1252): the file was saved in another character set (such as Windows-1252, "
            "\"Western Europe\"), which turns Chinese into ?; save it again with the character set "
            "UTF-8 (Excel: \"CSV UTF-8\")"});
  CHECK(messages(import(kHeader).errors()) ==
        std::vector<std::string>{"data.csv:2: no observation rows after the header line"});
}

TEST_CASE("the unit column must match the measure") {
  const std::string header = "flow,product,partner,period,measure,value,source,ref,note,unit\n";
  CHECK(import(header + "export,a,x,2025,volume,5,s1,,,t\nexport,a,x,2024,yoy,5,s1,,,%\n"
                        "export,a,y,2025,volume,5,s1,,,吨\nexport,a,y,2024,volume,5,s1,,,\n")
            .ok());
  CHECK(messages(import(header + "export,a,x,2025,volume,5,s1,,,kg\n"
                                 "export,a,x,2024,share,5,s1,,,t\n")
                     .errors()) ==
        std::vector<std::string>{
            "data.csv:2: column \"unit\": expected \"t\" (the dataset's volume unit) for a "
            "volume, got \"kg\"",
            "data.csv:3: column \"unit\": expected \"%\" for a share, got \"t\""});
}

TEST_CASE("the core's validation runs on the result and its errors point into the CSV") {
  const auto no_source = import(std::string(kHeader) +
                                "export,a,x,2025,volume,5,s1,,\n"
                                "export,a,y,2025,volume,5,,,\n");
  REQUIRE_FALSE(no_source.ok());
  CHECK(messages(no_source.errors()) ==
        std::vector<std::string>{"data.csv:3: column \"source\": a figure needs a source (a "
                                 "meta.sources id), got null"});
  const auto shares = import(std::string(kHeader) +
                             "export,a,x,2025,share,60,s1,,\n"
                             "export,a,y,2025,share,50,s1,,\n");
  REQUIRE_FALSE(shares.ok());
  CHECK(messages(shares.errors()) ==
        std::vector<std::string>{
            "data.csv: partner shares of export x a x 2025 add up to 110.0% (more than 100%)"});
}

TEST_CASE("broken meta files name the file, the JSON path and the position") {
  CHECK(messages(import(std::string(kHeader) + "export,a,x,2025,volume,5,s1,,\n", "{\"meta\": }")
                     .errors()) ==
        std::vector<std::string>{"meta.json: expected a value, got '}' (line 1, column 10)"});
  CHECK(messages(import(std::string(kHeader) + "export,a,x,2025,volume,5,s1,,\n",
                        tw::test::dataset_with_rows(
                            R"(["export", "a", "x", "2025", "volume", 5, "s1"])"))
                     .errors()) ==
        std::vector<std::string>{"meta.json: observations: a meta file holds no observations (the "
                                 "CSV gives every row), got 1 rows; `trade-widget export-csv "
                                 "--meta-out` writes a meta file"});
  std::string bad_url = test_meta();
  bad_url.replace(bad_url.find("\"publisher\": \"Source One\""), 0, "\"url\": \"ftp://x\", ");
  CHECK(messages(
            import(std::string(kHeader) + "export,a,x,2025,volume,5,s1,,\n", bad_url).errors()) ==
        std::vector<std::string>{"meta.json: meta.sources[0].url: expected an http:// or https:// "
                                 "address, got \"ftp://x\""});
}

TEST_CASE("a meta file may leave out dimensions that the CSV defines") {
  const std::string meta = R"({"meta": {
    "title": {"en": "T", "zh": "T"}, "coverage": {"en": "2025", "zh": "2025年"},
    "units": {"volume": {"en": "t", "zh": "吨"}}, "default": {"flow": "export", "period": "2025"},
    "sources": [{"id": "s1", "publisher": "One"}]}})";
  const std::string csv =
      "flow,product,partner,period,measure,value,source,ref,note,flow_label_en,flow_label_zh,"
      "product_label_en,product_label_zh,partner_label_en,partner_label_zh,period_label_en,"
      "period_label_zh\n"
      "export,magnets,world,2025,volume,57392,s1,,,Exports,出口,Magnets,永磁体,World,全球,2025,"
      "2025年\n";
  const auto r = import(csv, meta);
  INFO(messages(r.errors()).size());
  REQUIRE(r.ok());
  CHECK(r.value().dataset.products[0].label.zh == "永磁体");
  CHECK(r.value().dataset.periods[0].months() == 12);
}

TEST_CASE("progress is reported every N records") {
  std::string csv = kHeader;
  for (const char* product : {"a", "b", "all"}) {
    for (const char* partner : {"world", "x", "y"}) {
      for (const char* period : {"2024", "2025"}) {
        for (const char* measure : {"volume", "yoy"}) {
          csv += std::string("export,") + product + "," + partner + "," + period + "," + measure +
                 ",5,s1,,\n";
        }
      }
    }
  }
  std::vector<std::size_t> calls;
  tw::CsvImportOptions options;
  options.progress_every = 10;
  options.progress = [&](std::size_t n) { calls.push_back(n); };
  const auto r = tw::import_csv(csv, test_meta(), options);
  REQUIRE(r.ok());
  CHECK(r.value().dataset.observations.size() == 36);
  CHECK(calls == std::vector<std::size_t>{10, 20, 30});
}

TEST_CASE("period ids that follow the convention give their months") {
  int start = 0, end = 0;
  CHECK(tw::period_months_from_id("2025-04", start, end));
  CHECK((start == 2025 * 12 + 3 && end == start));
  CHECK(tw::period_months_from_id("2025-01/2025-09", start, end));
  CHECK(end - start == 8);
  CHECK(tw::period_months_from_id("2024", start, end));
  CHECK((start == 2024 * 12 && end == 2024 * 12 + 11));
  CHECK_FALSE(tw::period_months_from_id("2025-09/2025-01", start, end));
  CHECK_FALSE(tw::period_months_from_id("Q4 2025", start, end));
  CHECK_FALSE(tw::period_months_from_id("2025-13", start, end));
}

TEST_CASE("text that the formula guard changed comes back unchanged through export and import") {
  std::string text = tw::test::dataset_with_rows(
      R"(["export", "a", "x", "2025", "volume", 5, "s1", "=1+2", null],)"
      R"(["export", "b", "x", "2025", "yoy", -0.5, "s1", "'-already", null])");
  const std::string plain_label = R"({"id": "a", "label": {"en": "A", "zh": "甲"}})";
  REQUIRE(text.find(plain_label) != std::string::npos);
  text.replace(text.find(plain_label), plain_label.size(),
               R"({"id": "a", "label": {"en": "=cmd|' /C calc'!A0", "zh": "@甲, \"乙\""}})");
  auto loaded = tw::load_dataset(text);
  REQUIRE(loaded.ok());
  const std::string csv = tw::export_csv(loaded.value());
  CHECK(csv.find(",'=1+2,") != std::string::npos);
  CHECK(csv.find(",''-already,") != std::string::npos);
  CHECK(csv.find(",'=cmd|' /C calc'!A0,\"'@甲, \"\"乙\"\"\",") != std::string::npos);
  tw::Dataset meta = loaded.value();
  meta.observations.clear();
  const auto again = tw::import_csv(csv, tw::write_dataset_json(meta));
  REQUIRE(again.ok());
  CHECK(again.value().json == tw::write_dataset_json(loaded.value()));
  CHECK(again.value().dataset.products[0].label.en == "=cmd|' /C calc'!A0");
}
