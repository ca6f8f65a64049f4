// trade-widget summary FILE.json [--lang en|zh] [--flow ID] [--period ID]
#include <cstdio>

#include "cli_args.h"
#include "command.h"
#include "dataset_file.h"
#include "trade_widget/summary.h"

namespace tw::cli {
namespace {

constexpr const char* kUsage =
    "Usage: trade-widget summary FILE.json [--lang en|zh] [--flow ID] [--period ID]\n"
    "Prints the narrative for one flow (default: the dataset's) and period (default: the\n"
    "dataset's), over every product.\n";

int run(const Args& args) {
  if (wants_help(args, kUsage)) return 0;
  const auto parsed = parse_args(args, "summary", kUsage, {"--lang", "--flow", "--period"}, {});
  if (!parsed) return 2;
  const Args& files = parsed->positionals;
  if (files.size() != 1) return usage_error("summary", "expected one dataset file", kUsage);
  const auto ds = load_dataset_file(files[0]);
  if (!ds) return 1;
  const std::string lang_id = parsed->value("--lang", "en");
  if (lang_id != "en" && lang_id != "zh") {
    return usage_error("summary", "--lang must be en or zh, got '" + lang_id + "'", kUsage);
  }
  const Lang lang = lang_id == "zh" ? Lang::zh : Lang::en;
  int flow = ds->meta.default_flow;
  int period = ds->meta.default_period;
  if (parsed->has_value("--flow")) flow = Dataset::position(ds->flows, parsed->value("--flow"));
  if (parsed->has_value("--period")) period = ds->period_position(parsed->value("--period"));
  if (flow == kNone || period == kNone) {
    std::fprintf(stderr, "%s: no such flow or period in the dataset\n", files[0].c_str());
    return 1;
  }
  std::vector<int> products;
  for (std::size_t i = 0; i < ds->products.size(); ++i) products.push_back(static_cast<int>(i));
  const std::string narrative =
      summarize(*ds, {flow}, products, period, lang, default_partner(*ds)).narrative;
  if (narrative.empty()) {
    // Never a blank line and success: say what has nothing to tell.
    std::fprintf(stderr, "%s: no figures for %s in %s\n", files[0].c_str(),
                 ds->flows[static_cast<std::size_t>(flow)].id.c_str(),
                 ds->periods[static_cast<std::size_t>(period)].id.c_str());
    return 1;
  }
  std::printf("%s\n", narrative.c_str());
  return 0;
}

const bool registered =
    register_command({"summary", "print the narrative of a flow and period", run});

}  // namespace
}  // namespace tw::cli
