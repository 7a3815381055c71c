"""declutter: the article of an HTML page, without its ads, recommendations and page chrome.

>>> import declutter
>>> article = declutter.extract(html, url="https://example.com/news/a.html")
>>> article.title, article.byline, article.reading_minutes
>>> article.text          # plain text; .markdown, .content (sanitized HTML)
>>> [r.kind for r in article.removed]
>>> for article in declutter.iter_warc("crawl.warc.gz"):
...     print(article.url, article.date, article.title)

The work is done by the Rust core with the GIL released, so threads extract in parallel.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from ._native import (
    CLUTTER_KINDS,
    DeclutterError,
    FilterList,
    FilterWarning,
    WarcReader,
    __version__,
)
from ._native import extract as _extract
from ._native import is_probably_readerable as _is_probably_readerable

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._native import Options

__all__ = [
    "Article",
    "CLUTTER_KINDS",
    "DeclutterError",
    "FilterList",
    "FilterWarning",
    "Removed",
    "MARKDOWN_HEADERS",
    "SCORERS",
    "WarcArticles",
    "__version__",
    "extract",
    "is_probably_readerable",
    "iter_warc",
]

#: The names `scorer=` takes: the rules, the learned block scorer, or both (the default).
SCORERS = ("rules", "model", "both")

#: The names `markdown_header=` takes.
MARKDOWN_HEADERS = ("plain", "yaml", "none")

class _Fields:
    """Read-only attributes over a dict of fields (the article's JSON, keys in snake_case)."""

    __slots__ = ("_fields",)

    def __init__(self, fields: Dict[str, Any]) -> None:
        object.__setattr__(self, "_fields", fields)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __dir__(self) -> List[str]:
        return sorted(set(super().__dir__()) | set(self._fields))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return bool(self._fields == other._fields)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> Any:
        return (type(self), (self._fields,))

    def to_dict(self) -> Dict[str, Any]:
        """The fields as a new dict (lists and nested dicts copied too)."""
        return copy.deepcopy(self._fields)


class Removed(_Fields):
    """A block taken out of the page: its kind (ad, recommendation, navigation, social,
    comments, newsletter, consent, other), a reason a person can read, the length of its
    text and the CSS path of the element."""

    __slots__ = ()

    kind: str
    reason: str
    text_length: int
    selector: str

    def __repr__(self) -> str:
        return f"Removed(kind={self.kind!r}, reason={self.reason!r})"


class Article(_Fields):
    """The cleaned article and its metadata: the fields of the CLI's JSON, in snake_case.

    `url` is the URL given to `extract` (the record's `WARC-Target-URI` for `iter_warc`),
    `date` the record's `WARC-Date` (None for `extract`). Fields the core adds later are
    attributes too, and keys of `to_dict()`.
    """

    __slots__ = ()

    title: str
    byline: Optional[str]
    site_name: Optional[str]
    published_time: Optional[str]
    lang: Optional[str]
    dir: Optional[str]
    excerpt: Optional[str]
    lead_image: Optional[str]
    content: str
    text: str
    markdown: str
    length: int
    reading_minutes: int
    page_kind: str
    url: Optional[str]
    date: Optional[str]

    @property
    def removed(self) -> List[Removed]:
        """The blocks taken out, in document order."""
        return [Removed(block) for block in self._fields["removed"]]

    def __repr__(self) -> str:
        return f"Article(title={self.title!r}, url={self.url!r}, length={self.length})"


def extract(html: Union[str, bytes], url: Optional[str] = None, **options: Unpack[Options]) -> Article:
    """The article of a page.

    `html` is text, or bytes decoded as the CLI does (BOM, `<meta charset>`, else UTF-8).
    `url` is the page's URL (the base of its relative links). The options, by keyword:
    `filters` EasyList element-hiding rules as text, a list of lines, or a `FilterList` (parsed
    once; malformed lines of text or lines are reported as `FilterWarning`s); `scorer` one of
    `SCORERS`; `kinds` the clutter kinds to take out (of `CLUTTER_KINDS`, default all);
    `char_threshold` the article length below which gentler rules are tried (500); `max_bytes`
    the largest input (64 MB; larger raises `DeclutterError`); `markdown_header` how
    `markdown` starts, one of `MARKDOWN_HEADERS`: title, byline, date and source as a heading
    and a line (`"plain"`, the default), YAML front matter (`"yaml"`) or nothing (`"none"`).
    """
    return Article(_extract(html, url, **options))


def is_probably_readerable(html: Union[str, bytes]) -> bool:
    """A quick check: True only when the page holds enough article text."""
    return _is_probably_readerable(html)


class WarcArticles(Iterator[Article]):
    """The articles of a WARC file's HTML responses, read as they are iterated. `stats` counts
    the records read and those skipped (requests, other records, not HTML, not 2xx,
    truncated, too large, undecodable, malformed)."""

    __slots__ = ("_reader",)

    def __init__(self, reader: WarcReader) -> None:
        self._reader = reader

    def __iter__(self) -> WarcArticles:
        return self

    def __next__(self) -> Article:
        fields = next(self._reader)
        return Article(fields)

    @property
    def stats(self) -> Dict[str, int]:
        return self._reader.stats


def iter_warc(path: Union[str, os.PathLike[str]], **options: Unpack[Options]) -> WarcArticles:
    """The articles of the WARC file at `path` (gzip or not), streamed: one `Article` per
    HTML response, with the record's `url` and `date`. The options are `extract`'s. A file
    that can't be opened or is no WARC raises `DeclutterError`."""
    return WarcArticles(WarcReader(path, **options))
