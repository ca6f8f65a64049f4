// The figure of a CSV row: the value cell, with the digits after the point that the decimals
// cell gives. A spreadsheet stores numbers, not digits: it saves 38.0 back as 38, but it keeps
// the whole number in `decimals`, so the figure is written as the source wrote it.
#pragma once

#include <string>
#include <string_view>

namespace tw::detail {

/// The strict JSON number grammar, so that the dataset file gets exactly the cell's digits.
bool is_json_number(std::string_view s);

/// What to do about a value cell that is not a number (" (...)"), or "".
std::string number_hint(const std::string& s);

struct Figure {
  std::string json;       ///< the JSON number ("38.0") or "null"; empty when refused
  int error_column = -1;  ///< kValue or kDecimals when refused
  std::string error;      ///< why, and what to change
};

/// Reads the value cell with the row's decimals cell (has_decimals: the file has that column).
/// Without the column the value's digits are taken as written.
Figure read_figure(const std::string& value, const std::string& decimals, bool has_decimals);

}  // namespace tw::detail
