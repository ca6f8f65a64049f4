// Stage 1 of loading, bytes: the file must be UTF-8 text. Names the encoding of a file that is
// not (UTF-16 and UTF-32, with or without a byte-order mark) and the first invalid byte.
#pragma once

#include <cstddef>
#include <string_view>

#include "trade_widget/result.h"

namespace tw::detail {

struct Utf8Text {
  std::string_view text;  ///< the file without its byte-order mark
  std::size_t bom = 0;    ///< bytes of the UTF-8 byte-order mark that was removed (0 or 3)
};

/// The encoding a file's first bytes show when it is not UTF-8 ("UTF-16LE",
/// "UTF-32BE", ...), or nullptr. Without a byte-order mark, the zero bytes around
/// the first ASCII character tell (RFC 4627, section 3): JSON text starts with ASCII.
const char* non_utf8_encoding(std::string_view bytes);

/// The text, or one error: empty file, wrong encoding, invalid UTF-8 (byte offset in the file,
/// JSON path, line and column).
Result<Utf8Text> read_utf8(std::string_view bytes);

}  // namespace tw::detail
