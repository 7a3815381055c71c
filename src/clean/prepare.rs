//! Pruning inside the chosen article before it is copied out: Readability's
//! conditional cleaning (link-heavy lists and boxes, image walls, stray forms),
//! headline duplicates, bylines, low-weight headings.

use crate::dom::Dom;
use crate::score::class_weight;
use crate::{ClutterKind, Removed};

/// Nodes deeper than this below the article root are never judged one by one
/// (keeps pathological nesting linear).
const MAX_JUDGED_DEPTH: usize = 256;

/// Counts over a subtree, kept current as nodes are removed.
#[derive(Clone, Copy, Default)]
struct Stats {
    p: u32,
    img: u32,
    li: u32,
    input: u32,
    embeds: u32,
    video_embeds: u32,
    commas: u32,
    heading_len: u32,
    list_len: u32,
    /// Text not wrapped in any paragraph-ish element.
    bare_len: u32,
    /// `pre`, `math` and `svg` elements: their boxes are never judged away.
    protected: u32,
    data_table: bool,
}

impl Stats {
    fn add(&mut self, o: &Stats) {
        self.p += o.p;
        self.img += o.img;
        self.li += o.li;
        self.input += o.input;
        self.embeds += o.embeds;
        self.video_embeds += o.video_embeds;
        self.commas += o.commas;
        self.heading_len += o.heading_len;
        self.list_len += o.list_len;
        self.bare_len += o.bare_len;
        self.protected += o.protected;
        self.data_table |= o.data_table;
    }
    /// Removes a subtree's counts; saturating, since the counts are heuristics
    /// and a malformed tree (a heading inside a heading) may count a part twice.
    fn sub(&mut self, o: &Stats) {
        self.p = self.p.saturating_sub(o.p);
        self.img = self.img.saturating_sub(o.img);
        self.li = self.li.saturating_sub(o.li);
        self.input = self.input.saturating_sub(o.input);
        self.embeds = self.embeds.saturating_sub(o.embeds);
        self.video_embeds = self.video_embeds.saturating_sub(o.video_embeds);
        self.commas = self.commas.saturating_sub(o.commas);
        self.heading_len = self.heading_len.saturating_sub(o.heading_len);
        self.list_len = self.list_len.saturating_sub(o.list_len);
        self.bare_len = self.bare_len.saturating_sub(o.bare_len);
        self.protected = self.protected.saturating_sub(o.protected);
    }
}

fn is_textish(tag: &str) -> bool {
    matches!(
        tag,
        "span"
            | "li"
            | "td"
            | "blockquote"
            | "dl"
            | "div"
            | "img"
            | "ol"
            | "p"
            | "pre"
            | "table"
            | "ul"
            | "figure"
            | "figcaption"
            | "section"
            | "article"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "a"
            | "em"
            | "strong"
            | "b"
            | "i"
            | "code"
    )
}

/// Prunes the article subtrees in `roots`. Returns the removed nodes' count. The prompts of a
/// kind in-place mode hides (subscribe, get the app, cookie notices) are added to `report`, so
/// that it hides what the reader view drops here.
pub fn prune(
    dom: &mut Dom,
    roots: &[u32],
    title: &str,
    conditional: bool,
    report: &mut Vec<Removed>,
) -> usize {
    let mut removed = 0;
    for &root in roots {
        removed += remove_title_duplicate(dom, root, title);
        removed += remove_post_meta(dom, root);
        if conditional {
            removed += clean_conditionally(dom, root);
        }
        removed += remove_negative_headings(dom, root);
    }
    let blocks = edge_candidates(dom, roots);
    removed += remove_reader_prompts(dom, &blocks, report);
    removed += remove_dangling_intro(dom, roots, &blocks);
    removed += remove_closing_about(dom, roots, &blocks);
    dom.compute_lengths();
    removed
}

/// Finds the first byline element in the article (short text in an element
/// marked as author/byline), removes it and returns its text.
pub fn take_byline(dom: &mut Dom, roots: &[u32]) -> Option<String> {
    let found = roots
        .iter()
        .flat_map(|&r| dom.live_elements(r))
        .find(|&e| is_byline(dom, e))?;
    let text = dom.text(found);
    dom.remove(found);
    dom.compute_lengths();
    Some(text)
}

fn is_byline(dom: &Dom, i: u32) -> bool {
    let marked = dom.attr(i, "rel").is_some_and(|r| r.contains("author"))
        || dom
            .attr(i, "itemprop")
            .is_some_and(|r| r.contains("author"))
        || {
            let names = dom.class_and_id(i).to_ascii_lowercase();
            ["byline", "author", "dateline", "writtenby", "p-author"]
                .iter()
                .any(|p| names.contains(p))
        };
    let len = dom.text_len[i as usize];
    marked && len > 0 && len < 100 && !matches!(dom.tag(i), "body" | "article" | "main" | "html")
}

/// Class/id tokens of the small lines around a headline: kicker, dateline,
/// post meta, reading time. The metadata carries what they say.
const POST_META_TOKENS: &[&str] = &[
    "meta",
    "kicker",
    "dateline",
    "byline",
    "topline",
    "overline",
    "roofline",
    "eyebrow",
    "timestamp",
    "date",
    "postmeta",
    "entrymeta",
    "articlemeta",
    "postinfo",
    "articleinfo",
    "readingtime",
    "readtime",
    "published",
    "updated",
    "posted",
    "pubdate",
];

/// Longest text a post-meta line may have.
const POST_META_MAX_LEN: u32 = 120;

fn remove_post_meta(dom: &mut Dom, root: u32) -> usize {
    let found: Vec<u32> = dom
        .live_elements(root)
        .filter(|&e| {
            e != root
                && !matches!(
                    dom.tag(e),
                    "h1" | "h2"
                        | "p"
                        | "figure"
                        | "figcaption"
                        | "img"
                        | "picture"
                        | "table"
                        | "ul"
                        | "ol"
                        | "li"
                )
        })
        .filter(|&e| dom.text_len[e as usize] <= POST_META_MAX_LEN)
        .filter(|&e| {
            let names = dom.class_and_id(e);
            !names.is_empty()
                && crate::clutter::patterns::tokens(&names)
                    .iter()
                    .any(|t| POST_META_TOKENS.contains(&t.as_str()))
        })
        .collect();
    let mut count = 0;
    for e in found {
        if !dom.removed[e as usize] {
            dom.remove(e);
            count += 1;
        }
    }
    count
}

/// How many text blocks at the start and at the end of an article are checked
/// for disclosures and calls to action.
const OPENING_BLOCKS_CHECKED: usize = 4;
const CLOSING_BLOCKS_CHECKED: usize = 6;
/// How many blocks at either end are checked for "back to the list" links.
const EDGE_BLOCKS_CHECKED: usize = 10;

/// Longest block taken for a prompt; phrases are looked for only before the
/// first longer block.
const PROMPT_MAX_LEN: u32 = 500;

/// Short blocks in the page's voice rather than the story's: affiliate
/// disclosures and "back to the list" links opening or closing the article;
/// closing calls to follow, subscribe, get the app or rate the piece, closing
/// disclaimers and legal-link lines.
fn remove_reader_prompts(dom: &mut Dom, blocks: &[u32], report: &mut Vec<Removed>) -> usize {
    let opening = blocks
        .iter()
        .take(EDGE_BLOCKS_CHECKED)
        .enumerate()
        .map(|(k, &b)| (b, false, k < OPENING_BLOCKS_CHECKED));
    let closing = blocks
        .iter()
        .rev()
        .take(EDGE_BLOCKS_CHECKED)
        .enumerate()
        .map(|(k, &b)| (b, true, k < CLOSING_BLOCKS_CHECKED));
    let mut count = 0;
    for run in [opening.collect::<Vec<_>>(), closing.collect()] {
        let mut edge = true;
        for (block, closing, near) in run {
            edge &= near && dom.text_len[block as usize] <= PROMPT_MAX_LEN;
            if !dom.removed[block as usize] && is_reader_prompt(dom, block, closing, edge) {
                report.extend(reported_prompt(dom, block));
                dom.remove(block);
                count += 1;
            }
        }
    }
    count
}

/// A removed prompt as in-place mode sees it, when it is of a kind it hides: a call to
/// subscribe, register, follow or get the app (`Newsletter`, the kind of those prompts) or a
/// cookie notice (`Consent`). Disclosures, disclaimers, date lines and back links are left to
/// the page.
fn reported_prompt(dom: &Dom, block: u32) -> Option<Removed> {
    use crate::clutter::patterns::{matches_phrases, Grams, CALLS_TO_ACTION, COOKIE_NOTICES};
    let lower = dom.text(block).trim().to_lowercase();
    let grams = Grams::of(&lower);
    let (kind, reason) = if matches_phrases(&lower, &grams, COOKIE_NOTICES) {
        (
            ClutterKind::Consent,
            "cookie notice at the edge of the article",
        )
    } else if matches_phrases(&lower, &grams, CALLS_TO_ACTION) {
        (
            ClutterKind::Newsletter,
            "call to action closing the article",
        )
    } else {
        return None;
    };
    Some(Removed {
        kind,
        reason: reason.into(),
        text_length: dom.text_len[block as usize] as usize,
        selector: dom.css_path(block),
    })
}

/// Most text of a closing "Here is the map:" line.
const DANGLING_INTRO_MAX_LEN: u32 = 200;

/// A short closing line that announces what follows ("Die Karte zum
/// Abspeichern:", "Participating blogs:") when nothing follows any more:
/// the embed or list it introduced was page furniture and is gone.
fn remove_dangling_intro(dom: &mut Dom, roots: &[u32], blocks: &[u32]) -> usize {
    let last = blocks
        .iter()
        .rev()
        .copied()
        .find(|&b| !dom.removed[b as usize] && is_text_block(dom, b));
    let followed = |b: u32| {
        roots
            .iter()
            .filter(|&&r| r >= b || dom.contains(r, b))
            .any(|&r| {
                dom.live_elements(r).any(|e| {
                    e > b
                        && !dom.contains(b, e)
                        && (dom.text_len[e as usize] > 0 || is_media(dom.tag(e)))
                })
            })
    };
    match last {
        Some(b)
            if dom.text_len[b as usize] <= DANGLING_INTRO_MAX_LEN
                && dom.text(b).trim_end().ends_with(':')
                && !followed(b) =>
        {
            dom.remove(b);
            1
        }
        _ => 0,
    }
}

fn is_media(tag: &str) -> bool {
    matches!(
        tag,
        "img"
            | "picture"
            | "video"
            | "audio"
            | "iframe"
            | "svg"
            | "math"
            | "canvas"
            | "object"
            | "embed"
    )
}

/// Whether `block` is a prompt; `edge`: no long block stands between it and
/// the start or end of the article.
fn is_reader_prompt(dom: &Dom, block: u32, closing: bool, edge: bool) -> bool {
    use crate::clutter::patterns::{
        matches_phrases, Grams, BACK_LINKS, CALLS_TO_ACTION, COOKIE_NOTICES, DISCLAIMERS,
        DISCLOSURES, LEGAL_LINKS,
    };
    let len = dom.text_len[block as usize];
    if len > PROMPT_MAX_LEN {
        return false;
    }
    let all_link = dom.link_density(block) >= 0.9;
    if !edge && !all_link {
        return false;
    }
    let lower = dom.text(block).trim().to_lowercase();
    if all_link && BACK_LINKS.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    if !edge {
        return false;
    }
    let grams = Grams::of(&lower);
    let matches = |table| matches_phrases(&lower, &grams, table);
    if matches(COOKIE_NOTICES) {
        return true;
    }
    if closing {
        [CALLS_TO_ACTION, DISCLAIMERS, DISCLOSURES]
            .into_iter()
            .any(matches)
            || dom.link_len[block as usize] > 0
                && (is_link_bar(&lower) || dom.link_density(block) >= 0.2 && matches(LEGAL_LINKS))
    } else {
        matches(DISCLOSURES) || is_date_line(dom, block)
    }
}

/// "Kommentarfeed | Kommentare geschlossen | Trackback-URL": three or more
/// short items split by bars.
fn is_link_bar(text: &str) -> bool {
    let items: Vec<&str> = text.split('|').map(str::trim).collect();
    items.len() >= 3
        && items
            .iter()
            .all(|i| !i.is_empty() && i.chars().count() <= 40)
}

/// "Veröffentlichung: 2. Februar 2022": a date, alone or after a label
/// ending in a colon; the date is shown with the metadata.
fn is_date_line(dom: &Dom, block: u32) -> bool {
    let Some(time) = dom.live_elements(block).find(|&e| dom.tag(e) == "time") else {
        return false;
    };
    if dom.text_len[block as usize] > 80
        || dom.text_len[block as usize] - dom.text_len[time as usize] > 25
    {
        return false;
    }
    let date = dom.text(time);
    let text = dom.text(block);
    let label = text.replacen(date.as_str(), "", 1);
    let label = label.trim();
    date.chars().any(|c| c.is_ascii_digit()) && (label.is_empty() || label.ends_with(':'))
}

/// How many closing blocks are searched for an "About …" heading.
const ABOUT_BLOCKS_CHECKED: usize = 8;
/// Most text an "About …" box may hold, and its largest share of the article.
const ABOUT_MAX_LEN: u32 = 2500;
const ABOUT_MAX_SHARE: f32 = 0.3;

/// An "About Kathrin" / "Über das Presseportal" heading near the end, with
/// what follows it: the author's or publisher's self-description.
fn remove_closing_about(dom: &mut Dom, roots: &[u32], blocks: &[u32]) -> usize {
    use crate::clutter::patterns::ABOUT_HEADINGS;
    let live: Vec<u32> = blocks
        .iter()
        .copied()
        .filter(|&b| !dom.removed[b as usize] && !is_loose_link(dom, b))
        .collect();
    let tail = &live[live.len().saturating_sub(ABOUT_BLOCKS_CHECKED)..];
    let is_about = |&b: &u32| {
        crate::dom::is_heading_tag(dom.tag(b)) && dom.text_len[b as usize] <= 80 && {
            let lower = dom.text(b).trim().to_lowercase();
            ABOUT_HEADINGS.iter().any(|p| lower.starts_with(p))
        }
    };
    let Some(at) = tail.iter().position(is_about) else {
        return 0;
    };
    let rest = &tail[at..];
    let rest_len: u32 = rest.iter().map(|&b| dom.text_len[b as usize]).sum();
    let total: u32 = roots.iter().map(|&r| dom.text_len[r as usize]).sum();
    if rest_len > ABOUT_MAX_LEN || rest_len as f32 > ABOUT_MAX_SHARE * total as f32 {
        return 0;
    }
    let boxed = box_opened_by(dom, tail[at], roots);
    rest.iter().for_each(|&b| dom.remove(b));
    dom.remove(boxed);
    rest.len()
}

/// The largest box (not an article root) that `heading` opens, within the
/// size of an "About …" box: the bio's loose text goes with its heading.
fn box_opened_by(dom: &Dom, heading: u32, roots: &[u32]) -> u32 {
    let mut node = heading;
    while let Some(parent) = dom.parent(node) {
        let opens = dom.live_child_elements(parent).next() == Some(node);
        if roots.contains(&parent) || !opens || dom.text_len[parent as usize] > ABOUT_MAX_LEN {
            break;
        }
        node = parent;
    }
    node
}

/// The text blocks, loose links and `h1`s of the article, in order: where the
/// edge passes look.
fn edge_candidates(dom: &Dom, roots: &[u32]) -> Vec<u32> {
    roots
        .iter()
        .flat_map(|&r| dom.live_elements(r).filter(move |&e| e != r))
        .filter(|&e| {
            dom.text_len[e as usize] > 0
                && (is_text_block(dom, e) || is_loose_link(dom, e) || dom.tag(e) == "h1")
        })
        .collect()
}

/// A link standing as a block of its own, right inside a container.
fn is_loose_link(dom: &Dom, i: u32) -> bool {
    dom.tag(i) == "a"
        && dom.parent(i).is_some_and(|p| {
            matches!(
                dom.tag(p),
                "div" | "section" | "article" | "main" | "footer" | "header"
            )
        })
}

/// A paragraph-like element holding no other block.
fn is_text_block(dom: &Dom, i: u32) -> bool {
    const TEXT_BLOCKS: &[&str] = &[
        "p",
        "div",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dd",
        "blockquote",
    ];
    const INNER_BLOCKS: &[&str] = &["section", "ul", "ol", "table"];
    let is_block = |e: u32| TEXT_BLOCKS.contains(&dom.tag(e)) || INNER_BLOCKS.contains(&dom.tag(e));
    TEXT_BLOCKS.contains(&dom.tag(i)) && !dom.live_child_elements(i).any(is_block)
}

/// The first h1/h2 repeating the article title goes: the title is shown apart.
fn remove_title_duplicate(dom: &mut Dom, root: u32, title: &str) -> usize {
    if title.is_empty() {
        return 0;
    }
    let heading = dom
        .live_elements(root)
        .filter(|&e| matches!(dom.tag(e), "h1" | "h2"))
        .take(3)
        .find(|&h| similar(&dom.text(h), title));
    match heading {
        Some(h) => {
            dom.remove(h);
            1
        }
        None => 0,
    }
}

/// Two titles are the same when their words mostly coincide.
pub fn similar(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let common = wa.iter().filter(|w| wb.contains(w)).count();
    let shorter = wa.len().min(wb.len()) as f32;
    let longer = wa.len().max(wb.len()) as f32;
    common as f32 / shorter >= 0.9 && shorter / longer >= 0.75
}

fn remove_negative_headings(dom: &mut Dom, root: u32) -> usize {
    let bad: Vec<u32> = dom
        .live_elements(root)
        .filter(|&e| matches!(dom.tag(e), "h1" | "h2") && class_weight(dom, e) < 0)
        .collect();
    bad.iter().for_each(|&h| dom.remove(h));
    bad.len()
}

/// Readability's `_cleanConditionally` over tables, lists and boxes, inner ones first.
fn clean_conditionally(dom: &mut Dom, root: u32) -> usize {
    let mut stats = subtree_stats(dom, root);
    let targets = judged_elements(dom, root);
    let mut removed = 0;
    for &(node, in_data_table) in targets.iter().rev() {
        if dom.removed[node as usize] || node == root || in_data_table {
            continue;
        }
        if should_remove(dom, node, &stats[at(root, node)]) {
            let gone = stats[at(root, node)];
            let (text, links) = (dom.text_len[node as usize], dom.link_len[node as usize]);
            let mut a = dom.parent(node);
            let mut steps = 0;
            while let Some(p) = a {
                stats[at(root, p)].sub(&gone);
                dom.text_len[p as usize] = dom.text_len[p as usize].saturating_sub(text);
                dom.link_len[p as usize] = dom.link_len[p as usize].saturating_sub(links);
                if p == root || steps > MAX_JUDGED_DEPTH + 8 {
                    break;
                }
                steps += 1;
                a = dom.parent(p);
            }
            dom.remove(node);
            removed += 1;
        }
    }
    removed
}

/// Elements to judge, in document order, down to a bounded depth, each with
/// whether it sits inside a data table.
fn judged_elements(dom: &Dom, root: u32) -> Vec<(u32, bool)> {
    let mut out = Vec::new();
    let mut open: Vec<(u32, bool)> = Vec::new();
    for e in dom.live_elements(root) {
        while open.last().is_some_and(|&(o, _)| !dom.contains(o, e)) {
            open.pop();
        }
        let inside = open
            .last()
            .is_some_and(|&(o, inside)| inside || (dom.tag(o) == "table" && is_data_table(dom, o)));
        open.push((e, inside));
        if open.len() <= MAX_JUDGED_DEPTH
            && matches!(
                dom.tag(e),
                "form" | "fieldset" | "table" | "ul" | "ol" | "div" | "section" | "aside"
            )
        {
            out.push((e, inside));
        }
    }
    out
}

/// Index of `i` in a vector covering the subtree of `root`.
fn at(root: u32, i: u32) -> usize {
    (i - root) as usize
}

/// Counts for every node of the subtree of `root`, indexed with [`at`].
fn subtree_stats(dom: &Dom, root: u32) -> Vec<Stats> {
    let end = dom.end(root);
    let mut stats = vec![Stats::default(); (end - root) as usize];
    for i in (root..end).rev() {
        if dom.removed[i as usize] {
            continue;
        }
        let mut own = stats[at(root, i)];
        match dom.tag(i) {
            "" => {
                // A text node's own counts, taken from the view.
                own.commas += dom.commas[i as usize];
                own.bare_len += dom.text_len[i as usize];
            }
            tag => {
                own_counts(dom, i, tag, &mut own);
                if is_textish(tag) {
                    own.bare_len = 0;
                }
            }
        }
        stats[at(root, i)] = own;
        if i != root {
            if let Some(p) = dom.parent(i) {
                let child = own;
                stats[at(root, p)].add(&child);
            }
        }
    }
    stats
}

fn own_counts(dom: &Dom, i: u32, tag: &str, s: &mut Stats) {
    match tag {
        "p" => s.p += 1,
        "img" if super::images::has_real_source(dom, i) => s.img += 1,
        "li" => s.li += 1,
        "input" => s.input += 1,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => s.heading_len = dom.text_len[i as usize],
        "pre" | "math" | "svg" => s.protected += 1,
        "ul" | "ol" => s.list_len = dom.text_len[i as usize],
        "table" => s.data_table |= is_data_table(dom, i),
        "iframe" | "embed" | "object" | "video" | "audio" => {
            let src = dom
                .attr(i, "src")
                .or_else(|| dom.attr(i, "data"))
                .unwrap_or("");
            if matches!(tag, "video" | "audio")
                || crate::clutter::patterns::url_matches_host(
                    src,
                    crate::clutter::patterns::EMBED_HOSTS,
                )
            {
                s.video_embeds += 1;
            } else {
                s.embeds += 1;
            }
        }
        _ => {}
    }
}

/// Readability's data-table test: tables of data stay, layout tables may go.
pub fn is_data_table(dom: &Dom, i: u32) -> bool {
    if dom.attr(i, "role") == Some("presentation") || dom.attr(i, "datatable") == Some("0") {
        return false;
    }
    if dom.attr(i, "summary").is_some() {
        return true;
    }
    let mut rows = 0;
    let mut max_cols = 0;
    for e in dom.live_elements(i).skip(1) {
        match dom.tag(e) {
            "caption" if dom.text_len[e as usize] > 0 => return true,
            "colgroup" | "col" | "tfoot" | "thead" | "th" => return true,
            "table" => return false,
            "tr" => {
                rows += 1;
                max_cols = max_cols.max(
                    dom.live_child_elements(e)
                        .filter(|&c| matches!(dom.tag(c), "td" | "th"))
                        .count(),
                );
            }
            _ => {}
        }
    }
    rows >= 10 || max_cols > 4 || rows * max_cols > 10
}

fn should_remove(dom: &Dom, node: u32, s: &Stats) -> bool {
    let tag = dom.tag(node);
    let text_len = dom.text_len[node as usize];
    let is_list =
        matches!(tag, "ul" | "ol") || (text_len > 0 && s.list_len as f32 / text_len as f32 > 0.9);
    // Figures are kept whole: their picture boxes and caption parts often wear
    // `media` class names.
    let figure_child = dom.has_ancestor_tag(node, &["figure"]);
    if s.data_table
        || s.video_embeds > 0
        || (s.protected > 0 && text_len > 0)
        || figure_child
        || dom.has_ancestor_tag(node, &["code", "pre"])
    {
        return false;
    }
    let weight = class_weight(dom, node);
    if weight < 0 {
        // A chrome-like class name (`media`, `tools`) on a box that holds the
        // story's own paragraphs is not reason enough.
        return !crate::clutter::looks_like_prose(dom, node);
    }
    if s.commas >= 10 {
        return false;
    }
    let text = dom.text_prefix(node, 40);
    if is_ad_or_loading_word(&text) && text_len < 40 {
        return true;
    }
    let link_density = dom.link_density(node);
    let heading_density = if text_len == 0 {
        0.0
    } else {
        s.heading_len as f32 / text_len as f32
    };
    let (p, img, li) = (s.p as i64, s.img as i64, s.li as i64 - 100);
    let reasons = [
        img > 1 && (p as f32 / img as f32) < 0.5,
        !is_list && li > p,
        s.input as i64 > p / 3,
        !is_list
            && heading_density < 0.9
            && text_len < 25
            && (img == 0 || img > 2)
            && link_density > 0.0,
        !is_list && weight < 25 && link_density > 0.2,
        weight >= 25 && link_density > 0.5,
        (s.embeds == 1 && text_len < 75) || s.embeds > 1,
        img == 0 && (text_len == 0 || s.bare_len >= text_len) && tag != "table",
    ];
    let remove = reasons.iter().any(|&r| r);
    if remove && is_list && is_image_list(dom, node, s) {
        return false;
    }
    remove
}

/// A simple list whose items are each one image stays.
fn is_image_list(dom: &Dom, node: u32, s: &Stats) -> bool {
    let simple = dom
        .live_child_elements(node)
        .all(|c| dom.live_child_elements(c).count() <= 1);
    simple && s.img > 0 && s.img == s.li
}

fn is_ad_or_loading_word(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['…', '.']).to_lowercase();
    matches!(
        t.as_str(),
        "ad" | "advertising"
            | "advertisement"
            | "pub"
            | "publicité"
            | "werb"
            | "werbung"
            | "anzeige"
            | "广告"
            | "реклама"
            | "anuncio"
            | "loading"
            | "正在加载"
            | "загрузка"
            | "chargement"
            | "cargando"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn pruned_text(src: &str) -> String {
        let html = Html::parse_document(src);
        let mut dom = Dom::build(&html);
        let body = dom.body();
        prune(&mut dom, &[body], "The Title", true, &mut Vec::new());
        dom.text(body)
    }

    #[test]
    fn link_heavy_box_goes_paragraphs_stay() {
        let text = pruned_text(
            "<body><h1>The Title</h1><p>First paragraph of the story, with enough words to be real.</p>\
             <div><a href=/1>One teaser</a> <a href=/2>Two teaser</a></div><p>Second paragraph.</p></body>",
        );
        assert!(!text.contains("The Title"));
        assert!(!text.contains("teaser"));
        assert!(text.contains("Second paragraph."));
    }

    const STORY_PARAGRAPH: &str = "<p>A paragraph of the story that runs on for a while, with commas, names and places in it.</p>";

    #[test]
    fn back_links_legal_bars_and_date_lines_at_the_edges_go() {
        let para = STORY_PARAGRAPH.repeat(4);
        let text = pruned_text(&format!(
            "<body><p>Veröffentlichung: <time datetime=2022-02-02>2. Februar 2022</time></p>{para}\
             <p>Kommentarfeed | Kommentare geschlossen | <a href=/tb>Trackback-URL</a></p>\
             <div><a href=/presse>zurück zur Listenansicht</a></div>\
             <p><a href=/impressum>Impressum</a> | <a href=/datenschutz>Datenschutz</a> | © 2020 Example</p>\
             <p>Informujemy, że korzystamy z cookies.</p></body>"
        ));
        assert!(text.contains("A paragraph of the story"));
        for gone in [
            "Veröffentlichung",
            "Kommentarfeed",
            "Listenansicht",
            "Impressum",
            "cookies",
        ] {
            assert!(!text.contains(gone), "{gone} kept in {text}");
        }
    }

    #[test]
    fn sentences_mentioning_dates_or_going_back_stay() {
        let para = STORY_PARAGRAPH.repeat(4);
        let text = pruned_text(&format!(
            "<body><p>The law passed on <time>2 February 2022</time> after a long and bitter debate in parliament.</p>\
             <p><abbr title=x>ABBR</abbr> <time>today</time></p>{para}\
             <p>Zurück zum Anfang: the minister said the plan would be revised. <a href=/p>Read the plan</a></p></body>"
        ));
        assert!(text.contains("The law passed on") && text.contains("ABBR"));
        assert!(text.contains("Zurück zum Anfang"));
    }

    #[test]
    fn closing_intro_line_goes_only_when_nothing_follows() {
        let para = STORY_PARAGRAPH.repeat(4);
        let gone = pruned_text(&format!(
            "<body>{para}<p>Die Karte zum Abspeichern:</p></body>"
        ));
        assert!(gone.contains("A paragraph of the story") && !gone.contains("Die Karte"));
        let kept = pruned_text(&format!(
            "<body>{para}<p>As usual, the config:</p><pre>set -g mouse on</pre></body>"
        ));
        assert!(kept.contains("As usual, the config:"));
    }

    #[test]
    fn closing_about_box_goes_with_its_loose_text() {
        let para = STORY_PARAGRAPH.repeat(5);
        let text = pruned_text(&format!(
            "<body>{para}<div id=author-description><h2>Über Michael Muster</h2>Lehrer in Freiburg | bloggt gelegentlich</div></body>"
        ));
        assert!(text.contains("A paragraph of the story"));
        assert!(!text.contains("Michael Muster"));
        assert!(!text.contains("bloggt"));
    }

    #[test]
    fn about_heading_opening_a_long_closing_section_stays() {
        let text = pruned_text(&format!(
            "<body>{}<h2>About the study</h2>{}</body>",
            STORY_PARAGRAPH.repeat(2),
            STORY_PARAGRAPH.repeat(6)
        ));
        assert!(text.contains("About the study"));
    }

    #[test]
    fn data_tables_survive() {
        let text = pruned_text(
            "<body><p>Intro.</p><table><thead><tr><th>Name</th><th>Value</th></tr></thead>\
             <tbody><tr><td><a href=/x>Linked</a></td><td>1</td></tr></tbody></table></body>",
        );
        assert!(text.contains("Linked"));
    }

    #[test]
    fn closing_calls_to_action_go() {
        let story = "The council voted on Tuesday to extend the programme for another year, officials said. ".repeat(5);
        let text = pruned_text(&format!(
            "<body><p>{story}</p><p>The minister wrote on Twitter that the decision was final.</p>\
             <p>Follow The Daily Example on Twitter and Instagram @dailyexample.</p>\
             <p>For the latest stories download the Example News app for iOS and Android.</p></body>"
        ));
        assert!(text.contains("wrote on Twitter that the decision was final"));
        assert!(!text.contains("Follow The Daily Example"));
        assert!(!text.contains("Example News app"));
    }

    #[test]
    fn closing_disclaimer_goes() {
        let story =
            "The minister presented the plan for the theatres and museums of the state on Monday. "
                .repeat(5);
        let text = pruned_text(&format!(
            "<body><p>{story}</p><p>This contribution gives the author's view.</p>\
             <p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</p></body>"
        ));
        assert!(text.contains("gives the author's view"));
        assert!(!text.contains("Meinung des Autors"));
    }

    #[test]
    fn opening_affiliate_disclosure_goes() {
        let story = "The airline will join the alliance in March, three months later than planned, executives said. ".repeat(5);
        let text = pruned_text(&format!(
            "<body><p>This post contains references to products from our advertisers. We may receive compensation when you click.</p>\
             <p>{story}</p></body>"
        ));
        assert!(text.contains("join the alliance"));
        assert!(!text.contains("compensation"));
    }

    #[test]
    fn calls_to_action_inside_the_story_stay() {
        let story = "The council voted on Tuesday to extend the programme for another year, officials said. ".repeat(7);
        let text = pruned_text(&format!(
            "<body><p>Follow us on Twitter for updates.</p><p>{story}</p></body>"
        ));
        assert!(text.contains("Follow us on Twitter"));
    }

    #[test]
    fn similar_titles() {
        assert!(similar(
            "USA und Japan stärken Sicherheitszusammenarbeit",
            "USA und Japan stärken Sicherheitszusammenarbeit"
        ));
        assert!(!similar(
            "Spider-Man: a review",
            "A different story entirely"
        ));
    }
}
