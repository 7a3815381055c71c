//! The public entry points: `extract`, `extract_bytes`, `is_probably_readerable`.
//! This is where the stages are chained; each stage lives in its own module.

use ego_tree::iter::Edge;
use scraper::Html;
use serde::Serialize;

use crate::blocks::{self, features::block_features, features::RulesOutcome, features::FEATURES};
use crate::clean::{self, prepare, sanitize};
use crate::clutter::{self, Cleared, Pass};
use crate::filters::{FilterList, HostFilters};
use crate::kind::{self, PageFacts, PageKind, PAGE_FEATURES};
use crate::metadata::{self, Metadata};
use crate::output;
use crate::output::header::MarkdownHeader;
use crate::report::{ClutterKind, Removed};
use crate::score;
use crate::signals;
use crate::tree::{Node, Tree};
use crate::urls::{UrlResolver, UrlUse};
use crate::view::{Doc, Mask, View};

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
    /// Which judge decides what the article is.
    pub scorer: Scorer,
    /// The kinds of clutter the clutter pass takes out; `None`: every kind.
    /// Blocks of the other kinds stay where they stand (the blocks inside
    /// them are still judged on their own). The user's filter rules apply
    /// whatever their kind.
    pub kinds: Option<Vec<ClutterKind>>,
    /// How `Article::markdown` starts: title, byline, date and source as a
    /// heading and a line (default), as YAML front matter, or not at all.
    pub markdown_header: MarkdownHeader,
}

/// Which judge decides what the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scorer {
    /// The rules alone: clutter tables, Readability's scoring and pruning.
    Rules,
    /// The learned block scorer over every block of the page, with the rules'
    /// verdicts among its features.
    Model,
    /// The rules, with the block scorer deciding where they are unsure.
    #[default]
    Both,
}

impl Scorer {
    /// The scorer of that name (`rules`, `model`, `both`), as the CLI and the
    /// JavaScript options spell it.
    pub fn named(name: &str) -> Result<Scorer, String> {
        match name {
            "rules" => Ok(Scorer::Rules),
            "model" => Ok(Scorer::Model),
            "both" => Ok(Scorer::Both),
            other => Err(format!("unknown scorer '{other}' (rules, model, both)")),
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            char_threshold: 500,
            max_bytes: DEFAULT_MAX_BYTES,
            filters: None,
            scorer: Scorer::default(),
            kinds: None,
            markdown_header: MarkdownHeader::default(),
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
    /// What kind of page it is (an article, a forum thread, a product, …).
    pub page_kind: PageKind,
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

impl Body {
    fn empty(removed: Vec<Removed>) -> Body {
        Body {
            tree: Tree::new(Node::Root),
            text: String::new(),
            removed,
            byline: None,
        }
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

/// Extracts the article from an HTML string.
pub fn extract(html: &str, options: &Options) -> Result<Article, Error> {
    check_size(html.len(), options)?;
    let doc = parse_page(html);
    let view = View::build(&doc).with_fragment(is_fragment(html));
    let meta = metadata::read(&view);
    let page_url = page_url(options, &meta);
    let urls = UrlResolver::new(page_url, meta.base_href.as_deref());
    let filters = options
        .filters
        .as_ref()
        .map(|f| f.matcher_for_url(page_url));
    let page = PageInputs {
        meta: &meta,
        url: page_url,
        urls: &urls,
        filters: filters.as_ref(),
        kinds: options.kinds.as_deref(),
    };
    let mut passes = ClutterPasses::new(&view);
    let outcome = extract_body(&mut passes, &page, options.char_threshold);
    let (judged, kind) = judge_with(options.scorer, &passes, outcome, &page);
    let mut body = fall_back_to_prose(&mut passes, judged, &page);
    drop(passes);
    let lang = meta.lang.as_deref();
    if let Some(recipe) = &meta.recipe {
        if clean::recipe::complete(&mut body.tree, &body.text, recipe, lang) {
            body.text = output::text::to_text(&body.tree);
        }
    }
    if let Some(product) = &meta.product {
        if clean::product::complete(&mut body.tree, &body.text, product, lang) {
            body.text = output::text::to_text(&body.tree);
        }
    }
    // The article is copied out: the page's trees go before the outputs are written.
    let url = page_url.map(str::to_string);
    drop(view);
    drop(doc);
    let mut article = assemble(meta, body, kind, &urls);
    article.markdown = output::header::with_header(
        options.markdown_header,
        &output::header::HeaderFields {
            title: &article.title,
            byline: article.byline.as_deref(),
            published: article.published_time.as_deref(),
            url: url.as_deref(),
            site: article.site_name.as_deref(),
        },
        &article.markdown,
    );
    Ok(article)
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

/// What every attempt reads about the page.
struct PageInputs<'p> {
    meta: &'p Metadata,
    /// The page's own URL (the caller's, or the canonical one): what the page
    /// kind reads its path from. Links resolve against `urls`' base, which a
    /// `<base href>` may move elsewhere (`.`, `/`).
    url: Option<&'p str>,
    urls: &'p UrlResolver,
    filters: Option<&'p HostFilters>,
    /// The kinds of clutter to take out (`None`: all).
    kinds: Option<&'p [ClutterKind]>,
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

/// The clutter passes of one extraction: the silent pass and the provisional
/// article once, then a strict or lenient pass as the attempts ask for them
/// (the attempts run strict ones first, so one pass is kept at a time).
struct ClutterPasses<'v, 'h> {
    view: &'v View<'h>,
    silent: Mask,
    protected: Vec<u32>,
    last: Option<(bool, Cleared)>,
}

impl<'v, 'h> ClutterPasses<'v, 'h> {
    fn new(view: &'v View<'h>) -> Self {
        let silent = clutter::silent_mask(view);
        let protected = score::provisional_article(Doc::new(view, &silent));
        ClutterPasses {
            view,
            silent,
            protected,
            last: None,
        }
    }

    /// The page without clutter, strict or lenient.
    fn pass(&mut self, strict: bool, page: &PageInputs) -> &Cleared {
        if self.last.as_ref().is_none_or(|(s, _)| *s != strict) {
            self.last = None;
            let pass = Pass {
                strict,
                filters: page.filters,
                kinds: page.kinds,
                protected: &self.protected,
            };
            let cleared = clutter::remove_clutter(self.view, &self.silent, &pass);
            self.last = Some((strict, cleared));
        }
        &self.last.as_ref().expect("computed above").1
    }
}

/// What one attempt chose: the article's roots, what is kept of the page,
/// the byline it took out, the clutter pass it started from (strict or
/// lenient) and that pass's cuts, and the removals reported (the clutter
/// pass's and pruning's).
struct Choice {
    roots: Vec<u32>,
    mask: Mask,
    byline: Option<String>,
    strict: bool,
    cuts: Vec<(u32, ClutterKind)>,
    removed: Vec<Removed>,
}

/// The body of the best attempt, with the choice it was rendered from.
struct Outcome {
    body: Body,
    choice: Option<Choice>,
}

/// Runs the attempts until one yields enough text; else keeps the longest.
fn extract_body(passes: &mut ClutterPasses, page: &PageInputs, threshold: usize) -> Outcome {
    let view = passes.view;
    let mut best: Option<Outcome> = None;
    for attempt in ATTEMPTS {
        let cleared = passes.pass(attempt.strict_clutter, page);
        let choice = choose(view, cleared, page, attempt);
        let body = match &choice {
            Some(choice) => render(view, choice, page),
            None => Body::empty(cleared.removed.clone()),
        };
        let enough = body.text.chars().count() >= threshold;
        if best
            .as_ref()
            .is_none_or(|b| body.text.len() > b.body.text.len())
        {
            best = Some(Outcome { body, choice });
        }
        if enough {
            break;
        }
    }
    best.unwrap_or_else(|| Outcome {
        body: Body::empty(Vec::new()),
        choice: None,
    })
}

/// One attempt on the page without clutter: choose the article, take its
/// byline, prune it.
fn choose(view: &View, cleared: &Cleared, page: &PageInputs, attempt: Attempt) -> Option<Choice> {
    let body_element = view.body();
    let whole = view.is_fragment().then(|| score::Selection {
        top: body_element,
        nodes: vec![body_element],
    });
    let doc = Doc::new(view, &cleared.mask);
    let selection = whole.or_else(|| score::find_article(doc, attempt.class_weight))?;
    // A fragment was judged already (it is usually an article cleaned before):
    // pruning it again could only take more away.
    let conditional = attempt.conditional_clean && !view.is_fragment();
    let pass = (cleared, attempt.strict_clutter);
    Some(prepare_roots(
        view,
        pass,
        page,
        selection.nodes,
        conditional,
    ))
}

/// The article of the chosen roots on a page without clutter (the pass and
/// whether it was the strict one): its byline taken, pruned.
fn prepare_roots(
    view: &View,
    (cleared, strict): (&Cleared, bool),
    page: &PageInputs,
    roots: Vec<u32>,
    conditional: bool,
) -> Choice {
    let mut mask = cleared.mask.clone();
    let byline = prepare::take_byline(view, &mut mask, &roots);
    let pruned = prepare::prune(view, mask, &roots, &page.meta.title, conditional);
    let mut removed = cleared.removed.clone();
    removed.extend(pruned.report);
    Choice {
        roots,
        mask: pruned.mask,
        byline,
        strict,
        cuts: cleared.cuts.clone(),
        removed,
    }
}

/// Copies the chosen article out.
fn render(view: &View, choice: &Choice, page: &PageInputs) -> Body {
    let mut tree = sanitize::build(Doc::new(view, &choice.mask), &choice.roots, page.urls);
    clean::tidy(&mut tree);
    let text = output::text::to_text(&tree);
    Body {
        tree,
        text,
        removed: choice.removed.clone(),
        byline: choice.byline.clone(),
    }
}

/// The body the chosen judge gives (with the choice it was rendered from):
/// the rules' own, or the block scorer's over the page the rules judged, and
/// the page's kind.
fn judge_with(
    scorer: Scorer,
    passes: &ClutterPasses,
    rules: Outcome,
    page: &PageInputs,
) -> (Outcome, PageKind) {
    let Some(choice) = rules.choice.as_ref() else {
        return (rules, PageKind::default());
    };
    let shown = Doc::new(passes.view, &passes.silent);
    let Some(scored) = ScoredBlocks::of(shown, choice) else {
        return (rules, PageKind::default());
    };
    let kinds = scored.kind_probabilities(shown, page, choice);
    let kind = kind::most_probable(&kinds);
    let rules_keep: Vec<bool> = scored
        .features
        .iter()
        .map(|f| f[IN_SELECTION] > 0.0 && f[KEPT_BY_RULES] > 0.0)
        .collect();
    let keep = match scorer {
        Scorer::Rules => return (rules, kind),
        Scorer::Model => model_keep(&scored.probability, kind),
        Scorer::Both => both_keep(&scored.probability, &rules_keep, &kinds),
    };
    if keep == rules_keep {
        return (rules, kind);
    }
    let model = scored.article(shown, &passes.silent, choice, &keep);
    let body = match &model {
        Some(model) => render(passes.view, model, page),
        None => Body::empty(choice.removed.clone()),
    };
    (
        Outcome {
            body,
            choice: model,
        },
        kind,
    )
}

/// Words of paragraph prose below which a page holds no run of prose the
/// article must not miss: a short notice, a caption or a product blurb may
/// be paragraphs, but 150 words is a few paragraphs of a story (about a
/// minute's reading).
const PROSE_RUN_MIN_WORDS: usize = 150;

/// Share of the page's best run of prose the article must show: with less
/// than half of it, the article is elsewhere or lost its body.
const SHOWN_SHARE_OF_PROSE_RUN: f32 = 0.5;

/// Text (outside links, clutter and page footers) the article may have, in
/// multiples of the best prose run's length, and still be replaced by it:
/// more is a page of its own kind (a thread, a table, a listing of long
/// entries) that happens to stand beside a block of prose. Up to one and a
/// half times the run's length is a footer, a cookie notice or a list of
/// teasers with one-line summaries, which the story outweighs.
const REPLACEABLE_TEXT_PER_PROSE_RUN: f32 = 1.5;

/// The last safeguard: when the article misses the page's best run of
/// paragraph prose ([`score::best_prose_block`] on the page as the
/// article's clutter pass left it) and is no long text of its own, that
/// prose block is the article, prepared and rendered as any other (pruned
/// without conditional cleaning, which may be what emptied the article).
fn fall_back_to_prose(passes: &mut ClutterPasses, judged: Outcome, page: &PageInputs) -> Body {
    let view = passes.view;
    let strict = judged.choice.as_ref().is_none_or(|c| c.strict);
    if view.is_fragment() {
        return judged.body;
    }
    let cleared = passes.pass(strict, page);
    let doc = Doc::new(view, &cleared.mask);
    let Some(run) = score::best_prose_block(doc)
        .map(|b| score::prose_run(doc, b))
        .filter(|run| run.words >= PROSE_RUN_MIN_WORDS)
    else {
        return judged.body;
    };
    if judged
        .choice
        .as_ref()
        .is_some_and(|c| holds_the_prose(view, c, cleared, &run))
    {
        return judged.body;
    }
    let choice = prepare_roots(view, (cleared, strict), page, vec![run.block], false);
    render(view, &choice, page)
}

/// Whether the chosen article shows most of the prose run, or has text
/// enough of its own (see [`REPLACEABLE_TEXT_PER_PROSE_RUN`]); both measured
/// without what the clutter pass took out (the block scorer judges the page
/// before that pass).
fn holds_the_prose(view: &View, choice: &Choice, cleared: &Cleared, run: &score::ProseRun) -> bool {
    let mut mask = choice.mask.clone();
    for &(cut, _) in &cleared.cuts {
        mask.remove(view, cut);
    }
    let doc = Doc::new(view, &mask);
    let inside = |p: u32| choice.roots.iter().any(|&r| view.contains(r, p));
    let shown: u32 = run
        .paragraphs
        .iter()
        .filter(|&&p| !doc.is_removed(p) && inside(p))
        .map(|&p| doc.text_len(p))
        .sum();
    let own: u32 = choice.roots.iter().map(|&r| plain_text_len(doc, r)).sum();
    shown as f32 >= SHOWN_SHARE_OF_PROSE_RUN * run.len as f32
        || own as f32 > REPLACEABLE_TEXT_PER_PROSE_RUN * run.len as f32
}

/// Text of a subtree outside links and page footers.
fn plain_text_len(doc: Doc, root: u32) -> u32 {
    if signals::in_page_footer(doc, root) {
        return 0;
    }
    let mut len = doc.text_len(root) - doc.link_len(root);
    let (mut i, end) = (root + 1, doc.end(root));
    while i < end {
        if doc.is_removed(i) {
            i = doc.end(i);
        } else if doc.is_element(i) && signals::is_page_footer(doc, i) {
            // (a footer inside a link is link text of the root already)
            len = len.saturating_sub(doc.text_len(i) - doc.link_len(i));
            i = doc.end(i);
        } else {
            i += 1;
        }
    }
    len
}

/// Positions of the rules' verdicts in a block's features.
const IN_SELECTION: usize = 16;
const KEPT_BY_RULES: usize = 17;

/// Probability of an article or documentation page below which the block
/// scorer decides (threads, listings, products, landing pages); above it the
/// rules, made for articles, do. On the tune half, with the kind's bars of
/// [`content_bar`], 0.1, 0.3 and 0.5 gave WCXB 0.842, 0.849, 0.852 word F1
/// and the snippets corpus 56, 59, 61 kept boilerplate strings; 0.1 is kept
/// because a story beside a grid of teaser cards (`tests/no_catastrophe.rs`,
/// a common news layout) already looks like a collection to the classifier
/// at 0.2 to 0.3, and the scorer then keeps the cards: misjudging an article
/// costs more than the gain on the other kinds. Letting the scorer add or
/// drop single blocks on article pages, at any certainty, gained nothing and
/// cost snippet strings.
const ARTICLE_LIKE: f32 = 0.1;

/// The blocks kept when both judge (see [`ARTICLE_LIKE`]).
fn both_keep(probability: &[f32], rules_keep: &[bool], kinds: &[f32; 7]) -> Vec<bool> {
    if kinds[0] + kinds[1] >= ARTICLE_LIKE {
        return rules_keep.to_vec();
    }
    model_keep(probability, kind::most_probable(kinds))
}

/// The blocks the scorer keeps on a page of that kind.
fn model_keep(probability: &[f32], kind: PageKind) -> Vec<bool> {
    let bar = content_bar(kind);
    probability.iter().map(|&p| p >= bar).collect()
}

/// The probability a block needs to be kept on a page of that kind when the
/// scorer decides. Listings and collections are cards of a line or two with a
/// link each, which look like teasers block by block: the scorer is unsure of
/// each and the page needs them all (on the tune half, 0.3 against 0.45 gave
/// listings 0.651 against 0.615 word F1, collections 0.659 against 0.630).
/// Threads, products and landing pages peak near 0.45 (forums 0.805 at 0.45,
/// 0.803 at 0.4, 0.764 at 0.6).
fn content_bar(kind: PageKind) -> f32 {
    match kind {
        PageKind::Listing | PageKind::Collection => 0.3,
        _ => 0.45,
    }
}

/// The blocks of the page without its silent parts, their features and the
/// block scorer's probability that each is content.
struct ScoredBlocks {
    blocks: Vec<blocks::Block>,
    features: Vec<[f32; FEATURES]>,
    probability: Vec<f32>,
}

/// Blocks above which a page is left to the rules (and called an article).
/// The largest of the 2,326 dev pages has 2,649 blocks; ten thousand is a
/// generated list or an attack, where the features (about 200 bytes a block)
/// would cost more memory than the page itself.
const MAX_SCORED_BLOCKS: usize = 10_000;

impl ScoredBlocks {
    /// `None` for pages of more than [`MAX_SCORED_BLOCKS`] blocks.
    fn of(shown: Doc, choice: &Choice) -> Option<ScoredBlocks> {
        let blocks = blocks::segment(shown);
        if blocks.len() > MAX_SCORED_BLOCKS {
            return None;
        }
        let rules = RulesOutcome {
            selection: &choice.roots,
            kept: &choice.mask,
            clutter: &choice.cuts,
        };
        let features = block_features(shown, &blocks, &rules);
        let probability = features
            .iter()
            .map(blocks::model::content_probability)
            .collect();
        Some(ScoredBlocks {
            blocks,
            features,
            probability,
        })
    }

    /// The article of the blocks marked in `keep`, with the rules' byline and
    /// report.
    fn article(&self, shown: Doc, silent: &Mask, rules: &Choice, keep: &[bool]) -> Option<Choice> {
        let clutter: Vec<u32> = rules.cuts.iter().map(|&(node, _)| node).collect();
        let content = blocks::decide::content_mask(shown, silent, &self.blocks, keep, &clutter)?;
        Some(Choice {
            roots: vec![content.root],
            mask: content.mask,
            byline: rules.byline.clone(),
            strict: rules.strict,
            cuts: rules.cuts.clone(),
            removed: rules.removed.clone(),
        })
    }

    /// The page features and the kind classifier's probabilities.
    fn page_features(&self, shown: Doc, page: &PageInputs, rules: &Choice) -> [f32; PAGE_FEATURES] {
        let facts = PageFacts {
            meta: page.meta,
            url: page.url,
            blocks: &self.blocks,
            block_features: &self.features,
            selection_share: selection_share(shown, &rules.roots),
        };
        kind::page_features(shown, &facts)
    }

    fn kind_probabilities(&self, shown: Doc, page: &PageInputs, rules: &Choice) -> [f32; 7] {
        kind::kind_probabilities(&self.page_features(shown, page, rules))
    }
}

/// A block of a page with its feature vector: what `examples/blocks.rs`
/// dumps to train the block scorer on.
#[doc(hidden)]
pub struct BlockRecord {
    pub text: String,
    pub features: [f32; FEATURES],
    /// The block's element and its ancestors up to `<body>`, innermost first.
    pub path: Vec<u32>,
}

/// A page's blocks and page features, as extraction computes them: what
/// `examples/blocks.rs` dumps to train the scorers on.
#[doc(hidden)]
pub struct PageRecord {
    pub blocks: Vec<BlockRecord>,
    pub page: [f32; PAGE_FEATURES],
}

/// The blocks of a page and their features, as extraction computes them.
#[doc(hidden)]
pub fn page_records(html: &str, options: &Options) -> Option<PageRecord> {
    let doc = parse_page(html);
    let view = View::build(&doc).with_fragment(is_fragment(html));
    let meta = metadata::read(&view);
    let page_url = page_url(options, &meta);
    let urls = UrlResolver::new(page_url, meta.base_href.as_deref());
    let page = PageInputs {
        meta: &meta,
        url: page_url,
        urls: &urls,
        filters: None,
        kinds: None,
    };
    let mut passes = ClutterPasses::new(&view);
    let outcome = extract_body(&mut passes, &page, options.char_threshold);
    let choice = outcome.choice?;
    let shown = Doc::new(&view, &passes.silent);
    let scored = ScoredBlocks::of(shown, &choice)?;
    let page_features = scored.page_features(shown, &page, &choice);
    let blocks = scored
        .blocks
        .iter()
        .zip(scored.features)
        .map(|(b, features)| BlockRecord {
            text: b.text(shown),
            features,
            path: std::iter::once(b.node)
                .chain(shown.ancestors(b.node))
                .collect(),
        })
        .collect();
    Some(PageRecord {
        blocks,
        page: page_features,
    })
}

/// Share of the page's text inside the roots.
fn selection_share(shown: Doc, roots: &[u32]) -> f32 {
    let chosen: u32 = roots.iter().map(|&r| shown.text_len(r)).sum();
    chosen as f32 / shown.text_len(shown.body()).max(1) as f32
}

fn assemble(meta: Metadata, body: Body, page_kind: PageKind, urls: &UrlResolver) -> Article {
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
        page_kind,
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

/// Paragraph text at least this long (weighted) counts towards readerability.
const READERABLE_MIN_PARAGRAPH: usize = 140;
/// Sum of `sqrt(len - 140)` over such paragraphs needed to say yes.
const READERABLE_MIN_SCORE: f32 = 20.0;

/// Whether the page probably holds an article: the same clutter removal and
/// article choice as [`extract`], then Readability's paragraph test on the
/// chosen article (so "yes" means extraction finds that text).
pub fn is_probably_readerable(html: &str) -> bool {
    let parsed = crate::parse::parse_document(html);
    let view = View::build(&parsed);
    let mut passes = ClutterPasses::new(&view);
    let page = PageInputs {
        meta: &metadata::Metadata::default(),
        url: None,
        urls: &UrlResolver::new(None, None),
        filters: None,
        kinds: None,
    };
    let doc = Doc::new(&view, &passes.pass(true, &page).mask);
    let Some(selection) = score::find_article(doc, true) else {
        return false;
    };
    let mut score = 0.0f32;
    for &root in &selection.nodes {
        for e in doc.live_elements(root) {
            let tag = doc.tag(e);
            let paragraph = matches!(tag, "p" | "pre" | "li" | "blockquote" | "td")
                || (tag == "div" && doc.count_tag(e, "br") > 0);
            if !paragraph {
                continue;
            }
            let len = doc.weighted_len(e);
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
