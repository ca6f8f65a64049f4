// The bundle: the built site made to show one dataset, as a list of files (path and bytes).
// One implementation for the CLI (`trade-widget bundle`, which writes the files and their .gz and
// .br copies to disk) and the studio (public/studio.html, which puts them in a zip): no file
// system here, the caller reads the site and writes the result.
#pragma once

#include <string>
#include <vector>

#include "trade_widget/dataset.h"
#include "trade_widget/result.h"
#include "trade_widget/view_html.h"

namespace tw {

struct BundleFile {
  std::string path;   ///< relative to the bundle's folder: "index.html", "app/widget.js"
  std::string bytes;  ///< the file's content, byte for byte
  /// Whether hosts get a .gz and a .br copy of it (every file of the site; not the snippets,
  /// which are for the editor and are not uploaded to be served).
  bool compressed_copies = true;
};

struct Bundle {
  std::vector<BundleFile> files;  ///< in the order to write them; no compressed copies
  std::string dataset_file;       ///< "data/customs.json", as the pages name it
  std::string title;              ///< meta.title.en: the snippets' title
};

/// "customs 2025-12.json" -> "customs-2025-12.json" (any folder dropped): a name safe in a URL.
std::string bundle_dataset_name(const std::string& path);

/// The address the snippets use when the editor gives none: https://example.org/widgets/NAME/.
std::string bundle_default_url(const std::string& dataset_name);

/// Whether a site file is left out of every bundle: the site's own datasets (data/), its
/// compressed copies (made again for the new files), and the editors' studio (studio.html).
bool bundle_skips(const std::string& path);

/// Whether `path` is itself a compressed copy ("app/widget.js.gz", "index.html.br").
bool is_compressed_copy(const std::string& path);

/// The iframe and script snippets that embed the bundle, once online at `url` (ends with /).
std::string bundle_snippets(const std::string& url, const std::string& title);

/// The file the bundle keeps the snippets in, beside the pages (not uploaded to be served).
inline constexpr const char* kBundleSnippetsFile = "embed-snippets.txt";

/// The bundle of `site` (the built site's files, e.g. public/ after `make build`; files that
/// bundle_skips() are ignored) showing the dataset `ds`, loaded from `dataset_bytes` (kept byte
/// for byte: re-serialising would turn 38.0 into 38) under the name `dataset_name`
/// (bundle_dataset_name()). `url` is where the folder will be online (for the snippets; empty:
/// bundle_default_url()). Errors name the site file whose expected marker is missing, or the
/// fallback chart that cannot be drawn. Never throws.
Result<Bundle> make_bundle(const std::vector<BundleFile>& site, const Dataset& ds,
                           const std::string& dataset_name, const std::string& dataset_bytes,
                           const std::string& url = "");

/// The site's standalone.html (everything inline, opens from file://) made to show `ds` in
/// `lang` and `layout`: the bundle's standalone.html is the English full report; the studio's
/// previews are the other languages and layouts of the same file.
Result<std::string> standalone_page(const std::string& standalone_html, const Dataset& ds,
                                    const std::string& dataset_name,
                                    const std::string& dataset_bytes, Lang lang, Layout layout);

}  // namespace tw
