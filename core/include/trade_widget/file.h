// Reading a whole file into memory (native tools and tests; the page passes bytes instead).
#pragma once

#include <string>

#include "trade_widget/result.h"

namespace tw {

/// The file's bytes, or an error naming the file and the reason.
Result<std::string> read_file(const std::string& path);

}  // namespace tw
