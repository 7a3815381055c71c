#![cfg(not(target_arch = "wasm32"))]
//! The public entry points on unusual input: `is_probably_readerable`, broken and degenerate
//! HTML (never a panic), deep nesting, size limits, determinism and the derived numbers.
mod common;

use common::*;
use declutter::{extract, is_probably_readerable, Error, Options};

const FIXTURES: [&str; 8] = [
    "portal-news-page.html",
    "news-with-clutter.html",
    "tech-blog-post.html",
    "rtl-arabic-article.html",
    "lazy-images.html",
    "sanitize-article.html",
    "metadata-jsonld-graph.html",
    "release-notes.html",
];

#[test]
fn article_pages_are_readerable() {
    for name in FIXTURES {
        assert!(
            is_probably_readerable(&fixture(name)),
            "{name} should be readerable"
        );
    }
}

#[test]
fn link_lists_and_forms_are_not_readerable() {
    let home = r#"<!DOCTYPE html><html lang="en"><head><title>Rail Journal</title></head><body>
<header><a href="/">Rail Journal</a><nav><a href="/news/">News</a> <a href="/features/">Features</a> <a href="/opinion/">Opinion</a></nav></header>
<main>
  <section><h2>Latest</h2><ul>
    <li><a href="/a">The quiet comeback of the night train in Europe</a></li>
    <li><a href="/b">Why the Brenner base tunnel is late again</a></li>
    <li><a href="/c">Ten scenic rail routes for the summer</a></li>
    <li><a href="/d">Can high-speed rail pay for itself?</a></li>
  </ul></section>
  <section><h2>Most read</h2><ol><li><a href="/e">Strike dates announced</a></li><li><a href="/f">New timetable explained</a></li></ol></section>
</main>
<footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>"#;
    assert!(!is_probably_readerable(home));

    let login = r#"<!DOCTYPE html><html><head><title>Sign in</title></head><body>
<form action="/login" method="post"><h1>Sign in</h1><label>Email <input name="email"></label>
<label>Password <input type="password" name="password"></label><button>Sign in</button>
<p><a href="/reset">Forgot your password?</a></p></form></body></html>"#;
    assert!(!is_probably_readerable(login));
    assert!(!is_probably_readerable(""));
}

#[test]
fn degenerate_input_does_not_panic() {
    let inputs = [
        "",
        "   \n\t ",
        "plain text without any markup at all",
        "<",
        "<<<>>>",
        "</div></div></p>",
        "<!DOCTYPE html>",
        "<html>",
        "<html><head><title></title></head><body></body></html>",
        "<!-- unterminated comment",
        "<p>unclosed <b>bold <i>italic <a href='x",
        "<table><tr><td><table><tr><td>nested<p>para</table>",
        "<script>never closed",
        "<style>never closed",
        "<title>only a title</title>",
        "<svg><foreignObject><p>inside svg</p></foreignObject></svg>",
        "<math><mi>x</mi><annotation-xml encoding='text/html'><p>hi</p></annotation-xml></math>",
        "<frameset><frame src='a.html'></frameset>",
        "<p>\u{0}\u{1}\u{b}\u{7f}\u{fffe}\u{ffff}</p>",
        "<img src=\"data:image/gif;base64,\" data-src=\"::::\" srcset=\", , ,\">",
        "<a href=\"http://[::1\">broken url</a><a href=\"http://exa mple.com/\">spaces</a>",
        "<html dir=\"sideways\" lang=\"\"><body><p>odd attributes</p></body></html>",
        "<script type=\"application/ld+json\">{\"@graph\": [null, 1, \"x\", {\"@type\": []}, {\"author\": {\"name\": null}}]}</script><p>text</p>",
        "<meta charset=\"utf-16\"><p>declared utf-16 in a string</p>",
        "<base href=\"javascript:alert(1)\"><a href=\"x\">link</a>",
    ];
    for (i, html) in inputs.iter().enumerate() {
        for url in [None, Some("https://example.org/a/b"), Some("not a url")] {
            let result = std::panic::catch_unwind(|| {
                let _ = extract(html, &options(url));
                let _ = is_probably_readerable(html);
                let _ = declutter::extract_bytes(html.as_bytes(), &options(url));
            });
            assert!(
                result.is_ok(),
                "input {i} ({html:?}) with url {url:?} panicked"
            );
        }
    }
}

#[test]
fn truncated_fixtures_do_not_panic() {
    for name in FIXTURES {
        let html = fixture(name);
        let mut cut = 0;
        while cut < html.len() {
            let end = (0..=cut).rev().find(|&i| html.is_char_boundary(i)).unwrap();
            let _ = extract(&html[..end], &options(Some("https://example.org/")));
            cut += html.len() / 7 + 1;
        }
    }
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    // Tree walks must be iterative; run on a thread with a small stack to make recursion show.
    let depth = 10_000;
    let mut html = String::from("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
    for _ in 0..depth {
        html.push_str("<div class=\"wrap\">");
    }
    html.push_str("<p>");
    html.push_str(PROSE_EN[0]);
    html.push_str("</p><p>");
    html.push_str(PROSE_EN[1]);
    html.push_str("</p>");
    for _ in 0..depth {
        html.push_str("</div>");
    }
    html.push_str("</body></html>");
    let handle = std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(move || {
            let a = extract(&html, &options(None)).expect("extract");
            let _ = is_probably_readerable(&html);
            a
        })
        .unwrap();
    let a = handle
        .join()
        .expect("extraction of a deeply nested page must not overflow the stack");
    assert!(a.text.contains(PROSE_EN[0]), "text:\n{}", a.text);
    assert!(a.text.contains(PROSE_EN[1]));
}

#[test]
fn size_limit_is_enforced() {
    let html = fixture("tech-blog-post.html");
    let opts = Options {
        max_bytes: 1024,
        ..Options::default()
    };
    assert_eq!(
        extract(&html, &opts),
        Err(Error::TooLarge {
            size: html.len(),
            limit: 1024
        })
    );
    let just_enough = Options {
        max_bytes: html.len(),
        ..Options::default()
    };
    assert!(extract(&html, &just_enough).is_ok());
}

#[test]
fn extraction_is_deterministic() {
    for name in ["portal-news-page.html", "news-with-clutter.html"] {
        let html = fixture(name);
        let a = extract(&html, &options(Some("https://example.org/x"))).unwrap();
        let b = extract(&html, &options(Some("https://example.org/x"))).unwrap();
        assert_eq!(a, b, "{name}: two runs differ");
    }
}

#[test]
fn length_is_counted_in_characters_of_text() {
    for name in FIXTURES {
        let a = extract_fixture(name, Some("https://example.org/article"));
        assert_length_consistent(&a);
    }
}

#[test]
fn reading_time_grows_with_the_text() {
    let short = extract_html(&article_page("en", "<title>Short</title>", ""), None);
    // The same page with eight times the prose (numbered so no paragraph repeats).
    let paras: String = (1..=8)
        .flat_map(|round| {
            PROSE_EN
                .iter()
                .map(move |p| format!("<p>Part {round}. {p}</p>\n"))
        })
        .collect();
    let long_html = article_page("en", "<title>Long</title>", &paras);
    let long = extract_html(&long_html, None);
    assert_length_consistent(&short);
    assert_length_consistent(&long);
    assert!(
        long.length > 8 * short.length / 2,
        "the long page lost text: {} vs {}",
        long.length,
        short.length
    );
    assert!(
        short.reading_minutes >= 1 && short.reading_minutes <= 3,
        "about 280 words: {} minutes",
        short.reading_minutes
    );
    assert!(
        long.reading_minutes >= 6 && long.reading_minutes <= 20,
        "about 2,400 words: {} minutes",
        long.reading_minutes
    );
    assert!(long.reading_minutes > short.reading_minutes);
}

#[test]
fn short_article_is_still_found() {
    // Below the default char_threshold: the engine retries with gentler rules instead of
    // returning nothing.
    let html = r#"<!DOCTYPE html><html lang="en"><head><title>Library hours change | Town News</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/events">Events</a></nav>
<div class="content"><div class="story">
<h1>Library hours change</h1>
<p>From next Monday the town library will open at nine instead of ten on weekdays, and stay open until eight on Thursdays.</p>
<p>The change follows a survey in which most readers asked for earlier opening.</p>
</div></div>
<footer><a href="/contact">Contact</a></footer></body></html>"#;
    let a = extract_html(html, None);
    assert!(
        a.text.contains(
            "From next Monday the town library will open at nine instead of ten on weekdays"
        ),
        "text:\n{}",
        a.text
    );
    assert!(
        a.text.contains("most readers asked for earlier opening"),
        "text:\n{}",
        a.text
    );
    assert!(!a.text.contains("Events"), "text:\n{}", a.text);
}
