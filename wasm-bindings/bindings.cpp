// The Embind boundary: bytes and JSON strings in, JSON strings out. The loaded dataset stays on
// the C++ side, so JavaScript never holds a C++ object it would have to delete.
#include <emscripten/bind.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

#include "current_dataset.h"
#include "reply_json.h"
#include "trade_widget/csv.h"
#include "trade_widget/load.h"
#include "trade_widget/view.h"
#include "trade_widget/view_html.h"

namespace {
std::optional<tw::Dataset> g_dataset;
}  // namespace

namespace tw::bindings {
const Dataset* current_dataset() { return g_dataset ? &*g_dataset : nullptr; }

std::string failure_json(const std::vector<Diagnostic>& errors,
                         const std::vector<Diagnostic>& warnings) {
  JsonWriter out;
  out.begin_object();
  write_diagnostics(out.key("errors"), errors);
  out.key("ok").boolean(false);
  write_diagnostics(out.key("warnings"), warnings);
  out.end();
  return out.take();
}
}  // namespace tw::bindings

namespace {
using tw::bindings::failure_json;
using tw::bindings::ok_reply;

tw::Lang lang_of(const std::string& lang) { return lang == "zh" ? tw::Lang::zh : tw::Lang::en; }

/// Loads the dataset from bytes the page copied into the module's memory (HEAPU8.set is ~20x
/// faster than passing a std::string through Embind). The caller frees the buffer. The module
/// is built without exceptions: running out of memory aborts it, and web/core.js reports that.
std::string load_dataset(std::uintptr_t address, std::size_t length, std::string lang) {
  std::string_view bytes(reinterpret_cast<const char*>(address), length);
  auto loaded = tw::load_dataset(bytes);
  if (!loaded.ok()) {
    g_dataset.reset();
    return failure_json(loaded.errors(), loaded.warnings());
  }
  g_dataset = std::move(loaded.value());
  tw::JsonWriter out = ok_reply();
  tw::write_description(out.key("dataset"), *g_dataset, lang_of(lang));
  tw::write_diagnostics(out.key("warnings"), loaded.warnings());
  return out.end().take();
}

std::string describe(std::string lang) {
  if (!g_dataset) return failure_json({tw::Diagnostic{"", "no dataset is loaded"}});
  tw::JsonWriter out = ok_reply();
  tw::write_description(out.key("dataset"), *g_dataset, lang_of(lang));
  return out.end().take();
}

std::string view(std::string request_json) {
  if (!g_dataset) return failure_json({tw::Diagnostic{"", "no dataset is loaded"}});
  const auto request = tw::parse_view_request(request_json);
  if (!request.ok()) return failure_json(request.errors());
  const auto v = tw::make_view(*g_dataset, request.value());
  if (!v.ok()) return failure_json(v.errors());
  tw::JsonWriter out = ok_reply();
  tw::write_view(out.key("view"), v.value());
  return out.end().take();
}

/// The widget's content for a state as HTML, the same markup `trade-widget page` writes into
/// the built page: the page inserts it, so the live page and the pre-rendered one are one.
std::string widget(std::string request_json) {
  if (!g_dataset) return failure_json({tw::Diagnostic{"", "no dataset is loaded"}});
  const auto request = tw::parse_widget_request(request_json);
  if (!request.ok()) return failure_json(request.errors());
  const auto html = tw::widget_html(*g_dataset, request.value());
  if (!html.ok()) return failure_json(html.errors());
  return ok_reply().member("html", html.value()).end().take();
}

/// The current view's table as tidy CSV, written by the core (the page only offers it for
/// download).
std::string csv(std::string request_json) {
  if (!g_dataset) return failure_json({tw::Diagnostic{"", "no dataset is loaded"}});
  const auto request = tw::parse_view_request(request_json);
  if (!request.ok()) return failure_json(request.errors());
  const auto rows = tw::view_observations(*g_dataset, request.value());
  if (!rows.ok()) return failure_json(rows.errors());
  tw::JsonWriter out = ok_reply();
  out.member("csv", tw::export_csv(*g_dataset, rows.value()));
  out.key("rows").integer(static_cast<long long>(rows.value().size()));
  return out.end().take();
}

/// Bytes in use by malloc and the size of the wasm memory: lets tests and benchmarks see that
/// calls leave nothing behind.
std::string memory_stats() {
  const struct mallinfo info = mallinfo();
  tw::JsonWriter out;
  out.begin_object().key("allocated").integer(info.uordblks);
  out.key("heap").integer(static_cast<long long>(emscripten_get_heap_size()));
  return out.end().take();
}

std::uintptr_t allocate(std::size_t length) {
  return reinterpret_cast<std::uintptr_t>(std::malloc(length ? length : 1));
}
void release(std::uintptr_t address) { std::free(reinterpret_cast<void*>(address)); }

}  // namespace

EMSCRIPTEN_BINDINGS(trade_widget) {
  emscripten::function("allocate", &allocate);
  emscripten::function("release", &release);
  emscripten::function("loadDataset", &load_dataset);
  emscripten::function("describe", &describe);
  emscripten::function("view", &view);
  emscripten::function("widget", &widget);
  emscripten::function("csv", &csv);
  emscripten::function("memoryStats", &memory_stats);
}
