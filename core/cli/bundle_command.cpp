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
#include "site_dir.h"
#include "trade_widget/bundle.h"
#include "trade_widget/file.h"

namespace tw::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kName = "bundle";
constexpr const char* kUsage =
    "Usage: trade-widget bundle FILE.json --out DIR [--url URL] [--site DIR] [--force]\n"
    "Makes a folder ready to upload: the built page (index.html, index.zh.html, app/,\n"
    "embed.js, standalone.html) with FILE.json as the dataset it shows and its default view\n"
    "written into each page, a .gz and a .br copy beside every file (for hosts that send them\n"
    "as they are), and prints the snippets that embed it in an article (also written to\n"
    "embed-snippets.txt, for the editor). studio.html makes the same bundle in a browser.\n"
    "The dataset is validated first; nothing is written when it has errors.\n"
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

bool dir_is_empty(const std::string& dir) {
  std::error_code ec;
  return fs::is_empty(dir, ec) || ec;
}

int fail(const std::string& message) {
  std::fprintf(stderr, "trade-widget %s: %s\n", kName, message.c_str());
  return 1;
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

  // Everything is read and rewritten in memory first, so a problem leaves DIR untouched. Which
  // file gets which bytes is the core's (make_bundle, shared with the studio); here it is only
  // read and written.
  std::vector<BundleFile> site_files;
  std::string error;
  for (const std::string& rel : list_files(site)) {
    if (bundle_skips(rel)) continue;
    BundleFile file{rel, {}};
    if (!read_text(site + "/" + rel, file.bytes, error)) return fail(error);
    site_files.push_back(std::move(file));
  }
  const auto bytes = read_file(data_path);
  if (!bytes.ok()) return fail(bytes.errors()[0].to_string());
  const std::string name = bundle_dataset_name(data_path);
  std::string url = parsed->value("--url", bundle_default_url(name));
  if (url.back() != '/') url += '/';
  auto made = make_bundle(site_files, *ds, name, bytes.value(), url);
  if (!made.ok()) {
    for (const auto& e : made.errors()) {
      std::fprintf(stderr, "trade-widget %s: %s\n", kName, e.to_string().c_str());
    }
    return fail("nothing written");
  }
  std::vector<BundleFile>& files = made.value().files;

  // Beside each file, the .gz and .br copies that static hosts can send as they are.
  const std::size_t originals = files.size();
  for (std::size_t i = 0; i < originals; ++i) {
    if (!files[i].compressed_copies) continue;
    const std::string rel = files[i].path;
    try {
      std::string gz = gzip_bytes(files[i].bytes), br = brotli_bytes(files[i].bytes);
      files.push_back(BundleFile{rel + ".gz", std::move(gz), false});
      files.push_back(BundleFile{rel + ".br", std::move(br), false});
    } catch (const std::exception& e) {
      return fail(std::string("cannot compress ") + rel + ": " + e.what() + "; nothing written");
    }
  }

  std::set<std::string> written;
  for (const BundleFile& file : files) {
    if (!write_text(out + "/" + file.path, file.bytes, error)) return fail(error);
    written.insert(file.path);
  }
  std::vector<std::string> others;
  for (const std::string& rel : list_files(out)) {
    if (!written.count(rel)) others.push_back(rel);
  }

  const Bundle& bundle = made.value();
  std::printf("%s/: ready to upload; it shows %s, \"%s\"\n", out.c_str(),
              bundle.dataset_file.c_str(), bundle.title.c_str());
  for (const std::string& rel : others) {
    std::printf("Left as it was (not part of this bundle): %s/%s\n", out.c_str(), rel.c_str());
  }
  std::printf("\n%s", bundle_snippets(url, bundle.title).c_str());
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
