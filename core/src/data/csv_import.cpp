// import_csv in its steps: the meta file (csv_import_meta), the CSV's bytes
// (csv_import_encoding), the header line (csv_import_columns), the rows (csv_import_rows), the
// dimension items (csv_import_items) and the validated dataset (csv_import_write). Each step adds
// its messages to one ImportLog.
#include "trade_widget/csv_import.h"

#include "data/csv_import_columns.h"
#include "data/csv_import_encoding.h"
#include "data/csv_import_items.h"
#include "data/csv_import_log.h"
#include "data/csv_import_meta.h"
#include "data/csv_import_rows.h"
#include "data/csv_import_write.h"
#include "data/csv_reader.h"
#include "data/load_meta.h"

namespace tw {

namespace {

Result<CsvImport> failed(const detail::ImportLog& log) {
  return Result<CsvImport>::failure(log.errors, log.warnings);
}

/// The records after the header, into rows; false when the import must stop.
bool read_rows(detail::CsvReader& reader, std::vector<std::string>& cells, detail::RowReader& rows,
               detail::ImportLog& log, const CsvImportOptions& options) {
  std::size_t records = 0;
  while (reader.next(cells)) {
    rows.read(cells, reader.line());
    if (log.too_many_errors()) {
      log.csv_error(reader.line(), -1, "too many errors; stopped here (fix the ones above first)");
      return false;
    }
    if (++records % options.progress_every == 0 && options.progress) options.progress(records);
  }
  if (!reader.error().empty()) {
    log.csv_error(reader.line(), -1, reader.error());
    return false;
  }
  return true;
}

}  // namespace

bool period_months_from_id(const std::string& id, int& start, int& end) {
  if (id.size() == 4) {
    start = detail::parse_year_month(id + "-01");
    end = start + 11;
    return start >= 0;
  }
  if (id.size() == 7) {
    start = end = detail::parse_year_month(id);
    return start >= 0;
  }
  if (id.size() == 15 && id[7] == '/') {
    start = detail::parse_year_month(id.substr(0, 7));
    end = detail::parse_year_month(id.substr(8));
    return start >= 0 && end >= start;
  }
  return false;
}

Result<CsvImport> import_csv(std::string_view csv, std::string_view meta_json,
                             const CsvImportOptions& options) {
  detail::ImportLog log;
  log.csv_name = options.csv_name;
  log.meta_name = options.meta_name;
  detail::ImportMeta meta;
  if (!detail::read_import_meta(meta_json, log, meta)) return failed(log);
  if (!detail::check_utf8(csv, log)) return failed(log);

  detail::CsvReader reader(csv);
  std::vector<std::string> cells;
  detail::ColumnMap columns;
  if (!detail::match_columns(reader, cells, log, columns)) return failed(log);

  detail::ImportedRows rows;
  rows.keys.reserve(csv.size() / 64);
  rows.json.reserve(csv.size() / 2);
  detail::RowReader row_reader(meta, columns, log, rows);
  if (!read_rows(reader, cells, row_reader, log, options)) return failed(log);
  if (rows.lines.empty() && log.errors.empty()) {
    log.csv_error(reader.line(), -1, "no observation rows after the header line");
  }

  std::vector<NewItem> new_items;
  if (!detail::merge_items(meta.dims, meta.tree["dimensions"], log, new_items) ||
      !log.errors.empty()) {
    return failed(log);
  }
  return detail::write_imported_dataset(meta, rows, std::move(new_items), log);
}

}  // namespace tw
