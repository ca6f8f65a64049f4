#include "output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tw::cli {

bool path_exists(const std::string& path) {
  struct stat st;
  return lstat(path.c_str(), &st) == 0;
}

bool write_output(const char* command, const std::string& path, const std::string& bytes,
                  bool force) {
  if (!force && path_exists(path)) {
    std::fprintf(stderr, "trade-widget %s: %s already exists; pass --force to overwrite it\n",
                 command, path.c_str());
    return false;
  }
  const std::string temp = path + ".tmp-" + std::to_string(getpid());
  std::FILE* f = std::fopen(temp.c_str(), "wb");
  if (!f) {
    std::fprintf(stderr, "trade-widget %s: cannot write %s: %s\n", command, path.c_str(),
                 std::strerror(errno));
    return false;
  }
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  const bool closed = std::fclose(f) == 0;
  if (!written || !closed || std::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    std::remove(temp.c_str());
    std::fprintf(stderr, "trade-widget %s: cannot write %s: %s\n", command, path.c_str(),
                 std::strerror(err));
    return false;
  }
  return true;
}

std::string meta_path_for(const std::string& csv_path) {
  const std::size_t slash = csv_path.find_last_of('/');
  const std::size_t dot = csv_path.rfind('.');
  const bool has_ext = dot != std::string::npos && (slash == std::string::npos || dot > slash + 1);
  return (has_ext ? csv_path.substr(0, dot) : csv_path) + ".meta.json";
}

std::string with_commas(std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace tw::cli
