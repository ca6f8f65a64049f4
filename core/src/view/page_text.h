// The words of the widget's own interface around the data, in English and Simplified Chinese:
// labels of controls, cards, table and footer. Figures and sentences about the data come from
// the narrative and format stages; web/i18n.js keeps only what the page writes itself (loading,
// errors).
#pragma once

#include <string>

#include "trade_widget/dataset.h"

namespace tw::detail {

/// A fixed string by key ("flow", "keyFigures", ...); an unknown key is returned as it is.
const char* page_text(Lang lang, const std::string& key);

/// "all 7" / "3 of 7"; "全部7种" / "3/7种".
std::string products_chosen(Lang lang, std::size_t on, std::size_t all);
/// "13 rows" / "13行".
std::string rows_count(Lang lang, std::size_t rows);
/// "Figures for the current selection, Jan–Sep 2025".
std::string table_caption(Lang lang, const std::string& periods);
/// "Implied: computed from 48,355.7 t (Jan–Sep 2025), ..." / "推算依据：...".
std::string implied_from(Lang lang, const std::string& from);
/// " note a" / " 注a": what a screen reader says for a note mark.
std::string note_mark(Lang lang, const std::string& letter);

/// "No figures for H1 2025 in this selection: Jan–Sep 2025 is shown instead."
std::string period_replaced(Lang lang, const std::string& asked, const std::string& shown);
/// "To United States" / "from Japan" (lower: inside a title) / "对美国" / "自日本".
std::string to_partner(Lang lang, bool import, const std::string& partner, bool lower);
/// "7 charts side by side" / "7张图表，可左右滑动".
std::string charts_side_by_side(Lang lang, std::size_t n);
/// "4 more points from the story" / "文章其他要点（4条）".
std::string key_points_more(Lang lang, std::size_t n);

}  // namespace tw::detail
