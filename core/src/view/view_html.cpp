// The widget's content as HTML: the page around the view (heading, controls, footer) and the
// view's parts (view_parts_html.cpp), every text escaped by the one markup builder.
#include "trade_widget/view_html.h"

#include <algorithm>

#include "trade_widget/svg.h"
#include "view/embed_sentences.h"
#include "view/page_text.h"
#include "view/view_parts_html.h"

namespace tw {

using detail::page_text;
using detail::period_replaced;

namespace {

const char* lang_id(Lang lang) { return lang == Lang::zh ? "zh" : "en"; }

/// The view the page shows when the reader has turned every product off (no view offered: the
/// controls offer every view).
View empty_view(const WidgetRequest& request) {
  View v;
  v.kind = request.view.kind;
  v.narrative = page_text(request.view.lang, "noProducts");
  return v;
}

void header(Markup& m, const Dataset& ds, Lang lang) {
  m.open("header").attr("class", "tw-header");
  m.open("div").attr("class", "tw-titles");
  m.open("h1").text(ds.meta.title.in(lang)).close();
  const std::string& subtitle = ds.meta.subtitle.in(lang);
  if (!subtitle.empty()) m.open("p").attr("class", "tw-page-subtitle").text(subtitle).close();
  m.close();
  // The name is the visible text ("中文", marked as Chinese); the title says what it does.
  m.open("button")
      .attr("type", "button")
      .attr("class", "tw-button tw-lang")
      .attr("title", page_text(lang, "otherLanguageName"))
      .attr("data-focus-key", "lang");
  m.open("span")
      .attr("lang", page_text(lang, "otherLanguageCode"))
      .text(page_text(lang, "otherLanguage"))
      .close();
  m.close().close();
}

struct Option {
  std::string value;
  std::string label;
  std::string title;
};

/// A radio group shown as a segmented control (arrow keys move within it).
void segmented(Markup& m, const std::string& name, Lang lang, const std::vector<Option>& options,
               const std::string& chosen) {
  m.open("fieldset").attr("class", "tw-seg-group").attr("data-control", name);
  m.open("legend").text(page_text(lang, name)).close();
  m.open("div").attr("class", "tw-segs");
  for (const Option& o : options) {
    m.open("label").attr("class", "tw-seg");
    m.open("input").attr("type", "radio").attr("name", "tw-" + name).attr("value", o.value);
    if (o.value == chosen) m.attr("checked", "");
    m.attr("data-focus-key", name + ":" + o.value).close();
    m.open("span").text(o.label).close();
    m.close();
  }
  m.close().close();
}

/// A choice among many (periods, partners): a <select> named tw-NAME, read by web/controls.js
/// as the radio groups are. Options with a group go into <optgroup>s in their order.
struct SelectOption {
  std::string value;
  std::string label;
  std::string group;  ///< page_text key of the <optgroup>, or empty
};

void select_control(Markup& m, const std::string& name, Lang lang,
                    const std::vector<SelectOption>& options, const std::string& chosen) {
  m.open("div").attr("class", "tw-select-group").attr("data-control", name);
  m.open("label").attr("for", "tw-" + name).text(page_text(lang, name)).close();
  m.open("select")
      .attr("class", "tw-select")
      .attr("id", "tw-" + name)
      .attr("name", "tw-" + name)
      .attr("data-focus-key", name);
  std::string group;
  for (const SelectOption& o : options) {
    if (o.group != group) {
      if (!group.empty()) m.close();
      group = o.group;
      if (!group.empty()) m.open("optgroup").attr("label", page_text(lang, group));
    }
    m.open("option").attr("value", o.value);
    if (o.value == chosen) m.attr("selected", "");
    m.text(o.label).close();
  }
  if (!group.empty()) m.close();
  m.close().close();
}

/// The period and partner choices the core offers for this selection (view.periods, partners).
void explore_controls(Markup& m, const View& view, Lang lang) {
  std::vector<SelectOption> periods;
  for (const ViewOption& p : view.periods) {
    const std::string g = p.group != nullptr ? p.group : "";
    const std::string key = g == "year"    ? "periodGroupYear"
                            : g == "part"  ? "periodGroupPart"
                            : g == "month" ? "periodGroupMonth"
                                           : "";
    periods.push_back({p.id, p.label, key});
  }
  if (!periods.empty()) select_control(m, "period", lang, periods, view.period);
  if (!view.partners.empty() || !view.partner.empty()) {
    std::vector<SelectOption> options = {{"", page_text(lang, "partnerAll"), ""}};
    for (const ViewOption& p : view.partners) options.push_back({p.id, p.label, ""});
    select_control(m, "partner", lang, options, view.partner);
  }
}

/// A disclosure button with a list of checkboxes (a <details>, usable without JavaScript).
void multiselect(Markup& m, const std::string& name, Lang lang, const std::vector<Option>& options,
                 const std::vector<std::string>& chosen) {
  std::size_t on = 0;
  for (const Option& o : options) {
    for (const std::string& c : chosen) on += c == o.value ? 1 : 0;
  }
  m.open("details").attr("class", "tw-ms").attr("data-control", name);
  m.open("summary").attr("class", "tw-ms-button").attr("data-focus-key", name);
  m.open("span").attr("class", "tw-ms-label").text(page_text(lang, name)).close();
  m.text(" ");
  m.open("span")
      .attr("class", "tw-ms-count")
      .text(detail::products_chosen(lang, on, options.size()))
      .close();
  m.close();
  m.open("fieldset").attr("class", "tw-ms-panel");
  m.open("legend").attr("class", "tw-sr").text(page_text(lang, name)).close();
  m.open("ul").attr("class", "tw-ms-list");
  for (const Option& o : options) {
    m.open("li").open("label").attr("class", "tw-ms-option");
    if (!o.title.empty()) m.attr("title", o.title);
    m.open("input").attr("type", "checkbox").attr("name", "tw-" + name).attr("value", o.value);
    for (const std::string& c : chosen) {
      if (c == o.value) m.attr("checked", "");
    }
    m.attr("data-focus-key", name + ":" + o.value).close();
    m.open("span").text(o.label).close();
    m.close().close();
  }
  m.close().close().close();
}

/// The controls, as a list: a new control (a period, a partner) is one more entry here and in
/// web/controls.js, which reads every radio group and checkbox list the same way.
void controls(Markup& m, const Dataset& ds, const View& view, const WidgetRequest& request,
              const std::vector<std::string>& flows, const std::vector<std::string>& products) {
  const Lang lang = request.view.lang;
  std::vector<Option> flow_options;
  for (const Item& f : ds.flows) flow_options.push_back({f.id, f.label.in(lang), ""});
  if (flow_options.size() > 1) flow_options.push_back({"both", page_text(lang, "flowBoth"), ""});
  const std::string flow = flows.size() > 1 ? "both" : flows.front();
  const char* view_labels[] = {"viewVolumes", "viewYoy", "viewShares", "viewMonthly"};
  // Only the views that fill for this selection (view.views), in the order of view_kinds().
  std::vector<Option> view_options;
  const std::vector<ViewKind>& offered = view.views;
  for (std::size_t i = 0; i < view_kinds().size(); ++i) {
    const ViewKind kind = view_kinds()[i];
    if (!offered.empty() && std::find(offered.begin(), offered.end(), kind) == offered.end())
      continue;
    view_options.push_back({view_kind_id(kind), page_text(lang, view_labels[i]), ""});
  }
  std::vector<Option> product_options;
  for (const Item& p : ds.products) product_options.push_back({p.id, p.label.in(lang), p.code});
  m.open("div")
      .attr("class", "tw-controls")
      .attr("role", "group")
      .attr("aria-label", page_text(lang, "controls"));
  // What to show (flow, products), then how (view); further controls go after these.
  segmented(m, "flow", lang, flow_options, flow);
  multiselect(m, "products", lang, product_options,
              request.no_products ? std::vector<std::string>{} : products);
  segmented(m, "view", lang, view_options, view_kind_id(view.kind));
  // The embed has no room for a further row at 360 px: there they open from the footer line.
  if (request.layout == Layout::full) explore_controls(m, view, lang);
  m.close();
}

/// The period asked for has no figures in this selection: which one is shown instead.
void period_notice(Markup& m, const View& view, Lang lang) {
  m.open("p").attr("class", "tw-hint tw-period-notice").attr("role", "status");
  if (view.period_replaced.empty()) {
    m.attr("hidden", "").close();
    return;
  }
  const std::string& label =
      view.period_replaced_label.empty() ? view.period_replaced : view.period_replaced_label;
  m.text(period_replaced(lang, label, view.period_label)).close();
}

void notice(Markup& m, const WidgetRequest& request) {
  m.open("p").attr("class", "tw-notice").attr("role", "status");
  if (request.ignored.empty()) {
    m.attr("hidden", "").close();
    return;
  }
  std::string list;
  for (const std::string& s : request.ignored) list += (list.empty() ? "" : ", ") + s;
  m.text(std::string(page_text(request.view.lang, "ignoredSettings")) + " " + list).close();
}

/// A part of the embed's footer line: a disclosure whose content opens in place.
void open_part(Markup& m, const char* name, bool hidden) {
  m.open("details").attr("class", "tw-part").attr("data-part", name);
  if (hidden) m.attr("hidden", "");
  m.open("summary").attr("data-focus-key", std::string("part:") + name);
}

void csv_button(Markup& m, Lang lang, bool short_label) {
  m.open("button")
      .attr("type", "button")
      .attr("class", "tw-button tw-csv")
      .attr("data-focus-key", "csv")
      .attr("title", page_text(lang, "downloadCsvHint"));
  m.open("span").attr("aria-hidden", "true").attr("class", "tw-icon").text("⤓").close();
  m.text(std::string(" ") + page_text(lang, short_label ? "download" : "downloadCsv")).close();
}

/// The current chart as an image (web/image-download.js asks the core for it); disabled when
/// the view draws no chart.
void image_buttons(Markup& m, const View& view, Lang lang) {
  for (const char* kind : {"png", "svg"}) {
    const std::string k = kind;
    m.open("button")
        .attr("type", "button")
        .attr("class", "tw-button tw-image-" + k)
        .attr("data-focus-key", "image-" + k)
        .attr("title", page_text(lang, "downloadImageHint"));
    if (view.charts.empty()) m.attr("disabled", "");
    m.open("span").attr("aria-hidden", "true").attr("class", "tw-icon").text("⤓").close();
    m.text(std::string(" ") + page_text(lang, k == "png" ? "downloadPng" : "downloadSvg")).close();
  }
}

/// The sentence under the chart, announced by screen readers when it changes.
void sentence(Markup& m, const std::string& text) {
  m.open("p")
      .attr("class", "tw-narrative")
      .attr("aria-live", "polite")
      .attr("aria-atomic", "true")
      .text(text)
      .close();
}

/// The embed's key sentence: the combined direction, marked with the caveat's note, then the
/// lead sentence of each flow that has no chart of its own to go with (embed_sentences.h).
void key_sentence(Markup& m, const detail::EmbedTexts& texts, Lang lang) {
  m.open("p")
      .attr("class", "tw-narrative")
      .attr("aria-live", "polite")
      .attr("aria-atomic", "true")
      .text(texts.key_sentence);
  if (texts.caveat) {
    detail::note_marks_html(m, lang, {NoteMark{texts.caveat->number, texts.caveat->text}});
  }
  if (!texts.key_more.empty()) m.text((lang == Lang::en ? " " : "") + texts.key_more);
  m.close();
}

void embed_layout(Markup& m, const Dataset& ds, const View& view, const WidgetRequest& request) {
  const Lang lang = request.view.lang;
  const detail::EmbedTexts texts = detail::embed_texts(ds, view, lang);
  detail::charts_html(m, ds, view, texts.charts, texts.captions, lang, true);
  m.open("section").attr("class", "tw-summary").attr("aria-label", page_text(lang, "keyFigures"));
  key_sentence(m, texts, lang);
  m.close();
  m.open("footer").attr("class", "tw-foot");
  open_part(m, "sources", false);
  m.open("span").attr("class", "tw-foot-label").text(page_text(lang, "sourceLine")).close();
  m.text(" ");
  detail::source_names_html(m, view, lang);
  m.close();
  m.open("div").attr("class", "tw-part-body");
  detail::source_list_html(m, view, lang);
  m.close().close();
  open_part(m, "figures", false);
  m.text(page_text(lang, "keyFigures")).close();
  m.open("div").attr("class", "tw-part-body");
  // The cards' titles are h3: an h2 first, so that headings go down one level at a time.
  m.open("h2").attr("class", "tw-sr").text(page_text(lang, "keyFigures")).close();
  // The story's own findings first, each with its source, then the widget's figures.
  detail::key_points_html(m, view, lang, false);
  detail::cards_html(m, view, lang);
  m.close().close();
  open_part(m, "notes", view.notes.empty() && !texts.caveat);
  m.text(page_text(lang, "notes")).close();
  m.open("div").attr("class", "tw-part-body");
  detail::notes_html(m, view, texts.caveat ? &*texts.caveat : nullptr);
  m.close().close();
  detail::table_html(m, view, lang, true);
  // The period and the partner shown, which open the choices of both.
  const bool choices = !view.periods.empty() || !view.partners.empty();
  open_part(m, "choices", !choices);
  std::string shown = view.period_label;
  for (const ViewOption& p : view.partners) {
    if (!view.partner.empty() && view.partner == p.id) {
      shown += (lang == Lang::zh ? "·" : " · ") + p.label;
    }
  }
  m.open("span").attr("class", "tw-choice-label").text(shown).close();
  m.close();
  m.open("div").attr("class", "tw-part-body tw-choices");
  explore_controls(m, view, lang);
  m.close().close();
  open_part(m, "download", false);
  m.attr("title", page_text(lang, "download"));
  m.open("span").attr("aria-hidden", "true").attr("class", "tw-icon").text("⤓").close();
  // On a phone the word is for screen readers only: the line keeps to two rows (explore.css).
  m.text(" ").open("span").attr("class", "tw-part-word").text(page_text(lang, "download")).close();
  m.close();
  m.open("div").attr("class", "tw-part-body tw-actions");
  csv_button(m, lang, false);
  image_buttons(m, view, lang);
  m.close().close();
  m.close();
}

void full_layout(Markup& m, const Dataset& ds, const View& view, const WidgetRequest& request) {
  const Lang lang = request.view.lang;
  m.open("section").attr("class", "tw-summary").attr("aria-label", page_text(lang, "keyFigures"));
  m.open("p").attr("class", "tw-period").text(view.period_label).close();
  detail::key_points_html(m, view, lang, false);
  sentence(m, view.narrative);
  m.open("h2").attr("class", "tw-cards-heading").text(page_text(lang, "keyFigures")).close();
  detail::cards_html(m, view, lang);
  m.close();
  detail::charts_html(m, ds, view, view.charts, {}, lang, false);
  m.open("section").attr("class", "tw-data");
  detail::table_html(m, view, lang, false);
  m.open("p").attr("class", "tw-actions");
  csv_button(m, lang, false);
  image_buttons(m, view, lang);
  m.close().close();
  m.open("footer").attr("class", "tw-sources");
  m.open("h2").text(page_text(lang, "sources")).close();
  detail::source_list_html(m, view, lang);
  m.open("div").attr("class", "tw-notes");
  if (view.notes.empty()) m.attr("hidden", "");
  m.open("h2").text(page_text(lang, "notes")).close();
  detail::notes_html(m, view);
  m.close().close();
}

}  // namespace

const std::vector<int>& page_chart_widths() {
  // 380: phones of 375 to 414 px (web/layout.css picks a drawing within 10% of the width).
  static const std::vector<int> widths = {320, 380, 440, 600, 800, 980};
  return widths;
}

Result<std::string> widget_html(const Dataset& ds, const WidgetRequest& request) {
  const Lang lang = request.view.lang;
  const Result<View> computed = request.no_products ? Result<View>::success(empty_view(request))
                                                    : make_view(ds, request.view);
  if (!computed.ok()) return Result<std::string>::failure(computed.errors());
  const View& view = computed.value();
  std::vector<std::string> flows = request.view.flows;
  if (flows.empty()) flows = {ds.flows[static_cast<std::size_t>(ds.meta.default_flow)].id};
  std::vector<std::string> products = request.view.products;
  if (products.empty()) {
    for (const Item& p : ds.products) products.push_back(p.id);
  }
  Markup m(Markup::Syntax::html);
  // The layout's class on one wrapper, so that the written page and the live one are styled
  // alike whichever layout the address asks for.
  m.open("div").attr("class",
                     request.layout == Layout::embed ? "tw-layout tw-embed" : "tw-layout tw-full");
  header(m, ds, lang);
  notice(m, request);
  controls(m, ds, view, request, flows, products);
  period_notice(m, view, lang);
  if (request.layout == Layout::embed) {
    embed_layout(m, ds, view, request);
  } else {
    full_layout(m, ds, view, request);
  }
  m.close();
  return Result<std::string>::success(m.str());
}

namespace {
/// As JavaScript's encodeURIComponent, which the page's state.js uses for ids.
std::string uri_component(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      std::string_view("-_.!~*'()").find(ch) != std::string_view::npos;
    if (keep) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}
}  // namespace

std::string default_state_hash(const Dataset& ds, Lang lang) {
  return "#flow=" + uri_component(ds.flows[static_cast<std::size_t>(ds.meta.default_flow)].id) +
         "&view=volumes&lang=" + lang_id(lang);
}

}  // namespace tw
