//! The block scorer as the precision judge inside an article: the rules find the article, then
//! the blocks at its edges that the scorer is sure are not the story go (an author box, "more
//! from", related links, a copyright or citation line, a subscribe appeal, a photo credit),
//! each reported with its kind and a reason in the reader's words, so that in-place mode
//! hides them too.

use super::attempts::Choice;
use crate::blocks::features::{Feature, Features};
use crate::blocks::Block;
use crate::report::{ClutterKind, Removed};
use crate::view::Doc;

/// Probability of content below which a block at the article's edge is furniture. On the
/// tune half (WCXB articles, snippets) 0.2 removed the most boilerplate for the least story:
/// an edge block the scorer gives less than one chance in five is a caption, a credit, a
/// label, a link list or a bio far more often than a closing paragraph.
const EDGE_BAR: f32 = 0.2;

/// Share of the article's text its edges may lose, at most: more is not furniture around a
/// story but a disagreement about what the story is, which the rules settle.
const MAX_EDGE_SHARE: f32 = 0.35;

/// The article's blocks (`inside`, in document order) that go: the runs at its start and end
/// the scorer judges furniture, unless together they are more than [`MAX_EDGE_SHARE`] of it.
pub(crate) fn edge_furniture(
    blocks: &[Block],
    inside: &[usize],
    probability: &[f32],
) -> Vec<usize> {
    let is_furniture = |&&k: &&usize| probability[k] < EDGE_BAR;
    let tail: Vec<usize> = inside
        .iter()
        .rev()
        .take_while(is_furniture)
        .copied()
        .collect();
    let head: Vec<usize> = inside
        .iter()
        .take_while(is_furniture)
        .filter(|k| !tail.contains(k))
        .copied()
        .collect();
    let total: u32 = inside.iter().map(|&k| blocks[k].text_len).sum();
    let edges: Vec<usize> = head.into_iter().chain(tail).collect();
    let cut: u32 = edges.iter().map(|&k| blocks[k].text_len).sum();
    if cut as f32 > MAX_EDGE_SHARE * total as f32 {
        return Vec::new();
    }
    edges
}

/// The choice without the furniture blocks `gone` (indices of `blocks`): each goes with the
/// largest element around it that holds no other block of the article, reported.
pub(crate) fn without_furniture(
    shown: Doc,
    choice: &Choice,
    (blocks, features): (&[Block], &[Features]),
    (inside, gone): (&[usize], &[usize]),
) -> Choice {
    let view = shown.view;
    let kept = Doc::new(view, &choice.mask);
    let mut mask = choice.mask.clone();
    let mut removed = choice.removed.clone();
    let stays: Vec<u32> = inside
        .iter()
        .filter(|k| !gone.contains(k))
        .map(|&k| blocks[k].node)
        .collect();
    for &k in gone {
        let element = outermost_alone(kept, &choice.roots, blocks[k].node, &stays);
        if mask.is_removed(element) || choice.roots.contains(&element) {
            continue;
        }
        let (kind, reason) = explain(&features[k]);
        removed.push(Removed {
            kind,
            reason: reason.to_string(),
            text_length: kept.text_len(element) as usize,
            selector: kept.css_path(element),
        });
        mask.remove(view, element);
    }
    Choice {
        mask,
        removed,
        roots: choice.roots.clone(),
        byline: choice.byline.clone(),
        strict: choice.strict,
        cuts: choice.cuts.clone(),
    }
}

/// The largest element around `node` inside the article's roots that holds none of the
/// blocks that stay: an author box goes with its picture, a credit with its wrapper.
fn outermost_alone(doc: Doc, roots: &[u32], node: u32, stays: &[u32]) -> u32 {
    let holds_one = |a: u32| stays.iter().any(|&s| doc.contains(a, s));
    let mut element = node;
    for a in doc.ancestors(node) {
        if roots.contains(&a) || !roots.iter().any(|&r| doc.contains(r, a)) || holds_one(a) {
            break;
        }
        element = a;
    }
    element
}

/// What a furniture block is, in the reader's words, from what gave it away.
fn explain(f: &Features) -> (ClutterKind, &'static str) {
    let on = |feature: Feature| f[feature] > 0.0;
    if on(Feature::LabelPromotion) {
        (
            ClutterKind::Newsletter,
            "Subscription or follow appeal: its words ask the reader to sign up",
        )
    } else if on(Feature::LabelRecommendation) || on(Feature::UnderRecommendationHeading) {
        (
            ClutterKind::Recommendation,
            "Related links: listed under a heading that points to other stories",
        )
    } else if on(Feature::HasCopyright) {
        (
            ClutterKind::Other,
            "Copyright or citation notice at the article's edge",
        )
    } else if on(Feature::NamesAuthor) {
        (
            ClutterKind::Other,
            "About the author: a box on the writer, not the story",
        )
    } else if on(Feature::NamesCaption) || on(Feature::InFigure) {
        (ClutterKind::Other, "Photo caption or credit")
    } else if f[Feature::LinkDensity] >= 0.5 {
        (
            ClutterKind::Recommendation,
            "Links to other pages at the article's edge",
        )
    } else {
        (
            ClutterKind::Other,
            "Page furniture at the article's edge: it does not read like the story",
        )
    }
}
