// Approximate text measurement without a DOM, so the core can lay out labels that neither
// overlap nor overflow: a per-character width table (Latin, digits, CJK full width).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tw {

/// The font stack the widths are calibrated for (Arial/Helvetica metrics first, then CJK
/// fonts). A host that sets another font may need more room than measured.
constexpr const char* kChartFontFamily =
    "Arial, Helvetica Neue, Helvetica, Liberation Sans, Roboto, PingFang SC, Hiragino Sans GB, "
    "Microsoft YaHei, Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif";

/// Advance width in px of UTF-8 text at a font size, with a small safety margin. Invalid
/// UTF-8 bytes count as one replacement character each.
double text_width(std::string_view text, double font_size, bool bold = false);

/// Splits text into at most max_lines lines no wider than max_width: breaks at spaces and
/// between CJK characters (not before closing or after opening punctuation); a word longer
/// than a line is broken where it must be. When text remains after max_lines, the last line
/// ends in "…". Never returns an empty list for non-empty text.
std::vector<std::string> wrap_text(std::string_view text, double max_width, double font_size,
                                   bool bold = false, int max_lines = 1000);

/// The text when it fits in max_width; otherwise its longest start that fits with "…".
std::string shorten_text(std::string_view text, double max_width, double font_size,
                         bool bold = false);

namespace detail {
/// Decodes one code point at text[pos] and advances pos; invalid bytes give U+FFFD.
char32_t next_code_point(std::string_view text, std::size_t& pos);
/// Width of one code point in em (regular weight, before the safety margin).
double code_point_em(char32_t c);
bool is_wide(char32_t c);
}  // namespace detail

}  // namespace tw
