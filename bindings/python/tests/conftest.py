"""Shared fixtures: the CLI the Python results are compared with, the corpora, the test pages."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
from pathlib import Path
from typing import Any, Dict, List

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
PAGES = HERE / "pages"
FIXTURES = REPO / "tests" / "fixtures"


def cli_path() -> Path:
    return Path(os.environ.get("DECLUTTER_CLI", REPO / "target" / "release" / "declutter"))


def corpus_root() -> Path:
    return Path(os.environ.get("DECLUTTER_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def cli() -> Path:
    path = cli_path()
    if not path.exists():
        pytest.fail(f"the CLI is not built at {path} (make cli, or DECLUTTER_CLI=...)")
    return path


def read_page(path: Path) -> bytes:
    """A corpus or test page's bytes, gunzipped for `.gz`."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def run_cli(cli: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(cli), *args], capture_output=True, timeout=600)


def json_lines(out: bytes) -> List[Dict[str, Any]]:
    # split("\n"), not splitlines(): JSON strings may hold U+2028.
    return [json.loads(line) for line in out.decode("utf-8").split("\n") if line]


def snake_case(key: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in key)


def snake_keys(value: Any) -> Any:
    """The CLI's JSON as the Python binding shapes it: object keys in snake_case."""
    if isinstance(value, dict):
        return {snake_case(k): snake_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [snake_keys(v) for v in value]
    return value


@pytest.fixture(scope="session")
def library_page() -> bytes:
    """A local news story with a cookie banner, ads, share bar, related links, newsletter box,
    comments and a sidebar (hand-written, as a CMS renders one)."""
    return (PAGES / "library-reopens.html").read_bytes()
