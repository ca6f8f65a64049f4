// trade-widget validate FILE.json
#include <cstdio>

#include "cli_args.h"
#include "command.h"
#include "dataset_file.h"
#include "trade_widget/format.h"

namespace tw::cli {
namespace {

constexpr const char* kUsage =
    "Usage: trade-widget validate FILE.json\n"
    "Checks a dataset. Exit code 0 and a one-line summary when it is valid; exit code 1 and one\n"
    "line per problem (file: JSON path: message (line, column)) otherwise.\n";

/// "units: t; kg for gallium, germanium (1 t = 1,000 kg)": which products are in which unit, so
/// that an editor sees a forgotten or misspelt "unit" at once.
std::string units_line(const Dataset& ds) {
  std::string line = "units: " + ds.meta.volume_unit.en;
  std::vector<int> all;
  for (int u = 1; u < ds.unit_count(); ++u) {
    std::string products;
    for (std::size_t p = 0; p < ds.products.size(); ++p) {
      if (ds.products[p].unit != u) continue;
      products += (products.empty() ? "" : ", ") + ds.products[p].id;
      all.push_back(static_cast<int>(p));
    }
    line += "; " + ds.unit_label(u).en + " for " + (products.empty() ? "no product" : products);
  }
  return line + (all.empty() ? "" : " (" + unit_conversions(ds, all, Lang::en) + ")");
}

int run(const Args& args) {
  if (wants_help(args, kUsage)) return 0;
  const auto parsed = parse_args(args, "validate", kUsage, {}, {});
  if (!parsed) return 2;
  const Args& files = parsed->positionals;
  if (files.size() != 1) return usage_error("validate", "expected one dataset file", kUsage);
  const auto ds = load_dataset_file(files[0]);
  if (!ds) return 1;
  std::printf("%s: valid, %s\n", files[0].c_str(), dataset_counts(*ds).c_str());
  if (!ds->meta.other_units.empty()) std::printf("%s\n", units_line(*ds).c_str());
  return 0;
}

const bool registered = register_command(
    {"validate", "check a dataset; errors name the JSON path, line and column", run});

}  // namespace
}  // namespace tw::cli
