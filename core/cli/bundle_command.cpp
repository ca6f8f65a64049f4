// trade-widget bundle FILE.json --out DIR [--url URL] [--site DIR] [--force]
#include <cstdio>
#include <exception>
#include <filesystem>
#include <set>
#include <system_error>

#include "cli_args.h"
#include "command.h"
#include "compressed_copies.h"
#include "dataset_file.h"
#include "output_file.h"
#include "page_rewrite.h"
#include "site_dir.h"
#include "trade_widget/chart.h"
#include "trade_widget/file.h"
#include "trade_widget/svg.h"

namespace tw::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kName = "bundle";
constexpr const char* kUsage =
    "Usage: trade-widget bundle FILE.json --out DIR [--url URL] [--site DIR] [--force]\n"
    "Makes a folder ready to upload: the built page (index.html, index.zh.html, app/,\n"
    "embed.js, standalone.html) with FILE.json as the dataset it shows and its default view\n"
    "written into each page, a .gz and a .br copy beside every file (for hosts that send them\n"
    "as they are), and prints the snippets that embed it in an article. The dataset is\n"
    "validated first; nothing is written when it has errors.\n"
    "\n"
    "Options:\n"
    "  --out DIR   the folder to fill (created if needed)\n"
    "  --url URL   the address the folder will have once uploaded, used in the printed\n"
    "              snippets (default: https://example.org/widgets/NAME/)\n"
    "  --site DIR  the built site to copy (default: $TRADE_WIDGET_SITE, else public/ beside\n"
    "              the bin/ folder of this program, as `make build` leaves it)\n"
    "  --force     write into DIR even if it is not empty (files with the same names are\n"
    "              replaced; other files stay and are listed)\n"
    "\n"
    "Exit code: 0 written; 1 invalid dataset, no built site, or DIR not empty without --force;\n"
    "2 wrong usage.\n";

/// "customs 2025-12.json" -> "customs-2025-12.json": a name that is safe in a URL.
std::string safe_name(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  for (char& c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) c = '-';
  }
  if (name.size() < 5 || name.compare(name.size() - 5, 5, ".json") != 0) name += ".json";
  return name;
}

bool dir_is_empty(const std::string& dir) {
  std::error_code ec;
  return fs::is_empty(dir, ec) || ec;
}

int fail(const std::string& message) {
  std::fprintf(stderr, "trade-widget %s: %s\n", kName, message.c_str());
  return 1;
}

/// The default view's chart, drawn by the core as the page's static fallback.
bool fallback_chart(const Dataset& ds, Lang lang, bool embed_style, std::string& svg,
                    std::string& title, std::string& text) {
  ChartRequest request;
  request.chart = "volumes";
  request.width = 800;
  request.lang = lang;
  const auto scene = chart_scene(ds, request);
  if (!scene.ok()) {
    for (const auto& e : scene.errors()) {
      std::fprintf(stderr, "trade-widget %s: the fallback chart: %s\n", kName,
                   e.to_string().c_str());
    }
    return false;
  }
  SvgOptions options;
  options.embed_style = embed_style;
  svg = to_svg(scene.value(), options);
  title = scene.value().title;
  text = scene.value().description;
  return true;
}

void print_snippets(const std::string& url, const std::string& title) {
  const std::string t = html_escape(title);
  std::printf(
      "\nOnce the folder is online at %s, paste one of these into the article.\n"
      "\nScript tag (an iframe that keeps its height right):\n"
      "<script src=\"%sembed.js\" async data-title=\"%s\"></script>\n"
      "\nPlain iframe:\n"
      "<iframe src=\"%sindex.html\" title=\"%s\" loading=\"lazy\" "
      "style=\"display:block;width:100%%;height:720px;border:0\"></iframe>\n",
      url.c_str(), url.c_str(), t.c_str(), url.c_str(), t.c_str());
}

int run(const Args& args) {
  if (wants_help(args, kUsage)) return 0;
  const auto parsed =
      parse_args(args, kName, kUsage, {"--out", "-o", "--url", "--site"}, {"--force"});
  if (!parsed) return 2;
  if (const int code = require_one_dataset(*parsed, kName, kUsage)) return code;
  const std::string out = parsed->value("--out", parsed->value("-o"));
  if (out.empty()) return usage_error(kName, "where to? (--out DIR is missing)", kUsage);
  const std::string data_path = parsed->positionals[0];
  const bool force = parsed->has_flag("--force");

  const auto ds = load_dataset_file(data_path);
  if (!ds) return fail(data_path + " is not valid; nothing written");
  std::string tried;
  const std::string site = find_site(parsed->value("--site"), tried);
  if (site.empty()) {
    return fail("no built site in " + tried +
                " (index.html is missing): run `make build`, or pass --site DIR");
  }
  std::error_code ec;
  if (fs::exists(out, ec) && !fs::is_directory(out, ec)) {
    return fail(out + " exists and is not a folder");
  }
  if (fs::exists(out, ec) && !dir_is_empty(out) && !force) {
    return fail(out + " is not empty; pass --force to write into it");
  }
  // A bundle inside the site would be copied into every later bundle.
  const std::string site_abs = fs::weakly_canonical(site, ec).string() + "/";
  const std::string out_abs = fs::weakly_canonical(out, ec).string() + "/";
  if (out_abs.rfind(site_abs, 0) == 0) {
    return fail("--out must be outside the site it copies (" + site + ")");
  }

  PageDataset page;
  page.name = safe_name(data_path);
  page.file = "data/" + page.name;
  page.title = ds->meta.title.en;
  const auto bytes = read_file(data_path);
  if (!bytes.ok()) return fail(bytes.errors()[0].to_string());
  page.json = bytes.value();
  std::string svg_en, svg_zh, zh_title, zh_text;
  if (!fallback_chart(*ds, Lang::en, false, page.inline_svg, page.chart_title, page.chart_text) ||
      !fallback_chart(*ds, Lang::en, true, svg_en, page.chart_title, page.chart_text) ||
      !fallback_chart(*ds, Lang::zh, true, svg_zh, zh_title, zh_text)) {
    return fail("nothing written");
  }

  // Everything is read and rewritten in memory first, so a problem leaves DIR untouched.
  std::vector<std::pair<std::string, std::string>> files;  // relative path, bytes
  std::string error;
  for (const std::string& rel : list_files(site)) {
    if (rel.rfind("data/", 0) == 0) continue;  // the site's own datasets: replaced by FILE.json
    if (is_compressed_copy(rel)) continue;     // the site's copies: made again below
    std::string text;
    if (!read_text(site + "/" + rel, text, error)) return fail(error);
    // The pages carry the default view of the new dataset, in their language and layout.
    Prerender view;
    bool pages = false;
    if (rel == "index.html" || rel == "index.zh.html") {
      if (!rewrite_index(text, page, error)) {
        return fail("cannot set the dataset in " + site + "/" + rel + ": " + error);
      }
      view.lang = rel == "index.html" ? Lang::en : Lang::zh;
      view.other_page = rel == "index.html" ? "index.zh.html" : "index.html";
      pages = true;
    }
    if (rel == "standalone.html") {
      if (!rewrite_standalone(text, page, error)) {
        return fail("cannot set the dataset in " + site + "/standalone.html: " + error);
      }
      view.layout = Layout::full;
      pages = true;
    }
    if (pages && !prerender_page(text, *ds, view, error)) {
      return fail("cannot write the default view into " + site + "/" + rel + ": " + error);
    }
    if (rel == "app/fallback-en.svg" || rel == "app/fallback-zh.svg") continue;  // drawn below
    files.emplace_back(rel, std::move(text));
  }
  // The page shows these before the module is ready (and without JavaScript).
  files.emplace_back("app/fallback-en.svg", svg_en);
  files.emplace_back("app/fallback-zh.svg", svg_zh);
  files.emplace_back(page.file, page.json);

  // Beside each file, the .gz and .br copies that static hosts can send as they are.
  const std::size_t originals = files.size();
  for (std::size_t i = 0; i < originals; ++i) {
    const std::string rel = files[i].first;
    try {
      std::string gz = gzip_bytes(files[i].second), br = brotli_bytes(files[i].second);
      files.emplace_back(rel + ".gz", std::move(gz));
      files.emplace_back(rel + ".br", std::move(br));
    } catch (const std::exception& e) {
      return fail(std::string("cannot compress ") + rel + ": " + e.what() + "; nothing written");
    }
  }

  std::set<std::string> written;
  for (const auto& [rel, text] : files) {
    if (!write_text(out + "/" + rel, text, error)) return fail(error);
    written.insert(rel);
  }
  std::vector<std::string> others;
  for (const std::string& rel : list_files(out)) {
    if (!written.count(rel)) others.push_back(rel);
  }

  std::printf("%s/: ready to upload; it shows %s, \"%s\"\n", out.c_str(), page.file.c_str(),
              page.title.c_str());
  for (const std::string& rel : others) {
    std::printf("Left as it was (not part of this bundle): %s/%s\n", out.c_str(), rel.c_str());
  }
  std::string url = parsed->value(
      "--url", "https://example.org/widgets/" + page.name.substr(0, page.name.size() - 5) + "/");
  if (url.back() != '/') url += '/';
  print_snippets(url, page.title);
  if (written.count("standalone.html")) {
    std::printf("\nOffline: %s/standalone.html opens from disk and can be sent by email.\n",
                out.c_str());
  }
  return 0;
}

const bool registered = register_command(
    {kName, "make a folder to upload: the page with a dataset, and its embed code", run});

}  // namespace
}  // namespace tw::cli
