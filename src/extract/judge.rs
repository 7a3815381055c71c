//! Who decides what the article is: the rules' article as it is, or the
//! blocks the learned scorer keeps (see [`Scorer`]), and the page's kind.

use super::attempts::{render, Body, Choice, ClutterPasses, Outcome};
use super::furniture;
use super::options::Scorer;
use super::page::Page;
use crate::blocks::{
    self, features::block_features, features::Feature, features::Features, features::RulesOutcome,
};
use crate::kind::{self, KindProbabilities, PageFacts, PageFeatures, PageKind};
use crate::stages::{timed, Stage};
use crate::view::Doc;

/// The body the chosen judge gives (with the choice it was rendered from):
/// the rules' own, or the block scorer's over the page the rules judged, and
/// the page's kind.
pub(crate) fn judge_with(
    scorer: Scorer,
    passes: &ClutterPasses,
    rules: Outcome,
) -> (Outcome, PageKind) {
    let page = passes.page;
    let Some(choice) = rules.choice.as_ref() else {
        return (rules, PageKind::default());
    };
    let shown = page.shown();
    let Some(scored) = ScoredBlocks::of(shown, choice) else {
        return (rules, PageKind::default());
    };
    let kinds = timed(Stage::Model, || {
        scored.kind_probabilities(shown, page, choice)
    });
    let kind = kinds.most_probable();
    let rules_keep: Vec<bool> = scored
        .features
        .iter()
        .map(|f| f[Feature::InSelection] > 0.0 && f[Feature::KeptByRules] > 0.0)
        .collect();
    let keep = match scorer {
        Scorer::Rules => return (rules, kind),
        Scorer::Model => timed(Stage::Model, || model_keep(&scored, kind)),
        Scorer::Both if is_article_like(&kinds) => {
            let judged = timed(Stage::Model, || {
                without_edge_furniture(page, &scored, rules, &rules_keep)
            });
            return (judged, kind);
        }
        Scorer::Both => timed(Stage::Model, || model_keep(&scored, kind)),
    };
    if keep == rules_keep {
        return (rules, kind);
    }
    let model = timed(Stage::Model, || scored.article(shown, page, choice, &keep));
    let body = match &model {
        Some(model) => render(page, model),
        None => Body::empty(choice.removed.clone()),
    };
    (
        Outcome {
            body,
            choice: model,
        },
        kind,
    )
}

/// Probability of an article or documentation page below which the block
/// scorer decides (threads, listings, products, landing pages); above it the
/// rules, made for articles, do. On the tune half, with the kind's bars of
/// [`content_bar`], 0.1, 0.3 and 0.5 gave WCXB 0.842, 0.849, 0.852 word F1
/// and the snippets corpus 56, 59, 61 kept boilerplate strings; 0.1 is kept
/// because a story beside a grid of teaser cards (`tests/no_catastrophe.rs`,
/// a common news layout) already looks like a collection to the classifier
/// at 0.2 to 0.3, and the scorer then keeps the cards: misjudging an article
/// costs more than the gain on the other kinds. Letting the scorer add or
/// drop single blocks on article pages, at any certainty, gained nothing and
/// cost snippet strings.
const ARTICLE_LIKE: f32 = 0.1;

/// Whether the rules decide the page when both judge (see [`ARTICLE_LIKE`]).
fn is_article_like(kinds: &KindProbabilities) -> bool {
    kinds.of(PageKind::Article) + kinds.of(PageKind::Documentation) >= ARTICLE_LIKE
}

/// The rules' article without the furniture the scorer finds at its edges
/// (see [`furniture`]); a fragment (an article cleaned before) is left whole.
fn without_edge_furniture(
    page: &Page,
    scored: &ScoredBlocks,
    rules: Outcome,
    rules_keep: &[bool],
) -> Outcome {
    let Some(choice) = rules.choice.as_ref().filter(|_| !page.view.is_fragment()) else {
        return rules;
    };
    let inside: Vec<usize> = (0..rules_keep.len()).filter(|&k| rules_keep[k]).collect();
    let gone = furniture::edge_furniture(&scored.blocks, &inside, &scored.probability);
    if gone.is_empty() {
        return rules;
    }
    let shown = page.shown();
    let blocks = (&scored.blocks[..], &scored.features[..]);
    let pruned = furniture::without_furniture(shown, choice, blocks, (&inside, &gone));
    Outcome {
        body: render(page, &pruned),
        choice: Some(pruned),
    }
}

/// The blocks the scorer keeps on a page of that kind: those it gives at
/// least the kind's bar, but never a block that is nothing but the label of
/// a related-links or promotion box ("You may also like" over a grid the
/// page fills by script, "Subscribe to our newsletter"): a label is the
/// box's, and without its box it says nothing.
fn model_keep(scored: &ScoredBlocks, kind: PageKind) -> Vec<bool> {
    let bar = content_bar(kind);
    let is_label =
        |f: &Features| f[Feature::LabelRecommendation] > 0.0 || f[Feature::LabelPromotion] > 0.0;
    scored
        .probability
        .iter()
        .zip(&scored.features)
        .map(|(&p, f)| p >= bar && !is_label(f))
        .collect()
}

/// The probability a block needs to be kept on a page of that kind when the
/// scorer decides. Listings and collections are cards of a line or two with a
/// link each, which look like teasers block by block: the scorer is unsure of
/// each and the page needs them all (on the tune half, 0.3 against 0.45 gave
/// listings 0.651 against 0.615 word F1, collections 0.659 against 0.630).
/// Threads, products and landing pages peak near 0.45 (forums 0.805 at 0.45,
/// 0.803 at 0.4, 0.764 at 0.6).
fn content_bar(kind: PageKind) -> f32 {
    match kind {
        PageKind::Listing | PageKind::Collection => 0.3,
        _ => 0.45,
    }
}

/// The blocks of the page without its silent parts, their features and the
/// block scorer's probability that each is content.
pub(crate) struct ScoredBlocks {
    pub blocks: Vec<blocks::Block>,
    pub features: Vec<Features>,
    probability: Vec<f32>,
}

/// Blocks above which a page is left to the rules (and called an article).
/// The largest of the 2,326 dev pages has 2,649 blocks; ten thousand is a
/// generated list or an attack, where the features (about 200 bytes a block)
/// would cost more memory than the page itself.
const MAX_SCORED_BLOCKS: usize = 10_000;

impl ScoredBlocks {
    /// `None` for pages of more than [`MAX_SCORED_BLOCKS`] blocks.
    pub fn of(shown: Doc, choice: &Choice) -> Option<ScoredBlocks> {
        let blocks = timed(Stage::Blocks, || blocks::segment(shown));
        if blocks.len() > MAX_SCORED_BLOCKS {
            return None;
        }
        let rules = RulesOutcome {
            selection: &choice.roots,
            kept: &choice.mask,
            clutter: &choice.cuts,
        };
        let features = timed(Stage::Blocks, || block_features(shown, &blocks, &rules));
        let probability = timed(Stage::Model, || {
            features
                .iter()
                .map(blocks::model::content_probability)
                .collect()
        });
        Some(ScoredBlocks {
            blocks,
            features,
            probability,
        })
    }

    /// The article of the blocks marked in `keep`, with the rules' byline and
    /// report.
    fn article(&self, shown: Doc, page: &Page, rules: &Choice, keep: &[bool]) -> Option<Choice> {
        let clutter: Vec<u32> = rules.cuts.iter().map(|&(node, _)| node).collect();
        let content =
            blocks::decide::content_mask(shown, &page.silent, &self.blocks, keep, &clutter)?;
        Some(Choice {
            roots: vec![content.root],
            mask: content.mask,
            byline: rules.byline.clone(),
            strict: rules.strict,
            cuts: rules.cuts.clone(),
            removed: rules.removed.clone(),
        })
    }

    /// The page features the kind classifier reads.
    pub fn page_features(&self, shown: Doc, page: &Page, rules: &Choice) -> PageFeatures {
        let facts = PageFacts {
            meta: &page.meta,
            url: page.url.as_deref(),
            blocks: &self.blocks,
            block_features: &self.features,
            selection_share: selection_share(shown, &rules.roots),
        };
        kind::page_features(shown, &facts)
    }

    fn kind_probabilities(&self, shown: Doc, page: &Page, rules: &Choice) -> KindProbabilities {
        kind::kind_probabilities(&self.page_features(shown, page, rules))
    }
}

/// Share of the page's text inside the roots.
fn selection_share(shown: Doc, roots: &[u32]) -> f32 {
    let chosen: u32 = roots.iter().map(|&r| shown.text_len(r)).sum();
    chosen as f32 / shown.text_len(shown.body()).max(1) as f32
}
