// The tidy CSV: one observation per record, the table editors edit in a spreadsheet and readers
// download. Layout, quoting and the formula guard are documented in docs/editors.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/dataset.h"

namespace tw {

/// The columns export_csv writes, in order. The first nine are the observation row of the JSON
/// format; `unit` says what `value` counts ("t", "%"); `decimals` gives the value's digits after
/// the point as a whole number (spreadsheets store 38.0 as 38, but keep an integer); the label
/// columns carry each dimension item's label in both languages so that a CSV can define new items.
/// The last column, `qualifier`, is optional: export writes it only when a row is qualified
/// ("more_than", ... as in the dataset; empty for an exact figure).
const std::vector<std::string>& csv_columns();

/// The note cell: the row's note ids separated by spaces ("revised estimate"), or "".
std::string note_ids(const Dataset& ds, const Observation& o);

/// True when one of the observations is a qualified figure (the CSV then has a qualifier column).
bool any_qualified(const Dataset& ds, const std::vector<std::int32_t>& observations);

/// Tidy CSV of the given observations (indexes into ds.observations; indexes out of range are
/// skipped). UTF-8 with a byte-order mark (so that Excel reads the Chinese labels), CRLF line
/// ends, RFC 4180 quoting. Values have the digits the source wrote (Observation::decimals); a
/// null value is an empty cell, never 0. A text cell starting with = + - @ tab or CR (or with
/// apostrophes followed by one of these) gets one leading apostrophe, so that a spreadsheet shows
/// it as text instead of running it as a formula; import_csv removes that apostrophe again.
std::string export_csv(const Dataset& ds, const std::vector<std::int32_t>& observations);

/// Every observation, in the dataset's order.
std::string export_csv(const Dataset& ds);

/// A text cell as export_csv writes it: formula guard, then quotes when needed.
std::string csv_text_cell(std::string_view text);

/// Removes the apostrophe the formula guard added (the reverse of the guard, not of quoting).
std::string csv_unguard(std::string_view cell);

/// The number with exactly `decimals` digits after the point, plain ASCII ("-45.6", "48000").
std::string plain_number(double value, int decimals);

}  // namespace tw
