#include "data/csv_import_figure.h"

#include "data/csv_import_columns.h"
#include "data/json_cursor.h"

namespace tw::detail {

namespace {

/// Most digits after the point the loader keeps (Observation::decimals).
constexpr int kMaxDecimals = 12;

Figure refused(int column, std::string error) { return Figure{"", column, std::move(error)}; }

/// "0" ... "12", or -1.
int whole_number(const std::string& s) {
  if (s.empty() || s.size() > 2) return -1;
  int n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n <= kMaxDecimals ? n : -1;
}

}  // namespace

bool is_json_number(std::string_view s) {
  std::size_t i = 0;
  const auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  if (i < s.size() && s[i] == '-') ++i;
  if (!digit(i)) return false;
  if (s[i] == '0') {
    ++i;
  } else {
    while (digit(i)) ++i;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digit(i)) return false;
    while (digit(i)) ++i;
  }
  return i == s.size();
}

std::string number_hint(const std::string& s) {
  static const char* const kMissing[] = {"NA", "N/A",  "n/a",  "na",  "nf",  "-",  "--", "—",
                                         "–",  "null", "NULL", "NaN", "nan", "..", "x"};
  for (const char* m : kMissing) {
    if (s == m) return " (leave the cell empty when no source gives the figure)";
  }
  if (s.find(',') != std::string::npos) {
    return " (write the number without thousands separators, with a decimal point: 1234.5)";
  }
  if (!s.empty() && s.back() == '%') return " (write the number without the % sign)";
  if (s.rfind("\u2212", 0) == 0) return " (use the ASCII minus sign -)";
  if (!s.empty() && s.front() == '+') return " (write the number without the + sign)";
  if (s.find(' ') != std::string::npos || s.find('\t') != std::string::npos) {
    return " (remove the spaces)";
  }
  return "";
}

Figure read_figure(const std::string& value, const std::string& decimals, bool has_decimals) {
  if (value.empty()) return Figure{"null", -1, ""};  // null, whatever decimals says
  if (!is_json_number(value)) {
    return refused(kValue,
                   "expected a number or empty, got " + quote_text(value) + number_hint(value));
  }
  // An exponent (which spreadsheets write only for extreme numbers) is kept as written.
  if (!has_decimals || value.find_first_of("eE") != std::string::npos) {
    return Figure{value, -1, ""};
  }
  if (decimals.empty()) {
    return refused(kDecimals, "empty, but the value " + value +
                                  " needs it: give the number of digits after the point that "
                                  "the source writes (0 for 4392, 1 for 38.0)");
  }
  const int wanted = whole_number(decimals);
  if (wanted < 0) {
    return refused(kDecimals, "expected the number of digits after the point (0 to " +
                                  std::to_string(kMaxDecimals) + "), got " + quote_text(decimals));
  }
  const std::size_t point = value.find('.');
  const int written = point == std::string::npos ? 0 : static_cast<int>(value.size() - point - 1);
  if (written > wanted) {
    return refused(kValue, quote_text(value) + " has " + std::to_string(written) +
                               " digits after the point, but column \"decimals\" says " + decimals +
                               ": write in \"decimals\" the digits the source gives");
  }
  std::string json = value;
  if (written < wanted) {
    if (point == std::string::npos) json += '.';
    json.append(static_cast<std::size_t>(wanted - written), '0');
  }
  return Figure{json, -1, ""};
}

}  // namespace tw::detail
