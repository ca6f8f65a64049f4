// The editors' studio's module (public/studio.html): the CSV import, the validator's located
// problems, the bundle's files and the previews' pages, from the same core as the CLI. Its own
// build, so that the readers' page module carries none of this. Text in, JavaScript objects out;
// the bundle's files come out as bytes (Uint8Array), the module binary among them.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <exception>
#include <string>
#include <vector>

#include "brotli_copy.h"
#include "trade_widget/bundle.h"
#include "trade_widget/csv.h"
#include "trade_widget/csv_import.h"
#include "trade_widget/load.h"
#include "trade_widget/write_json.h"

namespace {

using emscripten::val;

/// The built site the bundle copies (studio.html carries it; the studio hands it over once).
std::vector<tw::BundleFile> g_site;

val bytes_of(const std::string& bytes) {
  // A copy: the view into the module's memory is invalid after the next allocation.
  return val(emscripten::typed_memory_view(bytes.size(),
                                           reinterpret_cast<const unsigned char*>(bytes.data())))
      .call<val>("slice");
}

/// One problem: where (the diagnostic's fields) and the line the CLI prints for it (`text`).
val problem(const tw::Diagnostic& d, const std::string& file, const std::string& csv_name,
            const std::string& csv) {
  val out = val::object();
  out.set("path", d.path);
  out.set("message", d.message);
  out.set("line", d.line);
  out.set("column", d.column);
  out.set("text", d.to_string(file));
  tw::CsvCellPlace place;
  if (!csv_name.empty() && tw::csv_cell_of(csv, csv_name, d, place)) {
    val cell = val::object();
    cell.set("line", place.line);
    cell.set("column", place.column);
    cell.set("first", place.first);
    cell.set("last", place.last);
    out.set("cell", cell);
  }
  return out;
}

val problems(const std::vector<tw::Diagnostic>& list, const std::string& file,
             const std::string& csv_name = "", const std::string& csv = "") {
  val out = val::array();
  for (const auto& d : list) out.call<void>("push", problem(d, file, csv_name, csv));
  return out;
}

val counts(const tw::Dataset& ds) {
  val out = val::object();
  out.set("observations", ds.observations.size());
  out.set("flows", ds.flows.size());
  out.set("products", ds.products.size());
  out.set("partners", ds.partners.size());
  out.set("periods", ds.periods.size());
  return out;
}

/// The ids the form chooses among (annotations: period, flow, product), with their labels.
template <typename List>
val choices(const List& list) {
  val out = val::array();
  for (const auto& item : list) {
    val v = val::object();
    v.set("id", item.id);
    v.set("en", item.label.en);
    v.set("zh", item.label.zh);
    out.call<void>("push", v);
  }
  return out;
}

val dimensions(const tw::Dataset& ds) {
  val out = val::object();
  out.set("flow", choices(ds.flows));
  out.set("product", choices(ds.products));
  out.set("period", choices(ds.periods));
  return out;
}

val failure(const std::string& message) {
  val out = val::object();
  out.set("ok", false);
  val errors = val::array();
  errors.call<void>("push", problem(tw::Diagnostic{"", message}, "", "", ""));
  out.set("errors", errors);
  out.set("warnings", val::array());
  return out;
}

/// import-csv: {ok, json, counts, dimensions, newItems, errors, warnings}; the messages name the
/// files as the CLI does (`csv_name`, `meta_name`). progress(records) is called as the rows are
/// read.
val import_csv(std::string csv, std::string meta, std::string csv_name, std::string meta_name,
               val progress) {
  try {
    tw::CsvImportOptions options;
    options.csv_name = csv_name;
    options.meta_name = meta_name;
    options.progress_every = 20000;
    if (progress.typeOf().as<std::string>() == "function") {
      options.progress = [&progress](std::size_t rows) { progress(static_cast<double>(rows)); };
    }
    const auto result = tw::import_csv(csv, meta, options);
    val out = val::object();
    out.set("ok", result.ok());
    out.set("errors", problems(result.errors(), "", csv_name, csv));
    out.set("warnings", problems(result.warnings(), "", csv_name, csv));
    if (result.ok()) {
      out.set("json", result.value().json);
      out.set("counts", counts(result.value().dataset));
      out.set("dimensions", dimensions(result.value().dataset));
      val items = val::array();
      for (const auto& item : result.value().new_items) {
        val v = val::object();
        v.set("dimension", item.dimension);
        v.set("id", item.id);
        v.set("en", item.label.en);
        v.set("zh", item.label.zh);
        v.set("line", item.line);
        items.call<void>("push", v);
      }
      out.set("newItems", items);
    }
    return out;
  } catch (const std::exception& e) {
    return failure(std::string("could not import the CSV: ") + e.what());
  }
}

/// validate: {ok, counts, dimensions, errors, warnings}; messages as `trade-widget validate FILE`
/// prints them.
val validate(std::string json, std::string file) {
  try {
    const auto loaded = tw::load_dataset(json);
    val out = val::object();
    out.set("ok", loaded.ok());
    out.set("errors", problems(loaded.errors(), file));
    out.set("warnings", problems(loaded.warnings(), file));
    if (loaded.ok()) {
      out.set("counts", counts(loaded.value()));
      out.set("dimensions", dimensions(loaded.value()));
    }
    return out;
  } catch (const std::exception& e) {
    return failure(std::string("could not check the dataset: ") + e.what());
  }
}

/// export-csv: {ok, csv (bytes), meta}, the pair `trade-widget export-csv` writes.
val export_csv(std::string json) {
  try {
    const auto loaded = tw::load_dataset(json);
    if (!loaded.ok()) return validate(json, "");
    tw::Dataset meta_only = loaded.value();
    meta_only.observations.clear();
    val out = val::object();
    out.set("ok", true);
    // Bytes: the CSV starts with a byte-order mark (for Excel), which a JavaScript string
    // decoded from UTF-8 would lose.
    out.set("csv", bytes_of(tw::export_csv(loaded.value())));
    out.set("meta", tw::write_dataset_json(meta_only));
    return out;
  } catch (const std::exception& e) {
    return failure(std::string("could not write the CSV: ") + e.what());
  }
}

void clear_site() { g_site.clear(); }
void add_site_file(std::string path, std::string bytes) {
  g_site.push_back(tw::BundleFile{std::move(path), std::move(bytes)});
}

/// The bundle: {ok, files: [{path, bytes, compressedCopies}], datasetFile, title, errors}.
/// `name` is the dataset's file name as the editor has it (made URL-safe as the CLI does).
val bundle(std::string json, std::string name, std::string url) {
  try {
    const auto loaded = tw::load_dataset(json);
    if (!loaded.ok()) return validate(json, name);
    const auto made =
        tw::make_bundle(g_site, loaded.value(), tw::bundle_dataset_name(name), json, url);
    if (!made.ok()) {
      val out = failure("");
      out.set("errors", problems(made.errors(), ""));
      return out;
    }
    val files = val::array();
    for (const auto& f : made.value().files) {
      val file = val::object();
      file.set("path", f.path);
      file.set("bytes", bytes_of(f.bytes));
      file.set("compressedCopies", f.compressed_copies);
      files.call<void>("push", file);
    }
    val out = val::object();
    out.set("ok", true);
    out.set("files", files);
    out.set("datasetFile", made.value().dataset_file);
    out.set("title", made.value().title);
    out.set("errors", val::array());
    return out;
  } catch (const std::exception& e) {
    return failure(std::string("could not make the bundle: ") + e.what());
  }
}

/// A preview: the site's standalone.html showing the dataset in `lang`, `layout` and `theme`
/// ("light" or "dark": written as data-tw-theme on <html>, which web/boot.js reads).
val preview(std::string json, std::string name, std::string lang, std::string layout,
            std::string theme) {
  try {
    const auto loaded = tw::load_dataset(json);
    if (!loaded.ok()) return validate(json, name);
    std::string standalone;
    for (const auto& f : g_site) {
      if (f.path == "standalone.html") standalone = f.bytes;
    }
    if (standalone.empty()) return failure("the studio carries no standalone.html");
    const auto page = tw::standalone_page(standalone, loaded.value(), tw::bundle_dataset_name(name),
                                          json, lang == "zh" ? tw::Lang::zh : tw::Lang::en,
                                          layout == "full" ? tw::Layout::full : tw::Layout::embed);
    if (!page.ok()) {
      val out = failure("");
      out.set("errors", problems(page.errors(), ""));
      return out;
    }
    std::string html = page.value();
    const std::size_t root = html.find("<html");
    if (root != std::string::npos && (theme == "light" || theme == "dark")) {
      html.insert(root + 5, " data-tw-theme=\"" + theme + "\"");
    }
    val out = val::object();
    out.set("ok", true);
    out.set("html", html);
    return out;
  } catch (const std::exception& e) {
    return failure(std::string("could not write the preview: ") + e.what());
  }
}

/// A bundle file's .br copy: {ok, bytes} or the bundle's kind of failure. The CLI's function,
/// built with the CLI's libbrotli version, so the same bytes as the CLI's copy.
val brotli_copy(std::string bytes, std::string path) {
  try {
    val out = val::object();
    out.set("ok", true);
    out.set("bytes", bytes_of(tw::cli::brotli_bytes(bytes)));
    return out;
  } catch (const std::exception& e) {
    return failure("could not compress " + path + ": " + e.what());
  }
}

std::string pasted_cells(std::string text) { return tw::csv_from_pasted_cells(text); }
std::string dataset_name(std::string path) { return tw::bundle_dataset_name(path); }

}  // namespace

EMSCRIPTEN_BINDINGS(trade_widget_studio) {
  emscripten::function("importCsv", &import_csv);
  emscripten::function("validate", &validate);
  emscripten::function("exportCsv", &export_csv);
  emscripten::function("clearSite", &clear_site);
  emscripten::function("addSiteFile", &add_site_file);
  emscripten::function("bundle", &bundle);
  emscripten::function("brotliCopy", &brotli_copy);
  emscripten::function("preview", &preview);
  emscripten::function("csvFromPastedCells", &pasted_cells);
  emscripten::function("datasetName", &dataset_name);
}
