# Robustness (issue 6): pathological pages, property tests, fuzz regressions, fuzzing.
# Included by the top-level Makefile, which adds $(ROBUSTNESS_TESTS) to `make test`.
#
#   make test-robustness               release run of tests/pathological.rs, tests/properties.rs
#                                      and tests/fuzz_regressions.rs, then the fuzz smoke runs
#   make fuzz-smoke                    a 60 s fuzz run (FUZZ_SMOKE_SECONDS) and a 30 s one of the
#                                      WARC reader; all that `make test`
#                                      adds here, since its native tests (`cargo test --release
#                                      --features cli`) run the three suites already
#   make fuzz FUZZ_SECONDS=1800        a longer fuzz run that goes on past crashes and timeouts
#                                      (each saved in fuzz/artifacts/extract/)

FUZZ_SECONDS ?= 1800
FUZZ_SMOKE_SECONDS ?= 60
FUZZ_WARC_SMOKE_SECONDS ?= 30
ROBUSTNESS_TESTS := fuzz-smoke
ROBUSTNESS_TEST_FILES := --test pathological --test properties $(if $(wildcard tests/fuzz_regressions.rs),--test fuzz_regressions)

.PHONY: test-robustness fuzz-smoke fuzz

# The features of `make test-native`, so that both share one build.
test-robustness:
	cargo test --release --features cli --no-fail-fast $(ROBUSTNESS_TEST_FILES)
	$(MAKE) fuzz-smoke

fuzz-smoke:
	scripts/fuzz.sh $(FUZZ_SMOKE_SECONDS)
	FUZZ_TARGET=warc scripts/fuzz.sh $(FUZZ_WARC_SMOKE_SECONDS)

fuzz:
	FUZZ_KEEP_GOING=1 scripts/fuzz.sh $(FUZZ_SECONDS)
