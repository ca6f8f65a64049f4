#include "trade_widget/file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tw {

Result<std::string> read_file(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    return Result<std::string>::failure(
        {Diagnostic{"", "cannot open " + path + ": " + std::strerror(errno), 0, 0}});
  }
  std::string bytes;
  // One allocation of the file's size: appending in steps doubles the buffer, and a 50 MB file
  // then peaked at 69 MB resident (the old and the new buffer during a copy).
  if (std::fseek(f, 0, SEEK_END) == 0) {
    const long size = std::ftell(f);
    if (size > 0) bytes.reserve(static_cast<std::size_t>(size));
    std::rewind(f);
  }
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  const bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) {
    return Result<std::string>::failure({Diagnostic{"", "cannot read " + path, 0, 0}});
  }
  return Result<std::string>::success(std::move(bytes));
}

}  // namespace tw
