//! The one start of the pipeline: every entry point (extraction, the
//! readerable check, the training dump) reads a page through [`Page::read`],
//! so they all see the same page.
//!
//! In order: the nesting cap, declarative shadow DOM (both in `parse`), the
//! `<noscript>` re-parse of pages that render by script, the fragment test,
//! the flat view, the metadata, the page's URL and the resolver of its links,
//! the user's rules for its host, the silent mask and the provisional
//! article. Bytes are decoded before (`extract_bytes`).

use ego_tree::iter::Edge;
use scraper::Html;

use super::options::Options;
use crate::clutter;
use crate::filters::HostFilters;
use crate::metadata::{self, Metadata};
use crate::report::ClutterKind;
use crate::score;
use crate::stages::{timed, Stage};
use crate::urls::UrlResolver;
use crate::view::{Doc, Mask, View};

/// A parsed page and what every stage reads about it.
pub(crate) struct Page<'h> {
    pub view: View<'h>,
    pub meta: Metadata,
    /// The page's own URL (the caller's, or the canonical one): what the page
    /// kind reads its path from. Links resolve against `urls`' base, which a
    /// `<base href>` may move elsewhere (`.`, `/`).
    pub url: Option<String>,
    pub urls: UrlResolver,
    /// The user's rules that apply on this page's host.
    pub filters: Option<HostFilters>,
    /// The kinds of clutter to take out (`None`: all).
    pub kinds: Option<Vec<ClutterKind>>,
    /// What never reaches a reader: scripts, styles, hidden elements.
    pub silent: Mask,
    /// The provisional article and its ancestors, which weak clutter rules
    /// must not take out.
    pub protected: Vec<u32>,
    /// The elements that hold the page's best run of prose as parsed, which
    /// no clutter rule takes out.
    pub story: Vec<u32>,
}

impl Page<'_> {
    /// Parses `html` and hands the page to `f`. The parsed tree lives only as
    /// long as the call: what `f` returns outlives it, so the page's trees
    /// are gone before the outputs are written.
    pub fn read<R>(html: &str, options: &Options, f: impl FnOnce(Page) -> R) -> R {
        let parsed = timed(Stage::Parse, || parse_page(html));
        let view = timed(Stage::View, || {
            View::build(&parsed).with_fragment(is_fragment(html))
        });
        f(Page::of(view, options))
    }

    fn of<'h>(view: View<'h>, options: &Options) -> Page<'h> {
        let meta = timed(Stage::Metadata, || metadata::read(&view));
        let url = page_url(options, &meta).map(str::to_string);
        let urls = UrlResolver::new(url.as_deref(), meta.base_href.as_deref());
        let filters = options
            .filters
            .as_ref()
            .map(|f| f.matcher_for_url(url.as_deref()));
        let (silent, protected, story) = timed(Stage::Setup, || {
            let silent = clutter::silent_mask(&view);
            let shown = Doc::new(&view, &silent);
            let protected = score::provisional_article(shown);
            let story = score::story_path(shown);
            (silent, protected, story)
        });
        Page {
            view,
            meta,
            url,
            urls,
            filters,
            kinds: options.kinds.clone(),
            silent,
            protected,
            story,
        }
    }

    /// The page without its silent parts.
    pub fn shown(&self) -> Doc<'_, '_> {
        Doc::new(&self.view, &self.silent)
    }
}

/// The page's own URL: the caller's, else the canonical one the page declares
/// (when it is absolute).
fn page_url<'a>(options: &'a Options, meta: &'a Metadata) -> Option<&'a str> {
    options.url.as_deref().or(meta
        .canonical_url
        .as_deref()
        .filter(|u| u.starts_with("http")))
}

/// Most text a page may show outside `<noscript>` for its `<noscript>` to be
/// considered: a page with more has rendered its content.
const NOSCRIPT_PAGE_MAX_TEXT: u32 = 200;
/// Least markup in `<noscript>` for it to hold the page.
const NOSCRIPT_MIN_MARKUP: usize = 2000;

/// The parsed page. Pages that render their content with script and give
/// readers without it the whole page in `<noscript>` (Discourse forums, some
/// shops and single-page apps) are read as a browser without scripting
/// shows them.
fn parse_page(html: &str) -> Html {
    let doc = crate::parse::parse_document(html);
    if noscript_holds_the_page(&doc) {
        crate::parse::parse_document_with(html, false)
    } else {
        doc
    }
}

/// Whether the body shows next to no text outside `<noscript>`, while a
/// `<noscript>` holds a page's worth of markup.
fn noscript_holds_the_page(doc: &Html) -> bool {
    let (mut shown, mut hidden_markup) = (0u32, 0usize);
    let mut skip_until: Option<ego_tree::NodeId> = None;
    for edge in doc.tree.root().traverse() {
        let node = match edge {
            Edge::Open(node) => node,
            Edge::Close(node) => {
                if skip_until == Some(node.id()) {
                    skip_until = None;
                }
                continue;
            }
        };
        if skip_until.is_some() {
            continue;
        }
        match node.value() {
            scraper::Node::Element(el) if matches!(el.name(), "noscript") => {
                hidden_markup += node
                    .children()
                    .filter_map(|c| c.value().as_text())
                    .map(|t| t.len())
                    .sum::<usize>();
                skip_until = Some(node.id());
            }
            scraper::Node::Element(el)
                if matches!(el.name(), "script" | "style" | "template" | "head") =>
            {
                skip_until = Some(node.id());
            }
            scraper::Node::Text(t) => shown += crate::text::visible_len(t),
            _ => {}
        }
        if shown > NOSCRIPT_PAGE_MAX_TEXT {
            return false;
        }
    }
    hidden_markup >= NOSCRIPT_MIN_MARKUP
}

/// Whether the input is a fragment rather than a page: an article cleaned
/// before, all of which is the article.
fn is_fragment(html: &str) -> bool {
    let head = &html.as_bytes()[..html.len().min(64 * 1024)];
    let has = |needle: &[u8]| {
        head.windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
    };
    !has(b"<html") && !has(b"<body") && !has(b"<head")
}
