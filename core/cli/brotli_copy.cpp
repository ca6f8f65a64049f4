#include "brotli_copy.h"

#include <brotli/encode.h>

#include <cstdint>
#include <stdexcept>

namespace tw::cli {

std::string brotli_bytes(const std::string& bytes) {
  std::size_t size = BrotliEncoderMaxCompressedSize(bytes.size());
  if (size == 0) size = bytes.size() + 1024;
  std::string out(size, '\0');
  if (!BrotliEncoderCompress(BROTLI_MAX_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC,
                             bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()), &size,
                             reinterpret_cast<uint8_t*>(out.data()))) {
    throw std::runtime_error("brotli: the compressor failed");
  }
  out.resize(size);
  return out;
}

}  // namespace tw::cli
