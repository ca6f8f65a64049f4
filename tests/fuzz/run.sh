#!/usr/bin/env bash
# Bounded libFuzzer session: tests/fuzz/run.sh [SECONDS] (default 60), called by `make fuzz`.
# Builds the fuzz targets with clang (-fsanitize=fuzzer,address,undefined) into build/fuzz, runs
# each target for its share of the time from the committed seeds plus the corpus it grew before,
# and prints executions and corpus size. Exit code 1 and the crashing input when a target fails.
#   BUILD=dir     build folder (default build/fuzz)
#   JOBS=n        parallel build jobs (default 2)
#   TARGETS="a b" which targets (default: load dataset query)
# fuzz_load and fuzz_dataset get tests/fuzz/json.dict; fuzz_load also starts from the JSON
# conformance suite (tests/fixtures/json-test-suite/test_parsing).
set -euo pipefail
cd "$(dirname "$0")/../.."
total=${1:-60}
build=${BUILD:-build/fuzz}
read -r -a targets <<<"${TARGETS:-load dataset query csv}"
share=$((total / ${#targets[@]}))
[ "$share" -ge 1 ] || share=1

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTW_FUZZ=ON \
    -DTW_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j"${JOBS:-2}" --target "${targets[@]/#/fuzz_}" >/dev/null

status=0
for t in "${targets[@]}"; do
  work="$build/corpus/$t"        # grows from run to run; the committed seeds stay untouched
  artifacts="$build/artifacts/$t"
  mkdir -p "$work" "$artifacts"
  log="$build/fuzz_$t.log"
  # Inputs up to 64 KB (the bundled dataset is 25 KB); a 10 s budget per input catches hangs.
  seeds=()
  [ -d "tests/fuzz/corpus/$t" ] && seeds=("tests/fuzz/corpus/$t")
  # The loader also starts from every bundled dataset as it is now, and from the suite.
  options=()
  case $t in
    load) seeds+=(public/data tests/fixtures/json-test-suite/test_parsing)
          options+=(-dict=tests/fuzz/json.dict) ;;
    dataset) seeds+=(public/data tests/fuzz/corpus/load)
          options+=(-dict=tests/fuzz/json.dict) ;;
    # The CSV importer starts from the editors' example spreadsheets and the CLI test fixtures.
    csv) seeds+=(docs/examples tests/cli/fixtures) ;;
  esac
  if ! "$build/tests/fuzz/fuzz_$t" -max_total_time="$share" -max_len=65536 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" "${options[@]}" \
      "$work" "${seeds[@]}" >"$log" 2>&1; then
    status=1
    echo "fuzz_$t: FAILED; see $log"
    grep -E "^(invariant broken|==[0-9]+==ERROR|SUMMARY)|Test unit written" "$log" || true
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  files=$(find "$work" -type f | wc -l)
  bytes=$(du -sb "$work" | cut -f1)
  echo "fuzz_$t: ${share} s, ${runs:-0} executions, corpus ${files} files (${bytes} bytes)"
done
exit $status
