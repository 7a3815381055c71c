# Web targets: the wasm package, the demo site, browser tests and the browser benchmark.
# Included by the top-level Makefile. Every target installs what it needs first
# (scripts/install-deps.sh skips what is already there).
#
#   make wasm           release build into pkg/ (wasm-pack + wasm-opt from npm binaryen)
#   make demo           wasm, then serve www/ and pkg/ on http://localhost:$(DEMO_PORT)
#   make test-wasm      wasm-bindgen-test in headless Chromium and Firefox ESR (tests/web.rs + page
#                       unit tests); test-wasm-chromium / test-wasm-firefox run one browser
#   make test-e2e       end-to-end tests (tests/e2e/) in Chromium and Firefox (E2E_BROWSERS to pick):
#                       demo, reader view, in-place mode, parity, picker, extension, hostile-markup
#                       corpus through clean() and the reader view
#   make typecheck-pkg  tsc over the type-checked JavaScript against the built pkg/declutter.d.ts
#                       (tsconfig.pkg.json) instead of the declarations `make lint` uses
#   make test-bundler   pkg/ packed, installed into a Vite app, built and checked in Chromium (tests/bundler/)
#   make bench-browser  clean() vs Readability.js on the readability corpus in headless Chromium

DEMO_PORT ?= 8080
CHROMEDRIVER ?= /usr/bin/chromedriver
GECKODRIVER ?= $(HOME)/.cargo/bin/geckodriver
CORPUS ?= $(abspath $(CURDIR)/../shared/corpus/readability/pages)
# node_modules/.bin first: its wasm-opt (npm binaryen) is the one that works; Debian's is too old.
WEB_PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
WASM_SOURCES := $(shell find src -name '*.rs' -o -name '*.css' -o -name '*.js') Cargo.toml Cargo.lock

.PHONY: wasm demo test-wasm test-wasm-chromium test-wasm-firefox typecheck-pkg test-e2e test-bundler bench-browser web-deps-build web-deps-browser

web-deps-build:
	scripts/install-deps.sh rust wasm node

web-deps-browser: web-deps-build
	scripts/install-deps.sh browser firefox

wasm: pkg/declutter_bg.wasm

pkg/declutter_bg.wasm: $(WASM_SOURCES) scripts/finish-pkg.mjs | web-deps-build
	PATH="$(WEB_PATH)" wasm-pack build --target web --release --out-dir pkg
	node scripts/finish-pkg.mjs
	@touch $@

demo: wasm
	python3 scripts/serve.py --port $(DEMO_PORT)

# What `wasm-pack test --headless --chrome` (and `--firefox`) runs, limited to the page unit tests
# and tests/web.rs: wasm-pack would first build every test target for wasm32, including native-only
# ones. wasm-bindgen-test-runner picks the driver from CHROMEDRIVER or GECKODRIVER; the browser
# binaries and their flags are in tests/webdriver.json.
WASM_TEST = PATH="$(WEB_PATH)" WASM_BINDGEN_TEST_ONLY_WEB=1 \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/webdriver.json \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	cargo test --target wasm32-unknown-unknown --lib --test web

test-wasm: test-wasm-chromium test-wasm-firefox

test-wasm-chromium: | web-deps-browser
	CHROMEDRIVER=$(CHROMEDRIVER) $(WASM_TEST)

test-wasm-firefox: | web-deps-browser
	GECKODRIVER=$(GECKODRIVER) $(WASM_TEST)

typecheck-pkg: wasm
	node_modules/.bin/tsc -p tsconfig.pkg.json

test-e2e: wasm | web-deps-browser
	node --test --test-reporter=spec tests/e2e/

test-bundler: wasm | web-deps-browser
	node --test --test-reporter=spec tests/bundler/

bench-browser: wasm | web-deps-browser
	CORPUS="$(CORPUS)" node scripts/bench-browser.mjs
