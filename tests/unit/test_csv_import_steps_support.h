// Shared by the tests of import_csv's steps: a log with the default file names, and its messages.
#pragma once

#include <string>
#include <vector>

#include "data/csv_import_log.h"

namespace tw::test {

inline detail::ImportLog import_log() {
  detail::ImportLog log;
  log.csv_name = "data.csv";
  log.meta_name = "meta.json";
  return log;
}

inline std::vector<std::string> texts(const std::vector<Diagnostic>& list) {
  std::vector<std::string> out;
  for (const auto& d : list) out.push_back(d.to_string());
  return out;
}

}  // namespace tw::test
