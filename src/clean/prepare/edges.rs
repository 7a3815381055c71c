//! The publisher's furniture at the article's edges: disclosures, cookie
//! notices, calls to action, disclaimers, legal-link lines and date lines at
//! the first and last blocks; "back to the list" links; a closing line whose
//! embed is gone; a closing "About …" box.

use super::Pruning;
use crate::report::{ClutterKind, Removed};
use crate::signals::phrases::{
    matches_phrases, Grams, ABOUT_HEADINGS, BACK_LINKS, CALLS_TO_ACTION, COOKIE_NOTICES,
    DISCLAIMERS, DISCLOSURES, LEGAL_LINKS,
};
use crate::view::Doc;

/// Removes the furniture from the article's edges; returns how many blocks went.
pub(super) fn remove_edge_furniture(p: &mut Pruning, roots: &[u32]) -> usize {
    let blocks = edge_candidates(p.doc(), roots);
    remove_reader_prompts(p, &blocks)
        + remove_dangling_intro(p, roots, &blocks)
        + remove_closing_about(p, roots, &blocks)
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
fn remove_reader_prompts(p: &mut Pruning, blocks: &[u32]) -> usize {
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
            edge &= near && p.doc().text_len(block) <= PROMPT_MAX_LEN;
            if !p.is_removed(block)
                && p.may_remove(block)
                && is_reader_prompt(p.doc(), block, closing, edge)
            {
                let reported = reported_prompt(p.doc(), block);
                p.report.extend(reported);
                p.remove(block);
                count += 1;
            }
        }
    }
    count
}

/// A removed prompt as in-place mode sees it, when it is of a kind it hides:
/// a call to subscribe, register, follow or get the app (`Newsletter`, the
/// kind of those prompts) or a cookie notice (`Consent`). Disclosures,
/// disclaimers, date lines and back links are left to the page.
fn reported_prompt(doc: Doc, block: u32) -> Option<Removed> {
    let lower = crate::case::lowercase(doc.text(block).trim());
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
        text_length: doc.text_len(block) as usize,
        selector: doc.css_path(block),
    })
}

/// Most text of a closing "Here is the map:" line.
const DANGLING_INTRO_MAX_LEN: u32 = 200;

/// A short closing line that announces what follows ("Die Karte zum
/// Abspeichern:", "Participating blogs:") when nothing follows any more:
/// the embed or list it introduced was page furniture and is gone.
fn remove_dangling_intro(p: &mut Pruning, roots: &[u32], blocks: &[u32]) -> usize {
    let doc = p.doc();
    let last = blocks
        .iter()
        .rev()
        .copied()
        .find(|&b| !doc.is_removed(b) && is_text_block(doc, b));
    let followed = |b: u32| {
        roots
            .iter()
            .filter(|&&r| r >= b || doc.contains(r, b))
            .any(|&r| {
                doc.live_elements(r).any(|e| {
                    e > b && !doc.contains(b, e) && (doc.text_len(e) > 0 || is_media(doc.tag(e)))
                })
            })
    };
    match last {
        Some(b)
            if doc.text_len(b) <= DANGLING_INTRO_MAX_LEN
                && doc.text(b).trim_end().ends_with(':')
                && !followed(b) =>
        {
            usize::from(p.remove(b))
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
fn is_reader_prompt(doc: Doc, block: u32, closing: bool, edge: bool) -> bool {
    let len = doc.text_len(block);
    if len > PROMPT_MAX_LEN {
        return false;
    }
    let all_link = doc.link_density(block) >= 0.9;
    if !edge && !all_link {
        return false;
    }
    let lower = crate::case::lowercase(doc.text(block).trim());
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
            || doc.link_len(block) > 0
                && (is_link_bar(&lower) || doc.link_density(block) >= 0.2 && matches(LEGAL_LINKS))
    } else {
        matches(DISCLOSURES) || is_date_line(doc, block)
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
fn is_date_line(doc: Doc, block: u32) -> bool {
    let Some(time) = doc.live_elements(block).find(|&e| doc.tag(e) == "time") else {
        return false;
    };
    if doc.text_len(block) > 80 || doc.text_len(block) - doc.text_len(time) > 25 {
        return false;
    }
    let date = doc.text(time);
    let text = doc.text(block);
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
fn remove_closing_about(p: &mut Pruning, roots: &[u32], blocks: &[u32]) -> usize {
    let doc = p.doc();
    let live: Vec<u32> = blocks
        .iter()
        .copied()
        .filter(|&b| !doc.is_removed(b) && !is_loose_link(doc, b))
        .collect();
    let tail = &live[live.len().saturating_sub(ABOUT_BLOCKS_CHECKED)..];
    let is_about = |&b: &u32| {
        crate::view::is_heading_tag(doc.tag(b)) && doc.text_len(b) <= 80 && {
            let lower = crate::case::lowercase(doc.text(b).trim());
            ABOUT_HEADINGS.iter().any(|p| lower.starts_with(p))
        }
    };
    let Some(at) = tail.iter().position(is_about) else {
        return 0;
    };
    let rest = &tail[at..];
    let rest_len: u32 = rest.iter().map(|&b| doc.text_len(b)).sum();
    let total: u32 = roots.iter().map(|&r| doc.text_len(r)).sum();
    if rest_len > ABOUT_MAX_LEN || rest_len as f32 > ABOUT_MAX_SHARE * total as f32 {
        return 0;
    }
    let boxed = box_opened_by(doc, tail[at], roots);
    let rest = rest.to_vec();
    let count = rest.iter().filter(|&&b| p.remove(b)).count();
    p.remove(boxed);
    count
}

/// The largest box (not an article root) that `heading` opens, within the
/// size of an "About …" box: the bio's loose text goes with its heading.
fn box_opened_by(doc: Doc, heading: u32, roots: &[u32]) -> u32 {
    let mut node = heading;
    while let Some(parent) = doc.parent(node) {
        let opens = doc.live_child_elements(parent).next() == Some(node);
        if roots.contains(&parent) || !opens || doc.text_len(parent) > ABOUT_MAX_LEN {
            break;
        }
        node = parent;
    }
    node
}

/// The text blocks, loose links and `h1`s of the article, in order: where the
/// edge passes look.
fn edge_candidates(doc: Doc, roots: &[u32]) -> Vec<u32> {
    roots
        .iter()
        .flat_map(|&r| doc.live_elements(r).filter(move |&e| e != r))
        .filter(|&e| {
            doc.text_len(e) > 0
                && (is_text_block(doc, e) || is_loose_link(doc, e) || doc.tag(e) == "h1")
        })
        .collect()
}

/// A link standing as a block of its own, right inside a container.
fn is_loose_link(doc: Doc, i: u32) -> bool {
    doc.tag(i) == "a"
        && doc.parent(i).is_some_and(|p| {
            matches!(
                doc.tag(p),
                "div" | "section" | "article" | "main" | "footer" | "header"
            )
        })
}

/// A paragraph-like element holding no other block.
fn is_text_block(doc: Doc, i: u32) -> bool {
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
    let is_block = |e: u32| TEXT_BLOCKS.contains(&doc.tag(e)) || INNER_BLOCKS.contains(&doc.tag(e));
    TEXT_BLOCKS.contains(&doc.tag(i)) && !doc.live_child_elements(i).any(is_block)
}
