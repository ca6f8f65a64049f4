// Reading the small, tree-shaped parts of a dataset (meta and dimensions) from nlohmann::json.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"

namespace tw::detail {

struct MetaReader {
  std::vector<Diagnostic>& errors;
  std::vector<Diagnostic>& warnings;

  void read_meta(const nlohmann::json& j, Meta& meta, std::vector<std::string>& default_ids);
  void read_dimensions(const nlohmann::json& j, Dataset& ds);

  void error(const std::string& path, const std::string& message);
  void warn_unknown_fields(const nlohmann::json& object, const std::string& path,
                           std::initializer_list<const char*> known);
  /// A Text: {"en": ..., "zh": ...}, both non-empty. allow_plain accepts one string for both.
  bool read_text(const nlohmann::json& parent, const char* field, const std::string& path,
                 Text& out, bool required, bool allow_plain = false);
  bool read_string(const nlohmann::json& parent, const char* field, const std::string& path,
                   std::string& out, bool required);

 private:
  void read_items(const nlohmann::json& j, const std::string& path, std::vector<Item>& items);
  void read_periods(const nlohmann::json& j, const std::string& path, std::vector<Period>& out);
};

/// "got ..." rendering of a JSON value for messages.
std::string describe(const nlohmann::json& j);
/// Parses "YYYY-MM" into a month index (year * 12 + month - 1), or -1.
int parse_year_month(const std::string& s);

}  // namespace tw::detail
