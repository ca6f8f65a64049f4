// bin/trade-widget: the editors' command-line tool.
#include <cstdio>
#include <string>
#include <vector>

#include "trade_widget/file.h"
#include "trade_widget/load.h"
#include "trade_widget/summary.h"

namespace {

constexpr const char* kUsage =
    "Usage: trade-widget <command> [options]\n"
    "\n"
    "Commands:\n"
    "  validate FILE.json          check a dataset; errors name the JSON path, line and column\n"
    "  summary FILE.json [--lang en|zh]\n"
    "                              print the headline narrative of the default view\n"
    "\n"
    "Run `trade-widget <command> --help` for a command's options.\n";

int validate(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help") {
    std::fputs(
        "Usage: trade-widget validate FILE.json\n"
        "Checks the dataset. Exit code 0 and a one-line summary when it is valid;\n"
        "exit code 1 and one line per problem otherwise.\n",
        args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  const std::string& path = args[0];
  const auto bytes = tw::read_file(path);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s\n", bytes.errors()[0].to_string().c_str());
    return 1;
  }
  const auto loaded = tw::load_dataset(bytes.value());
  for (const auto& w : loaded.warnings()) {
    std::fprintf(stderr, "warning: %s\n", w.to_string(path).c_str());
  }
  if (!loaded.ok()) {
    for (const auto& e : loaded.errors()) std::fprintf(stderr, "%s\n", e.to_string(path).c_str());
    return 1;
  }
  const tw::Dataset& ds = loaded.value();
  std::printf("%s: valid, %zu observations, %zu flows, %zu products, %zu partners, %zu periods\n",
              path.c_str(), ds.observations.size(), ds.flows.size(), ds.products.size(),
              ds.partners.size(), ds.periods.size());
  return 0;
}

int summary(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help") {
    std::fputs(
        "Usage: trade-widget summary FILE.json [--lang en|zh]\n"
        "Prints the narrative of the dataset's default flow and period.\n",
        args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  tw::Lang lang = tw::Lang::en;
  for (std::size_t i = 1; i + 1 < args.size(); ++i) {
    if (args[i] == "--lang") lang = args[i + 1] == "zh" ? tw::Lang::zh : tw::Lang::en;
  }
  const auto bytes = tw::read_file(args[0]);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s\n", bytes.errors()[0].to_string().c_str());
    return 1;
  }
  const auto loaded = tw::load_dataset(bytes.value());
  if (!loaded.ok()) {
    for (const auto& e : loaded.errors())
      std::fprintf(stderr, "%s\n", e.to_string(args[0]).c_str());
    return 1;
  }
  const tw::Dataset& ds = loaded.value();
  std::vector<int> products;
  for (std::size_t i = 0; i < ds.products.size(); ++i) products.push_back(static_cast<int>(i));
  const auto s = tw::summarize(ds, {ds.meta.default_flow}, products, ds.meta.default_period, lang);
  std::printf("%s\n", s.narrative.c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::fputs(kUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  if (command == "validate") return validate(args);
  if (command == "summary") return summary(args);
  std::fprintf(stderr, "trade-widget: unknown command '%s'\n\n%s", command.c_str(), kUsage);
  return 2;
}
