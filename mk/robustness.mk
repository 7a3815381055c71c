# Robustness (issue 6): pathological pages, property tests, fuzz regressions, fuzzing.
# Included by the top-level Makefile, which adds $(ROBUSTNESS_TESTS) to `make test`.
#
#   make test-robustness               release run of tests/pathological.rs, tests/properties.rs
#                                      and tests/fuzz_regressions.rs, then a 60 s fuzz smoke run
#                                      and a 30 s one of the WARC reader
#   make fuzz FUZZ_SECONDS=1800        a longer fuzz run that goes on past crashes and timeouts
#                                      (each saved in fuzz/artifacts/extract/)

FUZZ_SECONDS ?= 1800
FUZZ_SMOKE_SECONDS ?= 60
FUZZ_WARC_SMOKE_SECONDS ?= 30
ROBUSTNESS_TESTS := test-robustness
ROBUSTNESS_TEST_FILES := --test pathological --test properties $(if $(wildcard tests/fuzz_regressions.rs),--test fuzz_regressions)

.PHONY: test-robustness fuzz

test-robustness:
	cargo test --release --no-fail-fast $(ROBUSTNESS_TEST_FILES)
	scripts/fuzz.sh $(FUZZ_SMOKE_SECONDS)
	FUZZ_TARGET=warc scripts/fuzz.sh $(FUZZ_WARC_SMOKE_SECONDS)

fuzz:
	FUZZ_KEEP_GOING=1 scripts/fuzz.sh $(FUZZ_SECONDS)
