#include "site_dir.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace tw::cli {

namespace fs = std::filesystem;

std::string find_site(const std::string& option, std::string& tried) {
  std::error_code ec;
  fs::path site;
  if (!option.empty()) {
    site = option;
  } else if (const char* env = std::getenv("TRADE_WIDGET_SITE"); env && *env) {
    site = env;
  } else {
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    site = ec ? fs::path("public") : exe.parent_path().parent_path() / "public";
  }
  const fs::path normal = site.lexically_normal();
  tried = normal.string();
  return fs::is_regular_file(normal / "index.html", ec) ? tried : std::string();
}

std::vector<std::string> list_files(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) {
      out.push_back(it->path().lexically_relative(dir).generic_string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool read_text(const std::string& path, std::string& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read " + path;
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

bool write_text(const std::string& path, const std::string& bytes, std::string& error) {
  std::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) {
    error = "cannot create " + parent.string() + ": " + ec.message();
    return false;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    error = "cannot write " + path;
    return false;
  }
  return true;
}

}  // namespace tw::cli
