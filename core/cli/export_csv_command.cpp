// trade-widget export-csv FILE.json [-o OUT.csv] [--meta-out META.json] [--force]
#include <cstdio>

#include "cli_args.h"
#include "command.h"
#include "dataset_file.h"
#include "output_file.h"
#include "trade_widget/csv.h"
#include "trade_widget/write_json.h"

namespace tw::cli {
namespace {

constexpr const char* kName = "export-csv";
constexpr const char* kUsage =
    "Usage: trade-widget export-csv FILE.json [-o OUT.csv] [--meta-out META.json] [--force]\n"
    "Writes every observation of a dataset as a tidy CSV for a spreadsheet (UTF-8 with a\n"
    "byte-order mark, one row per figure, labels in English and Chinese), and the rest of the\n"
    "dataset (meta and dimensions) as a meta file for import-csv. import-csv of the two gives\n"
    "the same dataset back.\n"
    "\n"
    "Options:\n"
    "  -o OUT.csv            where to write the CSV (default: standard output)\n"
    "  --meta-out META.json  where to write the meta file (default with -o: OUT.meta.json\n"
    "                        beside the CSV; without -o: no meta file)\n"
    "  --force               overwrite files that exist\n"
    "\n"
    "Exit code: 0 written; 1 the dataset is invalid or an output file exists; 2 wrong usage.\n";

int run(const Args& args) {
  if (wants_help(args, kUsage)) return 0;
  const auto parsed = parse_args(args, kName, kUsage, {"-o", "--out", "--meta-out"}, {"--force"});
  if (!parsed) return 2;
  if (const int code = require_one_dataset(*parsed, kName, kUsage)) return code;
  const std::string csv_path = parsed->value("-o", parsed->value("--out"));
  const std::string meta_path =
      parsed->value("--meta-out", csv_path.empty() ? "" : meta_path_for(csv_path));
  const bool force = parsed->has_flag("--force");
  for (const std::string& path : {csv_path, meta_path}) {
    if (!path.empty() && !force && path_exists(path)) {
      std::fprintf(stderr, "trade-widget %s: %s already exists; pass --force to overwrite it\n",
                   kName, path.c_str());
      return 1;
    }
  }
  const auto ds = load_dataset_file(parsed->positionals[0]);
  if (!ds) return 1;

  const std::string csv = export_csv(*ds);
  Dataset meta_only = *ds;
  meta_only.observations.clear();
  const std::string meta = write_dataset_json(meta_only);
  if (!meta_path.empty() && !write_output(kName, meta_path, meta, force)) return 1;
  if (csv_path.empty()) {
    std::fwrite(csv.data(), 1, csv.size(), stdout);
  } else if (!write_output(kName, csv_path, csv, force)) {
    return 1;
  }
  std::fprintf(stderr, "%s: wrote %zu rows to %s", kName, ds->observations.size(),
               csv_path.empty() ? "standard output" : csv_path.c_str());
  if (!meta_path.empty()) std::fprintf(stderr, ", meta and dimensions to %s", meta_path.c_str());
  std::fputs("\n", stderr);
  return 0;
}

const bool registered =
    register_command({kName, "write a dataset as a tidy CSV (+ meta file) for a spreadsheet", run});

}  // namespace
}  // namespace tw::cli
