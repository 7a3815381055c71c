//! From the blocks judged content to the article: a mask that keeps their text
//! and what stands beside it, and the element to copy out.

use super::{starts_block, Block};
use crate::signals::code::is_code_block;
use crate::view::{Doc, Mask};

/// The page with only its content blocks, and the element that holds them all.
pub struct Content {
    pub mask: Mask,
    pub root: u32,
}

/// Keeps the blocks marked in `keep` on the page as `shown` has it: the text
/// of every other block is removed, so are the elements that hold no kept
/// block. Elements without any text (pictures, rules, breaks) stay whole where
/// their parent holds a kept block — a `<figure>` or `<a>` with its `<img>` —
/// unless they lie in one of `clutter`, the elements the rules removed as
/// clutter (ad banners and video thumbnails have no text either). `None` when
/// no block is kept.
pub fn content_mask(
    shown: Doc,
    base: &Mask,
    blocks: &[Block],
    keep: &[bool],
    clutter: &[u32],
) -> Option<Content> {
    let holds = holding_kept_blocks(shown, blocks, keep);
    let in_clutter = inside_any(shown, clutter);
    let kept_nodes: Vec<u32> = blocks
        .iter()
        .zip(keep)
        .filter(|(_, &k)| k)
        .map(|(b, _)| b.node)
        .collect();
    let root = common_ancestor(shown, &kept_nodes)?;
    let kept_at = kept_by_element(shown, blocks, keep);
    let mut mask = base.clone();
    let body = shown.body();
    let end = shown.end(body);
    // Per open block element: its end and whether its block is kept.
    let mut open: Vec<(u32, bool)> = Vec::new();
    let mut i = body;
    while i < end {
        while open.last().is_some_and(|&(e, _)| i >= e) {
            open.pop();
        }
        if shown.is_removed(i) {
            i = shown.end(i);
            continue;
        }
        // Code holding a kept block stays whole: its lines are not judged one by one.
        if holds[i as usize] && is_code_block(shown.view, i) {
            i = shown.end(i);
            continue;
        }
        let in_kept_block = open.last().is_some_and(|&(_, kept)| kept);
        let block = starts_block(shown.tag(i));
        // Inline markup of a kept block is the block's; anything else holding
        // no kept block goes by `should_go`.
        let inline_of_kept = in_kept_block && !block;
        if shown.is_element(i) && !inline_of_kept && !holds[i as usize] {
            if should_go(shown, i, &holds) || in_clutter[i as usize] {
                mask.remove(shown.view, i);
            }
            // A text-less element that stays is kept whole.
            i = shown.end(i);
            continue;
        }
        if block {
            open.push((shown.end(i), kept_at[i as usize]));
        } else if shown.is_visible_text(i) && !in_kept_block {
            mask.remove(shown.view, i);
        }
        i += 1;
    }
    Some(Content { mask, root })
}

/// Per node: whether a kept block's element is it or inside it.
fn holding_kept_blocks(shown: Doc, blocks: &[Block], keep: &[bool]) -> Vec<bool> {
    let mut holds = vec![false; shown.len()];
    for (b, _) in blocks.iter().zip(keep).filter(|(_, &k)| k) {
        for a in std::iter::once(b.node).chain(shown.ancestors(b.node)) {
            if std::mem::replace(&mut holds[a as usize], true) {
                break;
            }
        }
    }
    holds
}

/// Whether an element holding no kept block goes: it does when it has text
/// of its own (boilerplate), or when its parent holds no kept block either.
fn should_go(shown: Doc, i: u32, holds: &[bool]) -> bool {
    shown.text_len(i) > 0 || !shown.parent(i).is_some_and(|p| holds[p as usize])
}

/// Per node: whether it is one of `roots` or inside one.
fn inside_any(doc: Doc, roots: &[u32]) -> Vec<bool> {
    let mut inside = vec![false; doc.len()];
    for &r in roots {
        inside[r as usize..doc.end(r) as usize].fill(true);
    }
    inside
}

/// Per node: whether it is the element of a kept block.
fn kept_by_element(shown: Doc, blocks: &[Block], keep: &[bool]) -> Vec<bool> {
    let mut kept = vec![false; shown.len()];
    for (b, &k) in blocks.iter().zip(keep) {
        kept[b.node as usize] = k;
    }
    kept
}

/// The innermost element that holds every one of `nodes`.
fn common_ancestor(doc: Doc, nodes: &[u32]) -> Option<u32> {
    let (&first, rest) = nodes.split_first()?;
    let last = rest.iter().copied().max().unwrap_or(first).max(first);
    let lowest = rest.iter().copied().min().unwrap_or(first).min(first);
    std::iter::once(lowest)
        .chain(doc.ancestors(lowest))
        .find(|&a| doc.contains(a, last) && doc.is_element(a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::segment;
    use crate::view::View;
    use scraper::Html;

    /// A story between a menu and a footer, with a picture, a rule, a share box
    /// and a line of its own.
    const PAGE: &str = "<html><body><div id=page>\
        <nav id=menu><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
        <div id=story>Filed under Weather\
        <h1 id=title>Harbour reopens</h1>\
        <p id=one>The harbour reopened on <b id=bold>Wednesday</b> after the storm.</p>\
        <img id=photo src=\"/quay.jpg\"><hr id=rule>\
        <p id=two>Fishermen said the repairs would take weeks.</p>\
        <div id=share><a href=\"/s\">Share this story</a></div>\
        </div>\
        <footer id=footer><p>Contact us</p></footer>\
        </div><script id=script>var tracking = 1;</script></body></html>";

    fn by_id(view: &View, id: &str) -> u32 {
        (0..view.len() as u32)
            .find(|&i| view.attr(i, "id") == Some(id))
            .unwrap()
    }

    /// Blocks kept by their element's id.
    fn keep(view: &View, blocks: &[Block], ids: &[&str]) -> Vec<bool> {
        blocks
            .iter()
            .map(|b| view.attr(b.node, "id").is_some_and(|id| ids.contains(&id)))
            .collect()
    }

    /// The silent mask of the page: its script removed.
    fn silent(view: &View) -> Mask {
        let mut mask = Mask::new(view);
        mask.remove(view, by_id(view, "script"));
        mask
    }

    #[test]
    fn the_kept_blocks_stay_with_their_ancestors_and_the_rest_goes() {
        let html = Html::parse_document(PAGE);
        let view = View::build(&html);
        let base = silent(&view);
        let shown = Doc::new(&view, &base);
        let blocks = segment(shown);
        let keep = keep(&view, &blocks, &["title", "one", "two"]);
        assert_eq!(keep.iter().filter(|&&k| k).count(), 3);
        let content = content_mask(shown, &base, &blocks, &keep, &[]).expect("blocks kept");
        assert_eq!(content.root, by_id(&view, "story"));
        let mask = &content.mask;
        let removed = |id: &str| mask.is_removed(by_id(&view, id));
        // The blocks, their inline markup, the wrappers around them, and the picture
        // and rule beside them stay.
        for id in [
            "page", "story", "title", "one", "bold", "two", "photo", "rule",
        ] {
            assert!(!removed(id), "{id} kept");
        }
        // Blocks of text not kept go, whole elements where nothing kept is inside.
        for id in ["menu", "share", "footer", "script"] {
            assert!(removed(id), "{id} removed");
        }
        // The story's own line goes, the story stays.
        let line = (0..view.len() as u32)
            .find(|&i| view.text_node(i) == Some("Filed under Weather"))
            .unwrap();
        assert!(mask.is_removed(line));
        // What is left of the page is the kept blocks' text.
        let kept: u32 = blocks
            .iter()
            .zip(&keep)
            .filter(|(_, &k)| k)
            .map(|(b, _)| b.text_len)
            .sum();
        let doc = Doc::new(&view, mask);
        assert_eq!(doc.text_len(doc.body()), kept);
        assert_eq!(doc.text_len(content.root), kept);
        assert_eq!(
            doc.text(by_id(&view, "one")),
            "The harbour reopened on Wednesday after the storm."
        );
    }

    #[test]
    fn the_root_is_the_innermost_element_holding_every_kept_block() {
        let html = Html::parse_document(PAGE);
        let view = View::build(&html);
        let base = silent(&view);
        let shown = Doc::new(&view, &base);
        let blocks = segment(shown);
        let root = |ids: &[&str]| {
            let keep = keep(&view, &blocks, ids);
            content_mask(shown, &base, &blocks, &keep, &[]).map(|c| c.root)
        };
        assert_eq!(root(&["one"]), Some(by_id(&view, "one")));
        assert_eq!(root(&["one", "two"]), Some(by_id(&view, "story")));
        // A paragraph of the footer with one of the story: the page box holds both.
        let footer_p = blocks
            .iter()
            .find(|b| b.text(shown) == "Contact us")
            .map(|b| view.attr(b.node, "id"));
        assert_eq!(footer_p, Some(None), "the footer's <p> has no id");
        let mut keep_both = keep(&view, &blocks, &["two"]);
        let last = blocks.len() - 1;
        assert_eq!(blocks[last].text(shown), "Contact us");
        keep_both[last] = true;
        let content = content_mask(shown, &base, &blocks, &keep_both, &[]).unwrap();
        assert_eq!(content.root, by_id(&view, "page"));
        assert!(!content.mask.is_removed(by_id(&view, "footer")));
        assert!(content.mask.is_removed(by_id(&view, "one")));
    }

    /// A gallery of linked pictures between two captions, and a banner the
    /// rules cut as an ad.
    const GALLERY: &str = "<html><body><main id=main>\
        <h2 id=first>Winners of the year: houses</h2>\
        <figure id=fig><a id=link href=\"/house\"><img id=house src=\"/house.jpg\"></a></figure>\
        <div id=banner><a href=\"https://ads.example/\"><img id=ad src=\"/ad.gif\"></a></div>\
        <h2 id=second>Winners of the year: gardens</h2>\
        </main></body></html>";

    #[test]
    fn pictures_stay_in_their_wrappers_unless_the_rules_cut_them() {
        let html = Html::parse_document(GALLERY);
        let view = View::build(&html);
        let base = Mask::new(&view);
        let shown = Doc::new(&view, &base);
        let blocks = segment(shown);
        let keep = keep(&view, &blocks, &["first", "second"]);
        let banner = by_id(&view, "banner");
        let content = content_mask(shown, &base, &blocks, &keep, &[banner]).unwrap();
        let removed = |id: &str| content.mask.is_removed(by_id(&view, id));
        for id in ["fig", "link", "house", "first", "second"] {
            assert!(!removed(id), "{id} kept");
        }
        assert!(removed("banner") && removed("ad"));
        // Without the rules' cut, the banner is a picture like the others.
        let content = content_mask(shown, &base, &blocks, &keep, &[]).unwrap();
        assert!(!content.mask.is_removed(by_id(&view, "ad")));
    }

    #[test]
    fn nothing_kept_gives_no_content() {
        let html = Html::parse_document(PAGE);
        let view = View::build(&html);
        let base = silent(&view);
        let shown = Doc::new(&view, &base);
        let blocks = segment(shown);
        assert!(content_mask(shown, &base, &blocks, &vec![false; blocks.len()], &[]).is_none());
    }
}
