// The scale benchmark's native side: the same core code as the wasm build, compiled by the host
// compiler. Prints one JSON object (timings in ms, the rollup digest) for bench/scale.mjs.
//
//   tw_bench_native FILE RUNS START END [TOGGLE_START:TOGGLE_END ...]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "digest.h"
#include "trade_widget/file.h"
#include "trade_widget/load.h"
#include "trade_widget/rollup.h"

namespace {

double ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

std::string list(const std::vector<double>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%.3f", i ? "," : "", v[i]);
    out += buf;
  }
  return out + "]";
}

int fail(const std::string& message) {
  std::fprintf(stderr, "tw_bench_native: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) return fail("usage: tw_bench_native FILE RUNS START END [START:END ...]");
  const auto bytes = tw::read_file(argv[1]);
  if (!bytes.ok()) return fail(bytes.errors()[0].to_string());
  const int runs = std::atoi(argv[2]);
  const tw::RollupRequest request{std::atoi(argv[3]), std::atoi(argv[4]), 10};
  std::vector<tw::RollupRequest> toggles;
  for (int i = 5; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto colon = arg.find(':');
    if (colon == std::string::npos) return fail("expected START:END, got " + arg);
    toggles.push_back(
        {std::atoi(arg.substr(0, colon).c_str()), std::atoi(arg.substr(colon + 1).c_str()), 10});
  }

  std::vector<double> load_ms, rollup_ms, total_ms, toggle_ms;
  std::string digest;
  std::size_t observations = 0;
  // Run 0 is the warm-up (page cache, allocator); it is not reported.
  for (int run = 0; run <= runs; ++run) {
    const auto t0 = std::chrono::steady_clock::now();
    auto loaded = tw::load_dataset(bytes.value());
    const double load = ms_since(t0);
    if (!loaded.ok()) return fail(loaded.errors()[0].to_string(argv[1]));
    const auto t1 = std::chrono::steady_clock::now();
    const auto r = tw::rollup(loaded.value(), request);
    const double roll = ms_since(t1);
    if (!r.ok()) return fail(r.errors()[0].to_string());
    const double total = ms_since(t0);
    if (run == 0) {
      digest = tw::bench::digest(r.value());
      observations = loaded.value().observations.size();
      continue;
    }
    load_ms.push_back(load);
    rollup_ms.push_back(roll);
    total_ms.push_back(total);
    if (run == runs) {
      // Re-queries of the loaded data, as a reader toggling the period would cause.
      for (int pass = 0; pass < 3; ++pass) {
        for (const auto& t : toggles) {
          const auto t2 = std::chrono::steady_clock::now();
          const auto again = tw::rollup(loaded.value(), t);
          toggle_ms.push_back(ms_since(t2));
          if (!again.ok()) return fail(again.errors()[0].to_string());
        }
      }
    }
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf(
      "{\"observations\":%zu,\"load_ms\":%s,\"rollup_ms\":%s,\"total_ms\":%s,\"toggle_ms\":%s,"
      "\"max_rss_kb\":%ld,\"digest\":%s}\n",
      observations, list(load_ms).c_str(), list(rollup_ms).c_str(), list(total_ms).c_str(),
      list(toggle_ms).c_str(), usage.ru_maxrss, digest.c_str());
  return 0;
}
