// JSON paths of places in a text, for messages about bytes and syntax (which come before any
// tree exists).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tw::detail {

/// Containers deeper than this are refused: the tree stage and the page recurse.
constexpr int kMaxDepth = 64;

/// The JSON path of the innermost value (at most max_levels deep) that contains offset, e.g.
/// "dimensions.partner[2].label.en". Works on text that fails to parse there.
std::string path_at(std::string_view text, std::size_t offset, int max_levels = 8);

/// "observations[3][5] (value)": a path inside a row names the column it is in.
std::string name_row_column(std::string path);

/// "E5 87 FA": the bytes of the broken UTF-8 sequence at offset, up to the byte that broke it.
std::string bytes_at(std::string_view text, std::size_t offset);

}  // namespace tw::detail
