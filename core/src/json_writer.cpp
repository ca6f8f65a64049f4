#include "trade_widget/json_writer.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "trade_widget/decimal.h"

namespace tw {

namespace {

/// The length of the UTF-8 sequence at text[i], or 0 when it is not well formed (overlong
/// forms, surrogates and code points above U+10FFFF included).
std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto byte = [&text](std::size_t at) {
    return at < text.size() ? static_cast<unsigned char>(text[at]) : 0u;
  };
  const unsigned c = byte(i);
  const auto continuation = [&byte](std::size_t at, unsigned low, unsigned high) {
    const unsigned b = byte(at);
    return b >= low && b <= high;
  };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return continuation(i + 1, 0x80, 0xBF) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned low = c == 0xE0 ? 0xA0 : 0x80;
    const unsigned high = c == 0xED ? 0x9F : 0xBF;
    return continuation(i + 1, low, high) && continuation(i + 2, 0x80, 0xBF) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned low = c == 0xF0 ? 0x90 : 0x80;
    const unsigned high = c == 0xF4 ? 0x8F : 0xBF;
    return continuation(i + 1, low, high) && continuation(i + 2, 0x80, 0xBF) &&
                   continuation(i + 3, 0x80, 0xBF)
               ? 4
               : 0;
  }
  return 0;
}

/// Decimal digits (no leading or trailing zeros) and the position of the decimal point:
/// value = 0.DIGITS x 10^point.
struct Digits {
  std::string digits;
  int point = 0;
};

void trim_zeros(Digits& d) {
  std::size_t lead = 0;
  while (lead < d.digits.size() && d.digits[lead] == '0') ++lead;
  d.digits.erase(0, lead);
  d.point -= static_cast<int>(lead);
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
}

/// The exact decimal expansion of a finite, positive double.
Digits exact_digits(double value) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  const int biased = static_cast<int>((bits >> 52) & 0x7ff);
  std::uint64_t mantissa = bits & ((std::uint64_t{1} << 52) - 1);
  if (biased) mantissa |= std::uint64_t{1} << 52;
  int exponent = (biased ? biased : 1) - 1075;
  while (mantissa && (mantissa & 1u) == 0) {
    mantissa >>= 1;
    ++exponent;
  }
  // value = mantissa x 2^exponent: -exponent decimals are exact when the exponent is negative.
  const std::string text = fixed_decimal(value, exponent < 0 ? -exponent : 0);
  const std::size_t dot = text.find('.');
  Digits d;
  d.digits = dot == std::string::npos ? text : text.substr(0, dot) + text.substr(dot + 1);
  d.point = static_cast<int>(dot == std::string::npos ? text.size() : dot);
  trim_zeros(d);
  return d;
}

/// d rounded to `count` significant digits, to nearest (a tie to even): d is exact.
Digits rounded(const Digits& d, std::size_t count) {
  if (d.digits.size() <= count) return d;
  Digits r{d.digits.substr(0, count), d.point};
  const char next = d.digits[count];
  const bool beyond = d.digits.find_first_not_of('0', count + 1) != std::string::npos;
  const bool odd = ((r.digits.back() - '0') & 1) != 0;
  if (next > '5' || (next == '5' && (beyond || odd))) {
    std::size_t i = count;
    while (i > 0 && r.digits[i - 1] == '9') r.digits[--i] = '0';
    if (i == 0) {
      r.digits.insert(r.digits.begin(), '1');
      ++r.point;
    } else {
      ++r.digits[i - 1];
    }
  }
  trim_zeros(r);
  return r;
}

bool reads_back_as(const Digits& d, double value) {
  std::string text = "0." + d.digits + "e" + std::to_string(d.point);
  return std::strtod(text.c_str(), nullptr) == value;
}

/// nlohmann::json's layout of the digits (its dtoa_impl::format_buffer with the exponent range
/// -4..15): "1234.0", "12.34", "0.001234", "1.234e+21", "1e-07".
void layout(std::string& out, const Digits& d) {
  const int k = static_cast<int>(d.digits.size());
  const int n = d.point;
  if (k <= n && n <= 15) {
    out += d.digits;
    out.append(static_cast<std::size_t>(n - k), '0');
    out += ".0";
  } else if (0 < n && n <= 15) {
    out.append(d.digits, 0, static_cast<std::size_t>(n));
    out += '.';
    out.append(d.digits, static_cast<std::size_t>(n), std::string::npos);
  } else if (-4 < n && n <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-n), '0');
    out += d.digits;
  } else {
    out += d.digits[0];
    if (k > 1) {
      out += '.';
      out.append(d.digits, 1, std::string::npos);
    }
    const int e = n - 1;
    out += e < 0 ? "e-" : "e+";
    const int magnitude = e < 0 ? -e : e;
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  static const char* kHex = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = utf8_length(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for a byte that starts no UTF-8 character
      ++i;
      continue;
    }
    if (length > 1) {
      out.append(text, i, length);
      i += length;
      continue;
    }
    ++i;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

std::string json_number(double value) {
  if (!std::isfinite(value)) return "null";
  std::string out = std::signbit(value) ? "-" : "";
  const double magnitude = std::fabs(value);
  if (magnitude == 0) return out + "0.0";
  // The fewest significant digits that read back as the same double (17 always do).
  const Digits exact = exact_digits(magnitude);
  Digits shortest = exact;
  for (std::size_t count = 1; count < exact.digits.size() && count <= 17; ++count) {
    const Digits candidate = rounded(exact, count);
    if (reads_back_as(candidate, magnitude)) {
      shortest = candidate;
      break;
    }
  }
  layout(out, shortest);
  return out;
}

void JsonWriter::separate() {
  if (comma_) out_ += ',';
  comma_ = false;
}

JsonWriter& JsonWriter::begin_object() {
  separate();
  out_ += '{';
  closers_ += '}';
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  separate();
  out_ += '[';
  closers_ += ']';
  return *this;
}

JsonWriter& JsonWriter::end() {
  if (!closers_.empty()) {
    out_ += closers_.back();
    closers_.pop_back();
  }
  comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  separate();
  append_json_string(out_, name);
  out_ += ':';
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  separate();
  append_json_string(out_, text);
  comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::integer(long long value) {
  separate();
  out_ += std::to_string(value);
  comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::number(double value) {
  separate();
  out_ += json_number(value);
  comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  separate();
  out_ += value ? "true" : "false";
  comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  comma_ = true;
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  separate();
  out_ += json;
  comma_ = true;
  return *this;
}

}  // namespace tw
