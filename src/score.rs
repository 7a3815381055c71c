//! Finds the article: paragraphs score their ancestors (Readability's method,
//! with script-aware lengths so CJK and other unspaced scripts are judged
//! fairly), the best candidate wins, and its siblings that look like article
//! content join it.

use std::collections::HashMap;

use crate::dom::Dom;

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
pub fn block_descendants(dom: &Dom) -> Vec<bool> {
    let mut has = vec![false; dom.len()];
    for i in (1..dom.len()).rev() {
        if dom.removed[i] {
            continue;
        }
        let is_block = is_block_child_tag(dom.tag(i as u32));
        if let Some(p) = dom.parent(i as u32) {
            if is_block || has[i] {
                has[p as usize] = true;
            }
        }
    }
    has
}

/// Readability's class weight: +25 for content-like class/id, -25 for chrome-like.
pub fn class_weight(dom: &Dom, i: u32) -> i32 {
    let mut weight = 0;
    for value in [dom.attr(i, "class"), dom.attr(i, "id")]
        .into_iter()
        .flatten()
    {
        let lower = value.to_ascii_lowercase();
        if NEGATIVE.iter().any(|p| lower.contains(p)) {
            weight -= 25;
        }
        if POSITIVE.iter().any(|p| lower.contains(p)) {
            weight += 25;
        }
    }
    weight
}

const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "teaser",
    "recommend",
];
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

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
pub fn score_candidates(dom: &Dom, root: u32, use_class_weight: bool) -> HashMap<u32, f32> {
    let has_blocks = block_descendants(dom);
    let mut scores: HashMap<u32, f32> = HashMap::new();
    for i in dom.live_elements(root) {
        let Some(paragraph_score) = paragraph_score(dom, i, &has_blocks) else {
            continue;
        };
        let mut level = 0usize;
        let mut anc = dom.parent(i);
        while let Some(a) = anc {
            if level >= SCORE_DEPTH || dom.element(a).is_none() || dom.parent(a).is_none() {
                break;
            }
            let entry = scores
                .entry(a)
                .or_insert_with(|| initial_score(dom, a, use_class_weight));
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            *entry += paragraph_score / divider;
            level += 1;
            anc = dom.parent(a);
        }
    }
    for (&i, score) in scores.iter_mut() {
        *score *= 1.0 - dom.link_density(i);
    }
    scores
}

fn initial_score(dom: &Dom, i: u32, use_class_weight: bool) -> f32 {
    let weight = if use_class_weight {
        class_weight(dom, i) as f32
    } else {
        0.0
    };
    tag_base_score(dom.tag(i)) + weight
}

/// The score a paragraph-like element gives its ancestors, if it is one.
fn paragraph_score(dom: &Dom, i: u32, has_blocks: &[bool]) -> Option<f32> {
    let tag = dom.tag(i);
    let is_paragraph = is_scored_tag(tag)
        || (matches!(tag, "div" | "span" | "li" | "dd" | "blockquote")
            && !has_blocks[i as usize]
            && dom.parent(i).is_some_and(|p| !is_scored_tag(dom.tag(p))));
    if !is_paragraph || dom.text_len[i as usize] < MIN_PARAGRAPH_LEN as u32 / 2 {
        return None;
    }
    if tag == "span" && dom.parent(i).is_some_and(|p| dom.tag(p) != "div") {
        return None;
    }
    let len = dom.weighted_len(i);
    if len < MIN_PARAGRAPH_LEN {
        return None;
    }
    let density = dom.link_density(i);
    let link_list =
        density > LINK_PARAGRAPH_DENSITY && dom.commas[i as usize] > LINK_LIST_MIN_COMMAS;
    let own = if link_list { 1.0 - density } else { 1.0 };
    Some((1.0 + dom.commas[i as usize] as f32 + (len / 100).min(3) as f32) * own)
}

/// Picks the article among the scored candidates.
pub fn find_article(dom: &Dom, use_class_weight: bool) -> Option<Selection> {
    let body = dom.body();
    let scores = score_candidates(dom, body, use_class_weight);
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
    top = common_ancestor_of_alternatives(dom, top, first_score, &ranked, body);
    top = climb_while_parent_scores_higher(dom, top, &scores, body);
    top = stay_inside_own_article(dom, first, top);
    top = climb_single_child_wrappers(dom, top, body);
    let mut nodes = merge_siblings(dom, top, &scores);
    if let Some(lead) = lead_in_article_header(dom, nodes[0], body) {
        nodes.insert(0, lead);
    }
    Some(Selection { top, nodes })
}

/// How far above the chosen block the article's header is looked for.
const HEADER_SEARCH_LEVELS: usize = 4;

/// The lead paragraph in the article's header (`<header>`, an `intro` or
/// `lead` block next to the headline), when the chosen block starts after it:
/// the standfirst belongs to the article even where the body is kept apart.
fn lead_in_article_header(dom: &Dom, first: u32, body: u32) -> Option<u32> {
    let container = dom
        .ancestors(first)
        .take(HEADER_SEARCH_LEVELS)
        .take_while(|&a| a != body)
        .filter(|&a| matches!(dom.tag(a), "article" | "main"))
        .last()
        .or_else(|| dom.parent(first).filter(|&p| p != body))?;
    dom.live_elements(container)
        .take_while(|&e| e < first)
        .filter(|&e| !dom.contains(e, first) && is_header_like(dom, e))
        .flat_map(|h| dom.live_elements(h))
        .find(|&e| {
            dom.tag(e) == "p"
                && LEAD_LEN.contains(&dom.weighted_len(e))
                && dom.link_len[e as usize] == 0
                && ends_like_sentence(&dom.text(e))
        })
}

/// A `<header>`, or a block whose class names it the intro, lead or standfirst.
fn is_header_like(dom: &Dom, i: u32) -> bool {
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
    dom.tag(i) == "header"
        || dom.attr(i, "class").is_some_and(|class| {
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
    dom: &Dom,
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
    let mut parent = dom.parent(top);
    while let Some(p) = parent {
        if p == body || dom.element(p).is_none() {
            break;
        }
        let containing = alternatives.iter().filter(|&&a| dom.contains(p, a)).count();
        if containing >= MIN_ALTERNATIVES {
            return p;
        }
        parent = dom.parent(p);
    }
    top
}

/// Readability's walk up: a parent scoring higher than its child takes over.
fn climb_while_parent_scores_higher(
    dom: &Dom,
    mut top: u32,
    scores: &HashMap<u32, f32>,
    body: u32,
) -> u32 {
    let mut last = scores.get(&top).copied().unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut parent = dom.parent(top);
    while let Some(p) = parent {
        if p == body || dom.element(p).is_none() {
            break;
        }
        let Some(&score) = scores.get(&p) else {
            parent = dom.parent(p);
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
        parent = dom.parent(p);
    }
    top
}

/// A climb that would swallow a listing of several `<article>`s stops at the
/// article that holds the best-scoring block.
fn stay_inside_own_article(dom: &Dom, first: u32, top: u32) -> u32 {
    if top == first {
        return top;
    }
    let Some(own) = std::iter::once(first)
        .chain(dom.ancestors(first))
        .find(|&a| dom.tag(a) == "article")
    else {
        return top;
    };
    if own == top || !dom.contains(top, own) {
        return top;
    }
    let articles = dom
        .live_elements(top)
        .filter(|&e| dom.tag(e) == "article")
        .take(2)
        .count();
    if articles >= 2 {
        own
    } else {
        top
    }
}

fn climb_single_child_wrappers(dom: &Dom, mut top: u32, body: u32) -> u32 {
    while let Some(p) = dom.parent(top) {
        if p == body || dom.element(p).is_none() || dom.live_child_elements(p).count() != 1 {
            break;
        }
        top = p;
    }
    top
}

/// The top candidate plus siblings that score well or read like article
/// paragraphs, and the headings that introduce them.
fn merge_siblings(dom: &Dom, top: u32, scores: &HashMap<u32, f32>) -> Vec<u32> {
    let Some(parent) = dom.parent(top) else {
        return vec![top];
    };
    let top_score = scores.get(&top).copied().unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let top_kind = first_class(dom, top);
    let siblings: Vec<u32> = dom.live_child_elements(parent).collect();
    let joins: Vec<bool> = siblings
        .iter()
        .map(|&s| {
            if s == top {
                return true;
            }
            if s < top && is_lead_block(dom, s) {
                return true;
            }
            let same_kind = top_kind.is_some()
                && dom.tag(s) == dom.tag(top)
                && first_class(dom, s) == top_kind
                && dom.link_density(s) < 0.3;
            if same_kind
                && dom.text_len[s as usize] >= SAME_KIND_MIN_LEN
                && dom.link_density(s) < 0.25
            {
                return true;
            }
            let bonus = if same_kind { top_score * 0.2 } else { 0.0 };
            if scores.get(&s).is_some_and(|&sc| sc + bonus >= threshold) {
                return true;
            }
            match dom.tag(s) {
                "p" => reads_like_paragraph(dom, s),
                "figure" => dom.link_density(s) < 0.5,
                _ => is_prose_block(dom, s),
            }
        })
        .collect();
    siblings
        .iter()
        .enumerate()
        .filter(|&(k, &s)| {
            joins[k]
                || (crate::dom::is_heading_tag(dom.tag(s))
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
fn first_class<'a>(dom: &Dom<'a>, i: u32) -> Option<&'a str> {
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
    dom.attr(i, "class")
        .and_then(|c| c.split_whitespace().next())
        .filter(|c| !LAYOUT.iter().any(|l| l.eq_ignore_ascii_case(c)))
}

/// A sibling block made of real paragraphs: enough text, few links.
fn is_prose_block(dom: &Dom, i: u32) -> bool {
    if !matches!(
        dom.tag(i),
        "div" | "section" | "article" | "ul" | "ol" | "blockquote" | "table" | "figure" | "dl"
    ) {
        return false;
    }
    let len = dom.text_len[i as usize];
    len >= 200
        && dom.link_density(i) < 0.15
        && dom
            .live_elements(i)
            .filter(|&e| dom.tag(e) == "p" && dom.text_len[e as usize] >= 80)
            .take(2)
            .count()
            >= 2
}

/// Weighted length range of a standfirst.
const LEAD_LEN: std::ops::RangeInclusive<usize> = 100..=1200;

/// A standfirst before the article body: a short run of link-free sentences
/// in a block of its own (`teaser`, `intro`, a long `h2` deck), no picture.
fn is_lead_block(dom: &Dom, i: u32) -> bool {
    if !matches!(dom.tag(i), "div" | "section" | "h2" | "h3" | "h4")
        || !LEAD_LEN.contains(&dom.weighted_len(i))
        || dom.link_len[i as usize] > 0
    {
        return false;
    }
    if dom
        .live_elements(i)
        .any(|e| matches!(dom.tag(e), "img" | "picture" | "figure" | "video"))
    {
        return false; // a picture with its caption
    }
    ends_like_sentence(&dom.text(i))
}

fn reads_like_paragraph(dom: &Dom, i: u32) -> bool {
    let density = dom.link_density(i);
    let len = dom.text_len[i as usize];
    if len > 80 {
        return density < 0.25;
    }
    len > 0 && density == 0.0 && {
        let text = dom.text(i);
        text.ends_with('.') || text.contains(". ") || text.ends_with('。')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    /// Three paragraphs of story: enough for any block to win.
    fn story_paragraphs() -> String {
        format!("<p>{}</p>", "This is a sentence of the article, with commas, and more words to make it long enough. ".repeat(3)).repeat(3)
    }

    fn pick(src: &str) -> (String, Option<String>) {
        let html = Html::parse_document(src);
        let dom = Dom::build(&html);
        let sel = find_article(&dom, true).unwrap();
        let text: Vec<String> = sel.nodes.iter().map(|&n| dom.text(n)).collect();
        (text.join(" "), dom.attr(sel.top, "id").map(str::to_string))
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
}
