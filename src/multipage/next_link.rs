//! The link to an article's next page.
//!
//! Candidates, strongest first: `<link rel=next>`, an anchor with `rel=next`, a "Next"/"Weiter"/
//! "Suivant"/... link in a pagination block, the number after the current page's in one, and a
//! "next page" phrase anywhere. A candidate only counts when it stays on the same origin and its
//! URL is the first page's with a page marker (`/2`, `-2.html`, `/page/2`, `?page=2`): WordPress
//! marks the link to the next *post* `rel=next` too, and that is another article.
use scraper::{ElementRef, Html};

use super::words::{
    normalize, page_number, pager_counts, MAX_PAGE_NUMBER, NEXT_PAGE_PHRASES, NEXT_PHRASES,
    PAGE_PARAMETERS, PAGINATION_NAMES, URL_PAGE_WORDS,
};
use crate::clean::urls::{UrlResolver, UrlUse};

/// How a candidate says "next page"; earlier variants are trusted more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Signal {
    LinkRel,
    AnchorRel,
    PagerWord,
    PagerNumber,
    PagePhrase,
}

struct Candidate {
    href: String,
    signal: Signal,
}

/// Ancestors looked at for a pagination block: pagers wrap their links in a list item, a list
/// and a `<nav>` or `<div>` at most, so five levels reach the block.
const PAGER_DEPTH: usize = 5;

/// Extensions a page URL may end in before its page marker (`story-2.html`).
const PAGE_EXTENSIONS: &[&str] = &["html", "htm", "shtml", "php", "asp", "aspx", "jsp"];

/// The URL of the page after `page_url` in `html`, if it has one that belongs to the article that
/// starts at `first_url` (the chain's first page; `page_url` itself for page 1).
pub fn next_page_url(html: &str, page_url: &str, first_url: &str) -> Option<String> {
    let doc = crate::parse::parse_document(html);
    let current = PageUrl::parse(page_url)?;
    let first = PageUrl::parse(first_url).unwrap_or_else(|| current.clone());
    let urls = UrlResolver::new(Some(page_url), base_href(&doc).as_deref());
    let number = current_page(&doc).or(current.page).unwrap_or(1);
    let mut candidates = candidates(&doc, number);
    candidates.sort_by_key(|candidate| candidate.signal);
    candidates
        .into_iter()
        .filter_map(|candidate| urls.resolve(&candidate.href, UrlUse::Link))
        .filter_map(|url| PageUrl::parse(&url).map(|parsed| (url, parsed)))
        .find(|(_, next)| next.continues(&current, &first))
        .map(|(url, _)| without_fragment(&url).to_string())
}

fn base_href(doc: &Html) -> Option<String> {
    elements(doc)
        .find(|element| element.value().name() == "base")
        .and_then(|base| base.value().attr("href"))
        .map(str::to_string)
}

fn elements(doc: &Html) -> impl Iterator<Item = ElementRef<'_>> {
    doc.tree.root().descendants().filter_map(ElementRef::wrap)
}

/// Every link that may lead to the next page, in document order.
fn candidates(doc: &Html, current: u32) -> Vec<Candidate> {
    let mut found = Vec::new();
    for element in elements(doc) {
        let Some(href) = element.value().attr("href") else {
            continue;
        };
        let mut push = |signal| {
            found.push(Candidate {
                href: href.to_string(),
                signal,
            })
        };
        let name = element.value().name();
        if name == "link" && has_rel_next(element) {
            push(Signal::LinkRel);
        }
        if name != "a" {
            continue;
        }
        let text: String = element.text().collect();
        let label = normalize(&link_label(element, &text));
        if has_rel_next(element) {
            push(Signal::AnchorRel);
        }
        if in_pager(element) {
            if NEXT_PHRASES.contains(&label.as_str()) {
                push(Signal::PagerWord);
            } else if page_number(&text) == Some(current + 1) {
                push(Signal::PagerNumber);
            }
        }
        if NEXT_PAGE_PHRASES.contains(&label.as_str()) {
            push(Signal::PagePhrase);
        }
    }
    found
}

fn has_rel_next(element: ElementRef) -> bool {
    element.value().attr("rel").is_some_and(|rel| {
        rel.split_ascii_whitespace()
            .any(|token| token.eq_ignore_ascii_case("next"))
    })
}

/// What a link says: its text, else (icon links) its `aria-label` or `title`.
fn link_label(element: ElementRef, text: &str) -> String {
    if !normalize(text).is_empty() {
        return text.to_string();
    }
    let attr = |name| element.value().attr(name).filter(|v| !v.trim().is_empty());
    attr("aria-label")
        .or_else(|| attr("title"))
        .unwrap_or_default()
        .to_string()
}

/// Whether the element sits in a pagination block.
fn in_pager(element: ElementRef) -> bool {
    std::iter::once(element)
        .chain(element.ancestors().filter_map(ElementRef::wrap))
        .take(PAGER_DEPTH + 1)
        .any(is_pager)
}

/// A pagination block by name (class, id, `aria-label`), or by what it says: two or more links and
/// nothing but page numbers and pager words ("Seite: 1 2 3 Weiter »").
fn is_pager(element: ElementRef) -> bool {
    let named = ["class", "id", "aria-label"].iter().any(|name| {
        element.value().attr(name).is_some_and(|value| {
            let value = value.to_lowercase();
            PAGINATION_NAMES.iter().any(|token| value.contains(token))
        })
    });
    named || says_pager(element)
}

/// A pager is a line of numbers and a few words; longer text is the story (and stopping early
/// keeps the check cheap on the big containers above each link).
const MAX_PAGER_TEXT: usize = 200;

fn says_pager(element: ElementRef) -> bool {
    let mut text = String::new();
    for piece in element.text() {
        text.push_str(piece);
        if text.len() > MAX_PAGER_TEXT {
            return false;
        }
    }
    let links = element
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "a")
        .count();
    links >= 2 && pager_counts(&text).is_some_and(|(numbers, _)| numbers >= 2)
}

/// The page number the page's own pager marks as current (`aria-current="page"`, or a
/// `current`/`active` class on a number).
fn current_page(doc: &Html) -> Option<u32> {
    elements(doc)
        .filter(|element| {
            let value = element.value();
            value.attr("aria-current") == Some("page")
                || value.attr("class").is_some_and(|class| {
                    class
                        .split_ascii_whitespace()
                        .any(|c| c.contains("current") || c == "active")
                })
        })
        .filter(|element| in_pager(*element))
        .find_map(|element| page_number(&element.text().collect::<String>()))
}

fn without_fragment(url: &str) -> &str {
    url.split('#').next().unwrap_or(url)
}

/// The parts of an absolute URL that decide whether it is another page of the same article.
#[derive(Debug, Clone, PartialEq)]
struct PageUrl {
    /// `scheme://host:port`, lowercase.
    origin: String,
    /// The path without trailing slash and without a page extension.
    path: String,
    /// Query parameters other than the page ones, in order.
    query: Vec<String>,
    /// The page number in a page parameter (`?page=2`) or a path marker, when there is one.
    page: Option<u32>,
    /// The path without its page marker, when it has one.
    marker_base: Option<String>,
    /// Query with fragment, as written (tells two pages of one path apart).
    full_query: String,
}

impl PageUrl {
    fn parse(url: &str) -> Option<PageUrl> {
        let url = without_fragment(url);
        let (scheme, rest) = url.split_once("://")?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return None;
        }
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        let host = authority
            .rsplit('@')
            .next()
            .unwrap_or(authority)
            .to_ascii_lowercase();
        let (path, query) = match rest[authority_end..].split_once('?') {
            Some((path, query)) => (path, query),
            None => (&rest[authority_end..], ""),
        };
        let path = strip_extension(path.trim_end_matches('/')).to_string();
        let (query, query_page) = split_query(query);
        let marker = split_marker(&path);
        Some(PageUrl {
            origin: format!("{scheme}://{host}"),
            page: query_page.or(marker.map(|(_, n)| n)),
            marker_base: marker.map(|(base, _)| base.to_string()),
            path,
            query,
            full_query: url
                .split_once('?')
                .map(|(_, q)| q)
                .unwrap_or("")
                .to_string(),
        })
    }

    /// Whether this URL is a further page of the article that starts at `first`, seen from the
    /// page at `current`.
    fn continues(&self, current: &PageUrl, first: &PageUrl) -> bool {
        if self.origin != first.origin || self == current || self == first {
            return false;
        }
        let small = |n: Option<u32>| n.is_some_and(|n| n <= MAX_PAGE_NUMBER);
        // `?page=2` on the same path with the same other parameters.
        let same_path = self.path == first.path && self.query == first.query;
        // The first page's path plus a marker: `/story` → `/story/2`, `/story-123-2.html`.
        let marked = self.marker_base.as_deref() == Some(first.path.as_str()) && small(self.page);
        // Both numbered alike: `/story/1` → `/story/2` (page numbers, not article ids).
        let siblings = self.marker_base.is_some()
            && self.marker_base == first.marker_base
            && small(self.page)
            && small(first.page);
        (same_path && self.full_query != current.full_query) || marked || siblings
    }
}

fn strip_extension(path: &str) -> &str {
    let last_segment = path.rsplit('/').next().unwrap_or(path);
    match last_segment.rsplit_once('.') {
        Some((_, extension))
            if PAGE_EXTENSIONS.contains(&extension.to_ascii_lowercase().as_str()) =>
        {
            &path[..path.len() - extension.len() - 1]
        }
        _ => path,
    }
}

/// The query's parameters without the page ones, and the page number among them.
fn split_query(query: &str) -> (Vec<String>, Option<u32>) {
    let mut kept = Vec::new();
    let mut page = None;
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = key.to_ascii_lowercase();
        if PAGE_PARAMETERS.contains(&key.as_str()) {
            // An offset (`start=20`) is no page number.
            if key != "start" && key != "offset" {
                page = value.parse().ok();
            }
        } else {
            kept.push(pair.to_string());
        }
    }
    (kept, page)
}

/// A path's trailing page marker: `/story/2` → (`/story`, 2), `/story/page/3` → (`/story`, 3),
/// `/story-123_p2` → (`/story-123`, 2). At most three digits: longer numbers are ids.
fn split_marker(path: &str) -> Option<(&str, u32)> {
    let digits = path.len() - path.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let number: u32 = path[path.len() - digits..].parse().ok()?;
    let rest = &path[..path.len() - digits];
    let is_separator = |c: char| matches!(c, '/' | '-' | '_' | ',' | '=' | '.');
    let base = match rest.strip_suffix(is_separator) {
        Some(base) => strip_page_word(base).unwrap_or(base),
        None => strip_page_word(rest)?,
    };
    (base.len() > 1).then_some((base, number))
}

/// `…/page` → `…`: a URL page word preceded by a separator.
fn strip_page_word(path: &str) -> Option<&str> {
    URL_PAGE_WORDS.iter().find_map(|word| {
        let at = path.len().checked_sub(word.len())?;
        let (base, tail) = path.split_at_checked(at)?;
        let base = base.strip_suffix(['/', '-', '_'])?;
        tail.eq_ignore_ascii_case(word).then_some(base)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn next(html: &str, url: &str) -> Option<String> {
        next_page_url(html, url, url)
    }

    #[test]
    fn page_markers_are_found_in_paths() {
        assert_eq!(split_marker("/news/story/2"), Some(("/news/story", 2)));
        assert_eq!(split_marker("/news/story/page/3"), Some(("/news/story", 3)));
        assert_eq!(
            split_marker("/news/story-123_p2"),
            Some(("/news/story-123", 2))
        );
        assert_eq!(split_marker("/news/seite-4"), Some(("/news", 4)));
        assert_eq!(split_marker("/news/story-20240517"), None);
        assert_eq!(split_marker("/news/story"), None);
        assert_eq!(split_marker("/2"), None);
    }

    #[test]
    fn link_rel_next_wins() {
        let html = r#"<html><head><link rel="next" href="/story/2"></head><body><div class="pagination"><a href="/story/3">3</a></div></body></html>"#;
        assert_eq!(
            next(html, "https://example.com/story").as_deref(),
            Some("https://example.com/story/2")
        );
    }

    #[test]
    fn pager_words_in_several_languages() {
        for word in [
            "Weiter »",
            "Nächste Seite",
            "Suivant",
            "Siguiente",
            "Successivo",
            "Next →",
        ] {
            let html = format!(
                r#"<body><p>Text</p><nav class="pager"><a href="/a/story-9.html">1</a> <a href="/a/story-9-2.html">{word}</a></nav></body>"#
            );
            assert_eq!(
                next(&html, "https://example.com/a/story-9.html").as_deref(),
                Some("https://example.com/a/story-9-2.html"),
                "{word}"
            );
        }
    }

    #[test]
    fn numbered_links_follow_the_current_page() {
        let html = r#"<body><ul class="page-numbers"><li><a href="?id=7">1</a></li><li><span aria-current="page">2</span></li><li><a href="?id=7&amp;page=3">3</a></li><li><a href="?id=7&amp;page=4">4</a></li></ul></body>"#;
        assert_eq!(
            next(html, "https://example.com/read?id=7&page=2").as_deref(),
            Some("https://example.com/read?id=7&page=3")
        );
    }

    #[test]
    fn the_next_post_and_other_sites_are_not_pages() {
        let html = r#"<head><link rel="next" href="https://other.example/story/2"></head><body>
            <nav class="navigation post-navigation"><div class="nav-links"><a rel="next" href="/2024/05/another-story/">Next post: Another story</a><a href="/2024/05/another-story/">Next</a></div></nav>
            <a href="/about">next page</a></body>"#;
        assert_eq!(next(html, "https://example.com/2024/05/this-story/"), None);
    }

    #[test]
    fn article_ids_are_not_page_numbers() {
        let html =
            r#"<body><div class="pagination"><a href="/news/story-124.html">Next</a></div></body>"#;
        assert_eq!(next(html, "https://example.com/news/story-123.html"), None);
    }

    #[test]
    fn the_current_page_is_no_next_page() {
        let html = r##"<body><div class="pagination"><a href="#top">Next</a><a href="/story/2#comments">Weiter</a></div></body>"##;
        assert_eq!(next(html, "https://example.com/story/2"), None);
    }
}
