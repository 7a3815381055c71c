//! Turns the chosen article into a sanitized tree: `prepare` prunes inside the
//! article, `sanitize` copies it out through an allowlist, `tidy` drops what
//! ended up empty.

pub mod captions;
mod completion;
pub mod images;
pub mod prepare;
pub mod product;
pub mod recipe;
pub mod sanitize;

use ego_tree::NodeId;

use crate::tree::{Node, Tree};

/// Elements that mean something even when empty.
fn keeps_when_empty(tag: &str) -> bool {
    matches!(
        tag,
        "img"
            | "br"
            | "hr"
            | "iframe"
            | "video"
            | "audio"
            | "source"
            | "track"
            | "td"
            | "th"
            | "col"
            | "colgroup"
            | "picture"
            | "wbr"
            | "svg"
            | "math"
            | "path"
            | "circle"
            | "rect"
            | "line"
            | "polyline"
            | "polygon"
            | "ellipse"
            | "use"
            | "stop"
            | "g"
            | "defs"
            | "image"
            | "mspace"
            | "none"
            | "mprescripts"
    )
}

/// Removes elements left without text or media, and `<br>`s at the edges of blocks.
pub fn tidy(tree: &mut Tree) {
    let order: Vec<NodeId> = tree.root().descendants().map(|n| n.id()).collect();
    for id in order.into_iter().rev() {
        let Some(node) = tree.get(id) else { continue };
        let empty = match node.value() {
            Node::Element(el) => {
                !keeps_when_empty(el.tag)
                    && !node.children().any(|c| has_content(c.value()))
                    && !holds_code_whitespace(node)
            }
            Node::Text(_) | Node::Root => false,
        };
        if empty {
            if let Some(mut n) = tree.get_mut(id) {
                n.detach();
            }
        }
    }
    trim_edge_breaks(tree);
}

/// Whitespace in code is code: a `<span> </span>` between two tokens or a
/// line's `<span>\n</span>` in a `<pre>` stays.
fn holds_code_whitespace(node: ego_tree::NodeRef<Node>) -> bool {
    node.children()
        .any(|c| matches!(c.value(), Node::Text(t) if !t.is_empty()))
        && node
            .ancestors()
            .any(|a| matches!(a.value(), Node::Element(e) if e.tag == "pre"))
}

fn has_content(node: &Node) -> bool {
    match node {
        Node::Text(t) => !t
            .chars()
            .all(|c| c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}'),
        Node::Element(_) => true,
        Node::Root => false,
    }
}

fn trim_edge_breaks(tree: &mut Tree) {
    let blocks: Vec<NodeId> = tree
        .root()
        .descendants()
        .filter(|n| matches!(n.value(), Node::Element(e) if matches!(e.tag, "p" | "div" | "li" | "blockquote" | "figcaption" | "td" | "th")))
        .map(|n| n.id())
        .collect();
    for id in blocks {
        for first in [true, false] {
            while let Some(node) = tree.get(id) {
                let edge = if first {
                    node.first_child()
                } else {
                    node.last_child()
                };
                let Some(edge) = edge else { break };
                let is_br = matches!(edge.value(), Node::Element(e) if e.tag == "br");
                let is_blank = matches!(edge.value(), Node::Text(t) if t.trim().is_empty());
                if !(is_br || is_blank) {
                    break;
                }
                let edge_id = edge.id();
                if let Some(mut e) = tree.get_mut(edge_id) {
                    e.detach();
                }
            }
        }
    }
}
