#include "trade_widget/page_rewrite.h"

namespace tw {

namespace {

/// Replaces the text between the first `open` (at or after `from`) and the next `close`.
bool replace_between(std::string& html, const std::string& open, const std::string& close,
                     const std::string& content, std::size_t from = 0) {
  const std::size_t start = html.find(open, from);
  if (start == std::string::npos) return false;
  const std::size_t inner = start + open.size();
  const std::size_t end = html.find(close, inner);
  if (end == std::string::npos) return false;
  html.replace(inner, end - inner, content);
  return true;
}

/// The value of attribute `name` inside the first tag that starts with `tag_start`.
bool replace_attribute(std::string& html, const std::string& tag_start, const std::string& name,
                       const std::string& value) {
  const std::size_t tag = html.find(tag_start);
  if (tag == std::string::npos) return false;
  const std::size_t tag_end = html.find('>', tag);
  const std::size_t attr = html.find(" " + name + "=\"", tag);
  if (attr == std::string::npos || attr > tag_end) return false;
  return replace_between(html, " " + name + "=\"", "\"", html_escape(value), attr);
}

bool common(std::string& html, const PageDataset& ds, std::string& error) {
  if (!replace_between(html, "<title>", "</title>", html_escape(ds.title))) {
    error = "no <title> element";
    return false;
  }
  // Optional parts: a page without them has nothing to rewrite there.
  const std::size_t main = html.find("id=\"widget\"");
  replace_between(html, "<h1>", "</h1>", html_escape(ds.title),
                  main == std::string::npos ? 0 : main);
  return true;
}

}  // namespace

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool rewrite_index(std::string& html, const PageDataset& ds, std::string& error) {
  if (!common(html, ds, error)) return false;
  if (!replace_attribute(html, "<main id=\"widget\"", "data-dataset", ds.file) &&
      !replace_attribute(html, "id=\"widget\"", "data-dataset", ds.file)) {
    // The page reads its default dataset from this attribute (web/params.js).
    error = "no data-dataset attribute on the #widget element";
    return false;
  }
  replace_attribute(html, "<img class=\"tw-fallback-chart\"", "alt",
                    "Bar chart: " + ds.chart_title + ". " + ds.chart_text);
  return true;
}

bool rewrite_standalone(std::string& html, const PageDataset& ds, std::string& error) {
  if (!common(html, ds, error)) return false;
  // The inline data: "<" only occurs inside JSON strings, where \u003c means the same.
  std::string json;
  json.reserve(ds.json.size());
  for (const char c : ds.json) {
    if (c == '<') {
      json += "\\u003c";
    } else {
      json += c;
    }
  }
  const std::string open = "<script type=\"application/json\" id=\"tw-data\"";
  const std::size_t tag = html.find(open);
  const std::size_t tag_end = tag == std::string::npos ? tag : html.find('>', tag);
  if (tag_end == std::string::npos ||
      !replace_between(html, html.substr(tag, tag_end + 1 - tag), "</script>", json, tag)) {
    error = "no <script type=\"application/json\" id=\"tw-data\"> element";
    return false;
  }
  replace_attribute(html, open, "data-name", ds.name);
  // Unused when the data is inline, but a reader of the file should not see the old name.
  replace_attribute(html, "<main id=\"widget\"", "data-dataset", ds.file);
  // The fallback chart is inlined as <svg> inside <figure class="tw-fallback">.
  const std::size_t figure = html.find("class=\"tw-fallback\"");
  if (figure != std::string::npos) {
    const std::size_t svg = html.find("<svg", figure);
    const std::size_t figure_end = html.find("</figure>", figure);
    const std::size_t svg_end = svg == std::string::npos ? svg : html.find("</svg>", svg);
    if (svg != std::string::npos && svg_end != std::string::npos && svg < figure_end) {
      std::string inline_svg = ds.inline_svg;
      while (!inline_svg.empty() && inline_svg.back() == '\n') inline_svg.pop_back();
      html.replace(svg, svg_end + 6 - svg, inline_svg);
    }
  }
  return true;
}

bool prerender_page(std::string& html, const Dataset& ds, const Prerender& options,
                    std::string& error) {
  WidgetRequest request;
  request.view.lang = options.lang;
  request.layout = options.layout;
  const auto content = widget_html(ds, request);
  if (!content.ok()) {
    error = "the default view: " + content.errors()[0].to_string();
    return false;
  }
  const std::size_t main = html.find("<main id=\"widget\"");
  const std::size_t main_end = main == std::string::npos ? main : html.find('>', main);
  const std::size_t close =
      main_end == std::string::npos ? main_end : html.find("</main>", main_end);
  if (close == std::string::npos) {
    error = "no <main id=\"widget\"> element";
    return false;
  }
  // Exactly the module's markup (no white space around it), so that the two compare equal.
  html.replace(main_end + 1, close - main_end - 1, content.value());
  const std::size_t root = html.find("<html");
  const std::size_t root_end = root == std::string::npos ? root : html.find('>', root);
  if (root_end == std::string::npos) {
    error = "no <html> element";
    return false;
  }
  std::string tag = std::string("<html lang=\"") + (options.lang == Lang::zh ? "zh-Hans" : "en") +
                    "\" data-tw-state=\"" + html_escape(default_state_hash(ds, options.lang)) +
                    "\"";
  if (options.layout == Layout::full) tag += " data-tw-layout=\"full\"";
  if (!options.other_page.empty()) {
    tag += std::string(" data-tw-page-") + (options.lang == Lang::zh ? "en" : "zh") + "=\"" +
           html_escape(options.other_page) + "\"";
  }
  html.replace(root, root_end + 1 - root, tag + ">");
  replace_between(html, "<title>", "</title>", html_escape(ds.meta.title.in(options.lang)));
  return true;
}

}  // namespace tw
