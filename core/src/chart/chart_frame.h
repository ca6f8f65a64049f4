// What every chart shares: the resolved request, the words charts use in both languages, the
// header (title, subtitle, legend) and the footer (notes, gaps, sources), and the readings that
// aria-labels and value labels are made of.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/query.h"
#include "trade_widget/scene.h"

namespace tw::detail {

/// A chart request with its ids resolved to positions.
struct ChartInput {
  const Dataset* ds = nullptr;
  Lang lang = Lang::en;
  double width = 800;
  std::vector<int> flows;
  std::vector<int> products;
  int period = 0;
  int product = kNone;          ///< the requested product, or kNone
  bool compact = false;         ///< ChartRequest::compact
  std::vector<int> note_order;  ///< ChartRequest::notes as note indexes (the page's numbering)
};

// Type sizes (px) and spacing. Texts use whole sizes so the SVG stays compact.
constexpr double kTitleSize = 17;
constexpr double kTitleSizeNarrow = 16;
constexpr double kSubtitleSize = 13;
constexpr double kLabelSize = 13;
constexpr double kValueSize = 12;
constexpr double kSmallSize = 11;

/// The English or the Chinese text.
inline const char* tr(Lang lang, const char* en, const char* zh) {
  return lang == Lang::zh ? zh : en;
}

/// "a, b and c" / "a、b和c".
std::string join_list(const std::vector<std::string>& items, Lang lang);
/// Labels joined with ", " / "，" and a reading: "Oxides, exports, Jan–Sep 2025: 24,151.3 t".
std::string reading(const std::vector<std::string>& parts, const std::string& value, Lang lang);
/// "export|oxides|world|2025-01/2025-09|volume": what a data mark shows, for data-key.
std::string mark_key(const Dataset& ds, const Cell& cell, Measure measure);
/// A volume ("24,151.3 t") or "not reported".
std::string volume_text(const Dataset& ds, const Figure& f, Lang lang);
/// A change ("+38.0%", "−45.6%"), followed by "implied" when derived; "" when absent.
std::string change_text(const Figure& f, Lang lang);
/// A share ("40%"), followed by "implied" when derived.
std::string share_text(const Figure& f, Lang lang);
/// A share as read aloud: "40% of the total", "60% of the total, implied" / "占总量40%".
std::string share_reading(const Figure& f, Lang lang);
/// "Zhitong Finance (Antaike)" / "智通财经网（安泰科）".
std::string source_name(const Dataset& ds, int source, Lang lang);
/// "Jan" ... "Dec" / "1月" ... "12月" (month 1-12).
std::string month_name(int month, Lang lang);
/// A year as readers see it: "2025" / "2025年".
std::string year_text(int year, Lang lang);

struct LegendItem {
  std::string classes;  ///< the swatch's classes (the same as the marks it explains)
  std::string label;
  bool line = false;  ///< a line swatch (series) instead of a box
};

/// Lays a chart out from the top down: a cursor `y`, the marks so far, and the notes and
/// sources that the marks cite (collected for the footer).
class Frame {
 public:
  /// compact: no subtitle, note marks, notes or sources drawn (ChartRequest::compact).
  Frame(const Dataset& ds, Lang lang, double width, bool compact = false);

  const Dataset& ds() const { return *ds_; }
  Lang lang() const { return lang_; }
  double width() const { return width_; }
  double pad() const { return pad_; }
  double left() const { return pad_; }
  double right() const { return width_ - pad_; }
  double inner_width() const { return width_ - 2 * pad_; }
  bool narrow() const { return width_ < 480; }

  double y = 0;  ///< top of the free space
  std::vector<Mark> marks;

  /// Wrapped text lines starting at y (top of the first line); returns the bottom of the block.
  /// Lines beyond max_lines are cut with "…" and the whole text kept as the last line's title.
  double text_block(const std::string& text, double x, double top, double max_width,
                    double font_size, bool bold, const std::string& classes,
                    const std::string& role, int max_lines = 1000);
  void title(const std::string& text);
  void subtitle(const std::string& text);
  /// Swatches with labels, wrapped into lines across the inner width.
  void legend(const std::vector<LegendItem>& items);

  /// Registers the sources of a figure (its observation, or the inputs of a derived figure).
  void cite(const Figure& f);
  /// Numbers notes as the page does (ChartInput::note_order); others follow, in order of use.
  void number_notes_as(const std::vector<int>& page_order);
  /// "¹" when the observation has a note, "¹,³" for two (never "¹³"), else "".
  std::string note_marker(std::int32_t observation);
  /// The same for a figure as shown: its row's notes, or those of the gap a derived figure fills.
  std::string note_marker(const Figure& f);
  /// The notes' texts for an aria-label (". Note: ..."), or "".
  std::string note_reading(std::int32_t observation) const;
  std::string note_reading(const Figure& f) const;
  /// Two figures on one bar (a volume and its change): each note once, "¹,²".
  std::string note_marker(const Figure& a, const Figure& b);
  std::string note_reading(const Figure& a, const Figure& b) const;
  /// A muted line in the footer, above the notes ("Not reported: ...").
  void footer_line(const std::string& text) { footer_lines_.push_back(text); }

  /// Adds the footer and returns the finished scene.
  Scene finish(const std::string& kind, const std::string& title, const std::string& desc);

 private:
  const Dataset* ds_;
  Lang lang_;
  double width_;
  double pad_;
  double edge_;  // the padding above and below the chart
  bool compact_;
  std::vector<int> sources_;  // in order of first citation
  std::string marks_of(const std::vector<std::int32_t>& notes);
  std::string reading_of(const std::vector<std::int32_t>& notes) const;
  std::map<int, int> note_number_;  // note index -> marker number
  std::vector<int> notes_;          // notes marked in this chart, in order of first use
  int numbered_ = 0;                // the highest number given so far
  std::vector<std::string> footer_lines_;
};

/// "Exports", "Imports and exports" / "出口", "进口和出口".
std::string flows_title(const Dataset& ds, const std::vector<int>& flows, Lang lang);
/// The narrative of summary.h for the flows and products in the period, or `fallback`.
std::string narrative(const ChartInput& in, const std::vector<int>& products,
                      const std::string& fallback);
/// Superscript digits for a note number: 1 -> "¹", 12 -> "¹²".
std::string superscript(int number);

}  // namespace tw::detail
