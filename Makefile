# declutter — build, test, evaluate, benchmark.
#
#   make demo       build the wasm module and serve the demo on http://localhost:8080
#   make test       everything: native tests, wasm tests in headless Chromium, end-to-end tests
#   make eval       CLI over the dev corpora (CORPUS=../shared/corpus), prints the scores
#   make bench      native per-page timings on the readability corpus, pathological pages
#   make cli        release build of the command-line tool (target/release/declutter)
#
# Every target installs what it needs when it is missing (scripts/install-deps.sh).

SHELL := /bin/bash
CORPUS_ROOT ?= $(abspath $(CURDIR)/../shared/corpus)
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: all test test-native cli eval bench fmt clippy

all: cli

include mk/web.mk
include mk/extension.mk
include mk/robustness.mk

cli:
	cargo build --release --features cli

test-native:
	cargo test --release --features cli

test: test-native test-wasm test-e2e test-bundler extension $(ROBUSTNESS_TESTS)
	@echo "make test: all suites passed"

eval: cli
	python3 scripts/eval.py $(CORPUS_ROOT)

bench:
	cargo bench --bench extract -- $(CORPUS_ROOT)/readability/pages

clippy:
	cargo clippy --all-targets --features cli -- -D warnings
