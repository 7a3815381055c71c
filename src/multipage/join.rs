//! One article from the articles of its pages.
//!
//! Page 1 gives the metadata (title, byline, site, date, language, lead image) and its removed
//! blocks; every page gives its body. Before a later page's body is appended, the blocks at its
//! top that repeat page 1 go: the headline again (often with "Seite 2"), the byline, a standfirst
//! or lead figure printed on every page, a "Page 2 of 3" line. Pagination blocks at the top and
//! bottom of every page go too (the core's `pagination` and `pager` class rules catch most pagers,
//! but not a bare "1 2 3 Next »" paragraph inside the story). The pages' blocks were rendered
//! when they were extracted ([`extract_page`]): cutting some is list work on them.
use super::words::{normalize, pager_counts, PAGER_WORDS};
use crate::extract::{check_size, extract_with_blocks, Part};
use crate::output::header::split_header;
use crate::{Article, Error, Options};

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

/// Extracts one page of an article as [`extract`](crate::extract) does, keeping its top-level
/// blocks rendered for the [`Joiner`] to cut.
pub fn extract_page(html: &str, options: &Options) -> Result<Article, Error> {
    extract_with_blocks(html, options, true)
}

/// [`extract_page`] from undecoded bytes, as [`extract_bytes`](crate::extract_bytes) reads them.
pub fn extract_page_bytes(bytes: &[u8], options: &Options) -> Result<Article, Error> {
    check_size(bytes.len(), options)?;
    extract_page(&crate::decode::decode(bytes), options)
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
        let header_keys = first
            .blocks
            .iter()
            .take(HEADER_BLOCKS)
            .map(key_of)
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
            reading_minutes: crate::extract::reading_minutes(&text),
            content,
            text,
            markdown,
            ..self.first.clone()
        }
    }

    /// The page's body without pagination blocks and, for later pages, without repeats: the
    /// page's own outputs when nothing goes, else its kept blocks.
    fn part_of(&self, page: &Article, later: bool) -> Part {
        let items = &page.blocks;
        let start = leading_cut(items, |item, index| {
            is_pager(item) || (later && index < MAX_REPEATED && self.repeats(item))
        });
        let end = items.len() - trailing_cut(&items[start..], is_pager);
        if start == 0 && end == items.len() {
            return Part {
                content: page.content.clone(),
                text: page.text.clone(),
                markdown: split_header(&page.markdown).1.to_string(),
            };
        }
        let kept = &items[start..end];
        Part {
            content: kept.iter().map(|item| item.content.as_str()).collect(),
            text: joined(kept.iter().map(|item| item.text.as_str()), "\n\n"),
            markdown: joined(kept.iter().map(|item| item.markdown.as_str()), "\n\n"),
        }
    }

    /// Whether a block at the top of a later page repeats page 1's header.
    fn repeats(&self, item: &Part) -> bool {
        self.header_keys.contains(&key_of(item))
            || is_title(&item.text, &self.first.title)
            || self
                .first
                .byline
                .as_deref()
                .is_some_and(|byline| is_byline(&item.text, byline))
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

/// How many items from the start go: those `drop` says (called with the item's index), up to
/// the first that stays.
fn leading_cut(items: &[Part], drop: impl Fn(&Part, usize) -> bool) -> usize {
    items
        .iter()
        .enumerate()
        .position(|(index, item)| !drop(item, index))
        .unwrap_or(items.len())
}

/// How many items from the end go: pagination blocks, at most [`PAGER_BLOCKS`].
fn trailing_cut(items: &[Part], drop: impl Fn(&Part) -> bool) -> usize {
    items
        .iter()
        .rev()
        .take(PAGER_BLOCKS)
        .take_while(|item| drop(item))
        .count()
}

/// A block's identity across pages: its text, or its HTML when it has none (a picture).
fn key_of(item: &Part) -> String {
    let text = normalize(&item.text);
    if text.is_empty() {
        item.content.trim().to_string()
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
fn is_pager(item: &Part) -> bool {
    // The block's HTML is the sanitizer's: every link is written `<a ` or `<a>`.
    let has_link = item.content.contains("<a ") || item.content.contains("<a>");
    match pager_counts(&item.text) {
        Some((numbers, words)) if has_link => words > 0 || numbers >= 2,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A block as extraction renders it: its HTML and its text.
    fn block(html: &str) -> Part {
        let tree = scraper::Html::parse_fragment(html);
        Part {
            content: html.to_string(),
            text: tree.root_element().text().collect(),
            markdown: String::new(),
        }
    }

    #[test]
    fn pager_lines_are_recognised() {
        assert!(is_pager(&block(
            "<p><a href=\"/1\">1</a> <a href=\"/2\">2</a> <a href=\"/2\">Weiter »</a></p>"
        )));
        assert!(is_pager(&block("<p>Seite 2 von 3</p>")));
        assert!(is_pager(&block(
            "<p><a href=\"/s/3\">Page suivante</a></p>"
        )));
        assert!(!is_pager(&block("<p>2019</p>")));
        assert!(!is_pager(&block(
            "<p>Next, the council voted on page 2 of the plan.</p>"
        )));
        assert!(!is_pager(&block(
            "<p><a href=\"/x\">Read the full report</a></p>"
        )));
    }

    #[test]
    fn pagers_at_both_ends_go_and_at_most_three_at_the_end() {
        let pager = block("<p><a href=\"/2\">2</a> <a href=\"/2\">Next</a></p>");
        let story = block("<p>The story goes on.</p>");
        let items = [pager.clone(), story.clone(), pager.clone()];
        assert_eq!(leading_cut(&items, |item, _| is_pager(item)), 1);
        assert_eq!(trailing_cut(&items, is_pager), 1);
        let pagers = vec![pager; 5];
        assert_eq!(trailing_cut(&pagers, is_pager), PAGER_BLOCKS);
        assert_eq!(leading_cut(&[story], |item, _| is_pager(item)), 0);
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
