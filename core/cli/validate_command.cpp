// trade-widget validate FILE.json
#include <cstdio>

#include "cli_args.h"
#include "command.h"
#include "dataset_file.h"

namespace tw::cli {
namespace {

constexpr const char* kUsage =
    "Usage: trade-widget validate FILE.json\n"
    "Checks a dataset. Exit code 0 and a one-line summary when it is valid; exit code 1 and one\n"
    "line per problem (file: JSON path: message (line, column)) otherwise.\n";

int run(const Args& args) {
  if (wants_help(args, kUsage)) return 0;
  const auto parsed = parse_args(args, "validate", kUsage, {}, {});
  if (!parsed) return 2;
  const Args& files = parsed->positionals;
  if (files.size() != 1) return usage_error("validate", "expected one dataset file", kUsage);
  const auto ds = load_dataset_file(files[0]);
  if (!ds) return 1;
  std::printf("%s: valid, %s\n", files[0].c_str(), dataset_counts(*ds).c_str());
  return 0;
}

const bool registered = register_command(
    {"validate", "check a dataset; errors name the JSON path, line and column", run});

}  // namespace
}  // namespace tw::cli
