#include "trade_widget/bundle.h"

#include <exception>

#include "trade_widget/chart.h"
#include "trade_widget/page_rewrite.h"
#include "trade_widget/svg.h"

namespace tw {

namespace {

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() > suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// What the page rewriter needs to know of the bundled dataset (its file under data/).
PageDataset page_dataset(const Dataset& ds, const std::string& name, const std::string& bytes) {
  PageDataset page;
  page.name = name;
  page.file = "data/" + name;
  page.title = ds.meta.title.en;
  page.json = bytes;
  return page;
}

/// The default view's chart, drawn by the core as the page's static fallback.
bool fallback_chart(const Dataset& ds, Lang lang, bool embed_style, std::string& svg,
                    std::string& title, std::string& text, std::vector<Diagnostic>& errors) {
  ChartRequest request;
  request.chart = "volumes";
  request.width = 800;
  request.lang = lang;
  const auto scene = chart_scene(ds, request);
  if (!scene.ok()) {
    for (const auto& e : scene.errors()) {
      errors.push_back(Diagnostic{"", "the fallback chart: " + e.to_string()});
    }
    return false;
  }
  SvgOptions options;
  options.embed_style = embed_style;
  svg = to_svg(scene.value(), options);
  title = scene.value().title;
  text = scene.value().description;
  return true;
}

Result<Bundle> fail(const std::string& message) {
  return Result<Bundle>::failure({Diagnostic{"", message}});
}

/// One site file as the bundle has it: the pages carry the new dataset's default view, in their
/// language and layout; every other file is copied as it is.
bool bundle_page(const std::string& rel, std::string& text, const PageDataset& page,
                 const Dataset& ds, std::string& error) {
  Prerender view;
  if (rel == "index.html" || rel == "index.zh.html") {
    if (!rewrite_index(text, page, error)) {
      error = "cannot set the dataset in " + rel + ": " + error;
      return false;
    }
    view.lang = rel == "index.html" ? Lang::en : Lang::zh;
    view.other_page = rel == "index.html" ? "index.zh.html" : "index.html";
  } else if (rel == "standalone.html") {
    if (!rewrite_standalone(text, page, error)) {
      error = "cannot set the dataset in standalone.html: " + error;
      return false;
    }
    view.layout = Layout::full;
  } else {
    return true;
  }
  if (!prerender_page(text, ds, view, error)) {
    error = "cannot write the default view into " + rel + ": " + error;
    return false;
  }
  return true;
}

}  // namespace

std::string bundle_dataset_name(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  for (char& c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) c = '-';
  }
  if (name.size() < 5 || name.compare(name.size() - 5, 5, ".json") != 0) name += ".json";
  return name;
}

std::string bundle_default_url(const std::string& dataset_name) {
  const std::string stem = ends_with(dataset_name, ".json")
                               ? dataset_name.substr(0, dataset_name.size() - 5)
                               : dataset_name;
  return "https://example.org/widgets/" + stem + "/";
}

bool is_compressed_copy(const std::string& path) {
  return ends_with(path, ".gz") || ends_with(path, ".br");
}

bool bundle_skips(const std::string& path) {
  return path.rfind("data/", 0) == 0 || is_compressed_copy(path) || path == "studio.html" ||
         path == kBundleSnippetsFile;
}

std::string bundle_snippets(const std::string& url, const std::string& title) {
  const std::string t = html_escape(title);
  return "Once the folder is online at " + url +
         ", paste one of these into the article.\n"
         "\nScript tag (an iframe that keeps its height right):\n"
         "<script src=\"" +
         url + "embed.js\" async data-title=\"" + t +
         "\"></script>\n"
         "\nPlain iframe:\n"
         "<iframe src=\"" +
         url + "index.html\" title=\"" + t +
         "\" loading=\"lazy\" style=\"display:block;width:100%;height:720px;border:0\"></iframe>\n";
}

Result<std::string> standalone_page(const std::string& standalone_html, const Dataset& ds,
                                    const std::string& dataset_name,
                                    const std::string& dataset_bytes, Lang lang, Layout layout) {
  try {
    PageDataset page = page_dataset(ds, dataset_name, dataset_bytes);
    std::vector<Diagnostic> errors;
    if (!fallback_chart(ds, lang, false, page.inline_svg, page.chart_title, page.chart_text,
                        errors)) {
      return Result<std::string>::failure(errors);
    }
    std::string html = standalone_html, error;
    Prerender view;
    view.lang = lang;
    view.layout = layout;
    if (!rewrite_standalone(html, page, error) || !prerender_page(html, ds, view, error)) {
      return Result<std::string>::failure({Diagnostic{"", "standalone.html: " + error}});
    }
    return Result<std::string>::success(std::move(html));
  } catch (const std::exception& e) {
    return Result<std::string>::failure(
        {Diagnostic{"", std::string("could not write the page: ") + e.what()}});
  }
}

Result<Bundle> make_bundle(const std::vector<BundleFile>& site, const Dataset& ds,
                           const std::string& dataset_name, const std::string& dataset_bytes,
                           const std::string& url) {
  try {
    PageDataset page = page_dataset(ds, dataset_name, dataset_bytes);
    std::string svg_en, svg_zh, zh_title, zh_text;
    std::vector<Diagnostic> errors;
    if (!fallback_chart(ds, Lang::en, false, page.inline_svg, page.chart_title, page.chart_text,
                        errors) ||
        !fallback_chart(ds, Lang::en, true, svg_en, page.chart_title, page.chart_text, errors) ||
        !fallback_chart(ds, Lang::zh, true, svg_zh, zh_title, zh_text, errors)) {
      return Result<Bundle>::failure(errors);
    }
    Bundle bundle;
    bundle.dataset_file = page.file;
    bundle.title = page.title;
    std::string error;
    bool has_index = false;
    for (const BundleFile& file : site) {
      if (bundle_skips(file.path)) continue;
      // The page shows these before the module is ready (and without JavaScript): drawn above.
      if (file.path == "app/fallback-en.svg" || file.path == "app/fallback-zh.svg") continue;
      std::string text = file.bytes;
      if (!bundle_page(file.path, text, page, ds, error)) return fail(error);
      has_index = has_index || file.path == "index.html";
      bundle.files.push_back(BundleFile{file.path, std::move(text)});
    }
    if (!has_index) return fail("the site has no index.html");
    bundle.files.push_back(BundleFile{"app/fallback-en.svg", svg_en});
    bundle.files.push_back(BundleFile{"app/fallback-zh.svg", svg_zh});
    bundle.files.push_back(BundleFile{page.file, page.json});
    std::string address = url.empty() ? bundle_default_url(dataset_name) : url;
    if (address.back() != '/') address += '/';
    bundle.files.push_back(
        BundleFile{kBundleSnippetsFile, bundle_snippets(address, page.title), false});
    return Result<Bundle>::success(std::move(bundle));
  } catch (const std::exception& e) {  // out of memory on a huge dataset
    return fail(std::string("could not make the bundle: ") + e.what());
  }
}

}  // namespace tw
