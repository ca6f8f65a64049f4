// trade-widget summary FILE.json [--lang en|zh] [--flow ID] [--period ID]
#include <cstdio>

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
  const Args files = positionals(args, {"--lang", "--flow", "--period"});
  if (files.size() != 1) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  const auto ds = load_dataset_file(files[0]);
  if (!ds) return 1;
  const Lang lang = option(args, "--lang") == "zh" ? Lang::zh : Lang::en;
  int flow = ds->meta.default_flow;
  int period = ds->meta.default_period;
  if (!option(args, "--flow").empty()) flow = Dataset::position(ds->flows, option(args, "--flow"));
  if (!option(args, "--period").empty()) period = ds->period_position(option(args, "--period"));
  if (flow == kNone || period == kNone) {
    std::fprintf(stderr, "%s: no such flow or period in the dataset\n", files[0].c_str());
    return 1;
  }
  std::vector<int> products;
  for (std::size_t i = 0; i < ds->products.size(); ++i) products.push_back(static_cast<int>(i));
  std::printf("%s\n", summarize(*ds, {flow}, products, period, lang).narrative.c_str());
  return 0;
}

const bool registered =
    register_command({"summary", "print the narrative of a flow and period", run});

}  // namespace
}  // namespace tw::cli
