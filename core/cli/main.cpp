// bin/trade-widget: the editors' command-line tool. Each subcommand lives in its own file.
#include <cstdio>
#include <string>

#include "command.h"

namespace {
void usage(std::FILE* out) {
  std::fputs("Usage: trade-widget <command> [options]\n\nCommands:\n", out);
  for (const auto& c : tw::cli::commands()) std::fprintf(out, "  %-12s %s\n", c.name, c.synopsis);
  std::fputs("\nRun `trade-widget <command> --help` for a command's options.\n", out);
}
}  // namespace

int main(int argc, char** argv) {
  tw::cli::Args args(argv + 1, argv + argc);
  if (args.empty()) {
    usage(stderr);
    return 2;
  }
  if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    usage(stdout);
    return 0;
  }
  const std::string name = args[0];
  args.erase(args.begin());
  for (const auto& c : tw::cli::commands()) {
    if (name == c.name) return c.run(args);
  }
  std::fprintf(stderr, "trade-widget: unknown command '%s'\n\n", name.c_str());
  usage(stderr);
  return 2;
}
