//! The quick check whether a page holds an article.

use super::attempts::ClutterPasses;
use super::options::Options;
use super::page::Page;
use crate::score;
use crate::view::Doc;

/// Paragraph text at least this long (weighted) counts towards readerability.
const READERABLE_MIN_PARAGRAPH: usize = 140;
/// Sum of `sqrt(len - 140)` over such paragraphs needed to say yes.
const READERABLE_MIN_SCORE: f32 = 20.0;

/// Whether the page probably holds an article: the same page reading,
/// clutter removal and article choice as [`extract`](crate::extract), then
/// Readability's paragraph test on the chosen article (so "yes" means
/// extraction finds that text).
pub fn is_probably_readerable(html: &str) -> bool {
    Page::read(html, &Options::default(), |page| {
        let mut passes = ClutterPasses::new(&page);
        let doc = Doc::new(&page.view, &passes.pass(true).mask);
        score::find_article(doc, true).is_some_and(|selection| {
            let mut score = 0.0;
            selection
                .nodes
                .iter()
                .any(|&root| paragraphs_score_enough(doc, root, &mut score))
        })
    })
}

/// Adds the paragraphs inside `root` to `score`; whether it reached
/// [`READERABLE_MIN_SCORE`].
fn paragraphs_score_enough(doc: Doc, root: u32, score: &mut f32) -> bool {
    for e in doc.live_elements(root) {
        let tag = doc.tag(e);
        let paragraph = matches!(tag, "p" | "pre" | "li" | "blockquote" | "td")
            || (tag == "div" && doc.count_tag(e, "br") > 0);
        if !paragraph {
            continue;
        }
        let len = doc.weighted_len(e);
        if len >= READERABLE_MIN_PARAGRAPH {
            *score += ((len - READERABLE_MIN_PARAGRAPH) as f32).sqrt();
            if *score > READERABLE_MIN_SCORE {
                return true;
            }
        }
    }
    false
}
