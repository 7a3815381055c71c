//! Where an element may stand in the output, so that the result parses back
//! to the same tree: an HTML parser closes a `<p>` at any block start tag, a
//! heading at a heading, a link at a link, moves content out of table
//! structure, and leaves `<svg>`/`<math>` at most HTML tags.

use ego_tree::NodeId;

use super::allowlist::foreign_tag;
use super::{is_void, Action};
use crate::tree::{Node, Tree};

/// Where in the output an element is being placed, so that the result parses
/// back to the same tree: an HTML parser closes a `<p>` at any block start tag,
/// a heading at a heading, a link at a link, moves content out of table
/// structure, and leaves `<svg>`/`<math>` at most HTML tags.
#[derive(Clone, Copy, Default)]
pub(super) struct Nesting {
    in_p: bool,
    in_heading: bool,
    in_link: bool,
    pub(super) foreign: bool,
}

/// Start tags that close an open `<p>`.
fn closes_p(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "header"
            | "hgroup"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "search"
            | "section"
            | "summary"
            | "ul"
            | "pre"
            | "listing"
            | "form"
            | "table"
            | "hr"
            | "xmp"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "dd"
            | "dt"
            | "plaintext"
    )
}

fn is_table_part(tag: &str) -> bool {
    matches!(
        tag,
        "thead" | "tbody" | "tfoot" | "tr" | "td" | "th" | "caption" | "colgroup" | "col"
    )
}

fn parent_tag(tree: &Tree, parent: NodeId) -> &'static str {
    match tree.get(parent).map(|n| n.value()) {
        Some(Node::Element(e)) => e.tag,
        _ => "",
    }
}

impl Nesting {
    /// The context for the children of a kept element.
    pub(super) fn inside(self, tag: &str) -> Nesting {
        let cell = matches!(tag, "td" | "th" | "caption");
        Nesting {
            in_p: (self.in_p || tag == "p") && !cell,
            in_heading: self.in_heading || crate::view::is_heading_tag(tag),
            in_link: self.in_link || tag == "a",
            foreign: self.foreign || matches!(tag, "svg" | "math"),
        }
    }

    /// Whether text or flow content placed here would be moved out by a parser.
    pub(super) fn in_table_structure(&self, tree: &Tree, parent: NodeId) -> bool {
        is_table_structure(parent_tag(tree, parent))
    }

    /// Keeps the element when it may stand here; otherwise unwraps it (or drops
    /// it where even its content would be moved).
    pub(super) fn admit(
        self,
        tree: &Tree,
        parent: NodeId,
        tag: &'static str,
        attrs: Vec<(String, String)>,
    ) -> Action {
        let parent = parent_tag(tree, parent);
        let allowed = if self.foreign {
            foreign_tag(tag).is_some()
        } else if is_table_structure(parent) {
            fits_table_structure(parent, tag)
        } else {
            self.fits_flow(parent, tag)
        };
        if allowed {
            Action::Keep(tag, attrs)
        } else if is_table_structure(parent) || (self.foreign && is_void(tag)) {
            Action::Drop
        } else {
            Action::Unwrap
        }
    }

    /// [`Nesting::admit`] for a link standing in for an element: where a link
    /// may not stand, its text does.
    pub(super) fn admit_link(
        self,
        tree: &Tree,
        parent: NodeId,
        attrs: Vec<(String, String)>,
        text: String,
    ) -> Action {
        match self.admit(tree, parent, "a", attrs) {
            Action::Keep(_, attrs) => Action::Link(attrs, text),
            Action::Unwrap => Action::Text(text),
            other => other,
        }
    }

    /// Flow content: no block in a `<p>`, heading in a heading, link in a link,
    /// stray list or table parts, or SVG/MathML children outside their root.
    fn fits_flow(self, parent: &str, tag: &str) -> bool {
        let heading = crate::view::is_heading_tag(tag);
        (foreign_tag(tag).is_none() || matches!(tag, "svg" | "math"))
            && !is_table_part(tag)
            && !(self.in_p && closes_p(tag))
            && !(self.in_heading && heading)
            && !(self.in_link && tag == "a")
            && (tag != "li" || matches!(parent, "ul" | "ol" | "menu"))
            && (!matches!(tag, "dd" | "dt") || parent == "dl")
    }
}

fn is_table_structure(tag: &str) -> bool {
    matches!(
        tag,
        "table" | "thead" | "tbody" | "tfoot" | "tr" | "colgroup"
    )
}

fn fits_table_structure(parent: &str, tag: &str) -> bool {
    match parent {
        "table" => matches!(
            tag,
            "caption" | "colgroup" | "thead" | "tbody" | "tfoot" | "tr"
        ),
        "thead" | "tbody" | "tfoot" => tag == "tr",
        "tr" => matches!(tag, "td" | "th"),
        _ => tag == "col",
    }
}
