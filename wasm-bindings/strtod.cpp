// The page module's strtod, on the core's own number reader (tw::read_decimal, the one the
// loader uses) instead of the C library's. Why: the module's one caller of strtod is
// nlohmann/json's lexer (numbers of the dataset's meta and of requests), and the C library's
// strtod computes in software 128-bit long double (__multf3, __divtf3, fmodl, scalbnl and the
// scanner: about 9 KB of code in the module), where read_decimal gives the same correctly
// rounded double (tests/unit/test_decimal_read.cpp checks it against strtod).
//
// Defined here, it replaces the C library's for this module only (the linker takes a library
// member only for a symbol nothing else defines); native builds and the tests keep the C
// library's. What it reads: optional white space, an optional sign, and a decimal number with an
// optional exponent, or inf/infinity/nan, as strtod does. Not read: hexadecimal floats ("0x1p3"
// reads as 0, up to the "x") and errno is left alone on overflow; no caller in the module passes
// those or reads errno (nlohmann's lexer passes JSON number text only).
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "trade_widget/decimal.h"

namespace {
bool starts_with_word(const char* p, const char* word) {  // ASCII, any case
  for (; *word; ++p, ++word) {
    if ((*p | 0x20) != *word) return false;
  }
  return true;
}

double read_number(const char* text, char** end) {
  const char* p = text;
  while (*p == ' ' || (*p >= '\t' && *p <= '\r')) ++p;
  const bool negative = *p == '-';
  if (*p == '+' || *p == '-') ++p;
  double value = 0;
  const char* after = *p == '-' ? p : tw::read_decimal(p, p + std::strlen(p), value);  // "--1"
  if (after == p) {
    if (starts_with_word(p, "inf")) {
      value = HUGE_VAL;
      after = p + (starts_with_word(p, "infinity") ? 8 : 3);
    } else if (starts_with_word(p, "nan")) {
      value = NAN;
      after = p + 3;
    } else {
      after = text;  // nothing read
    }
  }
  if (end) *end = const_cast<char*>(after);
  return negative ? -value : value;
}
}  // namespace

extern "C" double strtod(const char* __restrict text, char** __restrict end) {
  return read_number(text, end);
}

// The C library keeps strtof and strtold in the same file as strtod: libc++'s std::stof and
// std::stold (compiled in, never called) would bring it back, so they are defined here too.
extern "C" float strtof(const char* __restrict text, char** __restrict end) {
  return static_cast<float>(read_number(text, end));  // rounded twice: no caller in the module
}
extern "C" long double strtold(const char* __restrict text, char** __restrict end) {
  return read_number(text, end);  // a double's precision: no caller in the module
}
