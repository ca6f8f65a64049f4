// trade-widget render DATA.json [--chart TYPE] [--flow ID]... [--product ID]... [--period ID]
//                               [--lang en|zh] [--width N] [--standalone | --image]
//                               [-o OUT.svg [--force]]
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "command.h"
#include "dataset_file.h"
#include "trade_widget/chart.h"
#include "trade_widget/svg.h"

namespace tw::cli {
namespace {

constexpr const char* kUsage =
    "Usage: trade-widget render DATA.json [--chart volumes|yoy|shares|monthly|partners]\n"
    "         [--flow ID]... [--product ID]... [--period ID] [--lang en|zh] [--width N]\n"
    "         [--standalone | --image] [-o OUT.svg [--force]]\n"
    "Writes a chart as SVG to stdout (or to OUT.svg, never over an existing file unless\n"
    "--force). Defaults: the volumes chart of the dataset's default flow and period, every\n"
    "product, English, 800 px wide (320-1200). Two --flow options draw both flows. For shares,\n"
    "monthly and partners, the first --product with data is drawn. --standalone embeds the\n"
    "default stylesheet, for a file opened on its own (the page links chart-theme.css).\n"
    "--image writes the picture to share: the dataset's title above the chart, its notes and\n"
    "source line, an opaque background and the stylesheet embedded (as the page's download).\n";

struct Options {
  std::string file;
  ChartRequest request;
  bool standalone = false;
  bool image = false;
  bool force = false;
  std::string out;
};

/// Parses the arguments strictly: an unknown option or a missing value is a usage error.
bool parse(const Args& args, Options& o) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool takes_value = a == "--chart" || a == "--flow" || a == "--product" ||
                             a == "--period" || a == "--lang" || a == "--width" || a == "-o";
    if (takes_value) {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "trade-widget render: %s needs a value\n", a.c_str());
        return false;
      }
      const std::string& v = args[++i];
      if (a == "--chart") o.request.chart = v;
      if (a == "--flow") o.request.flows.push_back(v);
      if (a == "--product") o.request.products.push_back(v);
      if (a == "--period") o.request.period = v;
      if (a == "-o") o.out = v;
      if (a == "--lang") {
        if (v != "en" && v != "zh") {
          std::fprintf(stderr, "trade-widget render: --lang must be en or zh, got '%s'\n",
                       v.c_str());
          return false;
        }
        o.request.lang = v == "zh" ? Lang::zh : Lang::en;
      }
      if (a == "--width") {
        char* end = nullptr;
        errno = 0;
        const long w = std::strtol(v.c_str(), &end, 10);
        if (v.empty() || *end != '\0' || errno != 0 || w < 1 || w > 100000) {
          std::fprintf(stderr,
                       "trade-widget render: --width must be a whole number of px, got '%s'\n",
                       v.c_str());
          return false;
        }
        o.request.width = static_cast<int>(w);
      }
    } else if (a == "--standalone") {
      o.standalone = true;
    } else if (a == "--image") {
      o.image = true;
    } else if (a == "--force") {
      o.force = true;
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "trade-widget render: unknown option '%s'\n", a.c_str());
      return false;
    } else if (o.file.empty()) {
      o.file = a;
    } else {
      std::fprintf(stderr, "trade-widget render: one dataset file only, got '%s' too\n", a.c_str());
      return false;
    }
  }
  if (o.file.empty()) {
    std::fputs("trade-widget render: which dataset? (DATA.json)\n", stderr);
    return false;
  }
  return true;
}

int write_output(const Options& o, const std::string& svg) {
  if (o.out.empty()) {
    std::fwrite(svg.data(), 1, svg.size(), stdout);
    return 0;
  }
  // "x": fails when the file exists, so an existing file is never replaced by accident.
  std::FILE* f = std::fopen(o.out.c_str(), o.force ? "wb" : "wbx");
  if (f == nullptr) {
    if (errno == EEXIST) {
      std::fprintf(stderr, "%s: already exists; add --force to overwrite it\n", o.out.c_str());
    } else {
      std::fprintf(stderr, "%s: cannot write: %s\n", o.out.c_str(), std::strerror(errno));
    }
    return 1;
  }
  const bool ok = std::fwrite(svg.data(), 1, svg.size(), f) == svg.size();
  if (std::fclose(f) != 0 || !ok) {
    std::fprintf(stderr, "%s: cannot write: %s\n", o.out.c_str(), std::strerror(errno));
    return 1;
  }
  return 0;
}

int run(const Args& args) {
  if (wants_help(args, kUsage)) return 0;
  Options o;
  if (!parse(args, o)) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const auto ds = load_dataset_file(o.file);
  if (!ds) return 1;
  if (o.image) {
    const auto image = render_image_svg(*ds, o.request);
    for (const auto& w : image.warnings())
      std::fprintf(stderr, "warning: %s\n", w.to_string().c_str());
    if (!image.ok()) {
      for (const auto& e : image.errors()) std::fprintf(stderr, "%s\n", e.to_string().c_str());
      return 1;
    }
    return write_output(o, image.value());
  }
  const auto scene = chart_scene(*ds, o.request);
  for (const auto& w : scene.warnings())
    std::fprintf(stderr, "warning: %s\n", w.to_string().c_str());
  if (!scene.ok()) {
    for (const auto& e : scene.errors()) std::fprintf(stderr, "%s\n", e.to_string().c_str());
    return 1;
  }
  SvgOptions options;
  options.embed_style = o.standalone;
  return write_output(o, to_svg(scene.value(), options));
}

const bool registered =
    register_command({"render", "write a chart as SVG (static fallback, print)", run});

}  // namespace
}  // namespace tw::cli
