// Writing a command's output file: never over an existing file without --force, and never half
// a file (the bytes go to a temporary file beside the target, which is then renamed).
#pragma once

#include <string>

namespace tw::cli {

/// True when written. Otherwise prints "trade-widget COMMAND: ..." to stderr (the file exists
/// and force is false, or the system refused) and returns false.
bool write_output(const char* command, const std::string& path, const std::string& bytes,
                  bool force);

/// True when something (file, folder, link) exists at path.
bool path_exists(const std::string& path);

/// "report.csv" -> "report.meta.json"; "report" -> "report.meta.json".
std::string meta_path_for(const std::string& csv_path);

/// "12345678" -> "12,345,678", for counts in messages.
std::string with_commas(std::size_t n);

}  // namespace tw::cli
