# The one entry point. `make demo` serves the widget; `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := build
NATIVE := build/native
WASM := build/wasm
SANITIZE := build/sanitize
PORT ?= 8080
export NODE_PATH := /usr/share/nodejs

.PHONY: setup build native wasm public module-breakdown test test-native test-wasm test-sanitize test-node test-cli test-browser test-cross-browser test-stages demo bench fuzz format clean

setup:
	@scripts/setup.sh

build: setup native wasm public

native:
	@[ -f $(NATIVE)/CMakeCache.txt ] || cmake --preset native >/dev/null
	cmake --build --preset native
	@mkdir -p bin && cp $(NATIVE)/core/trade-widget bin/trade-widget

wasm:
	@scripts/fetch-brotli-source.sh
	@[ -f $(WASM)/CMakeCache.txt ] || cmake --preset wasm >/dev/null
	cmake --build --preset wasm

# public/ becomes a complete static site: page, scripts, styles, module, data, static fallback.
public: native wasm
	@scripts/assemble-public.sh

# What the page's module is made of (code bytes by origin): the same link with a name section.
module-breakdown:
	@[ -f $(WASM)/CMakeCache.txt ] || cmake --preset wasm >/dev/null
	cmake --build --preset wasm --target trade_widget_names
	@node scripts/module-breakdown.mjs --wasm $(WASM)/wasm-bindings/trade_widget_names.wasm \
	  --objects $(WASM)/wasm-bindings/CMakeFiles/tw_core_page.dir,$(WASM)/wasm-bindings/CMakeFiles/trade_widget_names.dir \
	  --markdown $(if $(TOP),--top $(TOP))

test: build test-stages test-cli test-native test-wasm test-sanitize test-node test-browser test-cross-browser
	@echo "make test: all suites passed"

test-stages:
	@echo "== the core's shape: a stage includes only the stages below it; files <= 600 lines, classes and functions <= 300"
	@python3 scripts/check-stages.py
	@python3 scripts/check-sizes.py

test-native:
	@echo "== native Catch2 tests"
	cd $(NATIVE) && ctest --output-on-failure

test-wasm:
	@echo "== the same Catch2 tests as wasm under Node"
	cd $(WASM) && ctest --output-on-failure
	@scripts/compare-test-counts.sh $(NATIVE)/tests/tw_tests "node $(WASM)/tests/tw_tests.js"

test-sanitize:
	@echo "== native tests with AddressSanitizer and UndefinedBehaviorSanitizer"
	@[ -f $(SANITIZE)/CMakeCache.txt ] || cmake --preset sanitize >/dev/null
	cmake --build --preset sanitize --target tw_tests
	cd $(SANITIZE) && ctest --output-on-failure

test-node:
	@echo "== binding tests in Node against the built module"
	node --test tests/node/*.test.mjs

test-cli:
	@echo "== editors' command-line tests (bin/trade-widget)"
	node --test tests/cli/*.test.mjs

test-browser:
	@echo "== browser tests (headless Chromium)"
	node --test tests/browser/*.test.mjs

test-cross-browser:
	@echo "== the widget in Firefox (firefox-esr, puppeteer-core) and WebKit (MiniBrowser, webkit2gtk-driver, Xvfb)"
	node --test tests/cross-browser/*.test.mjs

bench: build
	bench/run.sh

fuzz:
	tests/fuzz/run.sh $(or $(SECONDS_BUDGET),60)

# Served as docs/embedding.md tells static hosts: the .br/.gz copies with Content-Encoding.
demo: build
	@node scripts/serve.mjs --port $(PORT) --dir public

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf build bin public/app public/standalone.html public/studio.html public/index.html public/index.zh.html
