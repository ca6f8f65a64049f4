// Exact fixed-point decimals of a double, without the C library's printf (which, in wasm, brings
// its whole formatting engine and 128-bit long double arithmetic into the module).
#pragma once

#include <string>

namespace tw {

/// The digits of |value| rounded to `decimals` places (a negative count reads as 0), exactly as
/// printf's "%.*f" writes them: the binary value is expanded exactly and rounded to nearest, a
/// tie to even ("0.125" to 2 places is "0.12"). No sign; "inf" and "nan" as printf writes them.
std::string fixed_decimal(double value, int decimals);

/// The same with a leading '-' when the sign bit is set (also for -0.0), as printf writes it.
std::string signed_fixed_decimal(double value, int decimals);

}  // namespace tw
