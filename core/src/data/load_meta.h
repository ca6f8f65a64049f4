// Reading the small, tree-shaped parts of a dataset (meta and dimensions) from nlohmann::json.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"

namespace tw::detail {

/// Longest strings the loader accepts, in characters: a label, id or unit is shown in controls,
/// axes and sentences; titles, notes and source names are prose. Longer strings are editing
/// mistakes (a pasted document) that would swamp the widget.
constexpr std::size_t kMaxShortText = 200;
constexpr std::size_t kMaxLongText = 2000;

/// True when an address holds no character that URLs must percent-encode (spaces, quotes, <, >...).
bool plain_web_address(std::string_view url);

/// Characters (not bytes) of a UTF-8 string.
std::size_t count_characters(std::string_view s);

/// "got ..." rendering of a JSON value for messages.
std::string describe(const nlohmann::json& j);

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
                 Text& out, bool required, bool allow_plain = false,
                 std::size_t max_chars = kMaxShortText);
  bool read_string(const nlohmann::json& parent, const char* field, const std::string& path,
                   std::string& out, bool required, std::size_t max_chars = kMaxShortText);
  /// A list of objects that may be left out (or null), such as meta.notes: read_one(object,
  /// "path[i]") for each; a list that is not an array, or an entry that is not an object, is an
  /// error.
  template <typename ReadOne>
  void read_objects(const nlohmann::json& parent, const char* field, const std::string& path,
                    ReadOne read_one) {
    const auto list = parent.find(field);
    if (list == parent.end() || list->is_null()) return;
    if (!list->is_array()) {
      error(path, "expected an array, got " + describe(*list));
      return;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
      const nlohmann::json& entry = (*list)[i];
      const std::string entry_path = path + "[" + std::to_string(i) + "]";
      if (entry.is_object())
        read_one(entry, entry_path);
      else
        error(entry_path, "expected an object, got " + describe(entry));
    }
  }
  /// The "source" a statement must name (a key point, a callout, a list of complete partners):
  /// its position in meta.sources, read after them; `source` is left as it is when none is.
  void read_source(const nlohmann::json& parent, const std::string& path, const Meta& meta,
                   std::int32_t& source);

 private:
  /// True when j is a non-empty array of at most 65535 entries; otherwise records why (`what`
  /// names the entries: "items", "periods").
  bool check_list(const nlohmann::json& j, const std::string& path, const char* what);
  /// common_noun: a flow or product, whose label without a phrase is lowered in English sentences.
  /// units: the products' list reads each product's "unit" against them (nullptr otherwise).
  void read_items(const nlohmann::json& j, const std::string& path, std::vector<Item>& items,
                  bool common_noun, const Meta* units);
  void read_periods(const nlohmann::json& j, const std::string& path, std::vector<Period>& out);
};

/// A label as used inside an English sentence: a capitalised first word lowered ("Gallium" ->
/// "gallium"); words with other capitals ("NdFeB", "HS", "EU") stay as written.
std::string sentence_phrase(const std::string& label);
/// Parses "YYYY-MM" into a month index (year * 12 + month - 1), or -1.
int parse_year_month(const std::string& s);

}  // namespace tw::detail
