#include "trade_widget/decimal.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "limbs.h"

namespace tw {

namespace {
// An unsigned integer of any size (limbs.h). Small on purpose: it only multiplies by small
// numbers, shifts, and divides by 10^9 to print. Its numbers may have a zero limb on top (the
// mantissa is two limbs from the start): to_digits trims them before it prints.
using namespace detail;  // Limbs, multiply_add, shift_left, bit, trim_top

/// Whether any bit below `index` is set.
bool any_bit_below(const Limbs& n, unsigned index) {
  for (unsigned limb = 0; limb < index / 32 && limb < n.size(); ++limb) {
    if (n[limb]) return true;
  }
  const unsigned limb = index / 32;
  return limb < n.size() && (n[limb] & ((1u << (index % 32)) - 1u));
}

void shift_right(Limbs& n, unsigned bits) {
  const unsigned words = bits / 32;
  if (words >= n.size()) {
    n.clear();
    return;
  }
  n.erase(n.begin(), n.begin() + words);
  const unsigned rest = bits % 32;
  if (!rest) return;
  for (std::size_t i = 0; i < n.size(); ++i) {
    const std::uint32_t high = i + 1 < n.size() ? n[i + 1] << (32 - rest) : 0u;
    n[i] = (n[i] >> rest) | high;
  }
}

void add_one(Limbs& n) {
  for (std::uint32_t& limb : n) {
    if (++limb != 0) return;
  }
  n.push_back(1u);
}

/// Divides by `divisor` in place; returns the remainder.
std::uint32_t divide(Limbs& n, std::uint32_t divisor) {
  std::uint64_t remainder = 0;
  for (std::size_t i = n.size(); i-- > 0;) {
    const std::uint64_t current = (remainder << 32) | n[i];
    n[i] = static_cast<std::uint32_t>(current / divisor);
    remainder = current % divisor;
  }
  trim_top(n);
  return static_cast<std::uint32_t>(remainder);
}

/// Decimal digits of n ("0" for zero); consumes n.
std::string to_digits(Limbs& n) {
  trim_top(n);
  std::string reversed;
  do {
    std::uint32_t chunk = divide(n, 1000000000u);
    for (int i = 0; i < 9 && (chunk || !n.empty() || i == 0); ++i) {
      reversed += static_cast<char>('0' + chunk % 10);
      chunk /= 10;
    }
  } while (!n.empty());
  return std::string(reversed.rbegin(), reversed.rend());
}
}  // namespace

std::string fixed_decimal(double value, int decimals) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return "inf";
  if (decimals < 0) decimals = 0;
  // |value| = mantissa * 2^exponent exactly.
  std::uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  const int biased = static_cast<int>((bits >> 52) & 0x7ff);
  const std::uint64_t fraction = bits & ((std::uint64_t{1} << 52) - 1);
  const std::uint64_t mantissa = biased ? fraction | (std::uint64_t{1} << 52) : fraction;
  const int exponent = (biased ? biased : 1) - 1075;

  // scaled = |value| * 10^decimals, exactly, then rounded to an integer (a tie to even).
  Limbs scaled{static_cast<std::uint32_t>(mantissa), static_cast<std::uint32_t>(mantissa >> 32)};
  for (int left = decimals; left > 0; left -= 9) {
    multiply_add(scaled, kSmallPowersOfTen[left < 9 ? left : 9], 0);
  }
  if (exponent >= 0) {
    shift_left(scaled, static_cast<unsigned>(exponent));
  } else {
    const unsigned drop = static_cast<unsigned>(-exponent);
    const bool half = bit(scaled, drop - 1);
    const bool above_half = half && any_bit_below(scaled, drop - 1);
    shift_right(scaled, drop);
    if (above_half || (half && bit(scaled, 0))) add_one(scaled);
  }

  std::string digits = to_digits(scaled);
  if (decimals == 0) return digits;
  const std::size_t places = static_cast<std::size_t>(decimals);
  if (digits.size() <= places) digits.insert(0, places + 1 - digits.size(), '0');
  digits.insert(digits.size() - places, 1, '.');
  return digits;
}

std::string signed_fixed_decimal(double value, int decimals) {
  const std::string digits = fixed_decimal(value, decimals);
  return std::signbit(value) ? "-" + digits : digits;
}

}  // namespace tw
