// The .gz and .br copies of a file that static hosts send instead of compressing on the fly
// (docs/embedding.md, "Compressed copies"): the same as scripts/compress.mjs writes for public/.
#pragma once

#include <string>

#include "brotli_copy.h"

namespace tw::cli {

/// gzip at level 9, no name and no time stamp in the header (the same bytes on every run).
std::string gzip_bytes(const std::string& bytes);

}  // namespace tw::cli
