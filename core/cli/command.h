// Subcommands of bin/trade-widget register themselves, so each lives in its own file.
#pragma once

#include <string>
#include <vector>

namespace tw::cli {

using Args = std::vector<std::string>;

struct Command {
  const char* name;
  const char* synopsis;          ///< one line for the overall --help
  int (*run)(const Args& args);  ///< exit code: 0 ok, 1 invalid input, 2 wrong usage
};

/// Called from a static initializer in each command's file.
bool register_command(const Command& command);
const std::vector<Command>& commands();

/// True when args ask for help; prints the usage text to stdout then.
bool wants_help(const Args& args, const char* usage);
}  // namespace tw::cli
