#include "trade_widget/format.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "stable_order.h"
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

std::string qualifier_words(Qualifier q, Lang lang) {
  const bool zh = lang == Lang::zh;
  switch (q) {
    case Qualifier::exact:
      return "";
    case Qualifier::more_than:
      return zh ? "超过" : "more than ";
    case Qualifier::at_least:
      return zh ? "至少" : "at least ";
    case Qualifier::less_than:
      return zh ? "不足" : "less than ";
    case Qualifier::at_most:
      return zh ? "至多" : "at most ";
    case Qualifier::about:
      return zh ? "约" : "about ";
  }
  return "";
}

std::string format_volume(const Figure& f, const Text& unit, Lang lang) {
  return qualifier_words(f.qualifier, lang) + format_volume(f.value, f.decimals, unit, lang);
}

std::string format_share(const Figure& f, Lang lang) {
  return qualifier_words(f.qualifier, lang) + format_share(f.value, f.decimals, lang);
}

std::string format_change(const Figure& f, Lang lang) {
  if (f.qualifier == Qualifier::exact || f.qualifier == Qualifier::about) {
    return qualifier_words(f.qualifier, lang) + format_change(f.value, f.decimals, lang);
  }
  // "more than -30%" would read as a smaller fall: the words say the direction, the bound the size.
  const std::string size = format_share(std::fabs(f.value), f.decimals, lang);
  const bool down = f.value < 0;
  if (lang == Lang::zh) return (down ? "下降" : "增长") + qualifier_words(f.qualifier, lang) + size;
  return (down ? "down " : "up ") + qualifier_words(f.qualifier, lang) + size;
}

const char* not_reported(Lang lang) { return lang == Lang::zh ? "未报告" : "not reported"; }
const char* implied(Lang lang) { return lang == Lang::zh ? "推算" : "implied"; }

std::string format_figure(const Figure& f, Measure measure, const Text& unit, Lang lang) {
  if (!f.present()) return not_reported(lang);
  switch (measure) {
    case Measure::volume:
      return format_volume(f, unit, lang);
    case Measure::yoy:
      return format_change(f, lang);
    case Measure::share:
      return format_share(f, lang);
  }
  return "";
}

const Text& volume_unit(const Dataset& ds, const Figure& f) {
  if (f.unit != kNone) return ds.unit_label(f.unit);
  std::int32_t row = f.observation != kNone ? f.observation : f.gap;
  if (row == kNone && !f.inputs.empty()) row = f.inputs.front();
  if (row == kNone || static_cast<std::size_t>(row) >= ds.observations.size())
    return ds.meta.volume_unit;
  return ds.unit_label_of_product(ds.observations[static_cast<std::size_t>(row)].product);
}

std::string format_figure(const Dataset& ds, const Figure& f, Measure measure, Lang lang) {
  return format_figure(f, measure,
                       measure == Measure::volume ? volume_unit(ds, f) : ds.meta.volume_unit, lang);
}

std::string unit_conversions(const Dataset& ds, const std::vector<int>& products, Lang lang) {
  std::vector<int> units;
  for (int p : products) {
    const int u = ds.products[static_cast<std::size_t>(p)].unit;
    if (u > 0 && std::find(units.begin(), units.end(), u) == units.end()) units.push_back(u);
  }
  detail::stable_sort_positions(units, [](int a, int b) { return a < b; });
  std::string out;
  for (int u : units) {
    const VolumeUnit unit = ds.unit(u);
    // The factor as declared, grouped as readers see figures ("1,000"), never rounded.
    const std::string& text = unit.per_volume_unit_text;
    const std::size_t point = text.find('.');
    const int decimals = point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
    const std::string factor = format_number(unit.per_volume_unit, decimals, lang);
    if (!out.empty()) out += lang == Lang::zh ? "；" : "; ";
    out += lang == Lang::zh ? "1" + ds.meta.volume_unit.zh + "=" + factor + unit.label.zh
                            : "1 " + ds.meta.volume_unit.en + " = " + factor + " " + unit.label.en;
  }
  return out;
}

}  // namespace tw
