"""`declutter.iter_warc` and `declutter --warc` on WARC files as crawls write them and as they
break: exactly the HTML responses, with their URL and date; the rest skipped and counted."""

from __future__ import annotations

import gzip
import os
import threading
from pathlib import Path
from typing import Any, Dict, List

import pytest

import declutter
from conftest import FIXTURES, PAGES, json_lines, run_cli, snake_keys
from warcgen import (
    Record,
    chunked,
    deflate_body,
    gzip_body,
    metadata,
    request,
    response,
    warcinfo,
    write_warc,
)

LIBRARY = (PAGES / "library-reopens.html").read_bytes()
NEWS = (FIXTURES / "news-with-clutter.html").read_bytes()
BLOG = (FIXTURES / "tech-blog-post.html").read_bytes()
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\x1f\x15\xc4\x89"

URLS = [
    "https://www.millbrookcourier.example/news/2024/06/carnegie-library-reopens",
    "https://coastal.example/science/kelp-forests",
    "https://bytes.example/posts/tiny-interner/",
]
TITLES = [
    "Millbrook's Carnegie library reopens after a three-year restoration",
    "Volunteer divers are bringing California’s kelp forests back, one urchin at a time",
    "Building a tiny string interner in Rust",
]


def crawl() -> List[Record]:
    """Three HTML responses, a PNG response, a request before each response, warcinfo and
    metadata records, as a crawler writes them."""
    records = [warcinfo()]
    for url, page in zip(URLS, [LIBRARY, NEWS, BLOG]):
        records += [request(url), response(url, page), metadata(url)]
    records.insert(4, request("https://www.millbrookcourier.example/media/logo.png"))
    records.insert(5, response("https://www.millbrookcourier.example/media/logo.png", PNG, content_type="image/png"))
    return records


def read(path: Path, **options: Any) -> tuple[List[declutter.Article], Dict[str, int]]:
    articles = declutter.iter_warc(path, **options)
    return list(articles), articles.stats


@pytest.mark.parametrize("gzipped", [True, False], ids=["per-record-gzip", "plain"])
def test_three_html_responses_give_exactly_three_articles(tmp_path: Path, gzipped: bool) -> None:
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), crawl(), gzipped)
    articles, stats = read(path)
    assert [a.title for a in articles] == TITLES
    assert [a.url for a in articles] == URLS
    assert all(a.date == "2024-05-01T12:00:00Z" for a in articles)
    assert stats == {
        "records": 12, "articles": 3, "requests": 4, "other_records": 4, "not_html": 1,
        "not_ok": 0, "truncated": 0, "too_large": 0, "undecodable": 0, "malformed": 0,
    }
    assert articles[0] == declutter.extract(LIBRARY, URLS[0]).__class__(
        {**declutter.extract(LIBRARY, URLS[0]).to_dict(), "date": "2024-05-01T12:00:00Z"}
    )


def test_the_cli_prints_the_same_three_articles(tmp_path: Path, cli: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", crawl())
    out = run_cli(cli, "--warc", str(path))
    assert out.returncode == 0, out.stderr
    lines = json_lines(out.stdout)
    assert [line.pop("file") for line in lines] == [str(path)] * 3
    assert [snake_keys(line) for line in lines] == [a.to_dict() for a in declutter.iter_warc(path)]
    assert b"3 articles from 12 records; skipped: 4 requests, 4 other_records, 1 not_html" in out.stderr


def test_an_empty_file_has_no_articles(tmp_path: Path, cli: Path) -> None:
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(b"")
    articles, stats = read(path)
    assert articles == [] and set(stats.values()) == {0}
    out = run_cli(cli, "--warc", str(path))
    assert out.returncode == 0 and out.stdout == b""


def test_a_truncated_gzip_member_ends_the_file(tmp_path: Path, cli: Path) -> None:
    records = crawl()
    path = write_warc(tmp_path / "cut.warc.gz", records[:6])
    last = gzip.compress(records[6].to_bytes())
    with open(path, "ab") as f:
        f.write(last[: len(last) // 2])
    articles, stats = read(path)
    assert [a.title for a in articles] == TITLES[:1]
    assert stats["truncated"] == 1 and stats["articles"] == 1
    out = run_cli(cli, "--warc", str(path))
    assert out.returncode == 0 and len(json_lines(out.stdout)) == 1
    assert b"1 truncated" in out.stderr


def test_a_file_cut_inside_the_headers(tmp_path: Path) -> None:
    data = b"".join(r.to_bytes() for r in crawl()[:3])
    path = tmp_path / "cut.warc"
    path.write_bytes(data + crawl()[3].to_bytes()[:60])
    articles, stats = read(path)
    assert len(articles) == 1 and stats["truncated"] == 1


@pytest.mark.parametrize(
    "content_type, body",
    [
        ("image/png", PNG),
        ("application/json", b'{"title": "not a page", "items": [1, 2, 3]}'),
        ("text/plain; charset=utf-8", b"User-agent: *\nDisallow: /admin\n"),
        ("application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
    ],
    ids=["png", "json", "text", "pdf"],
)
def test_non_html_responses_are_skipped(tmp_path: Path, content_type: str, body: bytes) -> None:
    path = write_warc(tmp_path / "mixed.warc.gz", [
        response("https://example.com/x", body, content_type=content_type),
        response(URLS[0], LIBRARY),
    ])
    articles, stats = read(path)
    assert [a.url for a in articles] == [URLS[0]]
    assert stats["not_html"] == 1


@pytest.mark.parametrize(
    "headers, body",
    [
        ([("Content-Encoding", "gzip")], gzip_body(LIBRARY)),
        ([("Content-Encoding", "x-gzip")], gzip_body(LIBRARY)),
        ([("Content-Encoding", "deflate")], deflate_body(LIBRARY)),
        ([("Transfer-Encoding", "chunked")], chunked(LIBRARY)),
        ([("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")], chunked(gzip_body(LIBRARY), 512)),
        # Stored decoded, the server's headers kept (as some crawlers do).
        ([("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")], LIBRARY),
    ],
    ids=["gzip", "x-gzip", "deflate", "chunked", "chunked-gzip", "stored-decoded"],
)
def test_encoded_bodies_are_decoded(tmp_path: Path, headers: List[tuple[str, str]], body: bytes) -> None:
    path = write_warc(tmp_path / "enc.warc.gz", [response(URLS[0], body, headers=headers)])
    articles, stats = read(path)
    assert stats["articles"] == 1, stats
    expected = declutter.extract(LIBRARY, URLS[0]).to_dict()
    assert {**articles[0].to_dict(), "date": None} == expected


def test_statuses_and_codings_that_give_no_page(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "skips.warc.gz", [
        response("https://example.com/gone", b"<p>Not found</p>", status="404 Not Found"),
        response("https://example.com/old", b"", status="301 Moved Permanently"),
        response("https://example.com/br", b"\x1b\x03\x00", headers=[("Content-Encoding", "br")]),
        response(URLS[1], NEWS),
    ])
    articles, stats = read(path)
    assert [a.title for a in articles] == TITLES[1:2]
    assert (stats["not_ok"], stats["undecodable"]) == (2, 1)


def test_pages_over_max_bytes_are_skipped(tmp_path: Path) -> None:
    assert len(NEWS) > len(LIBRARY) + 100
    path = write_warc(tmp_path / "big.warc.gz", [response(URLS[1], NEWS), response(URLS[0], LIBRARY)])
    articles, stats = read(path, max_bytes=len(LIBRARY) + 100)
    assert [a.url for a in articles] == [URLS[0]]
    assert stats["too_large"] == 1
    # The largest limit there is: no page is too large.
    articles, stats = read(path, max_bytes=2**64 - 1)
    assert len(articles) == 2 and stats["too_large"] == 0


def test_options_apply_to_every_record(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", crawl())
    articles, _ = read(path, kinds=["ad"], scorer="rules", filters="##figure")
    assert all({block.kind for block in a.removed} <= {"ad"} for a in articles)
    assert "glass dome was rebuilt pane by pane. Photo" not in articles[0].text
    with pytest.raises(ValueError):
        declutter.iter_warc(path, kinds=["adverts"])
    with pytest.raises(TypeError):
        declutter.iter_warc(path, scorer=3)


def test_unreadable_files_are_declutter_errors(tmp_path: Path) -> None:
    with pytest.raises(declutter.DeclutterError, match="cannot read"):
        declutter.iter_warc(tmp_path / "missing.warc.gz")
    with pytest.raises(declutter.DeclutterError):
        list(declutter.iter_warc(tmp_path))  # a directory
    page = tmp_path / "page.html"
    page.write_bytes(LIBRARY)
    with pytest.raises(declutter.DeclutterError, match="not a WARC file"):
        list(declutter.iter_warc(page))
    with pytest.raises(TypeError):
        declutter.iter_warc(42)  # type: ignore[arg-type]


def test_the_file_is_read_as_it_is_iterated(tmp_path: Path) -> None:
    """Through a pipe: the first article arrives while the writer still holds the rest back."""
    fifo = tmp_path / "crawl.warc"
    os.mkfifo(fifo)
    records = crawl()
    first_read = threading.Event()
    rest_written = threading.Event()

    def write() -> None:
        with open(fifo, "wb") as f:
            f.write(b"".join(r.to_bytes() for r in records[:4]))
            f.flush()
            first_read.wait(timeout=30)
            f.write(b"".join(r.to_bytes() for r in records[4:]))
        rest_written.set()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        articles = declutter.iter_warc(fifo)
        first = next(articles)
        arrived_early = not rest_written.is_set()
        first_read.set()
        rest = list(articles)
    finally:
        first_read.set()
        writer.join()
    assert first.title == TITLES[0] and arrived_early
    assert [a.title for a in rest] == TITLES[1:]
