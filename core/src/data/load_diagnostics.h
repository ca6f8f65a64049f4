// Where the loader's stages put what they find: errors and warnings with JSON path, line and
// column, counted from byte offsets in the (BOM-less) text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "data/json_cursor.h"
#include "trade_widget/result.h"

namespace tw::detail {

class DiagnosticSink {
 public:
  /// More errors than this stop the rows stage: a reader fixes the first ones first.
  static constexpr std::size_t kMaxErrors = 100;

  explicit DiagnosticSink(std::string_view text) : text_(text) {}

  /// An error at a byte offset of the text: line and column are counted for it.
  void error_at(std::size_t offset, std::string path, std::string message);
  /// An error about a value as a whole (a tree was read without positions).
  void error(std::string path, std::string message) {
    errors_.push_back(Diagnostic{std::move(path), std::move(message), 0, 0});
  }
  void warning(std::string path, std::string message) {
    warnings_.push_back(Diagnostic{std::move(path), std::move(message), 0, 0});
  }
  bool too_many_errors() const { return errors_.size() >= kMaxErrors; }
  bool has_errors() const { return !errors_.empty(); }

  std::vector<Diagnostic>& errors() { return errors_; }
  std::vector<Diagnostic>& warnings() { return warnings_; }

 private:
  std::string_view text_;
  std::vector<Diagnostic> errors_;
  std::vector<Diagnostic> warnings_;
  std::size_t counted_to_ = 0;  ///< error_at's line/column count has reached this byte
  TextPosition counted_{1, 1};
};

}  // namespace tw::detail
