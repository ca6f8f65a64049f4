// Stage 2 of loading, syntax: the whole text is checked as strict JSON before any field is read,
// so a malformed file is reported as malformed (what and where), never as a wrong schema.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/result.h"

namespace tw::detail {

/// A member of the top-level object: its key, and where its value starts and ends.
struct TopMember {
  std::string key;
  std::size_t start = 0;     ///< first byte of the value
  std::size_t end = 0;       ///< one past its last byte
  std::size_t elements = 0;  ///< members or elements when the value is a container
};

struct SyntaxOutline {
  bool object = false;             ///< the document is an object (else: members is empty)
  std::size_t root = 0;            ///< offset of the document's value
  std::vector<TopMember> members;  ///< in the order of the text
};

enum class DuplicateKeys { refused, allowed };

/// Checks text (UTF-8, without BOM) as one JSON value: grammar, numbers a double can hold, at
/// most kMaxDepth levels below the top, and (unless allowed, as plain JSON does) no key twice in
/// one object: a dataset refuses them anywhere, as the later one would silently win. The first
/// problem comes back as one error with JSON path, line and column.
Result<SyntaxOutline> check_syntax(std::string_view text,
                                   DuplicateKeys duplicates = DuplicateKeys::refused);

}  // namespace tw::detail
