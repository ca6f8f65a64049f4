// The core's parts of the editors' studio: the cell an import problem names, pasted spreadsheet
// cells, and the bundle's files (shared with `trade-widget bundle`).
#include <catch2/catch.hpp>

#include "test_support.h"
#include "trade_widget/bundle.h"
#include "trade_widget/csv.h"
#include "trade_widget/csv_import.h"
#include "trade_widget/write_json.h"

namespace {

const char* const kHeader = "flow,product,partner,period,measure,value,source,ref,note\n";

std::string test_meta() { return tw::test::dataset_with_rows(""); }

const tw::BundleFile* find(const tw::Bundle& b, const std::string& path) {
  for (const auto& f : b.files) {
    if (f.path == path) return &f;
  }
  return nullptr;
}

const char* const kIndex =
    "<!doctype html>\n<html lang=\"en\">\n<head><title>Old</title></head>\n<body>\n"
    "<main id=\"widget\" class=\"tw\" data-dataset=\"data/old.json\">\n</main>\n</body>\n</html>\n";
const char* const kStandalone =
    "<!doctype html>\n<html lang=\"en\">\n<head><title>Old</title></head>\n<body>\n"
    "<main id=\"widget\" class=\"tw\" data-dataset=\"data/old.json\"></main>\n"
    "<script type=\"application/json\" id=\"tw-data\" data-name=\"old.json\">{}</script>\n"
    "</body>\n</html>\n";

}  // namespace

TEST_CASE("an import problem's place leads back to its cell in the CSV") {
  const std::string csv =
      std::string("\xEF\xBB\xBF") + kHeader + "export,a,y,2025,volume,\"12,3\",s1,,\n";
  const auto r = tw::import_csv(csv, test_meta(), {});
  REQUIRE_FALSE(r.ok());
  const tw::Diagnostic& d = r.errors()[0];
  CHECK(d.path == "data.csv:2: column \"value\"");
  tw::CsvCellPlace place;
  REQUIRE(tw::csv_cell_of(csv, "data.csv", d, place));
  CHECK(place.line == 2);
  CHECK(place.column == "value");
  // "export,a,y,2025,volume," is 23 characters: the quoted cell is characters 24 to 29.
  CHECK(place.first == 24);
  CHECK(place.last == 30);
  CHECK(csv.substr(csv.find('\n') + 1).substr(23, 6) == "\"12,3\"");
}

TEST_CASE("a place without a column shows the whole line; another file's place is none") {
  const std::string csv = std::string(kHeader) + "a,b\n";
  tw::CsvCellPlace place;
  REQUIRE(tw::csv_cell_of(csv, "x.csv", tw::Diagnostic{"x.csv:2", "too few cells"}, place));
  CHECK(place.line == 2);
  CHECK(place.column.empty());
  CHECK(place.first == 1);
  CHECK(place.last == 4);
  CHECK_FALSE(tw::csv_cell_of(csv, "x.csv", tw::Diagnostic{"meta.json: meta.title", "m"}, place));
  CHECK_FALSE(tw::csv_cell_of(csv, "x.csv", tw::Diagnostic{"x.csv:9", "m"}, place));
}

TEST_CASE("a cell's place counts characters, not bytes") {
  const std::string csv = "名称,value\n\"稀土\",\"x\"\n";
  tw::CsvCellPlace place;
  REQUIRE(tw::csv_cell_of(csv, "d.csv", tw::Diagnostic{"d.csv:2: column \"value\"", "m"}, place));
  CHECK(place.first == 6);  // "稀土", is five characters
  CHECK(place.last == 9);
}

TEST_CASE("pasted spreadsheet cells become CSV with the same cells and lines") {
  CHECK(tw::csv_from_pasted_cells("flow\tvalue\nexport\t12,3\n") ==
        "flow,value\r\nexport,\"12,3\"\r\n");
  CHECK(tw::csv_from_pasted_cells("a\t\"two\nlines\"\t\"say \"\"hi\"\"\"\r\nb\t\t") ==
        "a,\"two\nlines\",\"say \"\"hi\"\"\"\r\nb,,\r\n");
  CHECK(tw::csv_from_pasted_cells("") == "");
}

TEST_CASE("pasted cells of the exported bundled dataset import to the same dataset") {
  const auto& ds = tw::test::bundled();
  tw::Dataset meta_only = ds;
  meta_only.observations.clear();
  const std::string csv = tw::export_csv(ds);
  // What a spreadsheet copies: tabs between cells, no byte-order mark, no formula guard kept.
  std::string tsv;
  bool quoted = false;
  for (std::size_t i = 3; i < csv.size(); ++i) {
    const char c = csv[i];
    if (c == '"') quoted = !quoted;
    tsv += (c == ',' && !quoted) ? '\t' : c;
  }
  const auto r = tw::import_csv(tw::csv_from_pasted_cells(tsv), tw::write_dataset_json(meta_only));
  REQUIRE(r.ok());
  CHECK(r.value().json == tw::test::read_fixture("public/data/china-rare-earths-2025.json"));
}

TEST_CASE("the bundle: pages show the dataset, its own files stay, skipped ones go") {
  const auto& ds = tw::test::bundled();
  const std::string json = tw::test::read_fixture("public/data/china-rare-earths-2025.json");
  const std::vector<tw::BundleFile> site = {{"app/widget.js", "console.log(1)"},
                                            {"app/widget.js.gz", "x"},
                                            {"data/old.json", "{}"},
                                            {"index.html", kIndex},
                                            {"standalone.html", kStandalone},
                                            {"studio.html", "s"},
                                            {"app/fallback-en.svg", "<svg/>"}};
  const auto made = tw::make_bundle(site, ds, "trade 2025.json", json, "https://news.example/w");
  REQUIRE(made.ok());
  const tw::Bundle& b = made.value();
  CHECK(b.dataset_file == "data/trade 2025.json");
  CHECK(find(b, "app/widget.js")->bytes == "console.log(1)");
  CHECK(find(b, "app/widget.js.gz") == nullptr);
  CHECK(find(b, "data/old.json") == nullptr);
  CHECK(find(b, "studio.html") == nullptr);
  CHECK(find(b, "data/trade 2025.json")->bytes == json);
  CHECK(find(b, "app/fallback-en.svg")->bytes.find("<desc>") != std::string::npos);
  CHECK(find(b, "app/fallback-zh.svg") != nullptr);
  const std::string& index = find(b, "index.html")->bytes;
  CHECK(index.find("data-dataset=\"data/trade 2025.json\"") != std::string::npos);
  CHECK(index.find("class=\"tw-narrative\"") != std::string::npos);
  const std::string& standalone = find(b, "standalone.html")->bytes;
  CHECK(standalone.find("data-name=\"trade 2025.json\">{") != std::string::npos);
  CHECK(standalone.find("data-tw-layout=\"full\"") != std::string::npos);
  const tw::BundleFile* snippets = find(b, tw::kBundleSnippetsFile);
  REQUIRE(snippets != nullptr);
  CHECK_FALSE(snippets->compressed_copies);
  CHECK(
      snippets->bytes.find("<script src=\"https://news.example/w/embed.js\" async data-title=\"") !=
      std::string::npos);
  CHECK(tw::bundle_dataset_name("dir/trade 2025.json") == "trade-2025.json");
  CHECK(tw::bundle_default_url("customs.json") == "https://example.org/widgets/customs/");
}

TEST_CASE("a site without index.html, or a page without its marker, is refused by name") {
  const auto& ds = tw::test::bundled();
  const auto none = tw::make_bundle({{"app/widget.js", ""}}, ds, "d.json", "{}");
  REQUIRE_FALSE(none.ok());
  CHECK(none.errors()[0].message == "the site has no index.html");
  const auto bad =
      tw::make_bundle({{"index.html", "<html><title>x</title></html>"}}, ds, "d.json", "{}");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.errors()[0].message ==
        "cannot set the dataset in index.html: no data-dataset attribute on the #widget element");
}

TEST_CASE("the studio's preview: standalone.html in another language and layout") {
  const auto& ds = tw::test::bundled();
  const auto page =
      tw::standalone_page(kStandalone, ds, "d.json", "{\"x\":1}", tw::Lang::zh, tw::Layout::embed);
  REQUIRE(page.ok());
  CHECK(page.value().find("<html lang=\"zh-Hans\"") != std::string::npos);
  CHECK(page.value().find("data-tw-layout") == std::string::npos);
  CHECK(page.value().find("data-name=\"d.json\">{\"x\":1}</script>") != std::string::npos);
}
