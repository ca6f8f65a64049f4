#include "compressed_copies.h"

#include <brotli/encode.h>
#include <zlib.h>

#include <stdexcept>

namespace tw::cli {

std::string gzip_bytes(const std::string& bytes) {
  z_stream z{};
  // windowBits 15 + 16: a gzip wrapper; memLevel 8 as gzip(1) and Node's zlib use.
  if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("gzip: cannot start the compressor");
  }
  std::string out(deflateBound(&z, bytes.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (status != Z_STREAM_END) throw std::runtime_error("gzip: the compressor stopped early");
  return out;
}

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
