"""Builds small WARC files for the tests: records as Common Crawl writes them (WARC/1.0, one
gzip member per record), with the HTTP responses, requests and metadata a crawl holds."""

from __future__ import annotations

import gzip
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path

CRLF = b"\r\n"


@dataclass
class Record:
    """One WARC record: its type, target URI, date and block."""

    warc_type: str
    url: str | None
    block: bytes
    content_type: str = "application/http; msgtype=response"
    date: str = "2024-05-01T12:00:00Z"
    extra_headers: list[tuple[str, str]] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        headers = [
            ("WARC-Type", self.warc_type),
            ("WARC-Date", self.date),
            ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid4()}>"),
        ]
        if self.url is not None:
            headers.append(("WARC-Target-URI", self.url))
        headers += [("Content-Type", self.content_type), *self.extra_headers]
        headers.append(("Content-Length", str(len(self.block))))
        head = b"WARC/1.0" + CRLF + b"".join(f"{k}: {v}".encode() + CRLF for k, v in headers)
        return head + CRLF + self.block + CRLF + CRLF


def http_response(
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    headers: list[tuple[str, str]] | None = None,
) -> bytes:
    """An HTTP/1.1 response as a crawler stores it: status line, headers, empty line, body."""
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}"]
    lines += [f"{k}: {v}" for k, v in headers or []]
    return "\r\n".join(lines).encode() + CRLF + CRLF + body


def response(url: str, body: bytes, **kwargs: object) -> Record:
    return Record("response", url, http_response(body, **kwargs))  # type: ignore[arg-type]


def request(url: str) -> Record:
    host = url.split("/")[2]
    block = f"GET /{url.split('/', 3)[-1]} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: test\r\n\r\n"
    return Record("request", url, block.encode(), content_type="application/http; msgtype=request")


def warcinfo() -> Record:
    block = b"software: declutter-tests\r\nformat: WARC File Format 1.0\r\n"
    return Record("warcinfo", None, block, content_type="application/warc-fields")


def metadata(url: str) -> Record:
    block = b"fetchTimeMs: 120\r\n"
    return Record("metadata", url, block, content_type="application/warc-fields")


def gzip_body(html: bytes) -> bytes:
    return gzip.compress(html)


def deflate_body(html: bytes) -> bytes:
    return zlib.compress(html)


def chunked(body: bytes, size: int = 700) -> bytes:
    """`body` in the chunked transfer coding, `size` bytes a chunk."""
    out = b""
    for i in range(0, len(body), size):
        chunk = body[i : i + size]
        out += f"{len(chunk):x}".encode() + CRLF + chunk + CRLF
    return out + b"0" + CRLF + CRLF


def write_warc(path: Path, records: list[Record], gzipped: bool = True) -> Path:
    """Writes the records, one gzip member each when `gzipped` (as Common Crawl does)."""
    with open(path, "wb") as f:
        for rec in records:
            data = rec.to_bytes()
            f.write(gzip.compress(data) if gzipped else data)
    return path
