//! The training dump: every block of a page with its features, and the page
//! features, as extraction computes them (`examples/blocks.rs`, `make train`).

use super::attempts::{rules_article, ClutterPasses};
use super::judge::ScoredBlocks;
use super::options::Options;
use super::page::Page;
use crate::blocks::features::Features;
use crate::kind::PageFeatures;

/// A block of a page with its feature vector.
pub struct BlockRecord {
    pub text: String,
    pub features: Features,
    /// The block's element and its ancestors up to `<body>`, innermost first.
    pub path: Vec<u32>,
}

/// A page's blocks and page features.
pub struct PageRecord {
    pub blocks: Vec<BlockRecord>,
    pub page: PageFeatures,
}

/// The blocks of a page and their features, as extraction computes them on
/// the rules' article of the page (`None` when the rules find none).
pub fn page_records(html: &str, options: &Options) -> Option<PageRecord> {
    Page::read(html, options, |page| {
        let mut passes = ClutterPasses::new(&page);
        let choice = rules_article(&mut passes, options.char_threshold).choice?;
        let shown = page.shown();
        let scored = ScoredBlocks::of(shown, &choice)?;
        let page_features = scored.page_features(shown, &page, &choice);
        let blocks = scored
            .blocks
            .iter()
            .zip(scored.features)
            .map(|(b, features)| BlockRecord {
                text: b.text(shown),
                features,
                path: std::iter::once(b.node)
                    .chain(shown.ancestors(b.node))
                    .collect(),
            })
            .collect();
        Some(PageRecord {
            blocks,
            page: page_features,
        })
    })
}
