# declutter — build, test, evaluate, benchmark.
#
#   make demo       build the wasm module and serve the demo on http://localhost:8080
#   make test       everything: format and lint checks first, then native tests, wasm tests in
#                   headless Chromium and Firefox, end-to-end tests
#   make fmt        cargo fmt over the project's crates (vendored code is not a member)
#   make lint       cargo fmt --check, ESLint over every JS file and tsc over the page layer, the
#                   picker and the extension (lint-js), clippy -D warnings natively and for wasm32
#   make eval       CLI over the dev corpora (CORPUS=../shared/corpus), prints the scores
#   make bench      native per-page timings on the readability corpus, pathological pages
#   make cli        release build of the command-line tool (target/release/declutter)
#   make check-identical BASE=<commit>
#                   the CLI's JSON output on every corpus page, this tree against BASE
#   make train      retrain the block scorer and the page-kind classifier: dumps the blocks of
#                   every corpus page (examples/blocks.rs via scripts/train/dump.py), trains on the
#                   tune half in a Python venv (target/train/venv, from
#                   scripts/train/requirements.txt) and writes src/blocks/trees.rs and
#                   src/kind/weights.rs (seeded: the same dump gives the same files)
#
# Every target installs what it needs when it is missing (scripts/install-deps.sh).

SHELL := /bin/bash
CORPUS_ROOT ?= $(abspath $(CURDIR)/../shared/corpus)
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: all test test-native cli eval bench fmt lint lint-js clippy check-identical train

all: cli

include mk/web.mk
include mk/extension.mk
include mk/robustness.mk
include mk/python.mk

cli:
	cargo build --release --features cli

test-native:
	cargo test --release --features cli

test: lint test-native test-wasm typecheck-pkg test-e2e test-bundler extension $(ROBUSTNESS_TESTS) $(PYTHON_TESTS)
	@echo "make test: all suites passed"

eval: cli
	python3 scripts/eval.py $(CORPUS_ROOT)

bench:
	cargo bench --features stage-times --bench extract -- $(CORPUS_ROOT)/readability/pages

fmt:
	cargo fmt
	cd fuzz && cargo fmt

# The cheap checks, first in `make test`: formatting, the JavaScript, then clippy on every target.
lint: | web-deps-build
	cargo fmt --check
	cd fuzz && cargo fmt --check
	$(MAKE) lint-js
	$(MAKE) clippy

# ESLint (eslint.config.js) over every JS file; tsc (tsconfig.json: JSDoc types, strict) over
# src/page/*.js, www/picker/ and www/extension/, with the wasm package's API declared in
# types/declutter.d.ts (`make typecheck-pkg` checks the same code against pkg/ once it is built).
lint-js: | web-deps-build
	node_modules/.bin/eslint --max-warnings 0 .
	node_modules/.bin/tsc -p tsconfig.json

clippy:
	cargo clippy --all-targets --features cli -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings

# A refactoring must not change what the CLI prints: BASE is built in a worktree of its own
# (target/identical/), then both builds run over every page of the corpora.
BASE ?= HEAD
IDENTICAL_DIR := $(CURDIR)/target/identical
check-identical: cli
	rm -rf $(IDENTICAL_DIR)/tree && git worktree prune
	git worktree add --detach $(IDENTICAL_DIR)/tree $(BASE)
	cd $(IDENTICAL_DIR)/tree && CARGO_TARGET_DIR=$(IDENTICAL_DIR)/target cargo build --release --features cli
	git worktree remove --force $(IDENTICAL_DIR)/tree
	python3 scripts/check_identical.py $(IDENTICAL_DIR)/target/release/declutter target/release/declutter $(CORPUS_ROOT) $(IDENTICAL_FLAGS)

# The learned scorers, from the dev corpora: the dump (target/train/blocks.jsonl) holds every
# block's text and features as the code computes them, so the tables always match the code that
# reads them. scikit-learn and numpy live in the venv only; the crate ships the tables.
TRAIN_DIR := $(CURDIR)/target/train
TRAIN_VENV := $(TRAIN_DIR)/venv
CARGO_OUT := $(or $(CARGO_TARGET_DIR),$(CURDIR)/target)
train:
	mkdir -p $(TRAIN_DIR)
	TRAIN_VENV=$(TRAIN_VENV) scripts/install-deps.sh train
	cargo build --release --features cli,retrain --example blocks
	python3 scripts/train/dump.py $(CORPUS_ROOT) $(TRAIN_DIR)/blocks.jsonl --bin $(CARGO_OUT)/release/examples/blocks
	$(TRAIN_VENV)/bin/python scripts/train/train.py $(TRAIN_DIR)/blocks.jsonl $(CORPUS_ROOT) src/blocks/trees.rs src/kind/weights.rs $(TRAIN_FLAGS)
	cargo fmt
