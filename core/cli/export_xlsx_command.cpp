// trade-widget export-xlsx FILE.json -o OUT.xlsx [--meta-out META.json] [--force]
// The tidy table of export-csv as a workbook that keeps types: ids, periods, labels and every
// other text column are text cells in columns formatted as Text (so that rows typed in them
// stay text), figures are numbers shown with their stated decimals, and `decimals` is a number.
// A spreadsheet saving it as CSV writes the figures as shown (38.0), which import-csv reads.
#include <xlsxwriter.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "cli_args.h"
#include "command.h"
#include "dataset_file.h"
#include "output_file.h"
#include "trade_widget/csv.h"
#include "trade_widget/write_json.h"

namespace tw::cli {
namespace {

constexpr const char* kName = "export-xlsx";
constexpr const char* kUsage =
    "Usage: trade-widget export-xlsx FILE.json -o OUT.xlsx [--meta-out META.json] [--force]\n"
    "Writes every observation of a dataset as a workbook with the columns of export-csv: ids,\n"
    "periods and labels as text cells (their columns formatted as Text), figures as numbers\n"
    "shown with their stated decimals, and the meta file for import-csv. Save the workbook as\n"
    "CSV UTF-8 and import-csv gives the same dataset back.\n"
    "\n"
    "Options:\n"
    "  -o OUT.xlsx           where to write the workbook (required)\n"
    "  --meta-out META.json  where to write the meta file (default: OUT.meta.json beside it)\n"
    "  --force               overwrite files that exist\n"
    "\n"
    "Exit code: 0 written; 1 the dataset is invalid or an output file exists; 2 wrong usage.\n";

std::string label(const Text& t, int lang) { return lang == 0 ? t.en : t.zh; }

/// The text cells of one observation, by column name (the value and decimals are numbers).
std::map<std::string, std::string> text_cells(const Dataset& ds, const Observation& o) {
  const Item& flow = ds.flows[o.flow];
  const Item& product = ds.products[o.product];
  const Item& partner = ds.partners[o.partner];
  const Period& period = ds.periods[o.period];
  const auto id_at = [](const auto& list, std::int32_t i) {
    return i >= 0 && static_cast<std::size_t>(i) < list.size()
               ? list[static_cast<std::size_t>(i)].id
               : std::string();
  };
  std::map<std::string, std::string> cells = {
      {"flow", flow.id},
      {"product", product.id},
      {"partner", partner.id},
      {"period", period.id},
      {"measure", measure_id(o.measure)},
      {"source", id_at(ds.meta.sources, o.source)},
      {"ref", o.ref >= 0 && static_cast<std::size_t>(o.ref) < ds.refs.size()
                  ? ds.refs[static_cast<std::size_t>(o.ref)]
                  : std::string()},
      {"note", note_ids(ds, o)},
      {"unit",
       o.measure == Measure::volume ? ds.unit_label_of_product(o.product).en : std::string("%")},
      {"qualifier", qualifier_id(o.qualifier)}};
  const char* names[] = {"flow", "product", "partner", "period"};
  const Text* labels[] = {&flow.label, &product.label, &partner.label, &period.label};
  for (int d = 0; d < 4; ++d) {
    cells[std::string(names[d]) + "_label_en"] = label(*labels[d], 0);
    cells[std::string(names[d]) + "_label_zh"] = label(*labels[d], 1);
  }
  return cells;
}

/// Writes the workbook to path; false with a message when libxlsxwriter refuses.
bool write_workbook(const Dataset& ds, const std::string& path) {
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) return false;
  lxw_worksheet* sheet = workbook_add_worksheet(book, "data");
  lxw_format* text = workbook_add_format(book);
  format_set_num_format(text, "@");
  std::map<int, lxw_format*> number_formats;  // by decimals: "0", "0.0", "0.00", ...
  const auto number_format = [&](int decimals) {
    auto& f = number_formats[decimals];
    if (!f) {
      f = workbook_add_format(book);
      format_set_num_format(f, decimals > 0 ? ("0." + std::string(decimals, '0')).c_str() : "0");
    }
    return f;
  };
  // As in export-csv: the qualifier column only when a figure is qualified.
  std::vector<std::int32_t> all(ds.observations.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<std::int32_t>(i);
  const auto& every = csv_columns();
  const std::vector<std::string> columns(every.begin(),
                                         every.end() - (any_qualified(ds, all) ? 0 : 1));
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const bool numeric = columns[c] == "value" || columns[c] == "decimals";
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 14,
                         numeric ? nullptr : text);
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns[c].c_str(), nullptr);
  }
  lxw_row_t row = 1;
  for (const Observation& o : ds.observations) {
    const auto cells = text_cells(ds, o);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      if (columns[c] == "value" || columns[c] == "decimals") {
        if (!o.has_value()) continue;  // null stays an empty cell, never 0
        if (columns[c] == "value") {
          worksheet_write_number(sheet, row, col, o.value, number_format(o.decimals));
        } else {
          worksheet_write_number(sheet, row, col, o.decimals, nullptr);
        }
        continue;
      }
      std::string t = cells.at(columns[c]);
      // A cell is text here, never a formula, so no guard apostrophe is needed; but import-csv
      // removes one from text that starts with apostrophes and a formula sign ("'=x"), so
      // such text gets one more, as export-csv gives it.
      if (csv_unguard(t) != t) t = "'" + t;
      if (!t.empty()) worksheet_write_string(sheet, row, col, t.c_str(), text);
    }
    ++row;
  }
  const lxw_error e = workbook_close(book);
  if (e != LXW_NO_ERROR) {
    std::fprintf(stderr, "trade-widget %s: %s: %s\n", kName, path.c_str(), lxw_strerror(e));
    return false;
  }
  return true;
}

int run(const Args& args) {
  if (wants_help(args, kUsage)) return 0;
  const auto parsed = parse_args(args, kName, kUsage, {"-o", "--out", "--meta-out"}, {"--force"});
  if (!parsed) return 2;
  if (const int code = require_one_dataset(*parsed, kName, kUsage)) return code;
  const std::string out_path = parsed->value("-o", parsed->value("--out"));
  if (out_path.empty()) return usage_error(kName, "where to? (-o OUT.xlsx is missing)", kUsage);
  const std::string meta_path = parsed->value("--meta-out", meta_path_for(out_path));
  const bool force = parsed->has_flag("--force");
  for (const std::string& path : {out_path, meta_path}) {
    if (!force && path_exists(path)) {
      std::fprintf(stderr, "trade-widget %s: %s already exists; pass --force to overwrite it\n",
                   kName, path.c_str());
      return 1;
    }
  }
  const auto ds = load_dataset_file(parsed->positionals[0]);
  if (!ds) return 1;

  // libxlsxwriter writes a file: write it beside the target, then hand its bytes to
  // write_output, which never leaves half a file.
  const std::string partial = out_path + ".partial";
  if (!write_workbook(*ds, partial)) {
    std::remove(partial.c_str());
    return 1;
  }
  std::ifstream in(partial, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  in.close();
  std::remove(partial.c_str());
  Dataset meta_only = *ds;
  meta_only.observations.clear();
  if (!write_output(kName, meta_path, write_dataset_json(meta_only), force)) return 1;
  if (!write_output(kName, out_path, bytes.str(), force)) return 1;
  std::fprintf(stderr, "%s: wrote %zu rows to %s, meta and dimensions to %s\n", kName,
               ds->observations.size(), out_path.c_str(), meta_path.c_str());
  return 0;
}

const bool registered = register_command(
    {kName, "write a dataset as a workbook that keeps types (+ meta file) for a spreadsheet", run});

}  // namespace
}  // namespace tw::cli
