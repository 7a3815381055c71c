//! The last safeguard: the page's best run of prose when the article misses
//! it.

use super::attempts::{prepare_roots, render, Body, Choice, ClutterPasses, Outcome};
use crate::clutter::Cleared;
use crate::score;
use crate::signals;
use crate::view::{Doc, View};

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

/// When the article misses the page's best run of paragraph prose
/// ([`score::best_prose_block`] on the page as the article's clutter pass
/// left it) and is no long text of its own, that prose block is the
/// article, prepared and rendered as any other (pruned without conditional
/// cleaning, which may be what emptied the article).
pub(crate) fn fall_back_to_prose(passes: &mut ClutterPasses, judged: Outcome) -> Body {
    let page = passes.page;
    let view = &page.view;
    let strict = judged.choice.as_ref().is_none_or(|c| c.strict);
    if view.is_fragment() {
        return judged.body;
    }
    let cleared = passes.pass(strict);
    let doc = Doc::new(view, &cleared.mask);
    let Some(run) = score::story_run(doc) else {
        return judged.body;
    };
    if judged
        .choice
        .as_ref()
        .is_some_and(|c| holds_the_prose(view, c, cleared, &run))
    {
        return judged.body;
    }
    let choice = prepare_roots(page, (cleared, strict), vec![run.block], false);
    render(page, &choice)
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
