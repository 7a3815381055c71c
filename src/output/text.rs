//! Plain text: blocks separated by a blank line, list items and table rows by a
//! line break, cells by a tab, code kept verbatim; the body without figure
//! captions.

use ego_tree::iter::Edge;

use super::is_block;
use crate::tree::{Node, Tree};

/// Invisible hyphenation points; they would break word search in the text.
pub const SOFT_HYPHEN: char = '\u{ad}';

/// Builds text with pending separators so blocks never leave doubled blank lines.
#[derive(Default)]
pub struct TextWriter {
    out: String,
    pending: Option<&'static str>,
}

impl TextWriter {
    /// Asks for a separator before the next content (the stronger one wins).
    pub fn separate(&mut self, sep: &'static str) {
        if self.pending.is_none_or(|p| sep.len() > p.len()) {
            self.pending = Some(sep);
        }
    }

    fn flush_separator(&mut self) {
        if let Some(sep) = self.pending.take() {
            if !self.out.is_empty() {
                let trimmed = self.out.trim_end_matches([' ', '\t']).len();
                self.out.truncate(trimmed);
                if !self.out.ends_with(sep) {
                    let have = self.out.len() - self.out.trim_end_matches('\n').len();
                    for _ in have..sep.len() {
                        self.out.push('\n');
                    }
                }
            }
        }
    }

    /// Appends text with whitespace collapsed (`verbatim` keeps it as is).
    pub fn push(&mut self, s: &str, verbatim: bool) {
        if verbatim {
            if !s.is_empty() {
                self.flush_separator();
                self.out.push_str(s);
            }
            return;
        }
        for c in s.chars().filter(|&c| c != SOFT_HYPHEN) {
            if c.is_whitespace() {
                let at_start =
                    self.out.is_empty() || self.out.ends_with('\n') || self.pending.is_some();
                if !at_start && !self.out.ends_with([' ', '\t']) {
                    self.out.push(' ');
                }
            } else {
                self.flush_separator();
                self.out.push(c);
            }
        }
    }

    pub fn push_raw_char(&mut self, c: char) {
        self.flush_separator();
        self.out.push(c);
    }

    pub fn finish(self) -> String {
        self.out.trim().to_string()
    }
}

/// Plain text of the article: its body, without captions and credits.
pub fn to_text(tree: &Tree) -> String {
    node_to_text(tree.root())
}

/// Plain text of a page whose pictures' captions are its text (a gallery, a
/// listing of cards, a product's images).
pub fn to_text_with_captions(tree: &Tree) -> String {
    write_text(tree.root(), true)
}

/// Plain text of a node of the article tree, without captions.
pub fn node_to_text(node: ego_tree::NodeRef<Node>) -> String {
    write_text(node, false)
}

fn write_text(node: ego_tree::NodeRef<Node>, captions: bool) -> String {
    let mut w = TextWriter::default();
    let mut pre = 0usize;
    let mut hidden = 0usize;
    for edge in node.traverse() {
        let (Edge::Open(n) | Edge::Close(n)) = edge;
        // A formula's source annotation is no text; a figure's caption (and credit) is not the
        // article's body (schema.org `articleBody`): HTML and Markdown keep both.
        let caption = |e: &crate::tree::ElementData| e.caption || e.tag == "figcaption";
        if matches!(n.value(), Node::Element(e) if e.tag == "annotation" || !captions && caption(e))
        {
            hidden = if matches!(edge, Edge::Open(_)) {
                hidden + 1
            } else {
                hidden - 1
            };
            continue;
        }
        if hidden > 0 {
            continue;
        }
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(t) => w.push(t, pre > 0),
                Node::Element(el) => match el.tag {
                    "br" => w.push_raw_char('\n'),
                    "pre" => {
                        pre += 1;
                        w.separate("\n\n");
                    }
                    "li" | "tr" | "dt" | "dd" => w.separate("\n"),
                    "td" | "th" if node.prev_sibling().is_some() => w.push_raw_char('\t'),
                    tag if is_block(tag) => w.separate("\n\n"),
                    _ => {}
                },
                Node::Root => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    match el.tag {
                        "pre" => {
                            pre -= 1;
                            w.separate("\n\n");
                        }
                        "li" | "tr" | "dt" | "dd" => w.separate("\n"),
                        tag if is_block(tag) => w.separate("\n\n"),
                        _ => {}
                    }
                }
            }
        }
    }
    w.finish()
}
