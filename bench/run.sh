#!/usr/bin/env bash
# `make bench`: the scale benchmark (generated datasets; wasm, native and JavaScript peers in one
# Node process) and the page benchmark (headless Chromium), then docs/benchmarks.md. Expects the
# trees `make build` leaves (build/native, build/wasm, public/). Datasets go to build/bench/ and
# are never committed. BENCH_RUNS (default 5) sets the timed runs after the warm-up.
# BENCH_PARTS (default "scale page lighthouse floor") runs only some parts, e.g. BENCH_PARTS="page
# lighthouse" (about 3 minutes); the report keeps the last committed figures of a part not run.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=build/bench
RUNS=${BENCH_RUNS:-5}
PARTS=" ${BENCH_PARTS:-scale page lighthouse floor} "
want() { [[ "$PARTS" == *" $1 "* ]]; }
export NODE_PATH=/usr/share/nodejs  # emcc's optimising link needs Debian's acorn
mkdir -p "$OUT"
start=$(date +%s)

if want scale; then
  echo "== bench: datasets (deterministic; regenerated when missing or when the generator changed)"
  for size in 10000 100000 1000000; do
    file="$OUT/trade-$size.json"
    if [ ! -f "$file" ] || [ bench/generate.mjs -nt "$file" ]; then
      node bench/generate.mjs "$OUT" "$size"
    fi
  done

  echo "== bench: the benchmark programs (native and wasm, in the trees of make build)"
  # Re-configure so that trees configured before bench/ existed pick it up (fast when nothing changed).
  cmake -S . -B build/native >/dev/null
  cmake -S . -B build/wasm >/dev/null
  cmake --build build/native --target tw_bench_native -j2
  cmake --build build/wasm --target tw_bench_wasm -j2

  echo "== bench: scale (bytes -> loaded -> rolled up; $RUNS runs after a warm-up)"
  node --expose-gc --max-old-space-size=4096 bench/scale.mjs --data "$OUT" \
    --wasm build/wasm/bench/tw_bench_wasm.js --native build/native/bench/tw_bench_native \
    --page build/wasm/wasm-bindings/trade_widget.js --runs "$RUNS" --out "$OUT/scale.json"
fi

if want page; then
  echo "== bench: page (headless Chromium on 127.0.0.1, and standalone.html from file://; heights)"
  node bench/page.mjs --out "$OUT/page.json"
fi

if want floor; then
  echo "== bench: the module with only some of the page's calls (relinked from build/wasm; about 2 minutes)"
  node bench/module-floor.mjs --build build/wasm --out "$OUT/floor.json"
fi

if want lighthouse; then
  echo "== bench: Lighthouse 12.2.3, mobile preset, median of 3 per layout (about 15 s a run)"
  node bench/lighthouse.mjs --out "$OUT/lighthouse.json"
fi

echo "== bench: docs/benchmarks.md"
# A part not run this time passes no file: the report keeps that part's committed section.
node bench/report.mjs $(want scale && echo --scale "$OUT/scale.json") \
  $(want page && echo --page "$OUT/page.json") \
  $(want lighthouse && echo --lighthouse "$OUT/lighthouse.json") \
  $(want floor && echo --floor "$OUT/floor.json") \
  --module build/wasm/wasm-bindings --out docs/benchmarks.md
echo "bench: done in $(( $(date +%s) - start )) s; see docs/benchmarks.md"
