// Exact fixed-point decimals of a double, without the C library's printf (which, in wasm, brings
// its whole formatting engine and 128-bit long double arithmetic into the module), and decimal
// text to the nearest double without fast_float's tables or the C library's strtod.
#pragma once

#include <string>

namespace tw {

/// The digits of |value| rounded to `decimals` places (a negative count reads as 0), exactly as
/// printf's "%.*f" writes them: the binary value is expanded exactly and rounded to nearest, a
/// tie to even ("0.125" to 2 places is "0.12"). No sign; "inf" and "nan" as printf writes them.
std::string fixed_decimal(double value, int decimals);

/// The same with a leading '-' when the sign bit is set (also for -0.0), as printf writes it.
std::string signed_fixed_decimal(double value, int decimals);

/// Reads a decimal number at the start of [first, last): an optional '-', digits with an
/// optional '.' and fraction ("1." and ".5" too), an optional exponent ("1e" reads as 1, up to
/// the "e"). Sets `value` to the nearest double, a tie to even, as a correct strtod does: +-inf
/// beyond the largest double, +-0 below half of the smallest subnormal. Returns the end of the
/// number, or `first` (and `value` untouched) when there is none. No '+', white space, "inf",
/// "nan" or hexadecimal: callers that accept those read them first.
const char* read_decimal(const char* first, const char* last, double& value);

}  // namespace tw
