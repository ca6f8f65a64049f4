// What spreadsheets do to the text of a CSV, recognised so that import_csv can refuse it with the
// cause instead of accepting it: a label turned into a date or a number (LibreOffice saves
// "Mar 2024" as 03/01/24, Excel as Mar-24), UTF-8 read as Windows-1252 ("进口" becomes "è¿›å£"),
// and Chinese saved in a character set without Chinese ("2026年1月" becomes "2026?1?").
#pragma once

#include <string>
#include <string_view>

namespace tw::detail {

/// A date as spreadsheets write them: 03/01/24, 2024-03-01, 01.03.2024, Mar-24, 1-Mar-24.
/// Not the labels and ids of our files ("Mar 2024", "2024-03", "2025-01/2025-09").
bool looks_like_date(std::string_view text);

/// A number as spreadsheets write them: 45352, 2024.5, 2,024.
bool looks_like_number(std::string_view text);

/// The text that UTF-8 text was before a spreadsheet read its bytes as Windows-1252 and saved the
/// characters it saw ("è¿›å£" -> "进口"); "" when the text is not such a misreading.
std::string utf8_read_as_1252(std::string_view text);

/// Bytes in Windows-1252 as UTF-8 (how LibreOffice's default character set reads them).
std::string windows_1252_to_utf8(std::string_view bytes);

/// Why a label cell cannot be the item's label, or "": `meta_label` is the meta file's label
/// ("" for a new item), `chinese` tells a _zh column, `what` names the item ("period \"2024-03\"").
std::string label_damage(const std::string& label, const std::string& meta_label, bool chinese,
                         const std::string& what, const std::string& meta_name);

}  // namespace tw::detail
