// trade-widget import-csv FILE.csv [--meta META.json] [-o OUT.json] [--force]
#include <cstdio>
#include <map>

#include "cli_args.h"
#include "command.h"
#include "dataset_file.h"
#include "output_file.h"
#include "trade_widget/csv_import.h"
#include "trade_widget/file.h"

namespace tw::cli {
namespace {

constexpr const char* kName = "import-csv";
constexpr const char* kUsage =
    "Usage: trade-widget import-csv FILE.csv [--meta META.json] [-o OUT.json] [--force]\n"
    "Builds a dataset from a tidy CSV (one observation per row: flow, product, partner, period,\n"
    "measure, value, source, ref, note, and optional unit and label columns) and a meta file\n"
    "(titles, sources, notes, unit, defaults and known dimension items). Items the meta file\n"
    "lacks are created from the label columns. An empty value cell is null, never 0. The result\n"
    "is validated by the core before anything is written.\n"
    "\n"
    "Options:\n"
    "  --meta META.json  the meta file (default: FILE.meta.json beside the CSV, as export-csv\n"
    "                    writes it)\n"
    "  -o OUT.json       where to write the dataset (default: standard output)\n"
    "  --force           overwrite OUT.json if it exists\n"
    "\n"
    "Exit code: 0 written; 1 a problem with the files (each one on stderr, e.g.\n"
    "data.csv:14: column \"value\": expected a number or empty, got \"12,3\"), or OUT.json "
    "exists;\n"
    "2 wrong usage.\n";

int run(const Args& args) {
  if (wants_help(args, kUsage)) return 0;
  const auto parsed = parse_args(args, kName, kUsage, {"--meta", "-o", "--out"}, {"--force"});
  if (!parsed) return 2;
  if (parsed->positionals.size() != 1) {
    return usage_error(kName,
                       parsed->positionals.empty() ? "which CSV file? (FILE.csv is missing)"
                                                   : "expected one CSV file",
                       kUsage);
  }
  const std::string csv_path = parsed->positionals[0];
  const std::string out_path = parsed->value("-o", parsed->value("--out"));
  const bool force = parsed->has_flag("--force");
  std::string meta_path = parsed->value("--meta");
  if (meta_path.empty()) {
    meta_path = meta_path_for(csv_path);
    if (!path_exists(meta_path)) {
      std::fprintf(stderr,
                   "trade-widget %s: no meta file: %s does not exist; pass --meta META.json "
                   "(`trade-widget export-csv` writes one)\n",
                   kName, meta_path.c_str());
      return 1;
    }
  }
  // Refuse before the work, not after a long import.
  if (!out_path.empty() && !force && path_exists(out_path)) {
    std::fprintf(stderr, "trade-widget %s: %s already exists; pass --force to overwrite it\n",
                 kName, out_path.c_str());
    return 1;
  }
  const auto csv = read_file(csv_path);
  if (!csv.ok()) {
    std::fprintf(stderr, "%s\n", csv.errors()[0].to_string().c_str());
    return 1;
  }
  const auto meta = read_file(meta_path);
  if (!meta.ok()) {
    std::fprintf(stderr, "%s\n", meta.errors()[0].to_string().c_str());
    return 1;
  }

  CsvImportOptions options;
  options.csv_name = csv_path;
  options.meta_name = meta_path;
  options.progress = [](std::size_t rows) {
    std::fprintf(stderr, "%s: %s rows read\n", kName, with_commas(rows).c_str());
  };
  const auto result = import_csv(csv.value(), meta.value(), options);
  for (const auto& w : result.warnings()) {
    std::fprintf(stderr, "warning: %s\n", w.to_string().c_str());
  }
  if (!result.ok()) {
    for (const auto& e : result.errors()) std::fprintf(stderr, "%s\n", e.to_string().c_str());
    std::fprintf(stderr, "%s: %zu problem%s; nothing written\n", kName, result.errors().size(),
                 result.errors().size() == 1 ? "" : "s");
    return 1;
  }
  const CsvImport& imported = result.value();
  // A large import can define thousands of items: list a few per dimension.
  constexpr int kListed = 10;
  std::map<std::string, int> listed;
  for (const NewItem& item : imported.new_items) {
    if (++listed[item.dimension] > kListed) continue;
    std::fprintf(stderr, "%s: new %s \"%s\" (%s / %s) from %s:%d\n", kName, item.dimension.c_str(),
                 item.id.c_str(), item.label.en.c_str(), item.label.zh.c_str(), csv_path.c_str(),
                 item.line);
  }
  for (const auto& [dimension, count] : listed) {
    if (count > kListed) {
      std::fprintf(stderr, "%s: ... and %d more new %ss\n", kName, count - kListed,
                   dimension.c_str());
    }
  }
  const Dataset& ds = imported.dataset;
  if (out_path.empty()) {
    std::fwrite(imported.json.data(), 1, imported.json.size(), stdout);
  } else if (!write_output(kName, out_path, imported.json, force)) {
    return 1;
  }
  std::fprintf(stderr, "%s: wrote %s: valid, %s\n", kName,
               out_path.empty() ? "the dataset to standard output" : out_path.c_str(),
               dataset_counts(ds).c_str());
  return 0;
}

const bool registered = register_command(
    {kName, "build a dataset from a tidy CSV and a meta file (errors name line and column)", run});

}  // namespace
}  // namespace tw::cli
