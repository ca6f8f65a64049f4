#include "view/view_parts_html.h"

#include <algorithm>

#include "trade_widget/chart.h"
#include "trade_widget/view_html.h"
#include "view/page_text.h"

namespace tw::detail {

/// The note marks of a figure: "1", or "1,3" for two notes (never "13"), with the page's one
/// numbering, which the charts use too. Each is read as "note 1" and has the note as its title.
void note_marks_html(Markup& m, Lang lang, const std::vector<NoteMark>& notes) {
  if (notes.empty()) return;
  m.open("sup").attr("class", "tw-note-mark");
  bool first = true;
  for (const NoteMark& n : notes) {
    const std::string number = std::to_string(n.number);
    if (!first) m.open("span").attr("aria-hidden", "true").text(",").close();
    first = false;
    m.open("span").attr("title", n.text);
    m.open("span").attr("class", "tw-sr").text(detail::note_mark(lang, number)).close();
    m.open("span").attr("aria-hidden", "true").text(number).close();
    m.close();
  }
  m.close();
}

namespace {

/// A link that opens outside the widget and tells the target nothing about the page; text when
/// the address is not http(s).
void external_link(Markup& m, const std::string& url, const std::string& text) {
  if (!safe_url(url)) {
    m.text(text);
    return;
  }
  m.open("a")
      .attr("href", url)
      .attr("target", "_blank")
      .attr("rel", "noopener noreferrer")
      .text(text)
      .close();
}

void note_mark(Markup& m, Lang lang, const ViewFigure& figure) {
  note_marks_html(m, lang, figure.notes);
}

/// "implied" badge; its title (and screen-reader text) lists what the figure was computed from.
void implied_badge(Markup& m, Lang lang, const ViewFigure& figure) {
  if (!figure.derived) return;
  std::string from;
  for (const FigureInput& f : figure.from) {
    if (!from.empty()) from += ", ";
    from += f.text + " (" + f.period + ")";
  }
  m.text(" ");
  m.open("span").attr("class", "tw-implied");
  if (!from.empty()) m.attr("title", implied_from(lang, from));
  m.text(page_text(lang, "implied"));
  if (!from.empty()) {
    m.open("span").attr("class", "tw-sr").text(" (" + implied_from(lang, from) + ")").close();
  }
  m.close();
}

void figure(Markup& m, Lang lang, const ViewFigure& f, const char* extra) {
  std::string cls = "tw-figure";
  if (!f.present) cls += " tw-missing";
  if (extra[0] != '\0') cls += std::string(" ") + extra;
  m.open("strong").attr("class", cls).text(f.text);
  note_mark(m, lang, f);
  m.close();
}

/// Rise or fall is said by the sign, an arrow and the text, not by colour alone.
void change(Markup& m, Lang lang, const ViewFigure& f) {
  if (!f.present) {
    figure(m, lang, f, "");
    return;
  }
  const double v = f.value;
  const char* dir = v > 0 ? "up" : v < 0 ? "down" : "flat";
  const char* arrow = v > 0 ? "▲" : v < 0 ? "▼" : "■";
  m.open("strong").attr("class", std::string("tw-figure tw-change tw-") + dir);
  m.open("span").attr("class", "tw-arrow").attr("aria-hidden", "true").text(arrow).close();
  m.text(" " + f.text);
  note_mark(m, lang, f);
  m.close();
}

void open_line(Markup& m, const char* label) {
  m.open("p").attr("class", "tw-card-line");
  m.open("span").attr("class", "tw-card-label").text(label).close();
  m.text(" ");
  m.open("span").attr("class", "tw-card-value");
}

/// "(Antaike, [18][21])": who gives a partner figure and where.
void citation(Markup& m, Lang lang, const ViewFigure& f) {
  if (!f.source) return;
  std::string who = f.source->author;
  if (who.empty()) who = f.source->publisher;
  if (who.empty()) return;
  std::string ref = f.ref;
  if (!ref.empty()) ref = (lang == Lang::zh ? "，" : ", ") + ref;
  m.open("span")
      .attr("class", "tw-cite")
      .text(lang == Lang::zh ? "（" + who + ref + "）" : " (" + who + ref + ")")
      .close();
}

/// A card about one partner: its share and its source; in the world view, each partner change
/// a source gives ("To United States ▼ −24.0% (Antaike, [18][21])").
void partner_lines(Markup& m, Lang lang, const ViewCard& c) {
  const bool import = c.flow == "import";
  if (c.has_partner) {
    if (c.share.present) {
      open_line(m, page_text(lang, "shareOfFlow"));
      figure(m, lang, c.share, "tw-share");
      implied_badge(m, lang, c.share);
      m.close().close();
    }
    for (const ViewFigure* f : {&c.yoy, &c.volume, &c.share}) {
      if (f->present && f->source) {
        m.open("p").attr("class", "tw-card-line");
        citation(m, lang, *f);
        m.close();
        break;
      }
    }
  }
  for (const PartnerChange& p : c.partner_changes) {
    open_line(m, to_partner(lang, import, p.partner_label, false).c_str());
    if (p.has_volume) {
      figure(m, lang, p.volume, "tw-volume");
      m.text(" ");
    }
    change(m, lang, p.yoy);
    implied_badge(m, lang, p.yoy);
    citation(m, lang, p.yoy);
    m.close().close();
  }
}

void card(Markup& m, Lang lang, const ViewCard& c) {
  m.open("li").attr("class", "tw-card").attr("data-flow", c.flow).attr("data-product", c.product);
  m.open("h3").attr("class", "tw-card-title");
  m.open("span").attr("class", "tw-card-product").text(c.product_label).close();
  m.text(" ");
  m.open("span").attr("class", "tw-card-flow").text(c.flow_label).close();
  if (c.has_partner) {
    m.text(" ");
    m.open("span")
        .attr("class", "tw-card-partner")
        .text(to_partner(lang, c.flow == "import", c.partner_label, true))
        .close();
  }
  m.close();
  open_line(m, page_text(lang, "volume"));
  figure(m, lang, c.volume, "tw-volume");
  implied_badge(m, lang, c.volume);
  m.close().close();
  open_line(m, page_text(lang, "yoy"));
  change(m, lang, c.yoy);
  implied_badge(m, lang, c.yoy);
  m.close().close();
  if (c.has_top_partner) {
    // "Top partner" only when the figures establish it; else the largest of those reported.
    const bool established = c.top_established;
    const ViewFigure& share = c.top_share;
    open_line(m, page_text(lang, established ? "topPartner" : "largestReported"));
    m.open("strong").attr("class", "tw-partner").text(c.top_partner + " ");
    m.open("span").attr("class", "tw-share").text(share.text).close();
    note_mark(m, lang, share);
    m.close();
    implied_badge(m, lang, share);
    if (!established) {
      m.open("span")
          .attr("class", "tw-others")
          .text(" (" + std::string(page_text(lang, "othersNotReported")) + ")")
          .close();
    }
    m.close().close();
  }
  partner_lines(m, lang, c);
  m.close();
}

const char* measure_key(const std::string& measure) {
  if (measure == "volume") return "measureVolume";
  if (measure == "yoy") return "measureYoy";
  if (measure == "share") return "measureShare";
  return "measureVolume";
}

void row(Markup& m, Lang lang, const ViewRow& r) {
  m.open("tr");
  m.open("th").attr("scope", "row").text(r.product).close();
  m.open("td").text(r.flow).close();
  m.open("td").text(r.partner).close();
  m.open("td").text(r.period).close();
  m.open("td").text(page_text(lang, measure_key(r.measure))).close();
  m.open("td").attr("class", std::string("tw-num") + (r.figure.present ? "" : " tw-missing"));
  m.text(r.figure.text);
  note_mark(m, lang, r.figure);
  m.close();
  m.open("td");
  if (r.figure.source) {
    external_link(m, r.figure.source->url, r.figure.source->publisher);
    if (!r.figure.ref.empty()) m.text(" " + r.figure.ref);
  }
  m.close();
  m.close();
}

/// The row under the embed's strip of charts: how many there are, and a step either way; hidden
/// for one chart (it is always written, so that the page swaps it as the other parts).
void chart_pager(Markup& m, Lang lang, std::size_t charts) {
  m.open("div").attr("class", "tw-chart-pager");
  if (charts < 2) m.attr("hidden", "");
  for (const int step : {-1, 1}) {
    const char* name = page_text(lang, step < 0 ? "chartPrevious" : "chartNext");
    m.open("button")
        .attr("type", "button")
        .attr("class", "tw-button tw-chart-step")
        .attr("data-step", std::to_string(step))
        .attr("data-focus-key", step < 0 ? "chart-previous" : "chart-next")
        .attr("title", name)
        .attr("aria-label", name)
        .text(step < 0 ? "‹" : "›")
        .close();
    if (step < 0) {
      m.open("span")
          .attr("class", "tw-chart-count")
          .text(charts_side_by_side(lang, charts))
          .close();
    }
  }
  m.close();
}

}  // namespace

bool safe_url(const std::string& url) {
  std::string lower = url.substr(0, 8);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::size_t start = 0;
  if (lower.rfind("https://", 0) == 0) {
    start = 8;
  } else if (lower.rfind("http://", 0) == 0) {
    start = 7;
  } else {
    return false;
  }
  if (url.size() <= start) return false;
  for (const char c : url) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return false;
  }
  return true;
}

void charts_html(Markup& m, const Dataset& ds, const View& view,
                 const std::vector<ChartRequest>& requests,
                 const std::vector<std::string>& captions, Lang lang, bool compact) {
  m.open("section").attr("class", "tw-charts");
  m.open("div").attr("class", "tw-chart-list");
  for (std::size_t i = 0; i < requests.size(); ++i) {
    const ChartRequest& request = requests[i];
    const std::string caption = i < captions.size() ? captions[i] : std::string();
    std::string error;
    std::vector<std::pair<int, std::string>> svgs;
    for (const int width : page_chart_widths()) {
      ChartRequest r = request;
      r.width = width;
      r.compact = compact;
      const auto scene = chart_scene(ds, r);
      if (!scene.ok()) {
        for (const Diagnostic& d : scene.errors()) {
          error += (error.empty() ? "" : "; ") + d.to_string();
        }
        break;
      }
      svgs.emplace_back(width, to_svg(scene.value()));
    }
    if (!error.empty()) {
      m.open("p").attr("class", "tw-chart-error").attr("data-chart", request.chart);
      m.text(std::string(page_text(lang, "chartUnavailable")) + " " + error);
      // The sentence of the chart that could not be drawn stays with its place in the strip.
      if (!caption.empty()) {
        m.text(" ").open("span").attr("class", "tw-chart-caption").text(caption).close();
      }
      m.close();
      continue;
    }
    m.open("figure").attr("class", "tw-chart-figure").attr("data-chart", request.chart);
    // Named by its caption (Chromium does not take a figure's name from its figcaption).
    const std::string caption_id = "tw-chart-caption-" + std::to_string(i + 1);
    if (!caption.empty()) m.attr("aria-labelledby", caption_id);
    for (const auto& [width, svg] : svgs) {
      m.open("div").attr("class", "tw-cw").attr("data-width", std::to_string(width));
      m.raw(svg);  // written and escaped by to_svg
      m.close();
    }
    if (!caption.empty())
      m.open("figcaption")
          .attr("class", "tw-chart-caption")
          .attr("id", caption_id)
          .text(caption)
          .close();
    m.close();
  }
  if (view.charts.empty()) {
    m.open("p").attr("class", "tw-empty").text(page_text(lang, "noChartData")).close();
  }
  m.close();
  // The embed shows several charts in a strip that scrolls sideways (web/layout.css); its
  // buttons step through it (web/chart-strip.js).
  if (compact) chart_pager(m, lang, requests.size());
  m.open("div").attr("class", "tw-tooltip").attr("role", "tooltip").attr("hidden", "").close();
  m.close();
}

void cards_html(Markup& m, const View& view, Lang lang) {
  m.open("ul").attr("class", "tw-cards").attr("aria-label", page_text(lang, "keyFigures"));
  for (const ViewCard& c : view.cards) card(m, lang, c);
  m.close();
}

void table_html(Markup& m, const View& view, Lang lang, bool short_label) {
  m.open("details").attr("class", short_label ? "tw-table-wrap tw-part" : "tw-table-wrap");
  m.attr("data-part", "table");
  m.open("summary").attr("data-focus-key", "table");
  m.text(std::string(page_text(lang, short_label ? "tableShort" : "tableSummary")) + " ");
  m.open("span")
      .attr("class", "tw-count")
      .text("(" + rows_count(lang, view.rows.size()) + ")")
      .close();
  m.close();
  m.open("div")
      .attr("class", "tw-scroll")
      .attr("tabindex", "0")
      .attr("role", "region")
      .attr("aria-label", page_text(lang, "tableSummary"));
  m.open("table").attr("class", "tw-table");
  std::string periods;
  for (const std::string& p : view.table_periods) {
    if (!periods.empty()) periods += lang == Lang::zh ? "、" : ", ";
    periods += p;
  }
  if (periods.empty()) periods = view.period_label;
  m.open("caption")
      .text(view.kind == ViewKind::monthly ? std::string(page_text(lang, "tableCaptionMonthly"))
                                           : table_caption(lang, periods))
      .close();
  m.open("thead").open("tr");
  for (const char* k : {"colProduct", "colFlow", "colPartner", "colPeriod", "colMeasure",
                        "colValue", "colSource"}) {
    m.open("th").attr("scope", "col");
    if (std::string(k) == "colValue") m.attr("class", "tw-num");
    m.text(page_text(lang, k)).close();
  }
  m.close().close();
  m.open("tbody");
  for (const ViewRow& r : view.rows) row(m, lang, r);
  m.close();
  m.close().close().close();
}

void source_list_html(Markup& m, const View& view, Lang lang) {
  m.open("ul").attr("class", "tw-source-list");
  const char* comma = lang == Lang::zh ? "，" : ", ";
  for (const ViewSource& s : view.sources) {
    m.open("li");
    external_link(m, s.url, s.publisher);
    if (!s.author.empty()) {
      m.text(lang == Lang::zh ? "（" + s.author + "）" : " (" + s.author + ")");
    }
    if (!s.title.empty()) {
      m.text(comma);
      m.open("cite").text(s.title).close();
    }
    if (!s.date.empty()) {
      m.text(comma);
      m.open("time").attr("datetime", s.date).text(s.date).close();
    }
    m.close();
  }
  m.close();
}

void source_names_html(Markup& m, const View& view, Lang lang) {
  std::vector<std::string> names;
  for (const ViewSource& s : view.sources) {
    if (std::find(names.begin(), names.end(), s.publisher) == names.end()) {
      names.push_back(s.publisher);
    }
  }
  std::string line;
  for (const std::string& n : names)
    line += (line.empty() ? "" : lang == Lang::zh ? "、" : ", ") + n;
  m.open("span").attr("class", "tw-source-names").text(line).close();
}

void notes_html(Markup& m, const View& view, const ViewNote* extra) {
  // Numbered as the figures' marks and the charts' footnotes: one numbering for the page.
  m.open("ol").attr("class", "tw-notes-list");
  for (const ViewNote& n : view.notes) {
    m.open("li").attr("value", std::to_string(n.number)).text(n.text).close();
  }
  if (extra != nullptr) {
    m.open("li").attr("value", std::to_string(extra->number)).text(extra->text).close();
  }
  m.close();
}

namespace {
void key_point(Markup& m, Lang lang, const ViewKeyPoint& p) {
  m.open("li").attr("class", "tw-key-point").text(p.text);
  std::string who = p.source ? p.source->author : std::string();
  if (who.empty() && p.source) who = p.source->publisher;
  m.open("span").attr("class", "tw-key-point-source").text(lang == Lang::zh ? "（" : " (");
  external_link(m, p.source ? p.source->url : std::string(), who);
  if (!p.ref.empty()) m.text((lang == Lang::zh ? "，" : ", ") + p.ref);
  m.text(lang == Lang::zh ? "）" : ")").close();
  m.close();
}
}  // namespace

void key_points_html(Markup& m, const View& view, Lang lang, bool first_only) {
  const std::vector<ViewKeyPoint>& points = view.key_points;
  if (points.empty()) return;
  m.open("section").attr("class", "tw-key-points").attr("aria-label", page_text(lang, "keyPoints"));
  m.open("h2").attr("class", "tw-key-points-title").text(page_text(lang, "keyPoints")).close();
  m.open("ul").attr("class", "tw-key-points-list");
  key_point(m, lang, points[0]);
  m.close();
  if (points.size() > 1 && !first_only) {
    m.open("details").attr("class", "tw-key-points-more").attr("data-part", "points");
    m.open("summary")
        .attr("data-focus-key", "part:points")
        .text(key_points_more(lang, points.size() - 1))
        .close();
    m.open("ul").attr("class", "tw-key-points-list");
    for (std::size_t i = 1; i < points.size(); ++i) key_point(m, lang, points[i]);
    m.close().close();
  }
  m.close();
}

}  // namespace tw::detail
