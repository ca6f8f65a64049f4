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
  return json_object({{"errors", tw::diagnostics_json(errors).dump()},
                      {"ok", "false"},
                      {"warnings", tw::diagnostics_json(warnings).dump()}});
}
}  // namespace tw::bindings

namespace {
using tw::bindings::failure_json;
using tw::bindings::json_object;
using tw::bindings::json_string;

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
  return json_object(
      {{"dataset",
        tw::describe_dataset(*g_dataset, lang == "zh" ? tw::Lang::zh : tw::Lang::en).dump()},
       {"ok", "true"},
       {"warnings", tw::diagnostics_json(loaded.warnings()).dump()}});
}

std::string describe(std::string lang) {
  if (!g_dataset) return failure_json({tw::Diagnostic{"", "no dataset is loaded"}});
  return json_object(
      {{"dataset",
        tw::describe_dataset(*g_dataset, lang == "zh" ? tw::Lang::zh : tw::Lang::en).dump()},
       {"ok", "true"}});
}

std::string view(std::string request_json) {
  if (!g_dataset) return failure_json({tw::Diagnostic{"", "no dataset is loaded"}});
  const auto request = tw::parse_view_request(request_json);
  if (!request.ok()) return failure_json(request.errors());
  const auto v = tw::view_json(*g_dataset, request.value());
  if (!v.ok()) return failure_json(v.errors());
  return json_object({{"ok", "true"}, {"view", v.value().dump()}});
}

/// The widget's content for a state as HTML, the same markup `trade-widget page` writes into
/// the built page: the page inserts it, so the live page and the pre-rendered one are one.
std::string widget(std::string request_json) {
  if (!g_dataset) return failure_json({tw::Diagnostic{"", "no dataset is loaded"}});
  const auto request = tw::parse_widget_request(request_json);
  if (!request.ok()) return failure_json(request.errors());
  const auto html = tw::widget_html(*g_dataset, request.value());
  if (!html.ok()) return failure_json(html.errors());
  return nlohmann::json{{"ok", true}, {"html", html.value()}}.dump();
}

/// The current view's table as tidy CSV, written by the core (the page only offers it for
/// download).
std::string csv(std::string request_json) {
  if (!g_dataset) return failure_json({tw::Diagnostic{"", "no dataset is loaded"}});
  const auto request = tw::parse_view_request(request_json);
  if (!request.ok()) return failure_json(request.errors());
  const auto rows = tw::view_observations(*g_dataset, request.value());
  if (!rows.ok()) return failure_json(rows.errors());
  return json_object({{"csv", json_string(tw::export_csv(*g_dataset, rows.value()))},
                      {"ok", "true"},
                      {"rows", std::to_string(rows.value().size())}});
}

/// Bytes in use by malloc and the size of the wasm memory: lets tests and benchmarks see that
/// calls leave nothing behind.
std::string memory_stats() {
  const struct mallinfo info = mallinfo();
  return tw::bindings::json_object({{"allocated", std::to_string(info.uordblks)},
                                    {"heap", std::to_string(emscripten_get_heap_size())}});
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
