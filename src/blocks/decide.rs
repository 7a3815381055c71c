//! From the blocks judged content to the article: a mask that keeps their text
//! and what stands beside it, and the element to copy out.

use super::{starts_block, Block};
use crate::view::{Doc, Mask};

/// The page with only its content blocks, and the element that holds them all.
pub struct Content {
    pub mask: Mask,
    pub root: u32,
}

/// Keeps the blocks marked in `keep` on the page as `shown` has it: the text
/// of every other block is removed, so are the elements that hold no kept
/// block. Elements without any text (pictures, rules, breaks) stay where
/// their parent holds a kept block. `None` when no block is kept.
pub fn content_mask(shown: Doc, base: &Mask, blocks: &[Block], keep: &[bool]) -> Option<Content> {
    let holds = holding_kept_blocks(shown, blocks, keep);
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
        let in_kept_block = open.last().is_some_and(|&(_, kept)| kept);
        let block = starts_block(shown.tag(i));
        // Inline markup of a kept block is the block's; anything else holding
        // no kept block goes by `should_go`.
        let inline_of_kept = in_kept_block && !block;
        if shown.is_element(i)
            && !inline_of_kept
            && !holds[i as usize]
            && should_go(shown, i, &holds)
        {
            mask.remove(shown.view, i);
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
