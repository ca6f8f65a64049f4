// The unsigned big integer of the number code: the formatter (decimal.cpp, fixed_decimal) and
// the correctly rounded reader's slow path (decimal_read.cpp, read_decimal). One definition so
// the two cannot drift apart; each file keeps beside it the few operations only it needs.
// Inline: each is compiled with its includer (the reader at -O2 in the page module).
//
// A number is its 32-bit limbs, least significant first; zero is the empty vector.
// The invariant these functions keep: a number with no zero limb on top (the reader keeps all
// its numbers so) still has none afterwards. A number that has zero limbs on top (the
// formatter's mantissa is split into two limbs, the upper one may be zero) keeps them: the
// value is the same, and the formatter drops them before it prints (trim_top).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tw::detail {

using Limbs = std::vector<std::uint32_t>;

/// 10^0 .. 10^9: the factors of at most nine decimal digits at a time.
inline constexpr std::uint32_t kSmallPowersOfTen[] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};

/// n = n * factor + addend, factor > 0 (a zero factor would leave zero limbs on top). Zero
/// (empty) plus zero stays empty.
inline void multiply_add(Limbs& n, std::uint32_t factor, std::uint32_t addend) {
  std::uint64_t carry = addend;
  for (std::uint32_t& limb : n) {
    const std::uint64_t product = std::uint64_t{limb} * factor + carry;
    limb = static_cast<std::uint32_t>(product);
    carry = product >> 32;
  }
  if (carry) n.push_back(static_cast<std::uint32_t>(carry));
}

/// n = n * 2^bits; no change for bits <= 0, and zero (empty) stays empty rather than gaining
/// zero limbs.
inline void shift_left(Limbs& n, std::int64_t bits) {
  if (n.empty() || bits <= 0) return;
  const unsigned rest = static_cast<unsigned>(bits % 32);
  if (rest) {
    std::uint32_t carry = 0;
    for (std::uint32_t& limb : n) {
      const std::uint32_t next = limb >> (32 - rest);
      limb = (limb << rest) | carry;
      carry = next;
    }
    if (carry) n.push_back(carry);
  }
  n.insert(n.begin(), static_cast<std::size_t>(bits / 32), 0u);
}

/// Bit `index` of n (0: the least significant); false beyond the top limb.
inline bool bit(const Limbs& n, std::int64_t index) {
  if (index < 0) return false;
  const auto limb = static_cast<std::size_t>(index / 32);
  return limb < n.size() && ((n[limb] >> (index % 32)) & 1u) != 0;
}

/// Drops the zero limbs on top: the invariant again (zero becomes the empty vector).
inline void trim_top(Limbs& n) {
  while (!n.empty() && n.back() == 0) n.pop_back();
}

}  // namespace tw::detail
