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

}  // namespace tw::cli
