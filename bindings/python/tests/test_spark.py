"""examples/spark_extract.py in Spark local mode: a WARC file the test builds (and a file that is
no WARC beside it) and a Parquet of `url, html` in, a Parquet of articles out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import declutter
from conftest import FIXTURES, PAGES, REPO
from warcgen import metadata, request, response, warcinfo, write_warc

COLUMNS = ["url", "title", "byline", "published_time", "lang", "page_kind", "text", "markdown"]
PAGE_FILES = {
    "https://www.millbrookcourier.example/news/2024/06/carnegie-library-reopens": PAGES / "library-reopens.html",
    "https://coastal.example/science/kelp-forests": FIXTURES / "news-with-clutter.html",
    "https://bytes.example/posts/tiny-interner/": FIXTURES / "tech-blog-post.html",
}
PARQUET_PAGES = {
    "https://www.vodafone.de/featured/usa-japan/": FIXTURES / "portal-news-page.html",
    "https://harbour.example/tram": FIXTURES / "partner-widget-news.html",
}


@pytest.fixture(scope="module")
def spark_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        pytest.fail("Spark needs Java 17 (java on PATH or JAVA_HOME)")
    tmp = tmp_path_factory.mktemp("spark")
    records = [warcinfo()]
    for url, page in PAGE_FILES.items():
        records += [request(url), response(url, page.read_bytes()), metadata(url)]
    records.append(response("https://coastal.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"))
    warc = write_warc(tmp / "crawl-00000.warc.gz", records)
    not_warc = tmp / "crawl-00001.warc.gz"
    not_warc.write_bytes(b"<html>a page saved under the wrong name</html>")
    table = pa.table({
        "url": list(PARQUET_PAGES) + ["https://empty.example/"],
        "html": [p.read_text(encoding="utf-8") for p in PARQUET_PAGES.values()] + [None],
    })
    pq.write_table(table, tmp / "pages.parquet")
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable,
           "SPARK_LOCAL_IP": "127.0.0.1"}
    out = tmp / "articles.parquet"
    run = subprocess.run(
        [sys.executable, str(REPO / "examples" / "spark_extract.py"), "--master", "local[2]",
         "--warc", str(tmp / "crawl-*.warc.gz"), "--parquet", str(tmp / "pages.parquet"), "--out", str(out)],
        env=env, capture_output=True, text=True, timeout=900,
    )
    assert run.returncode == 0, run.stderr[-5000:]
    return out, run


def test_the_job_writes_one_row_per_html_page(spark_run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, run = spark_run
    table = pq.read_table(out)
    assert table.column_names == COLUMNS
    rows = {row["url"]: row for row in table.to_pylist()}
    assert set(rows) == set(PAGE_FILES) | set(PARQUET_PAGES)
    for url, page in {**PAGE_FILES, **PARQUET_PAGES}.items():
        expected = declutter.extract(page.read_bytes(), url)
        assert {name: rows[url][name] for name in COLUMNS} == {name: getattr(expected, name) for name in COLUMNS}
    library = rows["https://www.millbrookcourier.example/news/2024/06/carnegie-library-reopens"]
    assert library["title"] == "Millbrook's Carnegie library reopens after a three-year restoration"
    assert library["byline"] == "Priya Natarajan" and library["page_kind"] == "article"
    assert "spark_extract: 5 articles to" in run.stdout


def test_a_file_that_is_no_warc_is_reported_and_the_job_goes_on(spark_run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, run = spark_run
    assert "crawl-00001.warc.gz: not a WARC file" in run.stderr
    assert "'articles': 3" in run.stderr and "'not_html': 1" in run.stderr
