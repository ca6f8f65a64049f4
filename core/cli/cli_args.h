// Strict option parsing for the editors' commands: an unknown or incomplete option is a usage
// error (exit code 2) instead of being ignored, so a typo never changes what a command does.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "command.h"

namespace tw::cli {

struct ParsedArgs {
  Args positionals;
  std::map<std::string, std::string> values;  ///< options that take a value: "-o" -> "out.json"
  std::set<std::string> flags;                ///< options without a value: "--force"

  std::string value(const std::string& name, const std::string& fallback = "") const;
  bool has_value(const std::string& name) const { return values.count(name) > 0; }
  bool has_flag(const std::string& name) const { return flags.count(name) > 0; }
};

/// Parses "--name VALUE", "--name=VALUE", flags and positionals ("--" ends the options). On a
/// problem prints "trade-widget COMMAND: ..." and the usage to stderr and returns nothing.
std::optional<ParsedArgs> parse_args(const Args& args, const char* command, const char* usage,
                                     std::initializer_list<const char*> value_options,
                                     std::initializer_list<const char*> flag_options);

/// Prints "trade-widget COMMAND: message" and the usage to stderr; returns exit code 2.
int usage_error(const char* command, const std::string& message, const char* usage);

/// 0 when exactly one dataset file is named; otherwise the usage error's exit code (2), after
/// saying whether the file is missing or there are too many.
int require_one_dataset(const ParsedArgs& parsed, const char* command, const char* usage);

}  // namespace tw::cli
