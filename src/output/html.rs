//! HTML serialization of the cleaned tree.

use ego_tree::iter::Edge;

use crate::tree::{Node, Tree};

fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "img" | "br" | "hr" | "source" | "track" | "col" | "wbr"
    )
}

/// Serializes the article tree; text and attribute values are escaped.
pub fn to_html(tree: &Tree) -> String {
    node_to_html(tree.root())
}

/// Serializes a node of the article tree and what it holds.
pub fn node_to_html(node: ego_tree::NodeRef<Node>) -> String {
    let mut out = String::new();
    for edge in node.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    out.push('<');
                    out.push_str(el.tag);
                    for (name, value) in &el.attrs {
                        out.push(' ');
                        out.push_str(name);
                        out.push_str("=\"");
                        escape_into(&mut out, value, true);
                        out.push('"');
                    }
                    out.push('>');
                    if el.tag == "pre" && starts_with_newline(node) {
                        // A parser drops the first newline after <pre>: write one more.
                        out.push('\n');
                    }
                }
                Node::Text(t) => escape_into(&mut out, t, false),
                Node::Root => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    if !is_void(el.tag) {
                        out.push_str("</");
                        out.push_str(el.tag);
                        out.push('>');
                    }
                }
            }
        }
    }
    out
}

fn starts_with_newline(node: ego_tree::NodeRef<Node>) -> bool {
    matches!(node.first_child().map(|c| c.value()), Some(Node::Text(t)) if t.starts_with('\n'))
}

/// Escapes `&`, `<`, `>` (and `"` in attributes).
pub fn escape_into(out: &mut String, s: &str, attribute: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
}
