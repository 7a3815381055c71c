//! Finds the article: paragraphs score their ancestors (Readability's method,
//! with script-aware lengths so CJK and other unspaced scripts are judged
//! fairly), the best candidate wins, and its siblings that look like article
//! content join it.

use rustc_hash::FxHashMap;

use crate::signals::{
    class_weight, in_page_footer, is_prose, is_prose_paragraph, never_the_story, PROSE_RUN,
    PROSE_SIBLING,
};
use crate::view::Doc;

/// Paragraph text shorter than this (in weighted characters) scores nothing.
const MIN_PARAGRAPH_LEN: usize = 25;
/// How many ancestor levels a paragraph's score reaches.
const SCORE_DEPTH: usize = 5;
/// Candidates within this share of the best one vote for a common ancestor.
const ALTERNATIVE_SHARE: f32 = 0.75;
/// How many such alternatives must share an ancestor for it to win.
const MIN_ALTERNATIVES: usize = 3;

/// The chosen article: `nodes` are the top candidate and the siblings that
/// joined it, in document order, all children of one parent.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub top: u32,
    pub nodes: Vec<u32>,
}

/// Link density above which a paragraph with many commas is a list of links
/// ("Kudos: a, b, c, …"): it scores what its own text is worth.
const LINK_PARAGRAPH_DENSITY: f32 = 0.7;
/// Commas that make such a paragraph a comma-separated list of links.
const LINK_LIST_MIN_COMMAS: u32 = 10;

/// Elements whose text is scored as a paragraph.
fn is_scored_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "pre" | "td" | "section" | "h2" | "h3" | "h4" | "h5" | "h6"
    )
}

/// Elements that stop a `<div>` from counting as a paragraph of its own.
fn is_block_child_tag(tag: &str) -> bool {
    matches!(
        tag,
        "blockquote"
            | "dl"
            | "div"
            | "img"
            | "ol"
            | "p"
            | "pre"
            | "table"
            | "ul"
            | "section"
            | "article"
            | "figure"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
    )
}

/// For each node, whether a block-level element lies below it.
pub fn block_descendants(doc: Doc) -> Vec<bool> {
    let mut has = vec![false; doc.len()];
    for i in (1..doc.len()).rev() {
        if doc.is_removed(i as u32) {
            continue;
        }
        let is_block = is_block_child_tag(doc.tag(i as u32));
        if let Some(p) = doc.parent(i as u32) {
            if is_block || has[i] {
                has[p as usize] = true;
            }
        }
    }
    has
}

fn tag_base_score(tag: &str) -> f32 {
    match tag {
        "div" | "article" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Scores paragraphs into their ancestors and returns the candidate scores,
/// already scaled by (1 - link density).
pub fn score_candidates(doc: Doc, root: u32, use_class_weight: bool) -> FxHashMap<u32, f32> {
    let has_blocks = block_descendants(doc);
    let mut scores: FxHashMap<u32, f32> = FxHashMap::default();
    for i in doc.live_elements(root) {
        let Some(paragraph_score) = paragraph_score(doc, i, &has_blocks) else {
            continue;
        };
        let mut level = 0usize;
        let mut anc = doc.parent(i);
        while let Some(a) = anc {
            if level >= SCORE_DEPTH || doc.element(a).is_none() || doc.parent(a).is_none() {
                break;
            }
            let entry = scores
                .entry(a)
                .or_insert_with(|| initial_score(doc, a, use_class_weight));
            *entry += paragraph_score / level_divider(level);
            level += 1;
            anc = doc.parent(a);
        }
    }
    for (&i, score) in scores.iter_mut() {
        *score *= 1.0 - doc.link_density(i);
    }
    scores
}

/// Readability's share of a paragraph's score for the ancestor `level`
/// levels above its parent: all of it for the parent, half for the
/// grandparent, less further up.
fn level_divider(level: usize) -> f32 {
    match level {
        0 => 1.0,
        1 => 2.0,
        l => l as f32 * 3.0,
    }
}

fn initial_score(doc: Doc, i: u32, use_class_weight: bool) -> f32 {
    let weight = if use_class_weight {
        class_weight(doc, i) as f32
    } else {
        0.0
    };
    tag_base_score(doc.tag(i)) + weight
}

/// The score a paragraph-like element gives its ancestors, if it is one.
fn paragraph_score(doc: Doc, i: u32, has_blocks: &[bool]) -> Option<f32> {
    let tag = doc.tag(i);
    let is_paragraph = is_scored_tag(tag)
        || (matches!(tag, "div" | "span" | "li" | "dd" | "blockquote")
            && !has_blocks[i as usize]
            && doc.parent(i).is_some_and(|p| !is_scored_tag(doc.tag(p))));
    if !is_paragraph || doc.text_len(i) < MIN_PARAGRAPH_LEN as u32 / 2 {
        return None;
    }
    if tag == "span" && doc.parent(i).is_some_and(|p| doc.tag(p) != "div") {
        return None;
    }
    let len = doc.weighted_len(i);
    if len < MIN_PARAGRAPH_LEN {
        return None;
    }
    let density = doc.link_density(i);
    let link_list = density > LINK_PARAGRAPH_DENSITY && doc.commas(i) > LINK_LIST_MIN_COMMAS;
    let own = if link_list { 1.0 - density } else { 1.0 };
    Some((1.0 + doc.commas(i) as f32 + (len / 100).min(3) as f32) * own)
}

/// Picks the article among the scored candidates.
pub fn find_article(doc: Doc, use_class_weight: bool) -> Option<Selection> {
    let body = doc.body();
    let scores = score_candidates(doc, body, use_class_weight);
    let mut ranked: Vec<(u32, f32)> = scores.iter().map(|(&k, &v)| (k, v)).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let Some(&(first, first_score)) = ranked.first() else {
        return Some(Selection {
            top: body,
            nodes: vec![body],
        });
    };
    let mut top = first;
    if first == body {
        return Some(Selection {
            top: body,
            nodes: vec![body],
        });
    }
    top = common_ancestor_of_alternatives(doc, top, first_score, &ranked, body);
    top = climb_while_parent_scores_higher(doc, top, &scores, body);
    top = stay_inside_own_article(doc, first, top);
    top = climb_single_child_wrappers(doc, top, body);
    let mut nodes = merge_siblings(doc, top, &scores);
    if let Some(lead) = lead_in_article_header(doc, nodes[0], body) {
        nodes.insert(0, lead);
    }
    Some(Selection { top, nodes })
}

/// Ancestor levels a prose paragraph credits in [`best_prose_block`]: the
/// parent, the grandparent and one more, so paragraphs that a page wraps
/// one by one in a `<div>` still credit the block around them all.
const PROSE_CREDIT_DEPTH: usize = 3;

/// The page's best run of paragraph prose, Readability-style: the element
/// its prose paragraphs ([`is_prose_paragraph`] under [`PROSE_RUN`]) credit
/// most, each paragraph's length shared out among its ancestors as
/// [`level_divider`] says, if that element holds prose ([`is_prose`]).
pub fn best_prose_block(doc: Doc) -> Option<u32> {
    best_prose_block_outside(doc, &[])
}

/// [`best_prose_block`] of the page without the subtrees of `outside`.
fn best_prose_block_outside(doc: Doc, outside: &[bool]) -> Option<u32> {
    let body = doc.body();
    let mut credit: FxHashMap<u32, f32> = FxHashMap::default();
    for p in doc.live_elements(body) {
        let left_out = outside.get(p as usize).copied().unwrap_or(false);
        if left_out || !is_prose_paragraph(doc, p, &PROSE_RUN) || in_page_footer(doc, p) {
            continue;
        }
        let len = doc.weighted_len(p) as f32;
        for (level, a) in doc.ancestors(p).take(PROSE_CREDIT_DEPTH).enumerate() {
            *credit.entry(a).or_default() += len / level_divider(level);
            if a == body {
                break;
            }
        }
    }
    // Ties go to the outer element, so the answer does not depend on the map's order.
    let (best, _) = credit
        .into_iter()
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))?;
    is_prose(doc, best, &PROSE_RUN).then_some(best)
}

/// The prose paragraphs of a block, how long they are together, and their words.
pub struct ProseRun {
    pub block: u32,
    pub paragraphs: Vec<u32>,
    pub len: u32,
    pub words: usize,
}

/// The block's prose paragraphs, measured.
pub fn prose_run(doc: Doc, block: u32) -> ProseRun {
    let mut run = ProseRun {
        block,
        paragraphs: Vec::new(),
        len: 0,
        words: 0,
    };
    for p in doc.live_elements(block) {
        if is_prose_paragraph(doc, p, &PROSE_RUN) && !in_page_footer(doc, p) {
            run.paragraphs.push(p);
            run.len += doc.text_len(p);
            run.words += crate::text::word_count(&doc.text(p));
        }
    }
    run
}

/// Words of paragraph prose below which a page holds no run of prose the
/// article must not miss: a short notice, a caption or a product blurb may
/// be paragraphs, but 150 words is a few paragraphs of a story (about a
/// minute's reading).
pub const STORY_MIN_WORDS: usize = 150;

/// The page's best run of prose when it is a story's worth
/// ([`STORY_MIN_WORDS`]).
pub fn story_run(doc: Doc) -> Option<ProseRun> {
    best_prose_block(doc)
        .map(|block| prose_run(doc, block))
        .filter(|run| run.words >= STORY_MIN_WORDS)
}

/// The elements that hold the page's story: the block of its best run of
/// prose outside comment threads, consent layers and dialogs (see
/// [`never_the_story`]), and its ancestors, sorted (empty when the page
/// has no such run).
pub fn story_path(doc: Doc) -> Vec<u32> {
    let mut outside = vec![false; doc.len()];
    for e in doc.live_elements(doc.body()) {
        if !outside[e as usize] && never_the_story(doc, e) {
            outside[e as usize..doc.end(e) as usize].fill(true);
        }
    }
    let Some(run) = best_prose_block_outside(doc, &outside)
        .map(|block| prose_run(doc, block))
        .filter(|run| run.words >= STORY_MIN_WORDS)
    else {
        return Vec::new();
    };
    let mut path: Vec<u32> = std::iter::once(run.block)
        .chain(doc.ancestors(run.block))
        .collect();
    path.sort_unstable();
    path
}

/// Least text of a provisional article: a smaller best block protects nothing.
const PROVISIONAL_MIN_LEN: u32 = 200;

/// The provisional article: the block that scores best on the page before
/// clutter removal (class weights off: those are chrome-like names too), and
/// its ancestors, sorted. The clutter stage shields them from weak rules.
pub fn provisional_article(doc: Doc) -> Vec<u32> {
    let Some(selection) = find_article(doc, false) else {
        return Vec::new();
    };
    let top = selection.top;
    if doc.text_len(top) < PROVISIONAL_MIN_LEN {
        return Vec::new();
    }
    let mut path: Vec<u32> = std::iter::once(top).chain(doc.ancestors(top)).collect();
    path.sort_unstable();
    path
}

/// How far above the chosen block the article's header is looked for.
const HEADER_SEARCH_LEVELS: usize = 4;

/// The lead paragraph in the article's header (`<header>`, an `intro` or
/// `lead` block next to the headline), when the chosen block starts after it:
/// the standfirst belongs to the article even where the body is kept apart.
fn lead_in_article_header(doc: Doc, first: u32, body: u32) -> Option<u32> {
    let container = doc
        .ancestors(first)
        .take(HEADER_SEARCH_LEVELS)
        .take_while(|&a| a != body)
        .filter(|&a| matches!(doc.tag(a), "article" | "main"))
        .last()
        .or_else(|| doc.parent(first).filter(|&p| p != body))?;
    doc.live_elements(container)
        .take_while(|&e| e < first)
        .filter(|&e| !doc.contains(e, first) && is_header_like(doc, e))
        .flat_map(|h| doc.live_elements(h))
        .find(|&e| {
            doc.tag(e) == "p"
                && LEAD_LEN.contains(&doc.weighted_len(e))
                && doc.link_len(e) == 0
                && ends_like_sentence(&doc.text(e))
        })
}

/// A `<header>`, or a block whose class names it the intro, lead or standfirst.
fn is_header_like(doc: Doc, i: u32) -> bool {
    const WORDS: &[&str] = &[
        "intro",
        "lead",
        "standfirst",
        "summary",
        "teaser",
        "deck",
        "header",
        "bajada",
        "entradilla",
        "chapo",
    ];
    doc.tag(i) == "header"
        || doc.attr(i, "class").is_some_and(|class| {
            let class = class.as_bytes();
            WORDS.iter().any(|w| {
                class
                    .windows(w.len())
                    .any(|part| part.eq_ignore_ascii_case(w.as_bytes()))
            })
        })
}

fn ends_like_sentence(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with([
        '.', '!', '?', '…', '。', '！', '？', '"', '“', '”', '»', '«',
    ]) || text.contains(". ")
}

/// When several near-best candidates share an ancestor, the ancestor is the article.
fn common_ancestor_of_alternatives(
    doc: Doc,
    top: u32,
    top_score: f32,
    ranked: &[(u32, f32)],
    body: u32,
) -> u32 {
    let alternatives: Vec<u32> = ranked
        .iter()
        .skip(1)
        .take(4)
        .filter(|(_, s)| top_score > 0.0 && s / top_score >= ALTERNATIVE_SHARE)
        .map(|&(i, _)| i)
        .collect();
    if alternatives.len() < MIN_ALTERNATIVES {
        return top;
    }
    let mut parent = doc.parent(top);
    while let Some(p) = parent {
        if p == body || doc.element(p).is_none() {
            break;
        }
        let containing = alternatives.iter().filter(|&&a| doc.contains(p, a)).count();
        if containing >= MIN_ALTERNATIVES {
            return p;
        }
        parent = doc.parent(p);
    }
    top
}

/// Readability's walk up: a parent scoring higher than its child takes over.
fn climb_while_parent_scores_higher(
    doc: Doc,
    mut top: u32,
    scores: &FxHashMap<u32, f32>,
    body: u32,
) -> u32 {
    let mut last = scores.get(&top).copied().unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut parent = doc.parent(top);
    while let Some(p) = parent {
        if p == body || doc.element(p).is_none() {
            break;
        }
        let Some(&score) = scores.get(&p) else {
            parent = doc.parent(p);
            continue;
        };
        if score < threshold {
            break;
        }
        if score > last {
            top = p;
            break;
        }
        last = score;
        parent = doc.parent(p);
    }
    top
}

/// A climb that would swallow a listing of several `<article>`s stops at the
/// article that holds the best-scoring block.
fn stay_inside_own_article(doc: Doc, first: u32, top: u32) -> u32 {
    if top == first {
        return top;
    }
    let Some(own) = std::iter::once(first)
        .chain(doc.ancestors(first))
        .find(|&a| doc.tag(a) == "article")
    else {
        return top;
    };
    if own == top || !doc.contains(top, own) {
        return top;
    }
    let articles = doc
        .live_elements(top)
        .filter(|&e| doc.tag(e) == "article")
        .take(2)
        .count();
    if articles >= 2 {
        own
    } else {
        top
    }
}

fn climb_single_child_wrappers(doc: Doc, mut top: u32, body: u32) -> u32 {
    while let Some(p) = doc.parent(top) {
        if p == body || doc.element(p).is_none() || doc.live_child_elements(p).count() != 1 {
            break;
        }
        top = p;
    }
    top
}

/// The top candidate plus siblings that score well or read like article
/// paragraphs, and the headings that introduce them.
fn merge_siblings(doc: Doc, top: u32, scores: &FxHashMap<u32, f32>) -> Vec<u32> {
    let Some(parent) = doc.parent(top) else {
        return vec![top];
    };
    let top_score = scores.get(&top).copied().unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let top_kind = first_class(doc, top);
    let siblings: Vec<u32> = doc.live_child_elements(parent).collect();
    let joins: Vec<bool> = siblings
        .iter()
        .map(|&s| {
            if s == top {
                return true;
            }
            if s < top && is_lead_block(doc, s) {
                return true;
            }
            let same_kind = top_kind.is_some()
                && doc.tag(s) == doc.tag(top)
                && first_class(doc, s) == top_kind
                && doc.link_density(s) < 0.3;
            if same_kind && doc.text_len(s) >= SAME_KIND_MIN_LEN && doc.link_density(s) < 0.25 {
                return true;
            }
            let bonus = if same_kind { top_score * 0.2 } else { 0.0 };
            if scores.get(&s).is_some_and(|&sc| sc + bonus >= threshold) {
                return true;
            }
            match doc.tag(s) {
                "p" => reads_like_paragraph(doc, s),
                "figure" => doc.link_density(s) < 0.5,
                _ => is_prose_block(doc, s) && class_weight(doc, s) >= 0,
            }
        })
        .collect();
    siblings
        .iter()
        .enumerate()
        .filter(|&(k, &s)| {
            joins[k]
                || (crate::view::is_heading_tag(doc.tag(s))
                    && joins.get(k + 1).copied().unwrap_or(false))
        })
        .map(|(_, &s)| s)
        .collect()
}

/// Least text a sibling of the top's own kind needs to join it outright.
const SAME_KIND_MIN_LEN: u32 = 140;

/// The first class name: the kind of component (`contentElement` in
/// `contentElement clearfix cType_textmedia`); layout classes (`block`,
/// `row`) say nothing of the kind.
fn first_class<'a>(doc: Doc<'_, 'a>, i: u32) -> Option<&'a str> {
    const LAYOUT: &[&str] = &[
        "block",
        "row",
        "col",
        "column",
        "container",
        "wrapper",
        "clearfix",
        "section",
        "item",
        "grid",
        "box",
        "inner",
    ];
    doc.attr(i, "class")
        .and_then(|c| c.split_whitespace().next())
        .filter(|c| !LAYOUT.iter().any(|l| l.eq_ignore_ascii_case(c)))
}

/// A sibling block made of real paragraphs: enough text, few links.
fn is_prose_block(doc: Doc, i: u32) -> bool {
    matches!(
        doc.tag(i),
        "div" | "section" | "article" | "ul" | "ol" | "blockquote" | "table" | "figure" | "dl"
    ) && is_prose(doc, i, &PROSE_SIBLING)
}

/// Weighted length range of a standfirst.
const LEAD_LEN: std::ops::RangeInclusive<usize> = 100..=1200;

/// A standfirst before the article body: a short run of link-free sentences
/// in a block of its own (`teaser`, `intro`, a long `h2` deck), no picture.
fn is_lead_block(doc: Doc, i: u32) -> bool {
    if !matches!(doc.tag(i), "div" | "section" | "h2" | "h3" | "h4")
        || !LEAD_LEN.contains(&doc.weighted_len(i))
        || doc.link_len(i) > 0
    {
        return false;
    }
    if doc
        .live_elements(i)
        .any(|e| matches!(doc.tag(e), "img" | "picture" | "figure" | "video"))
    {
        return false; // a picture with its caption
    }
    ends_like_sentence(&doc.text(i))
}

fn reads_like_paragraph(doc: Doc, i: u32) -> bool {
    let density = doc.link_density(i);
    let len = doc.text_len(i);
    if len > 80 {
        return density < 0.25;
    }
    len > 0 && density == 0.0 && {
        let text = doc.text(i);
        text.ends_with('.') || text.contains(". ") || text.ends_with('。')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::{Mask, View};
    use scraper::Html;

    /// Three paragraphs of story: enough for any block to win.
    fn story_paragraphs() -> String {
        format!("<p>{}</p>", "This is a sentence of the article, with commas, and more words to make it long enough. ".repeat(3)).repeat(3)
    }

    fn pick(src: &str) -> (String, Option<String>) {
        let html = Html::parse_document(src);
        let view = View::build(&html);
        let mask = Mask::new(&view);
        let doc = Doc::new(&view, &mask);
        let sel = find_article(doc, true).unwrap();
        let text: Vec<String> = sel.nodes.iter().map(|&n| doc.text(n)).collect();
        (text.join(" "), doc.attr(sel.top, "id").map(str::to_string))
    }

    #[test]
    fn article_beats_teaser_list() {
        let para = story_paragraphs();
        let teasers: String = (0..12)
            .map(|i| {
                format!("<li><a href='/t{i}'>Teaser headline number {i} about something</a></li>")
            })
            .collect();
        let (_, id) = pick(&format!(
            "<body><div id=teasers><ul>{teasers}</ul></div><div id=story>{para}</div></body>"
        ));
        assert_eq!(id.as_deref(), Some("story"));
    }

    #[test]
    fn sections_of_the_same_component_join_the_top() {
        let para = story_paragraphs();
        let short = "A short section of the report, about the weather of the week and the snow.";
        let (text, _) = pick(&format!(
            "<body><main><article class='contentElement clearfix'>{para}</article>\
             <article class='contentElement clearfix cType_textmedia'><h3>Beständiges Hoch</h3><p>{short}</p></article>\
             <article class='contentElement links'><a href=/1>One</a> <a href=/2>Two</a> <a href=/3>Three</a></article></main></body>"
        ));
        assert!(text.contains("Beständiges Hoch"));
        assert!(!text.contains("Three"));
    }

    #[test]
    fn layout_classes_do_not_make_siblings_one_component() {
        let para = story_paragraphs();
        let (text, _) = pick(&format!(
            "<body><main><div class='block block-views'>{para}</div>\
             <div class='block block-imageblock'>Publikationen in Forschung, Lehre und Studium mit offenen Lizenzen: wir besuchen Hochschulen, beraten Lehrende und zeigen, wie man Werke teilt und findet.</div></main></body>"
        ));
        assert!(!text.contains("Publikationen"));
    }

    #[test]
    fn comma_separated_link_list_does_not_outscore_the_story() {
        let para = "Izuku was struggling to understand how he had even managed to get here, seated before the villain. ".repeat(3);
        let kudos: Vec<String> = (0..400)
            .map(|i| format!("<a href='/users/u{i}'>reader_{i}</a>"))
            .collect();
        let (_, id) = pick(&format!(
            "<body><div id=chapter><p>{para}</p><p>{para}</p><p>{para}</p></div><div id=feedback><p class=kudos>{}</p></div></body>",
            kudos.join(", ")
        ));
        assert_eq!(id.as_deref(), Some("chapter"));
    }

    #[test]
    fn standfirst_before_the_body_joins_it() {
        let para = story_paragraphs();
        let (text, _) = pick(&format!(
            "<body><div><div class=teaser>The council agreed on a new budget on Tuesday. Schools and roads get most of the money, the rest goes to the libraries.</div>\
             <div class=nav-hint><a href=/more>More news from the council and the city of Example</a></div>\
             <div id=story>{para}</div></div></body>"
        ));
        assert!(text.contains("The council agreed on a new budget"));
        assert!(!text.contains("More news from the council"));
    }

    #[test]
    fn lead_in_the_article_header_joins_a_body_kept_apart() {
        let para = story_paragraphs();
        let (text, _) = pick(&format!(
            "<body><article><header class=article-header><h1>Title</h1><p class=intro>The council agreed on a new budget on Tuesday after a long night of talks; \
             schools and roads get most of the money.</p></header><div class=wrap><div id=story>{para}</div>\
             <div class=share><a href=/s>Share</a></div></div></article></body>"
        ));
        assert!(text.starts_with("The council agreed on a new budget"));
    }

    #[test]
    fn lead_in_a_header_beside_the_article_joins_it() {
        let para = story_paragraphs();
        let (text, _) = pick(&format!(
            "<body><main><header><h1>Title</h1><div class=teaser><p>Reports say the company dropped its plans for encrypted backups, \
             allegedly under pressure from the authorities, while a competitor has offered them for years.</p></div></header>\
             <article><div class=body>{para}</div></article></main></body>"
        ));
        assert!(text.starts_with("Reports say the company"), "{text}");
    }

    #[test]
    fn cjk_paragraphs_score_without_commas() {
        let para = "日本の首相は記者会見で新しい経済政策を発表した。政府は来年度の予算案に盛り込む方針だ。";
        let (text, _) = pick(&format!("<body><div id=a><p>{para}</p><p>{para}</p><p>{para}</p></div><div id=b><p>短い</p></div></body>"));
        assert!(text.contains("日本の首相"));
    }

    /// The id of the page's best prose block, and the words of its run.
    fn best_prose(src: &str) -> Option<(String, usize)> {
        let html = Html::parse_document(src);
        let view = View::build(&html);
        let mask = Mask::new(&view);
        let doc = Doc::new(&view, &mask);
        let block = best_prose_block(doc)?;
        let id = doc.attr(block, "id").unwrap_or("").to_string();
        Some((id, prose_run(doc, block).words))
    }

    #[test]
    fn best_prose_block_is_the_story_not_the_cards_or_the_footer() {
        let para = story_paragraphs();
        let card = "<div class=card><a href=/x><h3>A teaser</h3></a><section><p>One line of summary                     about another story of the day, long enough to be a paragraph.</p></section></div>";
        let footer_para = "<p>The company is registered in England, and this long legal note about                            it runs on for well over the length of a real paragraph.</p>";
        let (id, words) = best_prose(&format!(
            "<body><div id=grid>{}</div><div id=story>{para}</div><footer id=foot>{}</footer></body>",
            card.repeat(8),
            footer_para.repeat(6)
        ))
        .expect("a prose block");
        assert_eq!(id, "story");
        assert_eq!(words, 3 * 3 * 17);
    }

    #[test]
    fn pages_without_paragraph_prose_have_no_prose_block() {
        let teasers: String = (0..20)
            .map(|i| format!("<li><a href='/t{i}'>Teaser headline number {i}</a> One line.</li>"))
            .collect();
        assert!(best_prose(&format!("<body><ul>{teasers}</ul></body>")).is_none());
        assert!(best_prose("<body><div id=root></div></body>").is_none());
    }
}
