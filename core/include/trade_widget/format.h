// Numbers as readers see them, per language: separators, the source's precision, signs, units.
#pragma once

#include <string>

#include "trade_widget/dataset.h"
#include "trade_widget/query.h"

namespace tw {

/// 24151.3 with 1 decimal -> "24,151.3" (both languages group thousands with commas).
std::string format_number(double value, int decimals, Lang lang);

/// "24,151.3 t" in English, "24,151.3吨" in Chinese (unit from the dataset).
std::string format_volume(double value, int decimals, const Text& unit, Lang lang);

/// A signed change: "+38.0%", "−45.6%" (U+2212 minus), "0.0%".
std::string format_change(double value, int decimals, Lang lang);

/// A share: "40%", "99.3%".
std::string format_share(double value, int decimals, Lang lang);

/// The words a qualifier puts before a figure: "more than " / "超过", "about " / "约"; "" for
/// exact.
std::string qualifier_words(Qualifier q, Lang lang);

/// A figure with its qualifier: "more than 80%", "超过80%", "about 5.15 t".
std::string format_volume(const Figure& f, const Text& unit, Lang lang);
std::string format_share(const Figure& f, Lang lang);
/// "+38.0%", "about −30%" / "约−30%"; a bound says which way: "up more than 55%" / "增长超过55%",
/// "down more than 30%" / "下降超过30%" (a bound speaks of the change's size).
std::string format_change(const Figure& f, Lang lang);

/// A figure of a measure (with its qualifier), or "not reported" / "未报告" when it has no value.
std::string format_figure(const Figure& figure, Measure measure, const Text& unit, Lang lang);

/// The unit a volume figure is written in: Figure::unit when set (a sum across units), else its
/// product's (that of its row, of the gap it fills, or of its first input).
const Text& volume_unit(const Dataset& ds, const Figure& figure);

/// A figure of a measure, a volume in its own unit ("3,500 kg" beside "5.15 t").
std::string format_figure(const Dataset& ds, const Figure& figure, Measure measure, Lang lang);

/// The declared conversions of the units of these products other than the dataset's, each once:
/// "1 t = 1,000 kg" / "1吨=1,000千克" ("; " / "；" between two). "" when all are in the dataset's
/// unit.
std::string unit_conversions(const Dataset& ds, const std::vector<int>& products, Lang lang);

/// "not reported" / "未报告".
const char* not_reported(Lang lang);
/// "implied" / "推算".
const char* implied(Lang lang);

}  // namespace tw
