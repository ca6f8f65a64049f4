#include "trade_widget/format.h"

#include <cmath>

#include "trade_widget/decimal.h"

namespace tw {

namespace {
constexpr const char* kMinus = "\u2212";

/// Fixed-point digits of |value|, rounded to decimals, without sign.
std::string fixed_digits(double value, int decimals, bool& is_zero) {
  std::string s = fixed_decimal(value, decimals);
  is_zero = s.find_first_not_of("0.") == std::string::npos;
  return s;
}

std::string group_thousands(const std::string& digits) {
  const std::size_t point = digits.find('.');
  const std::string whole = digits.substr(0, point);
  std::string out;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  if (point != std::string::npos) out += digits.substr(point);
  return out;
}
}  // namespace

std::string format_number(double value, int decimals, Lang) {
  if (std::isnan(value)) return "";
  bool zero = false;
  const std::string digits = group_thousands(fixed_digits(value, decimals, zero));
  return (value < 0 && !zero) ? kMinus + digits : digits;
}

std::string format_volume(double value, int decimals, const Text& unit, Lang lang) {
  const std::string n = format_number(value, decimals, lang);
  return lang == Lang::zh ? n + unit.zh : n + " " + unit.en;
}

std::string format_change(double value, int decimals, Lang lang) {
  bool zero = false;
  const std::string digits = group_thousands(fixed_digits(value, decimals, zero));
  (void)lang;
  if (zero) return digits + "%";
  return std::string(value < 0 ? kMinus : "+") + digits + "%";
}

std::string format_share(double value, int decimals, Lang lang) {
  return format_number(value, decimals, lang) + "%";
}

const char* not_reported(Lang lang) { return lang == Lang::zh ? "未报告" : "not reported"; }
const char* implied(Lang lang) { return lang == Lang::zh ? "推算" : "implied"; }

std::string format_figure(const Figure& f, Measure measure, const Text& unit, Lang lang) {
  if (!f.present()) return not_reported(lang);
  switch (measure) {
    case Measure::volume:
      return format_volume(f.value, f.decimals, unit, lang);
    case Measure::yoy:
      return format_change(f.value, f.decimals, lang);
    case Measure::share:
      return format_share(f.value, f.decimals, lang);
  }
  return "";
}

}  // namespace tw
