// Decimal text to the nearest double, correctly rounded (ties to even), without tables of
// powers: the page module's one number reader (the JSON cursor, and strtod for nlohmann's lexer).
// Why not fast_float: its 128-bit powers-of-five table is 10.5 KB of data the module cannot
// compress, for speed on digits datasets do not write. Why not the C library's strtod: in wasm
// it emulates 128-bit long double in software (20x slower, 9 KB of code).
//
// Two paths. The exact one (Clinger): up to 19 significant digits whose integer w is at most
// 2^53 and a power of ten that a double holds exactly (10^0 .. 10^22): w * 10^e or w / 10^e is
// one correctly rounded operation. 1.5e30 is the extended case: w * 10^(e-22) still fits 2^53,
// so the product is exact and one multiplication by 10^22 remains. Datasets' figures (a few
// digits and decimals) all take it. The rest takes the big-integer path: the value is
// D * 10^e with D all its digits; D * 5^e (e >= 0), or D * 2^s / 5^-e by long division
// (e < 0), gives 64 leading bits and whether any bit below them is set, which is all the
// rounding needs. Slow (microseconds), and only for numbers no dataset writes by hand.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "limbs.h"
#include "trade_widget/decimal.h"

namespace tw {

namespace {
constexpr double kExactPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr std::uint64_t kTwoTo53 = std::uint64_t{1} << 53;

// The digits a halfway point between two doubles can have are at most 767: a number cut after
// more digits than that, with a 1 in place of what was cut (when not all zeros), rounds as the
// whole number does.
constexpr int kMaxDigits = 800;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// An unsigned integer (limbs.h), here always with no zero limb on top: bit_length and
// at_least read the top limb as the number's highest, and an empty remainder means exact.
using namespace detail;  // Limbs, multiply_add, shift_left, bit, trim_top

void multiply_by_power_of_five(Limbs& n, std::int64_t exponent) {
  static constexpr std::uint32_t kFives[] = {1,       5,        25,        125,       625,
                                             3125,    15625,    78125,     390625,    1953125,
                                             9765625, 48828125, 244140625, 1220703125};
  for (; exponent >= 13; exponent -= 13) multiply_add(n, kFives[13], 0);
  if (exponent > 0) multiply_add(n, kFives[exponent], 0);
}

std::int64_t bit_length(const Limbs& n) {
  if (n.empty()) return 0;
  std::uint32_t top = n.back();
  std::int64_t bits = 32 * static_cast<std::int64_t>(n.size() - 1);
  while (top) {
    ++bits;
    top >>= 1;
  }
  return bits;
}

void shift_right_one(Limbs& n) {
  for (std::size_t i = 0; i < n.size(); ++i) {
    const std::uint32_t high = i + 1 < n.size() ? n[i + 1] << 31 : 0u;
    n[i] = (n[i] >> 1) | high;
  }
  trim_top(n);
}

bool at_least(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() > b.size();
  for (std::size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] > b[i];
  }
  return true;
}

void subtract(Limbs& a, const Limbs& b) {  // a >= b
  std::int64_t borrow = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::int64_t d = std::int64_t{a[i]} - borrow - (i < b.size() ? std::int64_t{b[i]} : 0);
    borrow = d < 0;
    if (d < 0) d += std::int64_t{1} << 32;
    a[i] = static_cast<std::uint32_t>(d);
  }
  trim_top(a);
}

/// (q + f) * 2^exponent rounded to a double, where q >= 2^62 and f in [0, 1) is non-zero when
/// `inexact`: normal, subnormal, zero or infinity, to nearest, a tie to even.
double round_to_double(std::uint64_t q, bool inexact, std::int64_t exponent) {
  int top = 63;
  while (!(q >> top)) --top;
  const std::int64_t binary_exponent = top + exponent;  // of the leading bit
  if (binary_exponent > 1023) return HUGE_VAL;
  // Bits below the double's last place: 11 or 10 for a normal number, more for a subnormal.
  const std::int64_t last_place = binary_exponent >= -1022 ? binary_exponent - 52 : -1074;
  const std::int64_t drop = last_place - exponent;  // >= top - 52 >= 10
  if (drop > 64) return 0.0;                        // below half of the smallest subnormal
  std::uint64_t mantissa = drop == 64 ? 0 : q >> drop;
  const std::uint64_t rest = drop == 64 ? q : q & ((std::uint64_t{1} << drop) - 1);
  const std::uint64_t half = std::uint64_t{1} << (drop - 1);
  if (rest > half || (rest == half && (inexact || (mantissa & 1)))) ++mantissa;
  std::int64_t biased = binary_exponent >= -1022 ? binary_exponent + 1023 : 0;
  if (mantissa == kTwoTo53) {  // rounded up to the next power of two
    mantissa >>= 1;
    ++biased;
    if (biased > 2046) return HUGE_VAL;
  }
  // A subnormal that rounds up to 2^52 becomes the smallest normal by the same bits.
  const std::uint64_t bits =
      biased ? (std::uint64_t(biased) << 52) | (mantissa & (kTwoTo53 / 2 - 1)) : mantissa;
  double value = 0;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

struct Digits {
  const char* integer;
  const char* integer_end;
  const char* fraction;
  const char* fraction_end;
  std::int64_t exponent;  // as written, saturated at +-10^9
};

/// Calls `each(digit)` for every significant digit (leading zeros skipped).
template <class Each>
void for_each_significant(const Digits& d, Each each) {
  bool leading = true;
  for (const char* p = d.integer; p != d.integer_end; ++p) {
    if (leading && *p == '0') continue;
    leading = false;
    each(*p - '0');
  }
  for (const char* p = d.fraction; p != d.fraction_end; ++p) {
    if (leading && *p == '0') continue;
    leading = false;
    each(*p - '0');
  }
}

double read_exactly(const Digits& d) {
  // D: at most kMaxDigits digits, then a 1 for any non-zero digit cut off. value = D * 10^e.
  Limbs digits;
  std::int64_t count = 0;
  std::int64_t cut = 0;
  bool cut_nonzero = false;
  std::uint32_t chunk = 0;
  int in_chunk = 0;
  auto push = [&](int digit) {
    chunk = chunk * 10 + static_cast<std::uint32_t>(digit);
    if (++in_chunk == 9) {
      multiply_add(digits, kSmallPowersOfTen[9], chunk);
      chunk = 0;
      in_chunk = 0;
    }
  };
  for_each_significant(d, [&](int digit) {
    if (count < kMaxDigits) {
      push(digit);
      ++count;
    } else {
      ++cut;
      cut_nonzero = cut_nonzero || digit != 0;
    }
  });
  if (cut_nonzero) {
    push(1);
    ++count;
    --cut;
  }
  if (in_chunk) multiply_add(digits, kSmallPowersOfTen[in_chunk], chunk);
  if (digits.empty()) return 0.0;
  const std::int64_t exponent = d.exponent - (d.fraction_end - d.fraction) + cut;
  // 10^(count - 1 + exponent) <= value < 10^(count + exponent)
  if (count + exponent > 310) return HUGE_VAL;
  if (count + exponent < -324) return 0.0;

  std::uint64_t q = 0;
  bool inexact = false;
  std::int64_t binary_exponent = 0;
  if (exponent >= 0) {  // D * 5^e * 2^e: its 64 leading bits
    multiply_by_power_of_five(digits, exponent);
    const std::int64_t length = bit_length(digits);
    const std::int64_t low = length > 64 ? length - 64 : 0;
    for (std::int64_t i = length - 1; i >= low; --i) q = (q << 1) | (bit(digits, i) ? 1u : 0u);
    for (std::int64_t i = 0; i < low && !inexact; ++i) inexact = bit(digits, i);
    if (length < 64) q <<= 64 - length;
    binary_exponent = exponent + length - 64;
  } else {  // D / 5^k * 2^-k with k = -e: 63 or 64 bits of D * 2^s / 5^k by long division
    Limbs divisor{1};
    multiply_by_power_of_five(divisor, -exponent);
    const std::int64_t s = 63 - bit_length(digits) + bit_length(divisor);
    shift_left(digits, s);
    shift_left(divisor, (s < 0 ? -s : 0) + 63);
    for (int i = 63; i >= 0; --i) {
      if (at_least(digits, divisor)) {
        subtract(digits, divisor);
        q |= std::uint64_t{1} << i;
      }
      shift_right_one(divisor);
    }
    inexact = !digits.empty();
    binary_exponent = exponent - s;
  }
  return round_to_double(q, inexact, binary_exponent);
}
}  // namespace

const char* read_decimal(const char* first, const char* last, double& value) {
  const char* p = first;
  const bool negative = p != last && *p == '-';
  if (negative) ++p;
  Digits d{p, p, p, p, 0};
  while (p != last && is_digit(*p)) ++p;
  d.integer_end = d.fraction = d.fraction_end = p;
  if (p != last && *p == '.') {
    const char* q = p + 1;
    while (q != last && is_digit(*q)) ++q;
    if (q != p + 1 || d.integer_end != d.integer) {  // "1." and ".5" are numbers, "." is not
      d.fraction = p + 1;
      d.fraction_end = p = q;
    }
  }
  if (d.integer_end == d.integer && d.fraction_end == d.fraction) return first;
  if (p != last && (*p == 'e' || *p == 'E')) {
    const char* q = p + 1;
    const bool minus = q != last && *q == '-';
    if (q != last && (*q == '-' || *q == '+')) ++q;
    if (q != last && is_digit(*q)) {  // else "1e" is the number 1 followed by "e"
      std::int64_t exponent = 0;
      for (; q != last && is_digit(*q); ++q) {
        if (exponent < 1000000000) exponent = exponent * 10 + (*q - '0');
      }
      d.exponent = minus ? -exponent : exponent;
      p = q;
    }
  }

  // The exact path: up to 19 significant digits (more when the rest are zeros).
  std::uint64_t w = 0;
  int kept = 0;
  std::int64_t dropped = 0;
  bool dropped_nonzero = false;
  for_each_significant(d, [&](int digit) {
    if (kept < 19) {
      w = w * 10 + static_cast<std::uint64_t>(digit);
      ++kept;
    } else {
      ++dropped;
      dropped_nonzero = dropped_nonzero || digit != 0;
    }
  });
  const std::int64_t exponent = d.exponent - (d.fraction_end - d.fraction) + dropped;
  double magnitude = 0;
  bool exact = false;
  if (w == 0) {
    exact = true;
  } else if (!dropped_nonzero && w <= kTwoTo53) {
    if (exponent >= 0 && exponent <= 22) {
      magnitude = static_cast<double>(w) * kExactPowersOfTen[exponent];
      exact = true;
    } else if (exponent < 0 && exponent >= -22) {
      magnitude = static_cast<double>(w) / kExactPowersOfTen[-exponent];
      exact = true;
    } else if (exponent > 22 && exponent <= 22 + 15) {
      const std::uint64_t scale = static_cast<std::uint64_t>(kExactPowersOfTen[exponent - 22]);
      if (w <= kTwoTo53 / scale) {
        magnitude = static_cast<double>(w * scale) * 1e22;
        exact = true;
      }
    }
  }
  if (!exact) magnitude = read_exactly(d);
  value = negative ? -magnitude : magnitude;
  return p;
}

}  // namespace tw
