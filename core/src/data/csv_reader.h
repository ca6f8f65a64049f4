// A strict RFC 4180 record reader over bytes in memory: quoted cells may hold commas, quotes
// ("" inside quotes) and line breaks; records end with CRLF, LF or CR. It keeps line numbers so
// that every message can name the line a record starts on.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tw::detail {

class CsvReader {
 public:
  /// A leading UTF-8 byte-order mark is skipped.
  explicit CsvReader(std::string_view text);

  /// Reads the next record into cells (reusing their storage). False at the end of the text, or
  /// on a syntax error (then error() is set and line() names the record's first line).
  bool next(std::vector<std::string>& cells);
  /// 1-based line on which the record last read (or failed) starts.
  int line() const { return record_line_; }
  const std::string& error() const { return error_; }
  /// The whole text, as given (for a look at raw lines when a record cannot be read).
  std::string_view text() const { return text_; }

 private:
  bool read_quoted(std::string& cell);
  void end_of_line();

  std::string_view text_;
  std::size_t pos_ = 0;
  int next_line_ = 1;
  int record_line_ = 0;
  std::string error_;
};

}  // namespace tw::detail
