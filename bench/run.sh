#!/usr/bin/env bash
# `make bench`: the scale benchmark (generated datasets; wasm, native and JavaScript peers in one
# Node process) and the page benchmark (headless Chromium), then docs/benchmarks.md. Expects the
# trees `make build` leaves (build/native, build/wasm, public/). Datasets go to build/bench/ and
# are never committed. BENCH_RUNS (default 5) sets the timed runs after the warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=build/bench
RUNS=${BENCH_RUNS:-5}
export NODE_PATH=/usr/share/nodejs  # emcc's optimising link needs Debian's acorn
mkdir -p "$OUT"
start=$(date +%s)

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

echo "== bench: page (headless Chromium on 127.0.0.1, and standalone.html from file://)"
node bench/page.mjs --out "$OUT/page.json"

echo "== bench: docs/benchmarks.md"
node bench/report.mjs --scale "$OUT/scale.json" --page "$OUT/page.json" \
  --module build/wasm/wasm-bindings --out docs/benchmarks.md
echo "bench: done in $(( $(date +%s) - start )) s; see docs/benchmarks.md"
