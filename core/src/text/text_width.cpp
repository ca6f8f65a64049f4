#include "trade_widget/text_width.h"

#include <array>

namespace tw {

namespace detail {

namespace {

// Advance widths of printable ASCII (32..126) in thousandths of an em, from Arial's metrics.
constexpr std::array<short, 95> kAscii = {
    278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // ' '../
    556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @..O
    667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P.._
    333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // `..o
    556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};      // p..~

// Measured widths are multiplied by this, so real fonts slightly wider than Arial still fit.
constexpr double kSafety = 1.06;
constexpr double kBold = 1.08;

bool is_closing(char32_t c) {
  switch (c) {
    case U'，':
    case U'。':
    case U'、':
    case U'；':
    case U'：':
    case U'？':
    case U'！':
    case U'）':
    case U'》':
    case U'」':
    case U'』':
    case U'】':
    case U'〕':
    case U',':
    case U'.':
    case U';':
    case U':':
    case U'!':
    case U'?':
    case U')':
    case U'%':
      return true;
    default:
      return false;
  }
}

bool is_opening(char32_t c) {
  return c == U'（' || c == U'《' || c == U'「' || c == U'『' || c == U'【' || c == U'〔' ||
         c == U'(';
}

/// A piece of text that stays on one line; `space` says whether a space precedes it.
struct Token {
  std::string text;
  bool space = false;
  std::size_t offset = 0;  ///< where the token starts in the original text
};

std::vector<Token> tokens_of(std::string_view text) {
  std::vector<Token> tokens;
  bool pending_space = false;
  bool prev_wide = false;
  char32_t prev = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(text, pos);
    const std::string_view bytes = text.substr(start, pos - start);
    if (c == U' ' || c == U'\n' || c == U'\t') {
      pending_space = true;
      prev = 0;
      prev_wide = false;
      continue;
    }
    const bool wide = is_wide(c);
    // A break is allowed after a space, around wide characters, except before closing and
    // after opening punctuation.
    // "2025年" and "48,000吨" stay whole: no break between a Latin letter or digit and the
    // wide character after it.
    const bool latin_before =
        prev < 0x80 && ((prev >= U'0' && prev <= U'9') || (prev >= U'A' && prev <= U'Z') ||
                        (prev >= U'a' && prev <= U'z'));
    const bool breaks =
        tokens.empty() || pending_space ||
        ((wide || prev_wide) && !is_closing(c) && !is_opening(prev) && !(wide && latin_before));
    if (breaks) {
      tokens.push_back(Token{std::string(bytes), pending_space && !tokens.empty(), start});
    } else {
      tokens.back().text += bytes;
    }
    pending_space = false;
    prev_wide = wide;
    prev = c;
  }
  return tokens;
}

}  // namespace

char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto byte = [&s](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b0 = byte(pos);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  std::size_t extra = 0;
  char32_t c = 0;
  char32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    extra = 1;
    c = b0 & 0x1F;
    min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2;
    c = b0 & 0x0F;
    min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3;
    c = b0 & 0x07;
    min = 0x10000;
  }
  // A stray continuation byte, a truncated sequence, an overlong form or a surrogate: one
  // replacement character for the first byte, then decoding resumes at the next byte.
  if (extra == 0 || pos + extra >= s.size()) {
    ++pos;
    return 0xFFFD;
  }
  for (std::size_t i = 1; i <= extra; ++i) {
    const unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    ++pos;
    return 0xFFFD;
  }
  pos += extra + 1;
  return c;
}

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD) || c == 0xFFFD;
}

double code_point_em(char32_t c) {
  if (c >= 32 && c <= 126) return kAscii[c - 32] / 1000.0;
  if (is_wide(c)) return 1.0;
  switch (c) {
    case 0x00A0:
      return 0.278;  // no-break space
    case 0x00B7:
      return 0.278;  // middle dot
    case 0x00B9:
    case 0x00B2:
    case 0x00B3:
      return 0.333;  // superscript digits
    case 0x00D7:
      return 0.584;  // multiplication sign
    case 0x2013:
      return 0.556;  // en dash
    case 0x2014:
      return 1.0;  // em dash
    case 0x2018:
    case 0x2019:
      return 0.222;
    case 0x201C:
    case 0x201D:
      return 0.333;
    case 0x2022:
      return 0.35;
    case 0x2026:
      return 1.0;  // ellipsis
    case 0x2212:
      return 0.584;  // minus sign
    default:
      break;
  }
  if (c >= 0x2070 && c <= 0x2079) return 0.333;  // superscript digits
  if (c < 32 || (c >= 0x7F && c < 0xA0)) return 0.0;
  if (c >= 0x300 && c <= 0x36F) return 0.0;  // combining marks
  return 0.62;  // accented Latin, Greek, Cyrillic and the rest: a little wider than average
}

}  // namespace detail

double text_width(std::string_view text, double font_size, bool bold) {
  double em = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = detail::next_code_point(text, pos);
    const double w = detail::code_point_em(c);
    em += (bold && !detail::is_wide(c)) ? w * detail::kBold : w;
  }
  return em * font_size * detail::kSafety;
}

std::string shorten_text(std::string_view text, double max_width, double font_size, bool bold) {
  if (text_width(text, font_size, bold) <= max_width) return std::string(text);
  const std::string ellipsis = "\u2026";
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    detail::next_code_point(text, pos);
    const std::string candidate = out + std::string(text.substr(start, pos - start));
    if (text_width(candidate + ellipsis, font_size, bold) > max_width) break;
    out = candidate;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + ellipsis;
}

std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size,
                                   bool bold, int max_lines) {
  std::vector<std::string> lines;
  std::vector<std::size_t> starts;  // offset in text where each line starts
  const auto fits = [&](const std::string& s) {
    return text_width(s, font_size, bold) <= max_width;
  };
  std::string line;
  std::size_t line_start = 0;
  const auto flush = [&] {
    if (line.empty()) return;
    lines.push_back(line);
    starts.push_back(line_start);
    line.clear();
  };
  for (const detail::Token& token : detail::tokens_of(text)) {
    const std::string joined =
        line.empty() ? token.text : line + (token.space ? " " : "") + token.text;
    if (fits(joined)) {
      if (line.empty()) line_start = token.offset;
      line = joined;
      continue;
    }
    flush();
    // A token wider than a line is broken between code points.
    std::size_t pos = 0;
    while (pos < token.text.size()) {
      const std::size_t start = pos;
      detail::next_code_point(token.text, pos);
      const std::string piece = token.text.substr(start, pos - start);
      if (!line.empty() && !fits(line + piece)) flush();
      if (line.empty()) line_start = token.offset + start;
      line += piece;
    }
  }
  flush();
  if (max_lines > 0 && static_cast<int>(lines.size()) > max_lines) {
    const std::size_t last = static_cast<std::size_t>(max_lines - 1);
    std::string rest(text.substr(starts[last]));
    for (char& ch : rest) {
      if (ch == '\n' || ch == '\t') ch = ' ';
    }
    lines.resize(last + 1);
    lines.back() = shorten_text(rest, max_width, font_size, bold);
  }
  return lines;
}

}  // namespace tw
