// Words about partners and changes that the narrative's sentences share: who a figure is about,
// where it comes from, and how a change reads in each language.
#pragma once

#include <string>

#include "trade_widget/dataset.h"
#include "trade_widget/query.h"

namespace tw::detail {

/// A change that shows as 0.0% at its precision reads as "unchanged", whatever its sign.
bool rounds_to_zero(const Figure& f);

/// "fell 24.0% year on year" / "were unchanged year on year" (+ " (implied)" when derived).
std::string change_en(const Figure& yoy, bool with_year_on_year = true);
/// "同比下降24.0%" / "同比持平" (+ "（推算）").
std::string change_zh(const Figure& yoy);

/// "to the United States" / "from Vietnam" by the flow (exports go to, imports come from).
std::string partner_en(const Dataset& ds, int flow, int partner);
/// "对美国出口" / "自越南进口".
std::string partner_zh(const Dataset& ds, int flow, int partner);

/// Where a stated figure comes from, for a sentence: " (Antaike, [18][21])" / "（安泰科，[18]）";
/// "" for a figure without an observation.
std::string attribution(const Dataset& ds, const Figure& f, Lang lang);

}  // namespace tw::detail
