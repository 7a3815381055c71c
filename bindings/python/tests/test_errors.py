"""Bad input raises a Python exception, never a crash: TypeError for a wrong type, ValueError for
an option that names nothing, DeclutterError for input over the size limit; broken encodings and
hostile markup give an article."""

from __future__ import annotations

import random
from typing import Any, Dict

import pytest

import declutter

PAGE = "<html><head><title>Tide tables</title></head><body><article><p>" + "High water at the harbour is at 06:12 and 18:40 today. " * 12 + "</p></article></body></html>"


@pytest.mark.parametrize(
    "html", [None, 42, 3.5, ["<p>x</p>"], {"html": "x"}, memoryview(b"<p>x</p>")], ids=repr
)
def test_html_of_another_type_is_a_type_error(html: Any) -> None:
    with pytest.raises(TypeError, match="html must be str or bytes"):
        declutter.extract(html)
    with pytest.raises(TypeError):
        declutter.is_probably_readerable(html)


@pytest.mark.parametrize(
    "options, message",
    [
        ({"url": 5}, "url must be a str"),
        ({"url": b"https://example.com/"}, "url must be a str"),
        ({"filters": 5}, "filters must be"),
        ({"filters": ["##.a", 3]}, "filters lines must be str"),
        ({"scorer": 1}, "scorer must be a str"),
        ({"kinds": "ad"}, "kinds must be a list"),
        ({"kinds": 7}, "kinds must be a list"),
        ({"kinds": ["ad", None]}, "kinds must hold str"),
        ({"max_bytes": "10"}, "max_bytes must be an int"),
        ({"char_threshold": 1.5}, "char_threshold must be an int"),
    ],
    ids=lambda v: repr(v) if isinstance(v, dict) else "",
)
def test_options_of_another_type_are_type_errors(options: Dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        declutter.extract(PAGE, **options)


@pytest.mark.parametrize(
    "options, message",
    [
        ({"scorer": "best"}, "unknown scorer 'best'"),
        ({"markdown_header": "toml"}, "unknown markdown header 'toml'"),
        ({"kinds": ["ads"]}, "unknown clutter kind 'ads'"),
        ({"kinds": ["ad", "cookies"]}, "unknown clutter kind 'cookies'"),
        ({"max_bytes": -1}, "max_bytes must be a non-negative int"),
        ({"char_threshold": -5}, "char_threshold must be a non-negative int"),
        ({"max_bytes": 2**80}, "max_bytes must be a non-negative int"),
    ],
    ids=lambda v: repr(v) if isinstance(v, dict) else "",
)
def test_options_that_name_nothing_are_value_errors(options: Dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        declutter.extract(PAGE, **options)


def test_unknown_keywords_are_type_errors(tmp_path: Any) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        declutter.extract(PAGE, colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'url'"):
        declutter.iter_warc(tmp_path / "crawl.warc", url="https://example.com/")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="filters must be"):
        declutter.FilterList(42)  # type: ignore[arg-type]


def test_positional_options_are_refused() -> None:
    with pytest.raises(TypeError):
        declutter.extract(PAGE, None, "##.a")  # type: ignore[misc]


def test_input_over_the_limit_is_a_declutter_error() -> None:
    with pytest.raises(declutter.DeclutterError, match="more than the limit of 100 bytes"):
        declutter.extract(PAGE, max_bytes=100)
    with pytest.raises(declutter.DeclutterError):
        declutter.extract(PAGE.encode(), max_bytes=100)
    assert declutter.extract(PAGE, max_bytes=len(PAGE)).title == "Tide tables"
    assert issubclass(declutter.DeclutterError, Exception)
    assert not issubclass(declutter.DeclutterError, (TypeError, ValueError))


def test_the_default_limit_is_64_mb() -> None:
    huge = b"<p>" + b"a" * (64 * 1024 * 1024) + b"</p>"
    with pytest.raises(declutter.DeclutterError, match="67108864"):
        declutter.extract(huge)


def test_broken_encodings_give_replacement_characters() -> None:
    broken = PAGE.encode().replace(b"harbour", b"harb\xff\xfeour")
    article = declutter.extract(broken)
    assert "harb\ufffd\ufffdour" in article.text
    # A page that declares UTF-8 and is not.
    declared = b'<meta charset="utf-8">' + "Café au lait, crème brûlée. ".encode("latin-1") * 30
    assert "\ufffd" in declutter.extract(declared).text
    # Lone surrogates in a str (as `surrogateescape` leaves them) read as broken bytes.
    article = declutter.extract(PAGE.replace("harbour", "harb\udcffour"))
    assert "harb\ufffdour" in article.text or "harb\ufffd\ufffd\ufffdour" in article.text


@pytest.mark.parametrize(
    "html",
    [
        "",
        b"",
        "\x00" * 1000,
        "<" * 10000,
        "<div>" * 20000 + "deep" + "</div>" * 20000,
        "<table>" * 3000 + "<p>rows</p>",
        "<html><body><svg><foreignObject><math><mi><template shadowrootmode=open><slot>x",
        "<!-- unterminated comment" + " words" * 5000,
    ],
    ids=["empty-str", "empty-bytes", "nuls", "angles", "deep-divs", "nested-tables", "foreign", "comment"],
)
def test_hostile_markup_gives_an_article(html: Any) -> None:
    article = declutter.extract(html)
    assert isinstance(article.text, str)
    assert "<script" not in article.content


def test_random_bytes_give_an_article() -> None:
    rng = random.Random(22)
    for _ in range(20):
        data = bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 20000)))
        assert isinstance(declutter.extract(data).text, str)


def test_exceptions_leave_the_module_usable() -> None:
    for bad in ({"scorer": "best"}, {"kinds": "ad"}, {"max_bytes": 1}):
        with pytest.raises((TypeError, ValueError, declutter.DeclutterError)):
            declutter.extract(PAGE, **bad)
    assert declutter.extract(PAGE).title == "Tide tables"
