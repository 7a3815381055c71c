//! The learned block scorer: a small gradient-boosted tree ensemble over the
//! features of `features`, trained by `make train` on the tune half of the dev
//! corpora (`scripts/train/`) and committed as the table in `trees.rs`.

use super::features::FEATURES;
use super::trees::{BASELINE, NODES, TREE_STARTS};

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

/// The ensemble's log-odds that a block with these features is content.
pub fn content_score(x: &[f32; FEATURES]) -> f32 {
    let mut score = BASELINE;
    for &start in &TREE_STARTS {
        let mut at = start as usize;
        loop {
            let node = NODES[at];
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
pub fn content_probability(x: &[f32; FEATURES]) -> f32 {
    1.0 / (1.0 + (-content_score(x)).exp())
}
