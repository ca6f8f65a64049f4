#!/usr/bin/env bash
# The native and wasm test binaries must run the same test cases. (Catch2 v2 exits with the
# number of tests listed, hence the "|| true".)
set -euo pipefail
native=$( { $1 --list-test-names-only || true; } | grep -c .)
wasm=$( { $2 --list-test-names-only || true; } | grep -c .)
echo "test cases: native $native, wasm $wasm"
[ "$native" -eq "$wasm" ] || { echo "native and wasm test counts differ" >&2; exit 1; }
