//! The learned block scorer: a small gradient-boosted tree ensemble over the
//! features of `features`, trained by `make train` on the tune half of the dev
//! corpora (`scripts/train/`) and committed as the table in `trees.rs`.

use super::features::{Feature, Features};
use super::trees::{BASELINE, NODES, SCHEMA, TREE_STARTS};
use crate::schema::assert_schema;

assert_schema!(SCHEMA, Feature);

/// A node of a tree: a split on a feature (`x[feature] <= threshold` goes to
/// `left`), or a leaf holding the tree's score.
#[derive(Clone, Copy)]
pub struct Node {
    feature: u8,
    value: f32,
    left: u16,
    right: u16,
}

/// Marks a leaf in [`Node::feature`].
const LEAF: u8 = u8::MAX;

impl Node {
    pub const fn split(feature: u8, threshold: f32, left: u16, right: u16) -> Node {
        Node {
            feature,
            value: threshold,
            left,
            right,
        }
    }

    pub const fn leaf(value: f32) -> Node {
        Node {
            feature: LEAF,
            value,
            left: 0,
            right: 0,
        }
    }
}

/// Whether the trees were trained on these features: always in a shipped
/// build (`assert_schema!`); in the training dump's build (`retrain`) the
/// trees may be stale, and are not read.
const TREES_MATCH: bool = SCHEMA == Feature::SCHEMA;

/// The ensemble's log-odds that a block with these features is content.
pub fn content_score(x: &Features) -> f32 {
    if !TREES_MATCH {
        return 0.0;
    }
    ensemble_score(&NODES, &TREE_STARTS, BASELINE, &x.0)
}

/// `baseline` plus the leaf each tree (starting at `starts` in `nodes`) takes `x` to.
fn ensemble_score(nodes: &[Node], starts: &[u16], baseline: f32, x: &[f32]) -> f32 {
    let mut score = baseline;
    for &start in starts {
        let mut at = start as usize;
        loop {
            let node = nodes[at];
            if node.feature == LEAF {
                score += node.value;
                break;
            }
            let next = if x[node.feature as usize] <= node.value {
                node.left
            } else {
                node.right
            };
            at = start as usize + next as usize;
        }
    }
    score
}

/// [`content_score`] as a probability.
pub fn content_probability(x: &Features) -> f32 {
    1.0 / (1.0 + (-content_score(x)).exp())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{page_records, PageRecord};
    use crate::Options;

    /// Two trees: one on link density; one on "inside the selection", then length.
    fn tiny_table() -> ([Node; 8], [u16; 2]) {
        let (links, selected, len) = (
            Feature::LinkDensity as usize,
            Feature::InSelection as usize,
            Feature::LogLen as usize,
        );
        let nodes = [
            Node::split(links as u8, 0.5, 1, 2),
            Node::leaf(1.0),
            Node::leaf(-2.0),
            Node::split(selected as u8, 0.5, 1, 4),
            Node::split(len as u8, 5.0, 2, 3),
            Node::leaf(-0.5),
            Node::leaf(0.25),
            Node::leaf(0.75),
        ];
        (nodes, [0, 3])
    }

    fn block(link_density: f32, in_selection: f32, log_len: f32) -> [f32; Feature::COUNT] {
        let mut x = Features::default();
        x[Feature::LinkDensity] = link_density;
        x[Feature::InSelection] = in_selection;
        x[Feature::LogLen] = log_len;
        x.0
    }

    #[test]
    fn each_tree_adds_the_leaf_its_splits_lead_to() {
        let (nodes, starts) = tiny_table();
        let score = |x: [f32; Feature::COUNT]| ensemble_score(&nodes, &starts, 0.125, &x);
        assert_eq!(score(block(0.1, 1.0, 4.0)), 0.125 + 1.0 + 0.75);
        assert_eq!(score(block(0.9, 0.0, 4.0)), 0.125 - 2.0 - 0.5);
        assert_eq!(score(block(0.9, 0.0, 8.0)), 0.125 - 2.0 + 0.25);
        // A value at the threshold goes left.
        assert_eq!(score(block(0.5, 0.5, 5.0)), 0.125 + 1.0 - 0.5);
        // No trees: the baseline alone.
        assert_eq!(
            ensemble_score(&nodes, &[], 0.125, &block(0.1, 1.0, 4.0)),
            0.125
        );
    }

    /// No leaf moves a block's log-odds by more than this: 1.0 multiplies the odds by 2.7 at
    /// most, so no single pattern decides a block alone — a verdict takes several trees that
    /// agree (training clips each leaf's Newton step to 3 and shrinks it by 0.2, see
    /// scripts/train/train.py, which also refuses settings that could exceed this). The old
    /// trees had leaves worth 11 log-odds: one tune page's fingerprint.
    const LEAF_BOUND: f32 = 1.0;

    #[test]
    fn no_leaf_decides_alone() {
        let largest = NODES
            .iter()
            .filter(|n| n.feature == LEAF)
            .map(|n| n.value.abs())
            .fold(0.0, f32::max);
        assert!(largest <= LEAF_BOUND, "a leaf is worth {largest} log-odds");
        assert!(BASELINE.abs() <= 2.0 * LEAF_BOUND, "baseline {BASELINE}");
    }

    #[test]
    fn the_committed_trees_are_well_formed() {
        assert!(TREE_STARTS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(TREE_STARTS[0], 0);
        let ends = TREE_STARTS[1..].iter().copied().chain([NODES.len() as u16]);
        for (start, end) in TREE_STARTS.iter().copied().zip(ends) {
            let size = end - start;
            for (k, node) in NODES[start as usize..end as usize].iter().enumerate() {
                if node.feature == LEAF {
                    assert!(node.value.is_finite());
                    continue;
                }
                assert!((node.feature as usize) < Feature::COUNT);
                // Children come after their parent, inside the tree: every walk ends.
                for child in [node.left, node.right] {
                    assert!(child as usize > k && child < size, "tree at {start}");
                }
            }
        }
    }

    /// A news story with a menu above it and a footer below.
    const STORY: &str = "<html><head><title>Harbour reopens after the storm</title></head><body>\
        <header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>\
        <li><a href=\"/sport\">Sport</a></li><li><a href=\"/weather\">Weather</a></li></ul></nav>\
        </header><main><article><h1>Harbour reopens after the storm</h1>\
        <p>The harbour reopened on Wednesday morning, two days after the storm tore three \
        boats from their moorings and flooded the fish market. Divers spent Tuesday checking \
        the quay walls for damage before the port authority let the first ferry in.</p>\
        <p>Fishermen said the repairs would take weeks. Many of them lost nets and pots, \
        and the cold store behind the market was without power for most of the night, so \
        the catch of two days had to be thrown away.</p>\
        <p>The town council has promised help for the families who depend on the harbour, \
        and the regional government said on Thursday that it would pay for the new \
        breakwater that engineers had asked for after the last big storm, in 2019.</p>\
        </article></main><footer><p><a href=\"/contact\">Contact</a> | \
        <a href=\"/privacy\">Privacy policy</a></p></footer></body></html>";

    fn probability_of(records: &PageRecord, opening: &str) -> f32 {
        let block = records
            .blocks
            .iter()
            .find(|b| b.text.starts_with(opening))
            .unwrap_or_else(|| panic!("no block opens with {opening:?}"));
        content_probability(&block.features)
    }

    #[test]
    fn prose_in_the_article_is_content_and_the_menu_is_not() {
        let options = Options {
            url: Some("https://news.example/2024/05/harbour-reopens-after-the-storm".into()),
            ..Options::default()
        };
        let records = page_records(STORY, &options).expect("an article");
        for opening in ["The harbour reopened", "Fishermen said", "The town council"] {
            let p = probability_of(&records, opening);
            assert!(p >= 0.5, "{opening}: {p}");
        }
        for item in ["Home", "World", "Weather", "Contact | Privacy policy"] {
            let p = probability_of(&records, item);
            assert!(p < 0.5, "{item}: {p}");
        }
    }
}
