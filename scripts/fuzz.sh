#!/usr/bin/env bash
# Runs the cargo-fuzz target `extract` for SECONDS (default 60), seeded from
# tests/fixtures/*.html and a sample of the readability corpus; FUZZ_TARGET=warc runs the WARC
# reader's target instead, seeded from tests/fixtures/warc/.
#
#   scripts/fuzz.sh [SECONDS]
#
# Installs cargo-fuzz when missing. Works on a stable toolchain (RUSTC_BOOTSTRAP=1
# lets cargo-fuzz pass its nightly-only flags). Crashes land in fuzz/artifacts/extract/;
# keep each as tests/fixtures/fuzz/<name> with a test in tests/fuzz_regressions.rs
# (fuzz/artifacts/warc/ and tests/warc.rs for the WARC target).
# FUZZ_CORPUS_SAMPLE=N seeds N corpus pages (default 40). FUZZ_KEEP_GOING=1 (long runs)
# forks a child per run and goes on after a crash or timeout, saving each one.
set -euo pipefail

SECONDS_TO_RUN="${1:-60}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS_PAGES="${CORPUS_PAGES:-$ROOT/../shared/corpus/readability/pages}"
SAMPLE="${FUZZ_CORPUS_SAMPLE:-40}"
TARGET="${FUZZ_TARGET:-extract}"
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

seed_warc_corpus() {
    mkdir -p "$ROOT/fuzz/corpus/warc"
    cp "$ROOT"/tests/fixtures/warc/* "$ROOT/fuzz/corpus/warc/"
}

seed_corpus() {
    local dir="$ROOT/fuzz/corpus/extract"
    mkdir -p "$dir"
    cp "$ROOT"/tests/fixtures/*.html "$dir"/
    if [ -d "$ROOT/tests/fixtures/fuzz" ]; then
        find "$ROOT/tests/fixtures/fuzz" -type f -exec cp {} "$dir"/ \;
    fi
    if [ -d "$CORPUS_PAGES" ]; then
        # Every few pages, in name order: the same sample on every run.
        find "$CORPUS_PAGES" -maxdepth 1 -name '*.html' | sort | awk -v n="$SAMPLE" -v total="$(find "$CORPUS_PAGES" -maxdepth 1 -name '*.html' | wc -l)" \
            'BEGIN { step = (total > n && n > 0) ? total / n : 1 } NR % step < 1 { print }' \
            | while read -r page; do cp "$page" "$dir/corpus-$(basename "$page")"; done
    fi
}

if [ "$TARGET" = warc ]; then seed_warc_corpus; else seed_corpus; fi
cd "$ROOT"
MODE=()
if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then
    MODE=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
echo "fuzzing $TARGET for ${SECONDS_TO_RUN}s ($(ls "fuzz/corpus/$TARGET" | wc -l) corpus files)"
# -max_len keeps inputs page-sized (longer seeds are cut); -timeout flags a hang.
cargo fuzz run --fuzz-dir fuzz "$TARGET" "fuzz/corpus/$TARGET" -- \
    -max_total_time="$SECONDS_TO_RUN" -max_len=262144 -timeout=30 -rss_limit_mb=4096 \
    -print_final_stats=1 "${MODE[@]}"
