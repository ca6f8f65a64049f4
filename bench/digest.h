// The rollup as compact JSON, the same text from the native and the wasm benchmark programs, so
// the Node script can check that every implementation computed the same figures.
#pragma once

#include <string>

#include "trade_widget/rollup.h"

namespace tw::bench {

/// {"by_product": [[flow, product, volume, stated, missing, prior volume, prior stated,
///  prior missing, yoy or null], ...], "by_partner": [...same...], "top": [[flow, total volume,
///  total missing, [partners...], top volume, share or null], ...]}; numbers with 17 digits.
std::string digest(const Rollup& r);

}  // namespace tw::bench
