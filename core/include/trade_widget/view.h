// What the page shows, computed in one place: a view request (JSON) in, a view out, as plain
// structs that widget_html writes as HTML and write_view as the JSON the page reads. The page
// inserts these values into the DOM and computes nothing itself.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trade_widget/chart.h"
#include "trade_widget/dataset.h"
#include "trade_widget/json_writer.h"
#include "trade_widget/result.h"

namespace tw {

/// The reader's view toggle: which chart and which rows the table lists.
enum class ViewKind { volumes, yoy, shares, monthly };

/// "volumes", "yoy", "shares", "monthly".
const char* view_kind_id(ViewKind kind);

/// Every view, in the order the page offers them.
const std::vector<ViewKind>& view_kinds();

/// A reader's choices. Empty lists mean the dataset's defaults (default flow, every product).
struct ViewRequest {
  std::vector<std::string> flows;
  std::vector<std::string> products;
  std::string period;   ///< empty: the dataset's default period
  std::string partner;  ///< empty or the aggregate partner: world figures; else one partner's
  ViewKind kind = ViewKind::volumes;
  Lang lang = Lang::en;
};

/// Parses {"flows": [...], "products": [...], "period": "...", "partner": "...", "view":
/// "volumes"|"yoy"|"shares"| "monthly", "lang": "en"|"zh"}. Every field is optional; a field of the
/// wrong type or an unknown view is an error naming the field.
Result<ViewRequest> parse_view_request(std::string_view json_text);

/// A source as the view cites it, in one language; empty strings are not given.
struct ViewSource {
  std::string id;
  std::string publisher;
  std::string title;
  std::string author;
  std::string date;
  std::string url;
};

/// A note of a figure: its number in the view's one numbering, and its text.
struct NoteMark {
  int number = 0;
  std::string text;
};

/// An observation a derived figure was computed from.
struct FigureInput {
  std::string period;
  std::string partner;
  std::string measure;  ///< measure_id
  std::string text;     ///< the input as formatted
};

/// A figure as the page shows it: formatted text plus provenance.
struct ViewFigure {
  std::string text;
  bool present = false;
  bool derived = false;
  double value = 0;                  ///< when present
  const char* qualifier = nullptr;   ///< present and not exact: qualifier_id
  bool observed = false;             ///< an observation states it: source and ref below
  std::optional<ViewSource> source;  ///< the observation's source (none: not given)
  std::string ref;                   ///< the observation's reference, or empty
  std::vector<NoteMark> notes;       ///< every note, with the page's one numbering
  std::vector<FigureInput> from;     ///< derived: the figures it was computed from
};

/// A change a source gives for one partner (world cards).
struct PartnerChange {
  std::string partner;
  std::string partner_label;
  ViewFigure yoy;
  bool has_volume = false;
  ViewFigure volume;
};

/// A key-figure card: one flow x product.
struct ViewCard {
  std::string flow;
  std::string flow_label;
  std::string product;
  std::string product_label;
  std::string code;  ///< the product's customs code, or empty
  ViewFigure volume;
  ViewFigure yoy;
  ViewFigure prior;
  std::string sentence;
  bool has_top_partner = false;
  std::string top_partner_id;
  std::string top_partner;  ///< label
  ViewFigure top_share;
  bool top_established = false;  ///< false: only the largest of the partners reported
  int reported_partners = 0;
  bool has_partner = false;  ///< a card about one chosen partner
  std::string partner;
  std::string partner_label;
  ViewFigure share;
  std::vector<PartnerChange> partner_changes;
};

/// A table row: one stated observation (or stated gap) with its labels.
struct ViewRow {
  ViewFigure figure;
  std::string flow;
  std::string product;
  std::string partner;
  std::string period;
  const char* measure = "volume";  ///< measure_id
};

/// The story's own finding (meta.key_points), with its source.
struct ViewKeyPoint {
  std::string text;
  std::optional<ViewSource> source;
  std::string ref;
};

/// Imports and exports of one product together.
struct CombinedView {
  std::string text;       ///< the full narrative's sentence: the sum, its basis, the caveat
  std::string statement;  ///< the sum and its change, "(implied)" without the basis (the embed)
  std::string note;       ///< what the statement leaves out: the basis, then the caveat (if any)
  std::string product;
  ViewFigure now;
  ViewFigure prior;
  ViewFigure change;
};

/// A choice of a control: a period (with its group: "year", "part", "month") or a partner.
struct ViewOption {
  std::string id;
  std::string label;
  const char* group = nullptr;  ///< periods only
};

struct ViewNote {
  int number = 0;
  std::string id;
  std::string text;
};

/// What the page shows for a request, in one language.
struct View {
  ViewKind kind = ViewKind::volumes;
  std::vector<ViewKind> views;  ///< the views that fill for the selection
  std::vector<std::string> flows;
  std::vector<std::string> products;
  std::string period;
  std::string period_label;
  std::string narrative;
  std::vector<ViewKeyPoint> key_points;
  std::optional<CombinedView> combined;
  std::vector<ViewOption> periods;
  std::string period_replaced;  ///< a period asked for without figures, or empty
  std::string period_replaced_label;
  std::string partner;  ///< the chosen partner, or empty (world figures)
  std::vector<ViewOption> partners;
  std::vector<ViewCard> cards;
  std::vector<ViewRow> rows;
  std::vector<std::string> table_periods;  ///< the rows' periods, each once
  std::vector<ChartRequest> charts;        ///< without a width (the page adds its own)
  std::vector<ViewSource> sources;
  std::vector<ViewNote> notes;
};

/// Summary cards, narrative, table rows, the sources and notes behind them, and the chart
/// requests of the view; errors name unknown ids.
Result<View> make_view(const Dataset& ds, const ViewRequest& request);

/// The observations the view's table lists (and a CSV export contains), in the order shown:
/// volumes, yoy and shares list every stated row of the period; monthly lists the time series of
/// the aggregate partner. Unknown ids are errors naming the list and the id.
Result<std::vector<std::int32_t>> view_observations(const Dataset& ds, const ViewRequest& request);

/// The view as the page reads it (web/core.js): {"view", "views", "flows", "products", "period",
/// "periodLabel", "narrative", "keyPoints", "combined", "periods", "periodReplaced",
/// "periodReplacedLabel", "partner", "partners", "cards", "rows", "tablePeriods", "charts",
/// "sources", "notes"}.
void write_view(JsonWriter& out, const View& view);

/// Titles, sources, notes and the dimensions' labels in one language (for the controls).
void write_description(JsonWriter& out, const Dataset& ds, Lang lang);

/// The diagnostics as [{"path", "message", "line", "column", "text"}].
void write_diagnostics(JsonWriter& out, const std::vector<Diagnostic>& diagnostics);

}  // namespace tw
