//! The public entry points: `extract`, `extract_bytes`, `is_probably_readerable`.
//! This is where the stages are chained; each stage lives in its own module.

use serde::Serialize;

use crate::clean::urls::{UrlResolver, UrlUse};
use crate::clean::{self, prepare, sanitize, Node, Tree};
use crate::clutter::filters::{FilterList, HostFilters};
use crate::clutter::{self, Removed};
use crate::dom::Dom;
use crate::metadata::{self, Metadata};
use crate::output;
use crate::score;

/// Inputs larger than this are refused with [`Error::TooLarge`].
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// Words read per minute, and CJK characters (which carry no spaces).
const WORDS_PER_MINUTE: usize = 220;
const CJK_CHARS_PER_MINUTE: usize = 500;

/// What the caller can tune.
#[derive(Debug, Clone)]
pub struct Options {
    /// URL of the page: base for relative links (a `<base href>` in the page refines it).
    pub url: Option<String>,
    /// Minimum article text length before the engine retries with gentler rules.
    pub char_threshold: usize,
    /// Refuse inputs above this many bytes.
    pub max_bytes: usize,
    /// User element-hiding rules (EasyList syntax), checked before the built-in rules.
    pub filters: Option<FilterList>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            char_threshold: 500,
            max_bytes: DEFAULT_MAX_BYTES,
            filters: None,
        }
    }
}

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
}

/// Why extraction could not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is larger than `Options::max_bytes`.
    TooLarge { size: usize, limit: usize },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::TooLarge { size, limit } => {
                write!(
                    f,
                    "input is {size} bytes, more than the limit of {limit} bytes"
                )
            }
        }
    }
}

impl std::error::Error for Error {}

/// One way of running the stages; later attempts are gentler.
#[derive(Clone, Copy)]
struct Attempt {
    strict_clutter: bool,
    class_weight: bool,
    conditional_clean: bool,
}

const ATTEMPTS: [Attempt; 3] = [
    Attempt {
        strict_clutter: true,
        class_weight: true,
        conditional_clean: true,
    },
    Attempt {
        strict_clutter: true,
        class_weight: true,
        conditional_clean: false,
    },
    Attempt {
        strict_clutter: false,
        class_weight: false,
        conditional_clean: false,
    },
];

/// The body of one attempt.
struct Body {
    tree: Tree,
    text: String,
    removed: Vec<Removed>,
    byline: Option<String>,
}

/// Extracts the article from an HTML string.
pub fn extract(html: &str, options: &Options) -> Result<Article, Error> {
    check_size(html.len(), options)?;
    let doc = crate::parse::parse_document(html);
    let mut dom = Dom::build(&doc);
    dom.fragment = is_fragment(html);
    let meta = metadata::read(&dom);
    let page_url = options.url.as_deref().or(meta
        .canonical_url
        .as_deref()
        .filter(|u| u.starts_with("http")));
    let urls = UrlResolver::new(page_url, meta.base_href.as_deref());
    let filters = options
        .filters
        .as_ref()
        .map(|f| f.matcher_for_url(page_url));
    let page = Page {
        meta: &meta,
        urls: &urls,
        filters: filters.as_ref(),
        is_fragment: dom.fragment,
    };
    let mut body = extract_body(&mut dom, &page, options.char_threshold);
    if let Some(recipe) = &meta.recipe {
        if clean::recipe::complete(&mut body.tree, &body.text, recipe, meta.lang.as_deref()) {
            body.text = output::text::to_text(&body.tree);
        }
    }
    // The article is copied out: the page's trees go before the outputs are written.
    drop(dom);
    drop(doc);
    Ok(assemble(meta, body, &urls))
}

/// Extracts the article from raw bytes, decoding them by BOM, `<meta charset>` or UTF-8.
pub fn extract_bytes(bytes: &[u8], options: &Options) -> Result<Article, Error> {
    check_size(bytes.len(), options)?;
    extract(&crate::decode::decode(bytes), options)
}

fn check_size(size: usize, options: &Options) -> Result<(), Error> {
    if size > options.max_bytes {
        return Err(Error::TooLarge {
            size,
            limit: options.max_bytes,
        });
    }
    Ok(())
}

/// What every attempt reads about the page.
struct Page<'p> {
    meta: &'p Metadata,
    urls: &'p UrlResolver,
    filters: Option<&'p HostFilters>,
    /// An HTML fragment (no `<html>`/`<body>`), such as an article cleaned
    /// before: all of it is the article.
    is_fragment: bool,
}

/// Whether the input is a fragment rather than a page.
fn is_fragment(html: &str) -> bool {
    let head = &html.as_bytes()[..html.len().min(64 * 1024)];
    let has = |needle: &[u8]| {
        head.windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
    };
    !has(b"<html") && !has(b"<body") && !has(b"<head")
}

/// Runs the attempts until one yields enough text; else keeps the longest.
fn extract_body(dom: &mut Dom, page: &Page, threshold: usize) -> Body {
    let mut best: Option<Body> = None;
    for attempt in ATTEMPTS {
        dom.removed.iter_mut().for_each(|r| *r = false);
        let body = run_attempt(dom, page, attempt);
        let enough = body.text.chars().count() >= threshold;
        if best.as_ref().is_none_or(|b| body.text.len() > b.text.len()) {
            best = Some(body);
        }
        if enough {
            break;
        }
    }
    best.unwrap_or_else(|| Body {
        tree: Tree::new(Node::Root),
        text: String::new(),
        removed: Vec::new(),
        byline: None,
    })
}

fn run_attempt(dom: &mut Dom, page: &Page, attempt: Attempt) -> Body {
    let (meta, urls) = (page.meta, page.urls);
    let mut removed = clutter::remove_clutter(dom, attempt.strict_clutter, page.filters);
    let whole = page.is_fragment.then(|| score::Selection {
        top: dom.body(),
        nodes: vec![dom.body()],
    });
    let Some(selection) = whole.or_else(|| score::find_article(dom, attempt.class_weight)) else {
        return Body {
            tree: Tree::new(Node::Root),
            text: String::new(),
            removed,
            byline: None,
        };
    };
    let byline = prepare::take_byline(dom, &selection.nodes);
    // A fragment was judged already (it is usually an article cleaned before):
    // pruning it again could only take more away.
    prepare::prune(
        dom,
        &selection.nodes,
        &meta.title,
        attempt.conditional_clean && !page.is_fragment,
        &mut removed,
    );
    let mut tree = sanitize::build(dom, &selection.nodes, urls);
    clean::tidy(&mut tree);
    let text = output::text::to_text(&tree);
    Body {
        tree,
        text,
        removed,
        byline,
    }
}

fn assemble(meta: Metadata, body: Body, urls: &UrlResolver) -> Article {
    let content = output::html::to_html(&body.tree);
    let markdown = output::markdown::to_markdown(&body.tree);
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
        length: body.text.chars().count(),
        reading_minutes: reading_minutes(&body.text),
        content,
        markdown,
        text: body.text,
        removed: body.removed,
    }
}

fn first_heading(tree: &Tree) -> Option<String> {
    tree.root()
        .descendants()
        .find(
            |n| matches!(n.value(), Node::Element(e) if e.tag.starts_with('h') && e.tag.len() == 2),
        )
        .map(|h| {
            let mut s = String::new();
            for d in h.descendants() {
                if let Node::Text(t) = d.value() {
                    crate::dom::push_collapsed(&mut s, t);
                }
            }
            s.trim().to_string()
        })
}

fn first_paragraph(tree: &Tree) -> Option<String> {
    tree.root()
        .descendants()
        .filter(|n| matches!(n.value(), Node::Element(e) if e.tag == "p"))
        .map(|p| {
            let mut s = String::new();
            for d in p.descendants() {
                if let Node::Text(t) = d.value() {
                    crate::dom::push_collapsed(&mut s, t);
                }
            }
            s.trim().to_string()
        })
        .find(|s| s.chars().count() >= 40)
}

fn first_image(tree: &Tree) -> Option<String> {
    tree.root().descendants().find_map(|n| match n.value() {
        Node::Element(e) if e.tag == "img" => e.attr("src").map(str::to_string),
        _ => None,
    })
}

/// Minutes to read the text: words at 220 a minute, CJK characters at 500.
pub fn reading_minutes(text: &str) -> u32 {
    let cjk = text.chars().filter(|&c| crate::dom::is_cjk(c)).count();
    let words = text
        .split_whitespace()
        .filter(|w| !w.chars().all(crate::dom::is_cjk))
        .count();
    let minutes = words as f32 / WORDS_PER_MINUTE as f32 + cjk as f32 / CJK_CHARS_PER_MINUTE as f32;
    if text.trim().is_empty() {
        0
    } else {
        minutes.ceil().max(1.0) as u32
    }
}

/// Paragraph text at least this long (weighted) counts towards readerability.
const READERABLE_MIN_PARAGRAPH: usize = 140;
/// Sum of `sqrt(len - 140)` over such paragraphs needed to say yes.
const READERABLE_MIN_SCORE: f32 = 20.0;

/// Whether the page probably holds an article: the same clutter removal and
/// article choice as [`extract`], then Readability's paragraph test on the
/// chosen article (so "yes" means extraction finds that text).
pub fn is_probably_readerable(html: &str) -> bool {
    let doc = crate::parse::parse_document(html);
    let mut dom = Dom::build(&doc);
    clutter::remove_clutter(&mut dom, true, None);
    let Some(selection) = score::find_article(&dom, true) else {
        return false;
    };
    let mut score = 0.0f32;
    for &root in &selection.nodes {
        for e in dom.live_elements(root) {
            let tag = dom.tag(e);
            let paragraph = matches!(tag, "p" | "pre" | "li" | "blockquote" | "td")
                || (tag == "div" && dom.count_tag(e, "br") > 0);
            if !paragraph {
                continue;
            }
            let len = dom.weighted_len(e);
            if len >= READERABLE_MIN_PARAGRAPH {
                score += ((len - READERABLE_MIN_PARAGRAPH) as f32).sqrt();
                if score > READERABLE_MIN_SCORE {
                    return true;
                }
            }
        }
    }
    false
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

    #[test]
    fn too_large_input_is_an_error() {
        let opts = Options {
            max_bytes: 10,
            ..Options::default()
        };
        assert!(matches!(
            extract("<p>more than ten bytes</p>", &opts),
            Err(Error::TooLarge { .. })
        ));
    }
}
