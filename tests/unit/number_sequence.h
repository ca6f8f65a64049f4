// Fixed pseudo-random numbers for the number code's tests, so that every run checks the same
// values and texts: xorshift64*, each test file with its own seed.
#pragma once

#include <cstdint>
#include <cstring>

namespace tw::test {

struct NumberSequence {
  std::uint64_t state;
  explicit NumberSequence(std::uint64_t seed) : state(seed) {}
  std::uint64_t next() {
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545f4914f6cdd1dull;
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
};

/// The double whose IEEE 754 bits are `bits`.
inline double double_from_bits(std::uint64_t bits) {
  double value = 0;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

}  // namespace tw::test
