#!/usr/bin/env bash
# Copies the build output and the page's scripts and styles into public/ (git-ignored parts).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p public/app
cp build/wasm/wasm-bindings/trade_widget.js build/wasm/wasm-bindings/trade_widget.wasm public/app/
cp web/*.js web/*.css public/app/
echo "public/: assembled"
