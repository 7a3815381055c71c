//! Helpers shared by the native integration tests.
//!
//! Every test file pulls this in with `mod common;`, and each uses only part of
//! it, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::path::PathBuf;

use declutter::{Article, ClutterKind, Options};
use scraper::{ElementRef, Html, Selector};

/// Absolute path of a file in `tests/fixtures/`.
pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name)
}

/// The text of a fixture.
pub fn fixture(name: &str) -> String {
    let path = fixture_path(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

pub fn options(url: Option<&str>) -> Options {
    Options {
        url: url.map(str::to_owned),
        ..Options::default()
    }
}

/// Runs `extract` and fails the test on an error.
pub fn extract_html(html: &str, url: Option<&str>) -> Article {
    declutter::extract(html, &options(url)).unwrap_or_else(|e| panic!("extract failed: {e}"))
}

pub fn extract_fixture(name: &str, url: Option<&str>) -> Article {
    extract_html(&fixture(name), url)
}

/// Runs `extract_bytes` and fails the test on an error.
pub fn extract_raw(bytes: &[u8], url: Option<&str>) -> Article {
    declutter::extract_bytes(bytes, &options(url))
        .unwrap_or_else(|e| panic!("extract_bytes failed: {e}"))
}

/// The blocks of `Article::text` (separated by a blank line).
pub fn blocks(text: &str) -> Vec<&str> {
    text.split("\n\n").collect()
}

/// True for a string made only of (Unicode) white space, NBSP and zero-width characters.
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}')
    })
}

/// Collapses every run of white space (NBSP included) into one space and trims.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses an HTML fragment such as `Article::content`.
pub fn parse(content: &str) -> Html {
    Html::parse_fragment(content)
}

pub fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"))
}

pub fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&sel(css)).collect()
}

/// Text of an element, white space squashed.
pub fn text_of(el: ElementRef<'_>) -> String {
    squash(&el.text().collect::<String>())
}

/// Text of an element exactly as in the tree (for `<pre>`).
pub fn raw_text_of(el: ElementRef<'_>) -> String {
    el.text().collect()
}

/// The visible text of an HTML fragment, white space squashed.
pub fn visible_text(content: &str) -> String {
    let doc = parse(content);
    squash(&doc.root_element().text().collect::<String>())
}

/// Asserts that `needle` occurs nowhere in the article's text, Markdown or HTML content.
pub fn assert_absent(article: &Article, needle: &str) {
    let content_text = visible_text(&article.content);
    assert!(
        !article.text.contains(needle),
        "clutter {needle:?} survived in text:\n{}",
        article.text
    );
    assert!(
        !content_text.contains(needle),
        "clutter {needle:?} survived in content:\n{}",
        article.content
    );
    assert!(
        !article.content.contains(needle),
        "clutter {needle:?} survived in content:\n{}",
        article.content
    );
    assert!(
        !article.markdown.contains(needle),
        "clutter {needle:?} survived in markdown:\n{}",
        article.markdown
    );
}

pub fn assert_all_absent(article: &Article, needles: &[&str]) {
    for needle in needles {
        assert_absent(article, needle);
    }
}

/// Asserts that every needle occurs in `haystack`, each after the previous one.
pub fn assert_in_order(haystack: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match haystack[from..].find(needle) {
            Some(pos) => from += pos + needle.len(),
            None => {
                if haystack.contains(needle) {
                    panic!("{needle:?} is out of order in:\n{haystack}");
                }
                panic!("{needle:?} is missing from:\n{haystack}");
            }
        }
    }
}

/// Asserts that `removed` holds at least one block of `kind`, and that every entry of that kind
/// explains itself.
pub fn assert_removed_kind(article: &Article, kind: ClutterKind) {
    let of_kind: Vec<_> = article.removed.iter().filter(|r| r.kind == kind).collect();
    assert!(
        !of_kind.is_empty(),
        "no removed block of kind {kind:?}; removed: {:#?}",
        article
            .removed
            .iter()
            .map(|r| (&r.kind, &r.reason, r.text_length))
            .collect::<Vec<_>>()
    );
    for r in of_kind {
        assert!(
            !r.reason.trim().is_empty(),
            "removed {kind:?} block without a reason: {r:?}"
        );
    }
}

/// True if a URL attribute value would run script once a browser has normalised it
/// (ASCII white space and control characters removed, case folded).
pub fn is_script_url(value: &str) -> bool {
    let v: String = value
        .chars()
        .filter(|c| !(c.is_ascii_whitespace() || c.is_ascii_control()))
        .collect::<String>()
        .to_ascii_lowercase();
    v.starts_with("javascript:")
        || v.starts_with("vbscript:")
        || v.starts_with("livescript:")
        || v.starts_with("data:text/html")
}

/// Lines of `markdown` with trailing white space removed.
pub fn md_lines(markdown: &str) -> Vec<&str> {
    markdown.lines().map(str::trim_end).collect()
}

/// Splits one GFM table row into its cells, keeping escaped pipes (`\|`) inside the cell text.
/// Returns `None` for a line that holds no unescaped pipe.
pub fn gfm_cells(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut pipes = 0;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                cell.push(c);
                if let Some(next) = chars.next() {
                    cell.push(next);
                }
            }
            '|' => {
                pipes += 1;
                cells.push(std::mem::take(&mut cell));
            }
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    if pipes == 0 {
        return None;
    }
    if line.starts_with('|') {
        cells.remove(0);
    }
    if line.ends_with('|') && !line.ends_with("\\|") {
        cells.pop();
    }
    Some(cells.into_iter().map(|c| c.trim().to_owned()).collect())
}

fn is_delimiter_row(cells: &[String]) -> bool {
    !cells.is_empty()
        && cells.iter().all(|c| {
            let c = c.trim_start_matches(':').trim_end_matches(':');
            c.len() >= 3 && c.chars().all(|ch| ch == '-')
        })
}

/// Finds the GFM table whose first header cell is `first_header` and returns its header row
/// followed by its body rows (the delimiter row left out). Panics with the Markdown if there is none.
pub fn gfm_table(markdown: &str, first_header: &str) -> Vec<Vec<String>> {
    let lines = md_lines(markdown);
    for (i, line) in lines.iter().enumerate() {
        let Some(header) = gfm_cells(line) else {
            continue;
        };
        if header.first().map(String::as_str) != Some(first_header) {
            continue;
        }
        let delimiter = lines.get(i + 1).and_then(|l| gfm_cells(l));
        match delimiter {
            Some(d) if is_delimiter_row(&d) => {
                assert_eq!(
                    d.len(),
                    header.len(),
                    "delimiter row and header differ in width:\n{markdown}"
                );
            }
            _ => panic!("table header {line:?} is not followed by a delimiter row:\n{markdown}"),
        }
        let mut rows = vec![header];
        for body in &lines[i + 2..] {
            if body.trim().is_empty() {
                break;
            }
            match gfm_cells(body) {
                Some(cells) => rows.push(cells),
                None => break,
            }
        }
        return rows;
    }
    panic!("no GFM table with first header cell {first_header:?} in markdown:\n{markdown}");
}

/// The contents of the fenced code blocks of `markdown` whose info string starts with `lang`
/// (`None`: every fenced block). Back-tick and tilde fences of any length are understood.
pub fn fenced_blocks(markdown: &str, lang: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if indent > 3 {
            continue;
        }
        let rest = &line[indent..];
        let fence_char = match rest.chars().next() {
            Some(c @ ('`' | '~')) => c,
            _ => continue,
        };
        let fence_len = rest.chars().take_while(|&c| c == fence_char).count();
        if fence_len < 3 {
            continue;
        }
        let info = rest[fence_len..].trim();
        let mut body = Vec::new();
        let mut closed = false;
        for inner in lines.by_ref() {
            let t = inner.trim_start_matches(' ');
            let n = t.chars().take_while(|&c| c == fence_char).count();
            if n >= fence_len && t[n..].trim().is_empty() && inner.len() - t.len() <= 3 {
                closed = true;
                break;
            }
            // Content lines lose at most the opening fence's indentation.
            let strip = inner.len() - inner.trim_start_matches(' ').len();
            body.push(&inner[strip.min(indent)..]);
        }
        assert!(closed, "unclosed code fence in markdown:\n{markdown}");
        let word = info.split_whitespace().next().unwrap_or("");
        if lang.is_none_or(|l| word == l) {
            out.push(body.join("\n"));
        }
    }
    out
}

/// Asserts that `markdown` has a fenced block with info string `lang` whose content is exactly `code`.
pub fn assert_fenced(markdown: &str, lang: &str, code: &str) {
    let found = fenced_blocks(markdown, Some(lang));
    assert!(
        found.iter().any(|b| b == code),
        "no ```{lang} block holding exactly\n{code}\n--- fenced {lang} blocks found: {found:#?}\n--- markdown:\n{markdown}"
    );
}

/// Asserts `article.length` and `reading_minutes` agree with `text`.
pub fn assert_length_consistent(article: &Article) {
    assert_eq!(
        article.length,
        article.text.chars().count(),
        "length must count the characters of text"
    );
    if article.length > 0 {
        assert!(
            article.reading_minutes >= 1,
            "a non-empty article takes at least a minute"
        );
    }
}

/// English prose shared by the small pages built inside the tests (several paragraphs of
/// 300+ characters each, so that every page is plausibly an article).
pub const PROSE_EN: [&str; 4] = [
    "Night trains were written off across much of Europe a decade ago. Budget airlines had undercut them on price, rail operators saw them as loss-making relics, and one by one the sleeper services that once linked Paris with Rome, Amsterdam with Copenhagen and Berlin with Warsaw disappeared from the timetables, often with only a few weeks of notice for the people who still relied on them.",
    "The revival began quietly in Austria. When the German operator gave up its sleeper network in 2016, the Austrian federal railways bought part of the rolling stock and kept several routes running under a new brand. Passenger numbers exceeded expectations, and within a few years the company was ordering new carriages with compact private cabins, showers and step-free access for wheelchair users.",
    "Other operators have followed, encouraged by travellers who want to avoid short flights and by governments looking for ways to cut transport emissions. New services now run from Brussels to Prague, from Stockholm to Hamburg and from Paris to Vienna, and several start-ups have announced plans for routes that would use leased locomotives and refurbished carriages bought from operators elsewhere.",
    "The obstacles remain considerable. Track access charges differ from country to country, many stations close at night, and a single missing carriage can force a whole train to be cancelled because there are so few spares. Operators say that without common rules on ticketing and passenger rights, night trains will stay a niche product, loved by those who use them but too fragile to replace flying.",
];

/// A plausible article page around `PROSE_EN`: `head` goes into `<head>` after the charset,
/// `header` into the article before the first paragraph.
pub fn article_page(lang: &str, head: &str, header: &str) -> String {
    let paras: String = PROSE_EN
        .iter()
        .map(|p| format!("      <p>{p}</p>\n"))
        .collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{head}
<link rel="stylesheet" href="/assets/site.css">
</head>
<body class="post-template">
  <header class="site-header">
    <a class="site-logo" href="/">Rail Journal</a>
    <nav class="site-nav"><ul><li><a href="/news/">News</a></li><li><a href="/features/">Features</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/about/">About us</a></li></ul></nav>
  </header>
  <main class="site-main">
    <article class="post">
{header}
      <div class="post-content">
{paras}      </div>
    </article>
  </main>
  <footer class="site-footer"><p>Copyright 2024 Rail Journal Ltd. All rights reserved.</p><a href="/privacy/">Privacy policy</a></footer>
</body>
</html>
"#
    )
}
