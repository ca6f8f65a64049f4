// trade-widget page FILE.json --template PAGE.html -o OUT.html [--lang en|zh]
//                             [--layout embed|full] [--other-page NAME] [--force]
#include <cstdio>

#include "cli_args.h"
#include "command.h"
#include "dataset_file.h"
#include "output_file.h"
#include "trade_widget/file.h"
#include "trade_widget/page_rewrite.h"

namespace tw::cli {
namespace {

constexpr const char* kName = "page";
constexpr const char* kUsage =
    "Usage: trade-widget page FILE.json --template PAGE.html -o OUT.html [--lang en|zh]\n"
    "                         [--layout embed|full] [--other-page NAME] [--force]\n"
    "Writes the widget page with the dataset's default view already in it (heading, controls,\n"
    "chart, key sentence, cards, table, sources and notes), written by the same code as the\n"
    "live page, so that readers see it before the module loads, and without JavaScript.\n"
    "\n"
    "Options:\n"
    "  --template PAGE.html  the page to fill: it has a <main id=\"widget\"> element\n"
    "  -o OUT.html           where to write it (not over an existing file without --force)\n"
    "  --lang en|zh          the page's language (default en)\n"
    "  --layout embed|full   embed: one phone screen (default); full: the whole report\n"
    "  --other-page NAME     the same page in the other language, e.g. index.zh.html\n"
    "\n"
    "Exit code: 0 written; 1 invalid dataset or template; 2 wrong usage.\n";

int run(const Args& args) {
  if (wants_help(args, kUsage)) return 0;
  const auto parsed = parse_args(
      args, kName, kUsage, {"--template", "-o", "--lang", "--layout", "--other-page"}, {"--force"});
  if (!parsed) return 2;
  if (parsed->positionals.size() != 1)
    return usage_error(kName, "expected one dataset file", kUsage);
  const std::string out = parsed->value("-o");
  const std::string template_path = parsed->value("--template");
  if (out.empty()) return usage_error(kName, "where to? (-o OUT.html is missing)", kUsage);
  if (template_path.empty()) return usage_error(kName, "--template PAGE.html is missing", kUsage);
  const std::string lang = parsed->value("--lang", "en");
  const std::string layout = parsed->value("--layout", "embed");
  if (lang != "en" && lang != "zh") {
    return usage_error(kName, "--lang must be en or zh, got '" + lang + "'", kUsage);
  }
  if (layout != "embed" && layout != "full") {
    return usage_error(kName, "--layout must be embed or full, got '" + layout + "'", kUsage);
  }
  const auto ds = load_dataset_file(parsed->positionals[0]);
  if (!ds) return 1;
  auto html = read_file(template_path);
  if (!html.ok()) {
    std::fprintf(stderr, "trade-widget %s: %s\n", kName, html.errors()[0].to_string().c_str());
    return 1;
  }
  Prerender options;
  options.lang = lang == "zh" ? Lang::zh : Lang::en;
  options.layout = layout == "full" ? Layout::full : Layout::embed;
  options.other_page = parsed->value("--other-page");
  std::string error;
  if (!prerender_page(html.value(), *ds, options, error)) {
    std::fprintf(stderr, "trade-widget %s: %s: %s\n", kName, template_path.c_str(), error.c_str());
    return 1;
  }
  return write_output(kName, out, html.value(), parsed->has_flag("--force")) ? 0 : 1;
}

const bool registered = register_command(
    {kName, "write the widget page with the default view in it (for make build)", run});

}  // namespace
}  // namespace tw::cli
