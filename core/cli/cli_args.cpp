#include "cli_args.h"

#include <cstdio>

namespace tw::cli {

std::string ParsedArgs::value(const std::string& name, const std::string& fallback) const {
  const auto it = values.find(name);
  return it == values.end() ? fallback : it->second;
}

int usage_error(const char* command, const std::string& message, const char* usage) {
  std::fprintf(stderr, "trade-widget %s: %s\n\n", command, message.c_str());
  std::fputs(usage, stderr);
  return 2;
}

int require_one_dataset(const ParsedArgs& parsed, const char* command, const char* usage) {
  if (parsed.positionals.size() == 1) return 0;
  return usage_error(command,
                     parsed.positionals.empty() ? "which dataset? (FILE.json is missing)"
                                                : "expected one dataset file",
                     usage);
}

std::optional<ParsedArgs> parse_args(const Args& args, const char* command, const char* usage,
                                     std::initializer_list<const char*> value_options,
                                     std::initializer_list<const char*> flag_options) {
  const auto is_one_of = [](const std::string& s, std::initializer_list<const char*> list) {
    for (const char* o : list) {
      if (s == o) return true;
    }
    return false;
  };
  ParsedArgs out;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a.empty() || a[0] != '-' || a == "-") {
      out.positionals.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
      continue;
    }
    const std::size_t eq = a.find('=');
    const std::string name = a.rfind("--", 0) == 0 && eq != std::string::npos ? a.substr(0, eq) : a;
    if (is_one_of(name, value_options)) {
      std::string value;
      if (name.size() < a.size()) {
        value = a.substr(eq + 1);
      } else if (i + 1 < args.size()) {
        value = args[++i];
      } else {
        usage_error(command, "option " + name + " needs a value", usage);
        return std::nullopt;
      }
      if (value.empty()) {
        usage_error(command, "option " + name + " needs a value", usage);
        return std::nullopt;
      }
      if (out.values.count(name)) {
        usage_error(command, "option " + name + " is given twice", usage);
        return std::nullopt;
      }
      out.values[name] = value;
    } else if (is_one_of(a, flag_options)) {
      out.flags.insert(a);
    } else {
      usage_error(command, "unknown option " + a, usage);
      return std::nullopt;
    }
  }
  return out;
}

}  // namespace tw::cli
