#include "command.h"

#include <algorithm>
#include <cstdio>

namespace tw::cli {

namespace {
std::vector<Command>& registry() {
  static std::vector<Command> list;
  return list;
}
}  // namespace

bool register_command(const Command& command) {
  registry().push_back(command);
  return true;
}

const std::vector<Command>& commands() {
  auto& list = registry();
  std::sort(list.begin(), list.end(),
            [](const Command& a, const Command& b) { return std::string(a.name) < b.name; });
  return list;
}

bool wants_help(const Args& args, const char* usage) {
  if (std::find(args.begin(), args.end(), "--help") == args.end() &&
      std::find(args.begin(), args.end(), "-h") == args.end()) {
    return false;
  }
  std::fputs(usage, stdout);
  return true;
}

std::string option(const Args& args, const std::string& name, const std::string& fallback) {
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == name) return args[i + 1];
  }
  return fallback;
}

bool flag(const Args& args, const std::string& name) {
  return std::find(args.begin(), args.end(), name) != args.end();
}

Args positionals(const Args& args, const std::vector<std::string>& options_with_values) {
  Args out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (std::find(options_with_values.begin(), options_with_values.end(), args[i]) !=
        options_with_values.end()) {
      ++i;
    } else if (args[i].rfind("--", 0) != 0) {
      out.push_back(args[i]);
    }
  }
  return out;
}

}  // namespace tw::cli
