// The built site (public/ after `make build`) that `bundle` copies, and copying it.
#pragma once

#include <string>
#include <vector>

namespace tw::cli {

/// --site, else $TRADE_WIDGET_SITE, else public/ beside the folder of this executable
/// (bin/trade-widget -> public/). Empty when none holds an index.html; `tried` names the
/// folder looked at.
std::string find_site(const std::string& option, std::string& tried);

/// Files under dir, as paths relative to it, sorted; hidden files and folders are left out.
std::vector<std::string> list_files(const std::string& dir);

/// Reads a whole file; false (with a message in error) when it cannot.
bool read_text(const std::string& path, std::string& out, std::string& error);

/// Writes a whole file, creating its folders; false (with a message in error) when it cannot.
bool write_text(const std::string& path, const std::string& bytes, std::string& error);

}  // namespace tw::cli
