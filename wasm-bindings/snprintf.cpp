// The page module's snprintf and vsnprintf, for the integer and string conversions its callers
// use, instead of the C library's. Why: the C library's printf is one engine with every
// conversion in it, floating point and 128-bit long double included (printf_core, fmt_fp, pop_arg:
// about 8 KB of the module's code), while the module's callers write only integers and text:
// nlohmann/json's lexer ("<U+%.4X>") and serializer ("\\u%04x", "%.2X"), and the core's messages
// ("\\x%02X", "%04X", "%04d-%02d"). The core writes numbers with decimal.h, never with printf.
//
// Defined here, they replace the C library's for this module only, as strtod.cpp does for
// strtod; native builds and the tests keep the C library's. What is read: flags '-' and '0',
// a width and a precision (digits or '*'), the length modifiers h, hh, l, ll, z, j, t, and the
// conversions d, i, u, x, X, o, c, s, p and %. Floating-point conversions (never used by the
// module's callers) write their argument through decimal.h's fixed notation for f and F, and
// the same for e, g and a, so that nothing is read out of step.
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "trade_widget/decimal.h"

namespace {

/// Writes into the caller's buffer up to its size and counts every character, as snprintf does.
class Sink {
 public:
  Sink(char* out, std::size_t size) : out_(out), size_(size) {}
  void put(char c) {
    if (count_ + 1 < size_) out_[count_] = c;
    ++count_;
  }
  void put(const char* text, std::size_t length) {
    for (std::size_t i = 0; i < length; ++i) put(text[i]);
  }
  int finish() {
    if (size_ > 0) out_[count_ < size_ ? count_ : size_ - 1] = '\0';
    return static_cast<int>(count_);
  }

 private:
  char* out_;
  std::size_t size_;
  std::size_t count_ = 0;
};

struct Spec {
  bool left = false;
  bool zero = false;
  bool plus = false;
  bool space = false;
  int width = 0;
  int precision = -1;
};

void padded(Sink& sink, const Spec& spec, const char* prefix, const char* body, std::size_t length,
            bool zero_pad) {
  const std::size_t prefix_length = std::strlen(prefix);
  const std::size_t used = prefix_length + length;
  const std::size_t pad = spec.width > 0 && static_cast<std::size_t>(spec.width) > used
                              ? static_cast<std::size_t>(spec.width) - used
                              : 0;
  if (!spec.left && !zero_pad)
    for (std::size_t i = 0; i < pad; ++i) sink.put(' ');
  sink.put(prefix, prefix_length);
  if (!spec.left && zero_pad)
    for (std::size_t i = 0; i < pad; ++i) sink.put('0');
  sink.put(body, length);
  if (spec.left)
    for (std::size_t i = 0; i < pad; ++i) sink.put(' ');
}

void integer(Sink& sink, const Spec& spec, std::uintmax_t magnitude, bool negative, unsigned base,
             bool upper) {
  char digits[72];
  std::size_t n = 0;
  const char* set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  while (magnitude > 0) {
    digits[n++] = set[magnitude % base];
    magnitude /= base;
  }
  // A precision is the least number of digits ("%.4X"); a precision of 0 writes no digit for 0.
  const std::size_t least = spec.precision < 0 ? 1 : static_cast<std::size_t>(spec.precision);
  while (n < least && n < sizeof digits) digits[n++] = '0';
  char body[72];
  for (std::size_t i = 0; i < n; ++i) body[i] = digits[n - 1 - i];
  const char* sign = negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
  padded(sink, spec, sign, body, n, spec.zero && !spec.left && spec.precision < 0);
}

int format(char* out, std::size_t size, const char* f, va_list args) {
  Sink sink(out, size);
  while (*f) {
    if (*f != '%') {
      sink.put(*f++);
      continue;
    }
    ++f;
    Spec spec;
    for (;; ++f) {
      if (*f == '-')
        spec.left = true;
      else if (*f == '0')
        spec.zero = true;
      else if (*f == '+')
        spec.plus = true;
      else if (*f == ' ')
        spec.space = true;
      else if (*f != '#')
        break;
    }
    if (*f == '*') {
      spec.width = va_arg(args, int);
      if (spec.width < 0) {
        spec.left = true;
        spec.width = -spec.width;
      }
      ++f;
    } else {
      while (*f >= '0' && *f <= '9') spec.width = spec.width * 10 + (*f++ - '0');
    }
    if (*f == '.') {
      ++f;
      spec.precision = 0;
      if (*f == '*') {
        spec.precision = va_arg(args, int);
        ++f;
      } else {
        while (*f >= '0' && *f <= '9') spec.precision = spec.precision * 10 + (*f++ - '0');
      }
    }
    int longs = 0;  // -1 short (promoted to int), 1 long, 2 long long / intmax_t / size_t
    for (;; ++f) {
      if (*f == 'h')
        longs = -1;
      else if (*f == 'l')
        ++longs;
      else if (*f == 'z' || *f == 'j' || *f == 't')
        longs = 2;
      else
        break;
    }
    const char c = *f ? *f++ : '\0';
    switch (c) {
      case 'd':
      case 'i': {
        const std::intmax_t v = longs >= 2   ? va_arg(args, long long)
                                : longs == 1 ? va_arg(args, long)
                                             : va_arg(args, int);
        integer(sink, spec, v < 0 ? 0 - static_cast<std::uintmax_t>(v) : v, v < 0, 10, false);
        break;
      }
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        const std::uintmax_t v = longs >= 2   ? va_arg(args, unsigned long long)
                                 : longs == 1 ? va_arg(args, unsigned long)
                                              : va_arg(args, unsigned);
        integer(sink, spec, v, false, c == 'u' ? 10 : c == 'o' ? 8 : 16, c == 'X');
        break;
      }
      case 'p': {
        Spec hex = spec;
        hex.precision = -1;
        sink.put("0x", 2);
        integer(sink, hex, reinterpret_cast<std::uintptr_t>(va_arg(args, void*)), false, 16, false);
        break;
      }
      case 'c': {
        const char ch = static_cast<char>(va_arg(args, int));
        padded(sink, spec, "", &ch, 1, false);
        break;
      }
      case 's': {
        const char* s = va_arg(args, const char*);
        if (!s) s = "(null)";
        std::size_t length = 0;
        while (s[length] &&
               (spec.precision < 0 || length < static_cast<std::size_t>(spec.precision)))
          ++length;
        padded(sink, spec, "", s, length, false);
        break;
      }
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
      case 'a':
      case 'A': {
        const std::string text =
            tw::signed_fixed_decimal(va_arg(args, double), spec.precision < 0 ? 6 : spec.precision);
        padded(sink, spec, "", text.data(), text.size(), false);
        break;
      }
      case '%':
        sink.put('%');
        break;
      default:  // an unknown conversion is written as it stands
        sink.put('%');
        if (c) sink.put(c);
        break;
    }
  }
  return sink.finish();
}

}  // namespace

extern "C" int vsnprintf(char* __restrict out, std::size_t size, const char* __restrict f,
                         va_list args) {
  return format(out, size, f, args);
}

extern "C" int snprintf(char* __restrict out, std::size_t size, const char* __restrict f, ...) {
  va_list args;
  va_start(args, f);
  const int n = format(out, size, f, args);
  va_end(args);
  return n;
}
