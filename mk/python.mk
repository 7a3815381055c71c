# The Python package (issue 22, bindings/python): the wheel, its tests, the benchmark.
# Included by the top-level Makefile, which adds $(PYTHON_TESTS) to `make test`.
#
#   make wheel          the abi3 wheel (CPython >= 3.9) in target/wheels/, built by maturin from a
#                       venv of its own (target/python/build-venv, bindings/python/requirements-build.txt)
#   make test-python    the binding crate's clippy, then pytest over bindings/python/tests with the
#                       wheel installed in target/python/test-venv (pytest, pyspark, pandas, pyarrow
#                       pinned in bindings/python/requirements-test.txt): parity with the CLI on
#                       corpus pages, bad input, threads, WARC files, the Spark job in local mode
#   make bench-python   pages per second on WCXB pages with 1 and 2 threads, declutter against
#                       trafilatura (target/python/bench-venv), and each one's peak memory

PYTHON_TESTS := test-python
PY_PACKAGE := bindings/python
PY_VENVS := $(CURDIR)/target/python
WHEEL_DIR := $(CURDIR)/target/wheels
WHEEL_GLOB := $(WHEEL_DIR)/declutter_rs-*.whl
PYTEST_FLAGS ?= -q
BENCH_PYTHON_PAGES ?= 300

.PHONY: wheel test-python bench-python lint-python

# The binding crate's clippy runs with the project's (`make lint` checks its formatting already:
# it is a member of the workspace).
lint: lint-python

lint-python:
	cargo clippy -p declutter-python --all-targets -- -D warnings

wheel:
	PYTHON_BUILD_VENV=$(PY_VENVS)/build-venv scripts/install-deps.sh python-build
	rm -f $(WHEEL_GLOB)
	$(PY_VENVS)/build-venv/bin/maturin build --release --strip --manifest-path $(PY_PACKAGE)/Cargo.toml --out $(WHEEL_DIR)
	@ls -l $(WHEEL_GLOB)

# Installs the wheel just built into a venv (`$(1)`), replacing the one there.
install_wheel = $(1)/bin/pip install --quiet --disable-pip-version-check --force-reinstall --no-deps $(WHEEL_GLOB)

test-python: wheel cli lint-python
	PYTHON_TEST_VENV=$(PY_VENVS)/test-venv scripts/install-deps.sh python-test
	$(call install_wheel,$(PY_VENVS)/test-venv)
	cd $(PY_PACKAGE) && DECLUTTER_CLI=$(CARGO_OUT)/release/declutter DECLUTTER_CORPUS=$(CORPUS_ROOT) \
		PYTHONDONTWRITEBYTECODE=1 $(PY_VENVS)/test-venv/bin/python -m pytest tests $(PYTEST_FLAGS)

bench-python: wheel
	PYTHON_BENCH_VENV=$(PY_VENVS)/bench-venv scripts/install-deps.sh python-bench
	$(call install_wheel,$(PY_VENVS)/bench-venv)
	$(PY_VENVS)/bench-venv/bin/python $(PY_PACKAGE)/bench/bench_python.py $(CORPUS_ROOT)/wcxb/pages --pages $(BENCH_PYTHON_PAGES)
