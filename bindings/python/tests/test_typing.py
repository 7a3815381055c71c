"""The package is typed: mypy --strict accepts it and code that uses it rightly, refuses code that
uses it wrongly, and the stubs of the extension module match what it has at run time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import List

from conftest import HERE

GOOD = '''
import declutter
article = declutter.extract(b"<p>x</p>", "https://example.com/", scorer="rules", kinds=["ad"])
title: str = article.title
minutes: int = article.reading_minutes
kinds: list[str] = [block.kind for block in article.removed]
rules = declutter.FilterList("##.ad")
lines: list[tuple[int, str]] = rules.errors
for page in declutter.iter_warc("crawl.warc.gz", filters=rules, max_bytes=10_000_000):
    print(page.url, page.date, page.to_dict()["text"])
ok: bool = declutter.is_probably_readerable("<p>x</p>")
'''

BAD = '''
import declutter
declutter.extract(42)
declutter.extract("<p>x</p>", scorer=3)
declutter.extract("<p>x</p>", colour="red")
declutter.iter_warc(7)
length: str = declutter.extract("x").length
'''


def mypy(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), *args],
        capture_output=True, text=True, cwd=tmp_path,
    )


def test_the_package_and_good_code_type_check(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(GOOD)
    package = mypy(tmp_path, "-p", "declutter")
    assert package.returncode == 0, package.stdout
    good = mypy(tmp_path, "good.py")
    assert good.returncode == 0, good.stdout


def test_wrong_uses_are_type_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text(BAD)
    run = mypy(tmp_path, "bad.py")
    lines: List[int] = sorted({int(line.split(":")[1]) for line in run.stdout.splitlines() if ": error:" in line})
    assert lines == [3, 4, 5, 6, 7], run.stdout


def test_the_stubs_match_the_extension_module(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "declutter._native",
         "--allowlist", str(HERE / "stubtest-allowlist.txt"), "--mypy-config-file", str(tmp_path / "none.ini")],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout
