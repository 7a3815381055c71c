//! The article as the caller gets it: the body's outputs with the page's
//! metadata.

use serde::Serialize;

use super::attempts::Body;
use crate::kind::PageKind;
use crate::metadata::Metadata;
use crate::output;
use crate::report::Removed;
use crate::stages::{timed, Stage};
use crate::tree::{Node, Tree};
use crate::urls::{UrlResolver, UrlUse};

/// Words read per minute, and CJK characters (which carry no spaces).
const WORDS_PER_MINUTE: usize = 220;
const CJK_CHARS_PER_MINUTE: usize = 500;

/// The cleaned article and its metadata.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub title: String,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
    /// Sanitized HTML of the article body.
    pub content: String,
    /// Plain text, blocks separated by blank lines.
    pub text: String,
    /// CommonMark with GFM tables.
    pub markdown: String,
    /// Length of `text` in characters.
    pub length: usize,
    pub reading_minutes: u32,
    /// The blocks taken out, in document order.
    pub removed: Vec<Removed>,
    /// What kind of page it is (an article, a forum thread, a product, …).
    pub page_kind: PageKind,
    /// The article's top-level blocks, each rendered on its own: what joining
    /// the pages of an article cuts (filled by
    /// [`multipage::extract_page`](crate::multipage::extract_page), empty
    /// otherwise; not serialized).
    #[serde(skip)]
    pub blocks: Vec<Part>,
}

/// A piece of an article, rendered as each output renders it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Part {
    /// Sanitized HTML.
    pub content: String,
    pub text: String,
    pub markdown: String,
}

/// Wrapper levels looked through for the top-level blocks: the sanitizer
/// writes at most a few single `<div>`s around the article.
const MAX_WRAPPERS: usize = 4;

/// The top-level blocks of an article tree, single wrappers looked through,
/// each rendered on its own (blank text between them left out).
pub(crate) fn top_level_parts(tree: &Tree) -> Vec<Part> {
    let mut parent = tree.root();
    for _ in 0..MAX_WRAPPERS {
        let mut shown = parent.children().filter(|c| !is_blank(*c));
        match (shown.next(), shown.next()) {
            (Some(only), None) if matches!(only.value(), Node::Element(_)) => parent = only,
            _ => break,
        }
    }
    let blocks = || parent.children().filter(|c| !is_blank(*c));
    let markdown = output::markdown::nodes_to_markdown(tree, blocks());
    blocks()
        .zip(markdown)
        .map(|(block, markdown)| Part {
            content: output::html::node_to_html(block),
            text: output::text::node_to_text(block),
            markdown,
        })
        .collect()
}

fn is_blank(node: ego_tree::NodeRef<Node>) -> bool {
    matches!(node.value(), Node::Text(t) if t.trim().is_empty())
}

/// The article of a body, with the page's metadata (the article's own
/// headline, paragraph and picture where the page declares none).
pub(crate) fn assemble(
    meta: Metadata,
    body: Body,
    page_kind: PageKind,
    urls: &UrlResolver,
    keep_blocks: bool,
) -> Article {
    let blocks = if keep_blocks {
        top_level_parts(&body.tree)
    } else {
        Vec::new()
    };
    // An article's text is its body without captions (schema.org `articleBody`); a gallery's,
    // a listing's or a shop's captions are what its pictures say, and stay.
    let text = timed(Stage::Output, || {
        if matches!(page_kind, PageKind::Article | PageKind::Documentation) {
            output::text::to_text(&body.tree)
        } else {
            body.text
        }
    });
    let (content, markdown) = timed(Stage::Output, || {
        (
            output::html::to_html(&body.tree),
            output::markdown::to_markdown(&body.tree),
        )
    });
    let title = if meta.title.is_empty() {
        first_heading(&body.tree).unwrap_or_default()
    } else {
        meta.title
    };
    let excerpt = meta.excerpt.or_else(|| first_paragraph(&body.tree));
    let lead_image = meta
        .lead_image
        .and_then(|i| urls.resolve(&i, UrlUse::Media))
        .or_else(|| first_image(&body.tree));
    Article {
        title,
        byline: meta.byline.or(body.byline),
        site_name: meta.site_name,
        published_time: meta.published_time,
        lang: meta.lang,
        dir: meta.dir,
        excerpt,
        lead_image,
        length: text.chars().count(),
        reading_minutes: reading_minutes(&text),
        content,
        markdown,
        text,
        removed: body.removed,
        page_kind,
        blocks,
    }
}

fn first_heading(tree: &Tree) -> Option<String> {
    tree.root()
        .descendants()
        .find(
            |n| matches!(n.value(), Node::Element(e) if e.tag.starts_with('h') && e.tag.len() == 2),
        )
        .map(collapsed_text)
}

fn first_paragraph(tree: &Tree) -> Option<String> {
    tree.root()
        .descendants()
        .filter(|n| matches!(n.value(), Node::Element(e) if e.tag == "p"))
        .map(collapsed_text)
        .find(|s| s.chars().count() >= 40)
}

/// The text of a node's subtree, whitespace collapsed and trimmed.
fn collapsed_text(node: ego_tree::NodeRef<Node>) -> String {
    let mut s = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            crate::text::push_collapsed(&mut s, t);
        }
    }
    s.trim().to_string()
}

fn first_image(tree: &Tree) -> Option<String> {
    tree.root().descendants().find_map(|n| match n.value() {
        Node::Element(e) if e.tag == "img" => e.attr("src").map(str::to_string),
        _ => None,
    })
}

/// Minutes to read the text: words at 220 a minute, CJK characters at 500.
pub fn reading_minutes(text: &str) -> u32 {
    let cjk = text.chars().filter(|&c| crate::text::is_cjk(c)).count();
    let words = text
        .split_whitespace()
        .filter(|w| !w.chars().all(crate::text::is_cjk))
        .count();
    let minutes = words as f32 / WORDS_PER_MINUTE as f32 + cjk as f32 / CJK_CHARS_PER_MINUTE as f32;
    if text.trim().is_empty() {
        0
    } else {
        minutes.ceil().max(1.0) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_time_counts_words_and_cjk() {
        assert_eq!(reading_minutes(""), 0);
        assert_eq!(reading_minutes(&"word ".repeat(440)), 2);
        assert_eq!(reading_minutes(&"字".repeat(1000)), 2);
    }
}
