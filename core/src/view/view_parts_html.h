// The parts of a view as HTML, from the view (view.h): the charts at every page width,
// the key-figure cards, the table, the sources and the notes. view_html.cpp arranges them.
#pragma once

#include "trade_widget/dataset.h"
#include "trade_widget/svg.h"
#include "trade_widget/view.h"

namespace tw::detail {

/// <section class="tw-charts">: each chart of requests (the view's, or as the embed draws them),
/// drawn at every page_chart_widths() width, with its caption where one is given (captions:
/// one per request, "" for none); compact for the embed (ChartRequest::compact).
void charts_html(Markup& m, const Dataset& ds, const View& view,
                 const std::vector<ChartRequest>& requests,
                 const std::vector<std::string>& captions, Lang lang, bool compact);
/// <ul class="tw-cards">: one card per flow x product.
void cards_html(Markup& m, const View& view, Lang lang);
/// <details class="tw-table-wrap">: the table of the figures; short: the embed's label "Table".
void table_html(Markup& m, const View& view, Lang lang, bool short_label);
/// <ul class="tw-source-list">: full citations with links.
void source_list_html(Markup& m, const View& view, Lang lang);
/// <span class="tw-source-names">: the publishers on one line.
void source_names_html(Markup& m, const View& view, Lang lang);
/// The story's own findings (meta.key_points), each with its source: the first shown, the others
/// behind a disclosure (first_only: the first alone).
void key_points_html(Markup& m, const View& view, Lang lang, bool first_only);
/// <ol class="tw-notes-list">: the view's notes, numbered, and extra (if any) after them.
void notes_html(Markup& m, const View& view, const ViewNote* extra = nullptr);
/// <sup class="tw-note-mark">: marks of notes in the page's one numbering ("1,3").
void note_marks_html(Markup& m, Lang lang, const std::vector<NoteMark>& notes);

/// "https://…" or "http://…" without spaces: the only links the widget makes.
bool safe_url(const std::string& url);

}  // namespace tw::detail
