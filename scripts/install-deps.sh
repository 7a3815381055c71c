#!/usr/bin/env bash
# Installs what the build and tests need, skipping what is already present.
# Usage: scripts/install-deps.sh [rust] [wasm] [browser] [firefox] [node] [train] [python-build]
#        [python-test] [python-bench]
# (no argument: all but the Python venvs: train's and the Python package's)
set -euo pipefail
cd "$(dirname "$0")/.."
want() { [ $# -eq 0 ] || [[ " $ALL " == *" $1 "* ]]; }
ALL="$*"
[ -z "$ALL" ] && ALL="rust wasm browser firefox node"

say() { printf '[install-deps] %s\n' "$*" >&2; }

if want rust; then
  rustup target list --installed | grep -q wasm32-unknown-unknown \
    || { say "adding wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }
fi

if want wasm; then
  command -v wasm-pack >/dev/null || { say "installing wasm-pack"; cargo install wasm-pack --version '^0.15' --locked; }
  bindgen_version=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $bindgen_version\$"; then
    say "installing wasm-bindgen-cli $bindgen_version"
    cargo install wasm-bindgen-cli --version "$bindgen_version" --force
  fi
fi

if want browser; then
  if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
    say "installing chromium and chromedriver"
    apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi

# Firefox ESR for the wasm-bindgen tests (geckodriver) and the puppeteer-core tests (WebDriver BiDi).
if want firefox; then
  if ! [ -x /usr/bin/firefox-esr ]; then
    say "installing firefox-esr"
    apt-get update -qq && apt-get install -y -qq firefox-esr >/dev/null
  fi
  command -v geckodriver >/dev/null || { say "installing geckodriver"; cargo install geckodriver --locked; }
fi

if want node; then
  if ! [ -d node_modules/puppeteer-core ] || ! [ -d node_modules/eslint ] || ! [ -d node_modules/typescript ] || ! [ -d node_modules/binaryen ] || ! [ -d node_modules/vite ] || [ package.json -nt node_modules/.install-stamp ] || [ package-lock.json -nt node_modules/.install-stamp ]; then
    say "installing npm dev dependencies"
    if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
    touch node_modules/.install-stamp
  fi
fi

# A venv at $1 with the pinned requirements of file $2, created when missing and refreshed when the
# file changes.
python_venv() {
  local venv=$1 requirements=$2
  if ! [ -x "$venv/bin/python" ]; then
    python3 -c 'import ensurepip' 2>/dev/null \
      || { say "installing python3-venv"; apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null; }
    say "creating $venv"
    python3 -m venv "$venv"
  fi
  if ! [ -f "$venv/.install-stamp" ] || [ "$requirements" -nt "$venv/.install-stamp" ]; then
    say "installing $requirements into $venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
    touch "$venv/.install-stamp"
  fi
}

# The training toolchain of `make train` (scikit-learn and what it pulls in, pinned): a venv in
# target/train/venv, refreshed when requirements.txt changes. Only training uses it; nothing of
# it ships.
if want train; then
  python_venv "${TRAIN_VENV:-target/train/venv}" scripts/train/requirements.txt
fi

# The Python package (bindings/python): maturin to build the wheel, pytest and pyspark to test
# it, trafilatura to benchmark against; each in a venv of its own under target/python/.
if want python-build; then
  python_venv "${PYTHON_BUILD_VENV:-target/python/build-venv}" bindings/python/requirements-build.txt
fi
if want python-test; then
  python_venv "${PYTHON_TEST_VENV:-target/python/test-venv}" bindings/python/requirements-test.txt
fi
if want python-bench; then
  python_venv "${PYTHON_BENCH_VENV:-target/python/bench-venv}" bindings/python/requirements-bench.txt
fi
