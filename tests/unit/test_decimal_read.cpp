// tw::read_decimal against the C library's strtod, which is correctly rounded in both builds of
// the tests (glibc natively, musl in wasm): the module's reader must give the same double for
// every text, bit for bit (also the sign of a zero), and end where strtod ends.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "number_sequence.h"
#include "trade_widget/decimal.h"

namespace {
std::uint64_t bits_of(double value) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}

using tw::test::NumberSequence;

constexpr std::uint64_t kSeed = 0x2545f4914f6cdd1dull;

/// Whether read_decimal agrees with strtod on `text`: the same bits, the same end. Counts and
/// reports the first few disagreements.
struct Agreement {
  int checked = 0;
  int failed = 0;
  void check(const std::string& text) {
    ++checked;
    char* strtod_end = nullptr;
    const double expected = std::strtod(text.c_str(), &strtod_end);
    double got = -1;
    const char* end = tw::read_decimal(text.data(), text.data() + text.size(), got);
    const bool same = bits_of(got) == bits_of(expected) && end == strtod_end;
    if (!same && ++failed <= 5) {
      char shown[64];
      std::snprintf(shown, sizeof shown, "%.17g (strtod %.17g)", got, expected);
      FAIL_CHECK(text.substr(0, 120)
                 << (text.size() > 120 ? "..." : "") << ": " << shown << ", read "
                 << (end - text.data()) << " of " << (strtod_end - text.c_str()));
    }
  }
};

std::string digits(NumberSequence& s, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += static_cast<char>('0' + s.below(10));
  return out;
}

/// The exact decimal of the midpoint between `value` and the next double up, in scientific
/// notation (long double holds it exactly: 64 bits natively, 113 in wasm; printf writes the
/// exact digits of a long double).
std::string midpoint_text(double value) {
  const long double middle = (static_cast<long double>(value) +
                              static_cast<long double>(std::nextafter(value, HUGE_VAL))) /
                             2;
  char text[1024];
  std::snprintf(text, sizeof text, "%.780Le", middle);
  return text;
}
}  // namespace

TEST_CASE("read_decimal gives strtod's double for random decimals of every size") {
  NumberSequence s(kSeed);
  Agreement a;
  for (int i = 0; i < 20000; ++i) {
    // Figures as datasets write them: a few digits, one or two decimals.
    const std::string whole = std::to_string(s.below(1000000));
    a.check(whole);
    a.check(whole + "." + digits(s, 1 + s.below(3)));
    a.check("-" + whole + "." + digits(s, 1 + s.below(3)));
  }
  for (int i = 0; i < 20000; ++i) {
    // Any digits (1 to 25), a point anywhere, exponents over the whole range and beyond.
    std::string number = digits(s, 1 + s.below(25));
    if (s.below(2))
      number.insert(static_cast<std::size_t>(s.below(static_cast<int>(number.size()))), ".");
    if (s.below(4)) number += "e" + std::to_string(s.below(700) - 350);
    a.check(number);
  }
  for (int i = 0; i < 20000; ++i) {
    // The shortest round-trip text of a random double, and 17 and 25 significant digits of it.
    const double value = tw::test::double_from_bits(s.next() & 0x7fefffffffffffffull);
    char text[64];
    for (const int precision : {16, 17, 25}) {
      std::snprintf(text, sizeof text, "%.*e", precision, value);
      a.check(text);
    }
  }
  INFO(a.failed << " of " << a.checked << " disagree");
  CHECK(a.failed == 0);
  CHECK(a.checked == 140000);
}

TEST_CASE("read_decimal rounds a halfway case to even, and just above it up") {
  NumberSequence s(kSeed);
  Agreement a;
  std::vector<double> values = {1.0,
                                0.1,
                                1e23,
                                9007199254740992.0,
                                2.2250738585072014e-308,
                                4.9406564584124654e-324,
                                1.7976931348623157e308 / 2};
  for (int i = 0; i < 300; ++i)
    values.push_back(tw::test::double_from_bits(s.next() & 0x7fefffffffffffffull));
  for (int i = 0; i < 100; ++i)
    values.push_back(tw::test::double_from_bits(s.next() % 0x0010000000000000ull));
  for (const double value : values) {
    const std::string middle = midpoint_text(value);
    a.check(middle);
    const std::size_t e = middle.find('e');
    a.check(middle.substr(0, e) + "1" + middle.substr(e));  // a hair above the midpoint
    // A hair below: the digits cut after 40 places (the midpoint needs more unless it is short).
    a.check(middle.substr(0, 42) + middle.substr(e));
  }
  INFO(a.failed << " of " << a.checked << " disagree");
  CHECK(a.failed == 0);
}

TEST_CASE("read_decimal on the hard cases: long mantissas, subnormals, overflow, zeros") {
  Agreement a;
  for (const char* text : {"2.2250738585072011e-308",
                           "2.2250738585072012e-308",
                           "2.2250738585072014e-308",
                           "4.9e-324",
                           "2.4e-324",
                           "2.5e-324",
                           "2.4703282292062327e-324",
                           "2.4703282292062328e-324",
                           "4.9406564584124654e-324",
                           "1e-400",
                           "1e308",
                           "1.7976931348623157e308",
                           "1.7976931348623158e308",
                           "1.7976931348623159e308",
                           "1.8e308",
                           "1e400",
                           "-0",
                           "-0.0",
                           "0e-500",
                           "0.000000000000000000000000000000001",
                           "000123.4500",
                           "-00.00001e5",
                           "9007199254740993",
                           "9007199254740992.5",
                           "9007199254740993.0000000000000001",
                           "123456789012345678901234567890",
                           "1e22",
                           "1e23",
                           "8.98846567431158e307",
                           "1.5e30",
                           "3.0e37",
                           "7.2057594037927933e16",
                           "1.",
                           ".5",
                           "1e",
                           "1e+",
                           "2.5E-3x",
                           "5e-324",
                           "0.1",
                           "0.2",
                           "0.3",
                           "100000000000000000000000000000000000000000000000000e-50",
                           "4503599627370496.5",
                           "4503599627370497.5",
                           "1e-7",
                           "1e-22",
                           "1e-23",
                           "89255.0e-22",
                           "1448997445238699",
                           "1e2147483648",
                           "1e-2147483649",
                           "12.5e+3"}) {
    a.check(text);
  }
  // Mantissas of 17 to 800 digits (and beyond, where digits past 800 only break a tie).
  NumberSequence s(kSeed);
  for (const int count : {17, 18, 19, 20, 21, 40, 100, 400, 767, 768, 769, 800, 801, 1000, 5000}) {
    for (int i = 0; i < 10; ++i) {
      std::string number = std::to_string(1 + s.below(9)) + digits(s, count - 1);
      a.check(number);
      a.check("0." + number);
      a.check(number + "e-" + std::to_string(s.below(400)));
      a.check(number.substr(0, 1) + "." + number.substr(1) + "e" +
              std::to_string(s.below(600) - 300));
    }
  }
  const std::string tie = "9007199254740993" + std::string(1000, '0');  // 2^53 + 1 and zeros
  a.check(tie);
  a.check(tie + "1");
  a.check("1" + std::string(2000, '0') + "e-2000");
  a.check("0." + std::string(3000, '0') + "1e3000");
  INFO(a.failed << " of " << a.checked << " disagree");
  CHECK(a.failed == 0);
}

TEST_CASE("read_decimal reads nothing that is not a number") {
  for (const char* text : {"", "-", ".", "-.", "e5", "+1", " 1", "x"}) {
    double value = 42;
    const char* end = tw::read_decimal(text, text + std::strlen(text), value);
    CHECK(end == text);
    CHECK(value == 42);
  }
  const std::string cut = "12345";  // the end given is the end read, not the text's NUL
  double value = 0;
  CHECK(tw::read_decimal(cut.data(), cut.data() + 3, value) == cut.data() + 3);
  CHECK(value == 123);
}
