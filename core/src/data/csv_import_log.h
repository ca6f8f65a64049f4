// The diagnostics of one import_csv call. Two files are read, so every message's path starts with
// the file it is about (Diagnostic::to_string() without a file is what the editor sees).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/result.h"

namespace tw::detail {

/// After this many errors the import stops: the editor fixes the first ones first.
constexpr std::size_t kMaxImportErrors = 100;

struct ImportLog {
  std::string csv_name;
  std::string meta_name;
  std::string_view meta_text;  ///< the meta file as parsed (without a byte-order mark)
  std::vector<Diagnostic> errors;
  std::vector<Diagnostic> warnings;

  /// "data.csv:LINE: column "NAME": message"; column is a position in csv_columns(), or -1.
  void csv_error(int line, int column, std::string message);
  void csv_warning(int line, int column, std::string message);
  /// "meta.json: PATH: message".
  void meta_error(const std::string& path, std::string message);
  /// The same with the line and column of a byte offset of meta_text.
  void meta_error_at(const std::string& path, std::string message, std::size_t offset);
  bool too_many_errors() const { return errors.size() >= kMaxImportErrors; }

  /// "data.csv:LINE" or "data.csv:LINE: column "NAME"".
  std::string csv_place(int line, int column) const;
};

}  // namespace tw::detail
