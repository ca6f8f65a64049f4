// The page module's strtod, on fast_float (the parser the loader already uses) instead of the C
// library's. Why: the module's one caller of strtod is nlohmann/json's lexer (numbers of the
// dataset's meta and of requests), and the C library's strtod computes in software 128-bit
// long double (__multf3, __divtf3, fmodl, scalbnl and the scanner: about 9 KB of code in the
// module), where fast_float gives the same correctly rounded double.
//
// Defined here, it replaces the C library's for this module only (the linker takes a library
// member only for a symbol nothing else defines); native builds and the tests keep the C
// library's. What it reads: optional white space, an optional sign, and a decimal number with an
// optional exponent, or inf/infinity/nan, as strtod does. Not read: hexadecimal floats ("0x1p3"
// gives 0 and nothing consumed) and errno is left alone on overflow; no caller in the module
// passes those or reads errno (nlohmann's lexer passes JSON number text only).
#include <fast_float/fast_float.h>

#include <cstdlib>
#include <cstring>
#include <system_error>

namespace {
template <class T>
T read_number(const char* text, char** end) {
  const char* p = text;
  while (*p == ' ' || (*p >= '\t' && *p <= '\r')) ++p;
  const bool plus = *p == '+';  // fast_float reads a '-' itself, and no '+'
  if (plus) ++p;
  T value = 0;
  const auto read = (plus && *p == '-')
                        ? fast_float::from_chars_result{p, std::errc::invalid_argument}
                        : fast_float::from_chars(p, p + std::strlen(p), value);
  if (read.ec != std::errc()) {
    if (end) *end = const_cast<char*>(text);
    return 0;
  }
  if (end) *end = const_cast<char*>(read.ptr);
  return value;
}
}  // namespace

extern "C" double strtod(const char* __restrict text, char** __restrict end) {
  return read_number<double>(text, end);
}

// The C library keeps strtof and strtold in the same file as strtod: libc++'s std::stof and
// std::stold (compiled in, never called) would bring it back, so they are defined here too.
extern "C" float strtof(const char* __restrict text, char** __restrict end) {
  return read_number<float>(text, end);
}
extern "C" long double strtold(const char* __restrict text, char** __restrict end) {
  return read_number<double>(text, end);  // a double's precision: no caller in the module
}
