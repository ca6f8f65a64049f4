// The .br copy of a file: the CLI's bundle writes it, and the studio's module (compiled with the
// same libbrotli version, wasm-bindings/studio/brotli-encoder.cmake) makes it with this same
// function, so that the studio's zip holds the CLI's bytes.
#pragma once

#include <string>

namespace tw::cli {

/// brotli at quality 11, the default window (22 bits), generic mode.
std::string brotli_bytes(const std::string& bytes);

}  // namespace tw::cli
