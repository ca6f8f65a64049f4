#include "data/json_cursor.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

#include "trade_widget/decimal.h"

namespace tw::detail {

TextPosition position_of(std::string_view text, std::size_t offset) {
  return position_after(text, 0, TextPosition{1, 1}, offset);
}

TextPosition position_after(std::string_view text, std::size_t from, TextPosition at,
                            std::size_t to) {
  TextPosition p = at;
  if (to > text.size()) to = text.size();
  for (std::size_t i = from; i < to; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    // A line ends with LF, CR LF or a lone CR (old Mac files): CR LF counts once, at its CR.
    if (c == '\r' || (c == '\n' && (i == 0 || text[i - 1] != '\r'))) {
      ++p.line;
      p.column = 1;
    } else if (c == '\n') {
      // the LF of a CR LF: the line was counted at the CR
    } else if ((c & 0xC0) != 0x80) {
      ++p.column;  // count characters, not continuation bytes
    }
  }
  return p;
}

std::size_t find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII fast path: eight bytes at a time while none has its high bit set (most of a file).
    std::uint64_t word;
    while (i + 8 <= n && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080ull) == 0))
      i += 8;
    if (i >= n) break;
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned int cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

namespace {
/// Bytes of the UTF-8 character that a lead byte starts (1 for a byte that cannot start one);
/// callers validate the sequence.
std::size_t utf8_length(unsigned char lead) {
  return (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;
}

std::string hex_byte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "\\x%02X", c);
  return buf;
}
}  // namespace

std::string character_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return "";
  const auto c = static_cast<unsigned char>(text[offset]);
  const std::size_t len = utf8_length(c);
  const std::string_view ch = text.substr(offset, len);
  if (c >= 0x20 && c != 0x7F && ch.size() == len && find_invalid_utf8(ch) == std::string::npos) {
    return std::string(ch);
  }
  return hex_byte(c);
}

std::string quote_text(std::string_view s) {
  // Messages travel to the page as JSON, so the result must be valid UTF-8 even when s was cut
  // in the middle of a character or holds stray bytes.
  constexpr std::size_t kMax = 40;
  std::string out = "\"";
  std::size_t used = 0;
  for (std::size_t i = 0; i < s.size(); ++used) {
    if (used >= kMax) {
      out += "…";
      break;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {  // DEL too: messages reach terminals as one line of text
      out += "\\u00";
      out += "0123456789abcdef"[c >> 4];
      out += "0123456789abcdef"[c & 15];
      ++i;
      continue;
    }
    const std::size_t len = utf8_length(c);
    const std::string_view ch = s.substr(i, len);
    if (ch.size() < len) break;  // a character cut off where the caller shortened the text
    if (find_invalid_utf8(ch) != std::string::npos) {
      out += hex_byte(c);
      ++i;
      continue;
    }
    out += ch;
    i += len;
  }
  out += "\"";
  return out;
}

std::string describe_value_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return "end of file";
  const char c = text[offset];
  if (c == '"') {
    JsonCursor cursor(text, offset);
    std::string_view raw;
    std::string scratch;
    if (cursor.read_string(raw, scratch)) return quote_text(raw);
    return quote_text(text.substr(offset + 1, 40));
  }
  if (c == '{') return "an object";
  if (c == '[') return "an array";
  std::size_t end = offset;
  while (end < text.size() && end - offset < 40) {
    const char d = text[end];
    if (d == ',' || d == ']' || d == '}' || d == ' ' || d == '\n' || d == '\r' || d == '\t') break;
    ++end;
  }
  // A token cut at 40 bytes must not end inside a UTF-8 character: messages must stay valid
  // UTF-8, or the page cannot receive them as JSON.
  if (end < text.size()) {
    while (end > offset && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  }
  if (end == offset) return "'" + character_at(text, offset) + "'";
  return std::string(text.substr(offset, end - offset));
}

namespace {
/// NaN, Infinity or -Infinity: JavaScript writes these for a missing or impossible figure.
bool not_a_json_number(std::string_view text, std::size_t pos) {
  const std::size_t after_sign = pos < text.size() && text[pos] == '-' ? pos + 1 : pos;
  return text.compare(after_sign, 3, "NaN") == 0 || text.compare(after_sign, 8, "Infinity") == 0;
}
std::string not_a_json_number_message(std::string_view text, std::size_t pos) {
  return "expected a number or null, got " + describe_value_at(text, pos) +
         " (not valid JSON; write null for a missing figure)";
}
}  // namespace

bool JsonCursor::fail(std::string message) {
  // Whatever was expected, running out of input means the file was cut short.
  if (pos_ >= text_.size()) message = "unexpected end of file (the file looks truncated)";
  return fail_at(pos_, std::move(message));
}

bool JsonCursor::fail_at(std::size_t offset, std::string message) {
  error_ = std::move(message);
  error_pos_ = offset;
  return false;
}

bool JsonCursor::skip_string() {
  std::string_view raw;
  std::string scratch;
  return read_string(raw, scratch);
}

namespace {
/// "control character U+0009 inside a string (write it as \\t)": names the character and its
/// escape.
std::string control_character_message(unsigned char c) {
  char code[8];
  std::snprintf(code, sizeof code, "%04X", c);
  const std::string escape = c == '\n'   ? "\\n"
                             : c == '\t' ? "\\t"
                             : c == '\r' ? "\\r"
                                         : std::string("\\u") + code;
  return std::string("control character U+") + code + " inside a string (write it as " + escape +
         ")";
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, unsigned int cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}
}  // namespace

bool JsonCursor::read_string(std::string_view& raw, std::string& scratch) {
  const std::size_t start = pos_;
  if (!consume('"')) return fail("expected a string");
  const std::size_t body = pos_;
  // Fast path: no escapes.
  while (pos_ < text_.size()) {
    const char c = text_[pos_];
    if (c == '"') {
      raw = text_.substr(body, pos_ - body);
      ++pos_;
      return true;
    }
    if (c == '\\') break;
    if (static_cast<unsigned char>(c) < 0x20) {
      return fail(control_character_message(static_cast<unsigned char>(c)));
    }
    ++pos_;
  }
  if (pos_ >= text_.size()) return fail_at(start, "unterminated string (the file looks truncated)");
  scratch.assign(text_.data() + body, pos_ - body);
  while (pos_ < text_.size()) {
    const char c = text_[pos_];
    if (c == '"') {
      ++pos_;
      raw = scratch;
      return true;
    }
    if (static_cast<unsigned char>(c) < 0x20) {
      return fail(control_character_message(static_cast<unsigned char>(c)));
    }
    if (c != '\\') {
      scratch += c;
      ++pos_;
      continue;
    }
    if (pos_ + 1 >= text_.size()) break;
    const char e = text_[pos_ + 1];
    pos_ += 2;
    switch (e) {
      case '"':
        scratch += '"';
        break;
      case '\\':
        scratch += '\\';
        break;
      case '/':
        scratch += '/';
        break;
      case 'b':
        scratch += '\b';
        break;
      case 'f':
        scratch += '\f';
        break;
      case 'n':
        scratch += '\n';
        break;
      case 'r':
        scratch += '\r';
        break;
      case 't':
        scratch += '\t';
        break;
      case 'u': {
        auto read_hex4 = [&](unsigned int& cp) {
          if (pos_ + 4 > text_.size()) return false;
          cp = 0;
          for (int k = 0; k < 4; ++k) {
            const int h = hex_value(text_[pos_ + static_cast<std::size_t>(k)]);
            if (h < 0) return false;
            cp = cp * 16 + static_cast<unsigned int>(h);
          }
          pos_ += 4;
          return true;
        };
        const std::size_t escape = pos_ - 2;
        // Names the escape as written, e.g. \ud800; at the end of the input, the file was cut.
        auto unpaired = [&]() {
          if (pos_ >= text_.size())
            return fail("unexpected end of file (the file looks truncated)");
          return fail_at(escape, "unpaired UTF-16 surrogate " +
                                     std::string(text_.substr(escape, 6)) + " in a \\u escape");
        };
        unsigned int cp = 0;
        if (!read_hex4(cp)) {
          std::size_t end = escape + 2;
          while (end < text_.size() && end < escape + 6 && hex_value(text_[end]) >= 0) ++end;
          return fail("invalid \\u escape " + std::string(text_.substr(escape, end - escape)) +
                      " (expected four hex digits)");
        }
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          unsigned int low = 0;
          if (pos_ + 2 > text_.size() || text_[pos_] != '\\' || text_[pos_ + 1] != 'u') {
            return unpaired();
          }
          pos_ += 2;
          if (!read_hex4(low) || low < 0xDC00 || low > 0xDFFF) return unpaired();
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          return unpaired();
        }
        append_utf8(scratch, cp);
        break;
      }
      default:
        // The character after the backslash may be several bytes long: name all of it.
        return fail_at(pos_ - 2,
                       "invalid escape \\" + character_at(text_, pos_ - 1) + " in a string");
    }
  }
  return fail_at(start, "unterminated string (the file looks truncated)");
}

bool JsonCursor::read_number(double& value, int& decimals, bool need_value) {
  const std::size_t start = pos_;
  if (not_a_json_number(text_, pos_)) return fail(not_a_json_number_message(text_, pos_));
  std::size_t p = pos_;
  const std::size_t n = text_.size();
  auto digit = [&](std::size_t i) { return i < n && text_[i] >= '0' && text_[i] <= '9'; };
  if (p < n && text_[p] == '-') ++p;
  // Every message names the number as written.
  auto got = [&]() { return ", got " + describe_value_at(text_, start); };
  if (!digit(p)) return fail_at(start, "expected a number" + got());
  bool nonzero = false;  // a digit other than 0: the value cannot be 0
  if (text_[p] == '0') {
    ++p;
    if (digit(p)) {
      const std::string written = describe_value_at(text_, start);
      std::string fixed = written;
      const std::size_t zeros = text_[start] == '-' ? 1 : 0;
      while (fixed.size() > zeros + 1 && fixed[zeros] == '0' && fixed[zeros + 1] >= '0' &&
             fixed[zeros + 1] <= '9') {
        fixed.erase(zeros, 1);
      }
      return fail_at(start,
                     "numbers cannot start with 0 (write " + fixed + ", not " + written + ")");
    }
  } else {
    while (digit(p)) ++p;
    nonzero = true;
  }
  const std::size_t integer_digits = p - start;
  long fraction_digits = 0;
  if (p < n && text_[p] == '.') {
    ++p;
    if (!digit(p)) return fail_at(start, "expected digits after the decimal point" + got());
    while (digit(p)) {
      nonzero = nonzero || text_[p] != '0';
      ++p;
      ++fraction_digits;
    }
  }
  long exponent = 0;  // saturates: 1e-99999999999 must not wrap around
  const bool has_exponent = p < n && (text_[p] == 'e' || text_[p] == 'E');
  if (has_exponent) {
    ++p;
    const bool negative = p < n && text_[p] == '-';
    if (p < n && (text_[p] == '+' || text_[p] == '-')) ++p;
    if (!digit(p)) return fail_at(start, "expected digits in the exponent" + got());
    while (digit(p)) {
      if (exponent < 100000) exponent = exponent * 10 + (text_[p] - '0');
      ++p;
    }
    if (negative) exponent = -exponent;
  }
  // The precision the source wrote: 1e-2 and 0.01 both have 2 decimals, 12345e-4 has 4,
  // 1.5e3 has none.
  const long written = fraction_digits - exponent;
  decimals = written < 0 ? 0 : written > 99 ? 99 : static_cast<int>(written);
  if (!need_value && !has_exponent && integer_digits < 300) {
    pos_ = p;  // fits a double whatever its digits: no conversion needed to check it
    return true;
  }
  const char* const end = text_.data() + p;
  if (read_decimal(text_.data() + start, end, value) != end || std::isinf(value)) {
    return fail_at(start, "the number " + describe_value_at(text_, start) +
                              " is too large for a double (at most about 1.8e308)");
  }
  if (value == 0 && nonzero) {
    return fail_at(start, "the number " + describe_value_at(text_, start) +
                              " is too small for a double (it would read as 0)");
  }
  pos_ = p;
  return true;
}

bool JsonCursor::read_null() {
  if (text_.compare(pos_, 4, "null") != 0) return false;
  pos_ += 4;
  return true;
}

bool JsonCursor::skip_literal() {
  for (const char* word : {"true", "false", "null"}) {
    const std::string_view w(word);
    if (text_.compare(pos_, w.size(), w) == 0) {
      pos_ += w.size();
      return true;
    }
  }
  if (pos_ >= text_.size()) return fail("unexpected end of file (the file looks truncated)");
  // JavaScript writes these for a missing figure; JSON has only null.
  if (not_a_json_number(text_, pos_)) return fail(not_a_json_number_message(text_, pos_));
  return fail("expected a value, got " + describe_value_at(text_, pos_));
}

namespace {
/// The keys of one open object, to find a key written twice. Objects in a dataset are small
/// (a label, an item): a flat list beats a hash set until it grows.
struct OpenContainer {
  char kind;  // '{' or '['
  std::vector<std::string> keys;
};
}  // namespace

bool JsonCursor::read_key(std::vector<std::string>& keys) {
  const std::size_t key_start = pos_;
  std::string_view key;
  std::string scratch;
  if (!read_string(key, scratch)) return false;
  for (const std::string& k : keys) {
    if (allow_duplicates_) break;
    if (k == key) {
      duplicate_ = true;
      duplicate_key_ = std::string(key);
      return fail_at(key_start, "the field " + quote_text(key) + " appears twice");
    }
  }
  if (!allow_duplicates_) keys.emplace_back(key);
  skip_ws();
  if (!consume(':')) return fail("expected ':' after a field name");
  return true;
}

bool JsonCursor::skip_value(int max_depth, std::size_t* elements) {
  std::vector<OpenContainer> open;
  if (elements != nullptr) *elements = 0;
  for (;;) {
    skip_ws();
    if (at_end()) return fail("unexpected end of file (the file looks truncated)");
    const char c = peek();
    bool have_value = true;
    if (c == '{' || c == '[') {
      if (static_cast<int>(open.size()) >= max_depth) {
        too_deep_ = true;
        return fail("nesting deeper than " + std::to_string(max_depth) + " levels");
      }
      open.push_back(OpenContainer{c, {}});
      ++pos_;
      skip_ws();
      if (consume(c == '{' ? '}' : ']')) {
        open.pop_back();
      } else {
        have_value = false;
        if (c == '{') {
          if (peek() != '"') return fail("expected a quoted field name or '}'");
          if (!read_key(open.back().keys)) return false;
        }
      }
    } else if (c == '"') {
      if (!skip_string()) return false;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      double v;
      int d;
      if (!read_number(v, d, false)) return false;
    } else if (!skip_literal()) {
      return false;
    }
    if (!have_value) continue;
    // After a value: close containers or move to the next element. The value just completed
    // sits at depth open.size().
    for (;;) {
      if (open.empty()) return true;
      if (elements != nullptr && open.size() == 1) ++*elements;
      skip_ws();
      const char close = open.back().kind == '{' ? '}' : ']';
      if (consume(close)) {
        open.pop_back();
        continue;
      }
      if (consume(',')) {
        if (open.back().kind == '{') {
          skip_ws();
          if (peek() != '"') return fail("expected a quoted field name after ','");
          if (!read_key(open.back().keys)) return false;
        }
        break;
      }
      if (at_end()) return fail("unexpected end of file (the file looks truncated)");
      return fail(std::string("expected ',' or '") + close + "', got " +
                  describe_value_at(text_, pos_));
    }
  }
}

}  // namespace tw::detail
