"""`declutter.extract` on real pages: the same article as the CLI's JSON, str and bytes input,
the Article object, the options."""

from __future__ import annotations

import pickle
import warnings
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

import declutter
from conftest import FIXTURES, corpus_root, json_lines, read_page, run_cli, snake_keys

LIBRARY_URL = "https://www.millbrookcourier.example/news/2024/06/carnegie-library-reopens"

# Every Nth page of each corpus, in name order: the same sample on every run, all page kinds of
# WCXB among them.
SAMPLES = [("wcxb", ".html.gz", 50), ("readability", ".html", 10), ("snippets", ".html", 40), ("markdown", ".html", 25)]


def corpus_sample() -> List[Path]:
    pages: List[Path] = []
    for corpus, suffix, step in SAMPLES:
        folder = corpus_root() / corpus / "pages"
        if folder.is_dir():
            pages += sorted(p for p in folder.iterdir() if p.name.endswith(suffix))[::step]
    return pages


SAMPLE = corpus_sample()


@pytest.fixture(scope="module")
def cli_articles(cli: Path) -> Dict[str, dict]:
    """The CLI's JSON for every sampled page, by file."""
    if not SAMPLE:
        pytest.skip(f"no corpus at {corpus_root()}")
    out = run_cli(cli, "--format", "json", *map(str, SAMPLE))
    assert out.returncode == 0, out.stderr
    return {a.pop("file"): snake_keys(a) for a in json_lines(out.stdout)}


def without_source(fields: dict) -> dict:
    """The article's fields without `url` and `date`, which say where the page came from."""
    return {k: v for k, v in fields.items() if k not in ("url", "date")}


@pytest.mark.parametrize("page", SAMPLE, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_bytes_give_the_clis_article(page: Path, cli_articles: Dict[str, dict]) -> None:
    article = declutter.extract(read_page(page))
    assert without_source(article.to_dict()) == cli_articles[str(page)]


@pytest.mark.parametrize("page", SAMPLE[::3], ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_text_gives_the_clis_article_for_utf8_pages(page: Path, cli_articles: Dict[str, dict]) -> None:
    data = read_page(page)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pytest.skip("not UTF-8: the CLI decodes it by its declaration")
    if text.startswith("\ufeff"):
        text = text[1:]
    assert without_source(declutter.extract(text).to_dict()) == cli_articles[str(page)]


def test_a_news_story_loses_its_clutter(library_page: bytes) -> None:
    article = declutter.extract(library_page.decode("utf-8"), LIBRARY_URL)
    assert article.title == "Millbrook's Carnegie library reopens after a three-year restoration"
    assert article.byline == "Priya Natarajan"
    assert article.site_name == "The Millbrook Courier"
    assert article.published_time == "2024-06-08T09:30:00+01:00"
    assert article.lang == "en-GB"
    assert article.page_kind == "article"
    assert article.lead_image == "https://www.millbrookcourier.example/media/2024/06/library-reading-room.jpg"
    assert article.url == LIBRARY_URL and article.date is None
    assert "rebuilt the reading room's glass dome pane by pane" in article.text
    assert "seed packets that residents can borrow" in article.text
    assert "## A lift, a maker space and the old card catalogue" in article.markdown
    for clutter in ("We use cookies", "Share on Facebook", "You may also like", "morning briefing",
                    "Wonderful news", "Roadworks on the A41", "Advertisement", "Privacy"):
        assert clutter not in article.text, clutter
    kinds = {block.kind for block in article.removed}
    assert {"consent", "ad", "social", "recommendation", "newsletter", "comments", "navigation"} <= kinds
    assert article.length == len(article.text)
    assert article.reading_minutes == 2


def test_bytes_are_decoded_by_bom_and_declaration() -> None:
    body = "<p>Grüße aus Köln: die Straßenbahn fährt wieder über die Brücke, sagt der Bürgermeister.</p>" * 3
    latin1 = f'<html><head><meta charset="iso-8859-1"><title>Köln</title></head><body><article>{body}</article></body></html>'
    assert "Grüße aus Köln" in declutter.extract(latin1.encode("latin-1")).text
    utf16 = "\ufeff" + latin1.replace("iso-8859-1", "utf-16")
    assert "Grüße aus Köln" in declutter.extract(utf16.encode("utf-16-le")).text
    # bytearray is bytes too.
    assert declutter.extract(bytearray(latin1.encode("latin-1"))).title == "Köln"


def test_relative_links_resolve_against_the_url(library_page: bytes) -> None:
    with_url = declutter.extract(library_page, LIBRARY_URL)
    assert 'src="https://www.millbrookcourier.example/media/2024/06/library-reading-room.jpg"' in with_url.content
    other = declutter.extract(library_page, "https://mirror.example/copy/")
    assert 'src="https://mirror.example/media/2024/06/library-reading-room.jpg"' in other.content


def test_the_article_object(library_page: bytes) -> None:
    article = declutter.extract(library_page, LIBRARY_URL)
    fields = article.to_dict()
    assert set(fields) >= {"title", "byline", "site_name", "published_time", "lang", "dir", "excerpt",
                           "lead_image", "content", "text", "markdown", "length", "reading_minutes",
                           "removed", "page_kind", "url", "date"}
    for name, value in fields.items():
        if name != "removed":
            assert getattr(article, name) == value
    first = article.removed[0]
    assert isinstance(first, declutter.Removed)
    assert first.to_dict() == fields["removed"][0]
    assert set(fields["removed"][0]) == {"kind", "reason", "text_length", "selector"}
    assert isinstance(first.text_length, int) and first.selector
    fields["title"] = "changed"
    fields["removed"].clear()
    assert article.title != "changed" and article.removed, "to_dict() is a copy"
    with pytest.raises(AttributeError):
        article.title = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        article.no_such_field  # noqa: B018
    assert pickle.loads(pickle.dumps(article)) == article
    assert "Carnegie" in repr(article) and "title" in dir(article)


def test_is_probably_readerable(library_page: bytes) -> None:
    login = "<html><body><form><input name=user><input type=password></form><a href=/help>Help</a></body></html>"
    assert declutter.is_probably_readerable(library_page)
    assert declutter.is_probably_readerable(library_page.decode("utf-8"))
    assert not declutter.is_probably_readerable(login)
    assert not declutter.is_probably_readerable(b"")


def test_kinds_limit_what_is_taken_out(library_page: bytes) -> None:
    article = declutter.extract(library_page, LIBRARY_URL, kinds=["ad", "consent"])
    assert {block.kind for block in article.removed} <= {"ad", "consent"}
    assert {block.kind for block in article.removed} == {"ad", "consent"}
    everything = declutter.extract(library_page, LIBRARY_URL, kinds=declutter.CLUTTER_KINDS)
    assert everything == declutter.extract(library_page, LIBRARY_URL)


def filter_forms() -> List[Tuple[str, object]]:
    rules = "! Courier rules\n##.article__lead-image\nmillbrookcourier.example##.author-box\n"
    return [("text", rules), ("lines", rules.splitlines()), ("compiled", declutter.FilterList(rules))]


@pytest.mark.parametrize("form, filters", filter_forms(), ids=[f for f, _ in filter_forms()])
def test_filters_as_text_lines_or_list(library_page: bytes, form: str, filters: object) -> None:
    article = declutter.extract(library_page, LIBRARY_URL, filters=filters)  # type: ignore[arg-type]
    assert "rebuilt pane by pane. Photo" not in article.text
    assert "glass dome was rebuilt" not in article.text
    assert any(block.reason.startswith("filter rule") for block in article.removed)
    assert "seed packets" in article.text


def test_malformed_filter_lines_warn_and_are_skipped(library_page: bytes) -> None:
    rules = "##.article__lead-image\n##div[\n||ads.example^$third-party\n"
    with pytest.warns(declutter.FilterWarning, match="filters line 2"):
        article = declutter.extract(library_page, filters=rules)
    assert "glass dome was rebuilt pane by pane. Photo" not in article.text
    compiled = declutter.FilterList(rules)
    assert [line for line, _ in compiled.errors] == [2]
    assert compiled.unsupported == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        declutter.extract(library_page, filters=compiled)


def test_scorers(library_page: bytes) -> None:
    for name in declutter.SCORERS:
        article = declutter.extract(library_page, LIBRARY_URL, scorer=name)
        assert "seed packets" in article.text, name
    assert declutter.extract(library_page, scorer=None) == declutter.extract(library_page, scorer="both")


def test_markdown_headers(library_page: bytes) -> None:
    plain = declutter.extract(library_page, LIBRARY_URL).markdown
    assert plain.startswith("# ") and f"<{LIBRARY_URL}>" in plain.split("---", 1)[0]
    yaml = declutter.extract(library_page, LIBRARY_URL, markdown_header="yaml").markdown
    assert yaml.startswith("---\ntitle: \"") and f"source: \"{LIBRARY_URL}\"" in yaml
    bare = declutter.extract(library_page, LIBRARY_URL, markdown_header="none").markdown
    assert LIBRARY_URL not in bare and bare in plain
    assert declutter.MARKDOWN_HEADERS == ("plain", "yaml", "none")


def test_char_threshold_asks_for_gentler_attempts() -> None:
    page = corpus_root() / "readability" / "pages" / "bbc-1.html"
    if not page.exists():
        pytest.skip(f"no corpus at {corpus_root()}")
    html = page.read_bytes()
    default = declutter.extract(html)
    # No article reaches a billion characters: every attempt runs and the longest is kept.
    assert declutter.extract(html, char_threshold=10**9).length > default.length
    assert declutter.extract(html, char_threshold=0) == default


def test_a_fixture_of_the_core_tests_reads_alike_as_str_and_bytes() -> None:
    page = (FIXTURES / "portal-news-page.html").read_bytes()
    url = "https://www.vodafone.de/featured/nachrichten/politik/usa-und-japan-staerken-sicherheitszusammenarbeit/"
    as_bytes = declutter.extract(page, url)
    assert as_bytes == declutter.extract(page.decode("utf-8"), url)
    assert as_bytes.title == "USA und Japan stärken Sicherheitszusammenarbeit"
    assert "Das könnte Dich auch interessieren" not in as_bytes.text
