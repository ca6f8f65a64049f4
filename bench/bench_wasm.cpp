// The scale benchmark's wasm side: plain exported C functions (no Embind), so that the Node
// script measures the core and a byte copy, not a binding layer. One dataset at a time.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "digest.h"
#include "trade_widget/load.h"
#include "trade_widget/rollup.h"

namespace {
std::optional<tw::Dataset> g_dataset;
std::string g_text;  // the last digest or error, valid until the next call
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void* bench_alloc(std::size_t length) {
  return std::malloc(length ? length : 1);
}

EMSCRIPTEN_KEEPALIVE void bench_free(void* p) { std::free(p); }

/// Loads the dataset from bytes already copied into the heap; returns the number of
/// observations, or -1 (bench_text() then holds the first error).
EMSCRIPTEN_KEEPALIVE int bench_load(const char* bytes, std::size_t length) {
  g_dataset.reset();
  auto loaded = tw::load_dataset(std::string_view(bytes, length));
  if (!loaded.ok()) {
    g_text = loaded.errors()[0].to_string();
    return -1;
  }
  g_dataset = std::move(loaded.value());
  return static_cast<int>(g_dataset->observations.size());
}

/// Rolls the loaded dataset up over [start, end]; returns the digest (JSON text) or null.
EMSCRIPTEN_KEEPALIVE const char* bench_rollup(int start, int end, int top) {
  if (!g_dataset) return nullptr;
  const auto r = tw::rollup(*g_dataset, tw::RollupRequest{start, end, top});
  if (!r.ok()) return nullptr;
  g_text = tw::bench::digest(r.value());
  return g_text.c_str();
}

EMSCRIPTEN_KEEPALIVE void bench_unload() { g_dataset.reset(); }

EMSCRIPTEN_KEEPALIVE const char* bench_text() { return g_text.c_str(); }
}
