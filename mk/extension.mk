# Browser extension (www/extension/): Manifest V3, one source tree for Chrome and Firefox.
# Included by the top-level Makefile.
#
#   make extension        dist/declutter-chrome.zip and dist/declutter-firefox.zip (unpacked
#                         builds in dist/chrome/ and dist/firefox/) from the release wasm in pkg/;
#                         then `web-ext lint` on the Firefox build, which fails on errors
#   make test-extension   end-to-end test in headless Chromium and Firefox ESR (tests/e2e/extension.test.mjs)

EXTENSION_SOURCES := $(wildcard www/extension/* www/picker/*) scripts/build-extension.mjs package.json

.PHONY: extension test-extension

extension: dist/declutter-chrome.zip dist/declutter-firefox.zip

dist/declutter-chrome.zip dist/declutter-firefox.zip &: pkg/declutter_bg.wasm $(EXTENSION_SOURCES) | web-deps-build
	node scripts/build-extension.mjs --out dist
	node_modules/.bin/web-ext lint --source-dir dist/firefox --output text

# The test builds its own copy of the extension from pkg/ (target/e2e-extension/).
test-extension: wasm | web-deps-browser
	node --test --test-reporter=spec tests/e2e/extension.test.mjs
