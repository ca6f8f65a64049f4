// Results as values: a computation gives either a value or a list of diagnostics, never an
// exception.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tw {

/// One problem found in the input: where (JSON path, and line/column when known) and what.
struct Diagnostic {
  std::string path;     ///< e.g. "observations[12][5] (value)"; empty for the whole file
  std::string message;  ///< e.g. "expected a number or null, got \"12,3\""
  int line = 0;         ///< 1-based; 0 when unknown
  int column = 0;       ///< 1-based, in characters; 0 when unknown

  /// "file: path: message (line L, column C)"; parts that are unknown are left out.
  std::string to_string(const std::string& file = "") const;
};

/// text with every control character written as an escape: \n, \t, \r, and \u001b style for
/// the others (C0, DEL and the C1 range), so that a message is one line that no terminal acts on
/// and that printf("%s") prints whole. Invisible characters that change how a line reads (line
/// separators, zero-width and bidirectional controls, the BOM) are escaped too (\u202e).
std::string escape_control_characters(const std::string& text);

/// A value, or the errors that prevented it. Warnings may accompany either.
template <class T>
class Result {
 public:
  static Result success(T value, std::vector<Diagnostic> warnings = {}) {
    Result r;
    r.value_ = std::move(value);
    r.warnings_ = std::move(warnings);
    return r;
  }
  static Result failure(std::vector<Diagnostic> errors, std::vector<Diagnostic> warnings = {}) {
    Result r;
    r.errors_ = std::move(errors);
    r.warnings_ = std::move(warnings);
    return r;
  }

  bool ok() const { return value_.has_value(); }
  const T& value() const { return *value_; }
  T& value() { return *value_; }
  const std::vector<Diagnostic>& errors() const { return errors_; }
  const std::vector<Diagnostic>& warnings() const { return warnings_; }

 private:
  std::optional<T> value_;
  std::vector<Diagnostic> errors_;
  std::vector<Diagnostic> warnings_;
};

}  // namespace tw
