//! One article from the articles of its pages.
//!
//! Page 1 gives the metadata (title, byline, site, date, language, lead image) and its removed
//! blocks; every page gives its body. Before a later page's body is appended, the blocks at its
//! top that repeat page 1 go: the headline again (often with "Seite 2"), the byline, a standfirst
//! or lead figure printed on every page, a "Page 2 of 3" line. Pagination blocks at the top and
//! bottom of every page go too (the core's `pagination` and `pager` class rules catch most pagers,
//! but not a bare "1 2 3 Next »" paragraph inside the story). A page whose blocks were cut is
//! run through [`extract`] again as a fragment, so its text and Markdown match its HTML.
use super::blocks::{has_link, text_of, Blocks};
use super::words::{normalize, pager_counts, PAGER_WORDS};
use crate::output::header::{split_header, MarkdownHeader};
use crate::{extract, Article, Options};

/// Blocks at the top of page 1 that later pages may repeat (standfirst, author box, lead figure,
/// "listen to this article": they sit among the first few).
const HEADER_BLOCKS: usize = 8;
/// At most this many blocks at the top of a later page are dropped as repeats: a page that repeats
/// more than that is not repeating a header.
const MAX_REPEATED: usize = 6;
/// Pagination blocks looked for at either end of a page (a pager, a "page 2 of 3" line and a
/// "continue" link at most).
const PAGER_BLOCKS: usize = 3;
/// Words a byline line may have besides the name ("By", a date, a role).
const BYLINE_EXTRA_WORDS: usize = 6;

/// One page's share of the joined article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Part {
    /// Sanitized HTML, appended after the previous page's.
    pub content: String,
    pub text: String,
    pub markdown: String,
}

/// Joins pages one at a time, as they arrive.
#[derive(Debug, Clone)]
pub struct Joiner {
    first: Article,
    /// Keys (see [`key_of`]) of page 1's first blocks.
    header_keys: Vec<String>,
    parts: Vec<Part>,
}

impl Joiner {
    /// Starts with page 1 (its pagination blocks go).
    pub fn new(first: Article) -> Joiner {
        let header_keys = Blocks::of(&first.content)
            .items
            .iter()
            .filter(|item| !item.trim().is_empty())
            .take(HEADER_BLOCKS)
            .map(|item| key_of(item))
            .collect();
        let mut joiner = Joiner {
            first,
            header_keys,
            parts: Vec::new(),
        };
        let part = joiner.part_of(&joiner.first, false);
        joiner.parts.push(part);
        joiner
    }

    /// Appends the next page; returns what it adds.
    pub fn add(&mut self, page: &Article) -> &Part {
        let part = self.part_of(page, true);
        self.parts.push(part);
        &self.parts[self.parts.len() - 1]
    }

    /// What each page contributes, page 1 first.
    pub fn parts(&self) -> &[Part] {
        &self.parts
    }

    /// The joined article.
    pub fn article(&self) -> Article {
        let content = self
            .parts
            .iter()
            .map(|part| part.content.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let text = joined(self.parts.iter().map(|part| part.text.as_str()), "\n\n");
        // Page 1's header (title, byline, source) once, before every page's body.
        let header = split_header(&self.first.markdown).0;
        let markdown = joined(self.parts.iter().map(|part| part.markdown.as_str()), "\n\n");
        let markdown = match (header.is_empty(), markdown.is_empty()) {
            (_, true) => header.to_string(),
            (true, false) => markdown + "\n",
            (false, false) => format!("{header}\n{markdown}\n"),
        };
        Article {
            length: text.chars().count(),
            reading_minutes: crate::article::reading_minutes(&text),
            content,
            text,
            markdown,
            ..self.first.clone()
        }
    }

    /// The page's body without pagination blocks and, for later pages, without repeats.
    fn part_of(&self, page: &Article, later: bool) -> Part {
        let blocks = Blocks::of(&page.content);
        let items = &blocks.items;
        let start = leading_cut(items, |item, index| {
            is_pager(item) || (later && index < MAX_REPEATED && self.repeats(item))
        });
        let end = items.len() - trailing_cut(&items[start..], is_pager);
        let cut = items[..start]
            .iter()
            .chain(&items[end..])
            .any(|item| !item.trim().is_empty());
        if !cut {
            return Part {
                content: page.content.clone(),
                text: page.text.clone(),
                markdown: split_header(&page.markdown).1.to_string(),
            };
        }
        let kept = format!(
            "{}{}{}",
            blocks.before,
            items[start..end].concat(),
            blocks.after
        );
        reextracted(&kept)
    }

    /// Whether a block at the top of a later page repeats page 1's header.
    fn repeats(&self, item: &str) -> bool {
        let text = text_of(item);
        self.header_keys.contains(&key_of(item))
            || is_title(&text, &self.first.title)
            || self
                .first
                .byline
                .as_deref()
                .is_some_and(|byline| is_byline(&text, byline))
    }
}

/// Joins articles of consecutive pages (page 1 first); `None` for no pages.
pub fn join(pages: &[Article]) -> Option<Article> {
    let (first, rest) = pages.split_first()?;
    let mut joiner = Joiner::new(first.clone());
    for page in rest {
        joiner.add(page);
    }
    Some(joiner.article())
}

/// How many items from the start go: blank ones and those `drop` says (called with the index
/// among the non-blank ones), up to the first that stays.
fn leading_cut(items: &[&str], drop: impl Fn(&str, usize) -> bool) -> usize {
    let mut index = 0;
    for (at, item) in items.iter().enumerate() {
        if item.trim().is_empty() {
            continue;
        }
        if !drop(item, index) {
            return at;
        }
        index += 1;
    }
    items.len()
}

/// How many items from the end go: blank ones and pagination blocks, at most [`PAGER_BLOCKS`].
fn trailing_cut(items: &[&str], drop: impl Fn(&str) -> bool) -> usize {
    let mut dropped = 0;
    for (count, item) in items.iter().rev().enumerate() {
        if item.trim().is_empty() {
            continue;
        }
        if dropped == PAGER_BLOCKS || !drop(item) {
            return count;
        }
        dropped += 1;
    }
    items.len()
}

/// A block's identity across pages: its text, or its HTML when it has none (a picture).
fn key_of(item: &str) -> String {
    let text = normalize(&text_of(item));
    if text.is_empty() {
        item.trim().to_string()
    } else {
        text
    }
}

/// The headline again, maybe with the page in it ("Titel (Seite 2)", "Title – page 2 of 3").
fn is_title(text: &str, title: &str) -> bool {
    let without_pages = |text: &str| {
        normalize(text)
            .split(' ')
            .filter(|word| !PAGER_WORDS.contains(word) && word.parse::<u32>().is_err())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let block = without_pages(text);
    !block.is_empty() && block == without_pages(title)
}

/// A short line with every word of the byline ("Von Anna Berg", "By Anna Berg · 3 May").
fn is_byline(text: &str, byline: &str) -> bool {
    let byline = normalize(byline);
    let line = normalize(text);
    let words: Vec<&str> = line.split(' ').collect();
    let names: Vec<&str> = byline.split(' ').filter(|word| !word.is_empty()).collect();
    !names.is_empty()
        && words.len() <= names.len() + BYLINE_EXTRA_WORDS
        && names.iter().all(|name| words.contains(name))
}

/// A pagination block: nothing but page numbers and pager words, with a link (a pager) or with a
/// number and a word ("Seite 2 von 3").
fn is_pager(item: &str) -> bool {
    match pager_counts(&text_of(item)) {
        Some((numbers, words)) if has_link(item) => words > 0 || numbers >= 2,
        Some((numbers, words)) => words > 0 && numbers > 0,
        None => false,
    }
}

fn joined<'a>(pieces: impl Iterator<Item = &'a str>, separator: &str) -> String {
    pieces
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}

/// Text and Markdown for HTML cut out of an article: the core reads it again as a fragment (all
/// of it is the article), so the three agree.
fn reextracted(content: &str) -> Part {
    let options = Options {
        char_threshold: 0,
        max_bytes: usize::MAX,
        markdown_header: MarkdownHeader::None,
        ..Options::default()
    };
    match extract(content, &options) {
        Ok(article) => Part {
            content: article.content,
            text: article.text,
            markdown: article.markdown,
        },
        Err(_) => Part::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pager_lines_are_recognised() {
        assert!(is_pager(
            "<p><a href=\"/1\">1</a> <a href=\"/2\">2</a> <a href=\"/2\">Weiter »</a></p>"
        ));
        assert!(is_pager("<p>Seite 2 von 3</p>"));
        assert!(is_pager("<p><a href=\"/s/3\">Page suivante</a></p>"));
        assert!(!is_pager("<p>2019</p>"));
        assert!(!is_pager(
            "<p>Next, the council voted on page 2 of the plan.</p>"
        ));
        assert!(!is_pager("<p><a href=\"/x\">Read the full report</a></p>"));
    }

    #[test]
    fn titles_and_bylines_are_recognised_with_page_words() {
        assert!(is_title("Der lange Weg (Seite 2)", "Der lange Weg"));
        assert!(is_title("The long road – page 2 of 3", "The long road"));
        assert!(!is_title("The long road ahead of us", "The long road"));
        assert!(is_byline("Von Anna Berg | 3. Mai 2025", "Anna Berg"));
        assert!(!is_byline(
            "Anna Berg met the mayor of the town in the old harbour on Monday morning before the vote",
            "Anna Berg"
        ));
    }
}
