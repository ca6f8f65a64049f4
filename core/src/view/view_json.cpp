// The replies the page reads, written as JSON text as they are produced (json_writer.h): the
// view, the dataset's description and diagnostics. web/core.js and the page's scripts read
// them; their shape is documented in view.h.
#include <algorithm>

#include "trade_widget/view.h"

namespace tw {

namespace {

const char* lang_id(Lang lang) { return lang == Lang::zh ? "zh" : "en"; }

void write_strings(JsonWriter& out, const std::vector<std::string>& list) {
  out.begin_array();
  for (const std::string& s : list) out.string(s);
  out.end();
}

void write_source(JsonWriter& out, const std::optional<ViewSource>& source) {
  if (!source) {
    out.null();
    return;
  }
  out.begin_object();
  if (!source->author.empty()) out.member("author", source->author);
  if (!source->date.empty()) out.member("date", source->date);
  out.member("id", source->id);
  out.member("publisher", source->publisher);
  if (!source->title.empty()) out.member("title", source->title);
  if (!source->url.empty()) out.member("url", source->url);
  out.end();
}

/// A figure's members, without the braces: a table row adds its labels to the same object.
void write_figure_members(JsonWriter& out, const ViewFigure& f) {
  out.key("derived").boolean(f.derived);
  if (f.derived) {
    out.key("from").begin_array();
    for (const FigureInput& in : f.from) {
      out.begin_object();
      out.member("measure", in.measure);
      out.member("partner", in.partner);
      out.member("period", in.period);
      out.member("text", in.text);
      out.end();
    }
    out.end();
  }
  if (!f.notes.empty()) {
    // "note" and "noteNumber" are the first of the notes.
    out.member("note", f.notes.front().text);
    out.key("noteNumber").integer(f.notes.front().number);
    out.key("notes").begin_array();
    for (const NoteMark& n : f.notes) {
      out.begin_object().key("number").integer(n.number).member("text", n.text).end();
    }
    out.end();
  }
  out.key("present").boolean(f.present);
  if (f.qualifier != nullptr) out.member("qualifier", f.qualifier);
  if (f.observed) {
    if (!f.ref.empty()) out.member("ref", f.ref);
    write_source(out.key("source"), f.source);
  }
  out.member("text", f.text);
  if (f.present) out.key("value").number(f.value);
}

void write_figure(JsonWriter& out, const ViewFigure& f) {
  out.begin_object();
  write_figure_members(out, f);
  out.end();
}

void write_card(JsonWriter& out, const ViewCard& c) {
  out.begin_object();
  if (!c.code.empty()) out.member("code", c.code);
  out.member("flow", c.flow);
  out.member("flowLabel", c.flow_label);
  if (c.has_partner) {
    out.member("partner", c.partner);
    out.member("partnerLabel", c.partner_label);
  }
  if (!c.partner_changes.empty()) {
    out.key("partnerChanges").begin_array();
    for (const PartnerChange& p : c.partner_changes) {
      out.begin_object();
      out.member("partner", p.partner);
      out.member("partnerLabel", p.partner_label);
      if (p.has_volume) write_figure(out.key("volume"), p.volume);
      write_figure(out.key("yoy"), p.yoy);
      out.end();
    }
    out.end();
  }
  write_figure(out.key("prior"), c.prior);
  out.member("product", c.product);
  out.member("productLabel", c.product_label);
  if (c.has_top_partner) out.key("reportedPartners").integer(c.reported_partners);
  out.member("sentence", c.sentence);
  if (c.has_partner) write_figure(out.key("share"), c.share);
  if (c.has_top_partner) {
    // false: only the largest of the partners reported; the others are not reported.
    out.key("topEstablished").boolean(c.top_established);
    out.member("topPartner", c.top_partner);
    out.member("topPartnerId", c.top_partner_id);
    write_figure(out.key("topShare"), c.top_share);
  }
  write_figure(out.key("volume"), c.volume);
  write_figure(out.key("yoy"), c.yoy);
  out.end();
}

void write_chart_request(JsonWriter& out, const ChartRequest& r) {
  out.begin_object();
  out.member("chart", r.chart);
  write_strings(out.key("flows"), r.flows);
  out.member("lang", lang_id(r.lang));
  if (!r.notes.empty()) write_strings(out.key("notes"), r.notes);
  out.member("period", r.period);
  if (!r.product.empty()) out.member("product", r.product);
  write_strings(out.key("products"), r.products);
  out.end();
}

void write_options(JsonWriter& out, const std::vector<ViewOption>& options) {
  out.begin_array();
  for (const ViewOption& o : options) {
    out.begin_object();
    if (o.group != nullptr) out.member("group", o.group);
    out.member("id", o.id);
    out.member("label", o.label);
    out.end();
  }
  out.end();
}

void string_or_null(JsonWriter& out, const std::string& text) {
  if (text.empty()) {
    out.null();
  } else {
    out.string(text);
  }
}

void write_items(JsonWriter& out, const std::vector<Item>& items, Lang lang) {
  out.begin_array();
  for (const Item& i : items) {
    out.begin_object();
    out.key("aggregate").boolean(i.aggregate);
    if (!i.code.empty()) out.member("code", i.code);
    out.member("id", i.id);
    out.member("label", i.label.in(lang));
    out.end();
  }
  out.end();
}

}  // namespace

void write_view(JsonWriter& out, const View& v) {
  out.begin_object();
  out.key("cards").begin_array();
  for (const ViewCard& c : v.cards) write_card(out, c);
  out.end();
  out.key("charts").begin_array();
  for (const ChartRequest& r : v.charts) write_chart_request(out, r);
  out.end();
  out.key("combined");
  if (v.combined) {
    out.begin_object();
    write_figure(out.key("change"), v.combined->change);
    write_figure(out.key("now"), v.combined->now);
    write_figure(out.key("prior"), v.combined->prior);
    out.member("product", v.combined->product);
    out.member("text", v.combined->text);
    out.end();
  } else {
    out.null();
  }
  write_strings(out.key("flows"), v.flows);
  out.key("keyPoints").begin_array();
  for (const ViewKeyPoint& k : v.key_points) {
    out.begin_object();
    if (!k.ref.empty()) out.member("ref", k.ref);
    write_source(out.key("source"), k.source);
    out.member("text", k.text);
    out.end();
  }
  out.end();
  out.member("narrative", v.narrative);
  out.key("notes").begin_array();
  for (const ViewNote& n : v.notes) {
    out.begin_object().member("id", n.id).key("number").integer(n.number);
    out.member("text", n.text).end();
  }
  out.end();
  string_or_null(out.key("partner"), v.partner);
  write_options(out.key("partners"), v.partners);
  out.member("period", v.period);
  out.member("periodLabel", v.period_label);
  string_or_null(out.key("periodReplaced"), v.period_replaced);
  string_or_null(out.key("periodReplacedLabel"), v.period_replaced_label);
  write_options(out.key("periods"), v.periods);
  write_strings(out.key("products"), v.products);
  out.key("rows").begin_array();
  for (const ViewRow& r : v.rows) {
    out.begin_object();
    write_figure_members(out, r.figure);
    out.member("flow", r.flow);
    out.member("measure", r.measure);
    out.member("partner", r.partner);
    out.member("period", r.period);
    out.member("product", r.product);
    out.end();
  }
  out.end();
  out.key("sources").begin_array();
  for (const ViewSource& s : v.sources) write_source(out, s);
  out.end();
  write_strings(out.key("tablePeriods"), v.table_periods);
  out.member("view", view_kind_id(v.kind));
  out.key("views").begin_array();
  for (ViewKind k : v.views) out.string(view_kind_id(k));
  out.end();
  out.end();
}

void write_description(JsonWriter& out, const Dataset& ds, Lang lang) {
  out.begin_object();
  out.member("coverage", ds.meta.coverage.in(lang));
  out.member("defaultFlow", ds.flows[static_cast<std::size_t>(ds.meta.default_flow)].id);
  out.member("defaultPeriod", ds.periods[static_cast<std::size_t>(ds.meta.default_period)].id);
  write_items(out.key("flows"), ds.flows, lang);
  out.key("observations").integer(static_cast<long long>(ds.observations.size()));
  write_items(out.key("partners"), ds.partners, lang);
  out.key("periods").begin_array();
  for (const Period& p : ds.periods) {
    out.begin_object().member("id", p.id).member("label", p.label.in(lang));
    out.key("months").integer(p.months()).end();
  }
  out.end();
  write_items(out.key("products"), ds.products, lang);
  out.key("sources").begin_array();
  for (const Source& s : ds.meta.sources) {
    write_source(out, ViewSource{s.id, s.publisher.in(lang), s.title.in(lang), s.author.in(lang),
                                 s.date, s.url});
  }
  out.end();
  out.member("subtitle", ds.meta.subtitle.in(lang));
  out.member("title", ds.meta.title.in(lang));
  out.member("unit", ds.meta.volume_unit.in(lang));
  out.key("views").begin_array();
  for (ViewKind k : view_kinds()) out.string(view_kind_id(k));
  out.end();
  out.end();
}

void write_diagnostics(JsonWriter& out, const std::vector<Diagnostic>& diagnostics) {
  out.begin_array();
  for (const Diagnostic& d : diagnostics) {
    out.begin_object();
    out.key("column").integer(d.column);
    out.key("line").integer(d.line);
    out.member("message", d.message);
    out.member("path", d.path);
    out.member("text", d.to_string());
    out.end();
  }
  out.end();
}

}  // namespace tw
