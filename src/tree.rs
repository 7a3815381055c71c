//! The cleaned article: a small tree of allowlisted elements and text, built
//! by the sanitizer and read by the output writers.

use ego_tree::NodeId;

/// A node of the cleaned article.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Root,
    Element(ElementData),
    Text(String),
}

/// A kept element: a tag from the allowlist and vetted attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct ElementData {
    pub tag: &'static str,
    pub attrs: Vec<(String, String)>,
    /// A caption, photo credit or gallery counter (`clean::captions`): shown
    /// in the HTML and Markdown, left out of the text.
    pub caption: bool,
}

impl ElementData {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The cleaned article.
pub type Tree = ego_tree::Tree<Node>;

/// Appends an element under `parent`; returns its id.
pub fn append_element(
    tree: &mut Tree,
    parent: NodeId,
    tag: &'static str,
    attrs: Vec<(String, String)>,
) -> NodeId {
    let mut p = tree.get_mut(parent).expect("parent exists");
    p.append(Node::Element(ElementData {
        tag,
        attrs,
        caption: false,
    }))
    .id()
}

/// Marks an element of the tree as a caption (see [`ElementData::caption`]).
pub fn mark_caption(tree: &mut Tree, id: NodeId) {
    if let Some(mut node) = tree.get_mut(id) {
        if let Node::Element(element) = node.value() {
            element.caption = true;
        }
    }
}

pub fn append_text(tree: &mut Tree, parent: NodeId, text: &str) {
    let mut p = tree.get_mut(parent).expect("parent exists");
    if let Some(mut last) = p.last_child() {
        if let Node::Text(t) = last.value() {
            t.push_str(text);
            return;
        }
    }
    p.append(Node::Text(text.to_string()));
}
