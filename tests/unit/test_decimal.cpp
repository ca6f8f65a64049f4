#include <catch2/catch.hpp>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

#include "number_sequence.h"
#include "trade_widget/decimal.h"

using tw::fixed_decimal;
using tw::signed_fixed_decimal;

namespace {
// printf's own answer, the behaviour the formatter replaces (the tests may use printf; the
// module does not).
std::string printf_fixed(double value, int decimals) {
  const int length = std::snprintf(nullptr, 0, "%.*f", decimals, value);
  std::string s(static_cast<std::size_t>(length), '\0');
  std::snprintf(s.data(), s.size() + 1, "%.*f", decimals, value);
  return s;
}

}  // namespace

TEST_CASE("fixed decimals round the exact binary value, a tie to even") {
  CHECK(fixed_decimal(0.5, 0) == "0");
  CHECK(fixed_decimal(1.5, 0) == "2");
  CHECK(fixed_decimal(2.5, 0) == "2");
  CHECK(fixed_decimal(3.5, 0) == "4");
  CHECK(fixed_decimal(0.125, 2) == "0.12");  // exactly halfway: to the even digit
  CHECK(fixed_decimal(0.375, 2) == "0.38");
  CHECK(fixed_decimal(0.25, 1) == "0.2");
  // Not ties: the double lies just below or above the decimal that was written.
  CHECK(fixed_decimal(1.005, 2) == "1.00");
  CHECK(fixed_decimal(2.675, 2) == "2.67");
  CHECK(fixed_decimal(0.35, 1) == "0.3");
  CHECK(fixed_decimal(0.05, 1) == "0.1");
  CHECK(fixed_decimal(9.995, 2) == "9.99");
  CHECK(fixed_decimal(999.95, 1) == "1000.0");  // 999.950000000000045...: a carry into a new digit
  CHECK(fixed_decimal(0.1, 20) == "0.10000000000000000555");
}

TEST_CASE("fixed decimals of zero, small numbers and the sign") {
  CHECK(fixed_decimal(0.0, 0) == "0");
  CHECK(fixed_decimal(0.0, 3) == "0.000");
  CHECK(fixed_decimal(-0.0, 1) == "0.0");
  CHECK(signed_fixed_decimal(-0.0, 1) == "-0.0");
  CHECK(signed_fixed_decimal(-0.04, 1) == "-0.0");
  CHECK(signed_fixed_decimal(-7.25, 1) == "-7.2");
  CHECK(signed_fixed_decimal(7.25, 0) == "7");
  CHECK(fixed_decimal(-12.5, 1) == "12.5");  // no sign: the caller writes its own
  CHECK(fixed_decimal(0.004, 2) == "0.00");
  CHECK(fixed_decimal(0.006, 2) == "0.01");
  CHECK(fixed_decimal(3.0, -2) == "3");  // a negative count of places reads as none
}

TEST_CASE("fixed decimals of large numbers are written in full") {
  CHECK(fixed_decimal(1e21, 0) == "1000000000000000000000");
  CHECK(fixed_decimal(1234567890123456789.0, 1) == "1234567890123456768.0");  // the double's value
  CHECK(fixed_decimal(9007199254740993.0, 0) == "9007199254740992");
  const std::string max = fixed_decimal(DBL_MAX, 2);
  CHECK(max.size() == 309 + 3);
  CHECK(max.rfind("17976931348623157081452742373170435679807056752584", 0) == 0);
  CHECK(max.substr(max.size() - 10) == "4858368.00");
}

TEST_CASE("fixed decimals of the smallest doubles are exact to the last place") {
  const double tiny = std::ldexp(1.0, -1074);  // the smallest subnormal, 4.94...e-324
  CHECK(fixed_decimal(tiny, 0) == "0");
  CHECK(fixed_decimal(tiny, 12) == "0.000000000000");
  const std::string all = fixed_decimal(tiny, 1074);  // 2^-1074 has exactly 1074 places
  CHECK(all.size() == 1076);
  CHECK(all.substr(0, 2) == "0.");
  CHECK(all.substr(325, 10) == "4940656458");
  CHECK(all.back() == '5');
  CHECK(fixed_decimal(DBL_MIN, 310) == "0." + std::string(307, '0') + "223");
}

TEST_CASE("fixed decimals write infinities and NaN as printf does") {
  CHECK(fixed_decimal(INFINITY, 1) == "inf");
  CHECK(signed_fixed_decimal(-INFINITY, 1) == "-inf");
  CHECK(fixed_decimal(NAN, 2) == "nan");
}

TEST_CASE("fixed decimals agree with printf across the doubles") {
  tw::test::NumberSequence seq(0x9e3779b97f4a7c15ull);
  int mismatches = 0;
  std::string first_mismatch;
  auto compare = [&](double value, int decimals) {
    const std::string expected = printf_fixed(value, decimals);
    const std::string got = signed_fixed_decimal(value, decimals);
    if (got != expected && mismatches++ == 0) {
      first_mismatch = std::to_string(decimals) + " places of " + expected + ": got " + got;
    }
  };
  for (int i = 0; i < 3000; ++i) {
    // Any finite double: random bits, the exponent field kept below all ones.
    std::uint64_t bits = seq.next();
    if (((bits >> 52) & 0x7ff) == 0x7ff) bits ^= std::uint64_t{1} << 62;
    const double any = tw::test::double_from_bits(bits);
    compare(any, static_cast<int>(seq.next() % 18));
    // Figures as datasets hold them: up to 10^9 with up to 3 places, and their halves.
    const double figure = static_cast<double>(seq.next() % 1000000000000ull) / 1000.0;
    const int places = static_cast<int>(seq.next() % 4);
    compare(figure, places);
    compare(-figure, places);
    compare(figure / 2, places);
    // Exact ties at the rounding digit: k/2 at 0 places, k/8 at 2 places.
    const double k = static_cast<double>(seq.next() % 100000);
    compare(k + 0.5, 0);
    compare(k / 8, 2);
  }
  INFO(first_mismatch);
  CHECK(mismatches == 0);
}
