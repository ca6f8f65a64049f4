// Making a copy of the built page show another dataset: the few places in index.html and
// standalone.html that name the default dataset or describe its default view. Each rewrite
// looks for a marker the page is known to have; a missing required marker is an error naming it,
// so a change in the page's layout fails the bundle instead of shipping the old dataset.
#pragma once

#include <string>

#include "trade_widget/dataset.h"
#include "trade_widget/view_html.h"

namespace tw {

/// What the page says about the dataset it shows first.
struct PageDataset {
  std::string file;         ///< "data/customs.json", relative to the page
  std::string name;         ///< "customs.json"
  std::string title;        ///< meta.title.en: <title> and <h1>
  std::string chart_title;  ///< the fallback chart's title ("Exports by product, Nov 2025")
  std::string chart_text;   ///< the fallback chart's description (the core's narrative)
  std::string json;         ///< the dataset file's bytes (inlined in standalone.html)
  std::string inline_svg;   ///< the fallback chart without its own style, for standalone.html
};

/// HTML-escapes & < > and " for text and double-quoted attribute values (an apostrophe needs
/// no escape there, and editors read "China's" more easily than "China&#39;s").
std::string html_escape(const std::string& text);

/// index.html for the dataset; on failure, error names the marker that is missing.
bool rewrite_index(std::string& html, const PageDataset& ds, std::string& error);

/// standalone.html for the dataset (inline data, inline fallback chart, titles).
bool rewrite_standalone(std::string& html, const PageDataset& ds, std::string& error);

/// How a page shows the dataset's default view before any script runs.
struct Prerender {
  Lang lang = Lang::en;
  Layout layout = Layout::embed;
  std::string other_page;  ///< the same page in the other language ("index.zh.html"), or ""
};

/// Writes the default view into the page, with the same code the live page uses (view_html.h):
/// the inside of <main id="widget">, and on <html> the language, the state it shows
/// (data-tw-state), its layout and the page in the other language, which web/boot.js reads
/// before the first paint. On failure, error names the marker that is missing.
bool prerender_page(std::string& html, const Dataset& ds, const Prerender& options,
                    std::string& error);

}  // namespace tw
