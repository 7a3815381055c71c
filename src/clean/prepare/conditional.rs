//! Readability's conditional cleaning: tables, lists and boxes judged by
//! their counts of paragraphs, images, list items, inputs, embeds, links and
//! commas, inner ones first.

use super::Pruning;
use crate::signals::{class_weight, is_prose, PROSE_UNDER_CHROME_CLASS};
use crate::view::Doc;

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

/// Readability's `_cleanConditionally` over tables, lists and boxes, inner ones first.
pub(super) fn clean_conditionally(p: &mut Pruning, root: u32) -> usize {
    let mut stats = subtree_stats(p.doc(), root);
    let targets = judged_elements(p.doc(), root);
    let mut removed = 0;
    for &(node, in_data_table) in targets.iter().rev() {
        if p.is_removed(node) || node == root || in_data_table {
            continue;
        }
        if p.may_remove(node) && should_remove(p.doc(), node, &stats[subtree_offset(root, node)]) {
            let gone = stats[subtree_offset(root, node)];
            for a in p.doc().ancestors(node).take(MAX_JUDGED_DEPTH + 10) {
                stats[subtree_offset(root, a)].sub(&gone);
                if a == root {
                    break;
                }
            }
            p.remove_judged(node);
            removed += 1;
        }
    }
    removed
}

/// Elements to judge, in document order, down to a bounded depth, each with
/// whether it sits inside a data table.
fn judged_elements(doc: Doc, root: u32) -> Vec<(u32, bool)> {
    let mut out = Vec::new();
    let mut open: Vec<(u32, bool)> = Vec::new();
    for e in doc.live_elements(root) {
        while open.last().is_some_and(|&(o, _)| !doc.contains(o, e)) {
            open.pop();
        }
        let inside = open
            .last()
            .is_some_and(|&(o, inside)| inside || (doc.tag(o) == "table" && is_data_table(doc, o)));
        open.push((e, inside));
        if open.len() <= MAX_JUDGED_DEPTH
            && matches!(
                doc.tag(e),
                "form" | "fieldset" | "table" | "ul" | "ol" | "div" | "section" | "aside"
            )
        {
            out.push((e, inside));
        }
    }
    out
}

/// Index of `i` in a vector covering the subtree of `root`.
fn subtree_offset(root: u32, i: u32) -> usize {
    (i - root) as usize
}

/// Counts for every node of the subtree of `root`, indexed with [`subtree_offset`].
fn subtree_stats(doc: Doc, root: u32) -> Vec<Stats> {
    let end = doc.end(root);
    let mut stats = vec![Stats::default(); (end - root) as usize];
    for i in (root..end).rev() {
        if doc.is_removed(i) {
            continue;
        }
        let mut own = stats[subtree_offset(root, i)];
        match doc.tag(i) {
            "" => {
                // A text node's own counts, taken from the view.
                own.commas += doc.commas(i);
                own.bare_len += doc.text_len(i);
            }
            tag => {
                own_counts(doc, i, tag, &mut own);
                if is_textish(tag) {
                    own.bare_len = 0;
                }
            }
        }
        stats[subtree_offset(root, i)] = own;
        if i != root {
            if let Some(p) = doc.parent(i) {
                let child = own;
                stats[subtree_offset(root, p)].add(&child);
            }
        }
    }
    stats
}

fn own_counts(doc: Doc, i: u32, tag: &str, s: &mut Stats) {
    match tag {
        "p" => s.p += 1,
        "img" if crate::clean::images::has_real_source(doc.view, i) => s.img += 1,
        "li" => s.li += 1,
        "input" => s.input += 1,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => s.heading_len = doc.text_len(i),
        "pre" | "math" | "svg" => s.protected += 1,
        "ul" | "ol" => s.list_len = doc.text_len(i),
        "table" => s.data_table |= is_data_table(doc, i),
        "iframe" | "embed" | "object" | "video" | "audio" => {
            let src = doc
                .attr(i, "src")
                .or_else(|| doc.attr(i, "data"))
                .unwrap_or("");
            if matches!(tag, "video" | "audio") || crate::signals::hosts::is_content_embed(src) {
                s.video_embeds += 1;
            } else {
                s.embeds += 1;
            }
        }
        _ => {}
    }
}

/// Readability's data-table test: tables of data stay, layout tables may go.
pub fn is_data_table(doc: Doc, i: u32) -> bool {
    if doc.attr(i, "role") == Some("presentation") || doc.attr(i, "datatable") == Some("0") {
        return false;
    }
    if doc.attr(i, "summary").is_some() {
        return true;
    }
    let mut rows = 0;
    let mut max_cols = 0;
    for e in doc.live_elements(i).skip(1) {
        match doc.tag(e) {
            "caption" if doc.text_len(e) > 0 => return true,
            "colgroup" | "col" | "tfoot" | "thead" | "th" => return true,
            "table" => return false,
            "tr" => {
                rows += 1;
                max_cols = max_cols.max(
                    doc.live_child_elements(e)
                        .filter(|&c| matches!(doc.tag(c), "td" | "th"))
                        .count(),
                );
            }
            _ => {}
        }
    }
    rows >= 10 || max_cols > 4 || rows * max_cols > 10
}

fn should_remove(doc: Doc, node: u32, s: &Stats) -> bool {
    let tag = doc.tag(node);
    let text_len = doc.text_len(node);
    let is_list =
        matches!(tag, "ul" | "ol") || (text_len > 0 && s.list_len as f32 / text_len as f32 > 0.9);
    // Figures are kept whole: their picture boxes and caption parts often wear
    // `media` class names.
    let figure_child = doc.has_ancestor_tag(node, &["figure"]);
    if s.data_table
        || s.video_embeds > 0
        || (s.protected > 0 && text_len > 0)
        || figure_child
        || doc.has_ancestor_tag(node, &["code", "pre"])
    {
        return false;
    }
    let weight = class_weight(doc, node);
    if weight < 0 {
        // A chrome-like class name (`media`, `tools`) on a box that holds the
        // story's own paragraphs is not reason enough.
        return !is_prose(doc, node, &PROSE_UNDER_CHROME_CLASS);
    }
    if s.commas >= 10 {
        return false;
    }
    let text = doc.text_prefix(node, 40);
    if is_ad_or_loading_word(&text) && text_len < 40 {
        return true;
    }
    let link_density = doc.link_density(node);
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
    if remove && is_list && is_image_list(doc, node, s) {
        return false;
    }
    remove
}

/// A simple list whose items are each one image stays.
fn is_image_list(doc: Doc, node: u32, s: &Stats) -> bool {
    let simple = doc
        .live_child_elements(node)
        .all(|c| doc.live_child_elements(c).count() <= 1);
    simple && s.img > 0 && s.img == s.li
}

fn is_ad_or_loading_word(text: &str) -> bool {
    let t = crate::case::lowercase(text.trim().trim_end_matches(['…', '.']));
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
