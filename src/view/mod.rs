//! The page as every stage reads it: an immutable, flat, preorder view over
//! scraper's tree ([`View`]), a removal mask that owns what is taken out and
//! the lengths that follow from it ([`Mask`]), and the two read together
//! ([`Doc`]).
//!
//! A node's subtree is the index range `i..end(i)`, so "inside", "remove a
//! subtree" and "walk the children" are loops, never recursion (pages nest
//! thousands deep). The view never changes after [`View::build`]; each stage
//! that removes something gets a `&mut Mask` and nothing else to write.

mod mask;
mod tags;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

pub use mask::{Doc, Mask};
pub use tags::{is_block_tag, is_heading_tag};
use tags::{tag_code, TAGS, TAG_A};

use crate::text::{push_collapsed, text_counts, TextCounts};

/// Marker for "no node".
pub const NONE: u32 = u32::MAX;

/// What a node is (the node itself stays in scraper's tree).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Element,
    /// Text with something besides whitespace.
    Text,
    BlankText,
    Other,
}

/// One node of the flat tree (24 bytes: what the walks read most, nothing more).
#[derive(Clone, Copy)]
struct FlatNode {
    /// The node in scraper's tree, which holds its name, attributes and text.
    id: NodeId,
    parent: u32,
    /// One past the last descendant.
    end: u32,
    /// Position among the parent's element children, from 1 (0 for other nodes).
    nth: u32,
    kind: Kind,
    /// [`tag_code`] of an element.
    tag: u8,
    /// [`attr_bit`]s of the element's attributes, plus [`ANY_ATTR`] if it has any.
    attrs: u8,
}

/// Set in [`FlatNode::attrs`] when the element has attributes at all.
const ANY_ATTR: u8 = 0x80;

/// A bit for each of the attributes asked for most: an element without the
/// bit is answered without a trip into scraper's tree. (Inlined, so that the
/// literal names callers pass fold to their bit.)
#[inline(always)]
fn attr_bit(name: &str) -> u8 {
    match name {
        "class" => 1,
        "id" => 2,
        "style" => 4,
        "role" => 8,
        "hidden" => 0x10,
        "aria-hidden" => 0x20,
        "href" => 0x40,
        _ => ANY_ATTR,
    }
}

/// The attribute bits of an element.
fn attr_bits(el: &Element) -> u8 {
    let any = if el.attrs.is_empty() { 0 } else { ANY_ATTR };
    el.attrs
        .iter()
        .filter(|(n, _)| is_plain(n))
        .fold(any, |bits, (n, _)| bits | attr_bit(&n.local))
}

/// An attribute name without namespace (every HTML attribute).
fn is_plain(name: &html5ever::QualName) -> bool {
    name.prefix.is_none() && name.ns == html5ever::ns!()
}

/// Visible length, commas and CJK characters of one text node: counted once,
/// summed up by every [`Mask`].
#[derive(Clone, Copy)]
struct TextEntry {
    node: u32,
    counts: TextCounts,
}

/// The flat tree: structure, tags, attributes and text of the parsed page.
pub struct View<'h> {
    html: &'h Html,
    nodes: Vec<FlatNode>,
    /// The non-blank text nodes with their counts, in document order.
    texts: Vec<TextEntry>,
    /// The input was an HTML fragment (an article cleaned before): its body is
    /// the article, so page-chrome tags in it are article content.
    fragment: bool,
}

impl<'h> View<'h> {
    /// Flattens the parsed document (iteratively, so any depth is fine).
    pub fn build(html: &'h Html) -> View<'h> {
        // Every node of scraper's arena (detached ones included): an upper bound.
        let mut view = View {
            html,
            nodes: Vec::with_capacity(html.tree.nodes().len()),
            texts: Vec::new(),
            fragment: false,
        };
        let mut open: Vec<u32> = Vec::with_capacity(64);
        // Element children seen so far, per open node.
        let mut element_counts: Vec<u32> = Vec::with_capacity(64);
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    let parent = open.last().copied().unwrap_or(NONE);
                    let index = view.push_node(node.id(), node.value(), parent);
                    if view.nodes[index as usize].kind == Kind::Element {
                        if let Some(count) = element_counts.last_mut() {
                            *count += 1;
                            view.nodes[index as usize].nth = *count;
                        }
                    }
                    open.push(index);
                    element_counts.push(0);
                }
                Edge::Close(_) => {
                    element_counts.pop();
                    if let Some(i) = open.pop() {
                        view.nodes[i as usize].end = view.nodes.len() as u32;
                    }
                }
            }
        }
        view.texts.shrink_to_fit();
        view
    }

    /// The same view, marked as an HTML fragment rather than a page.
    pub fn with_fragment(mut self, fragment: bool) -> View<'h> {
        self.fragment = fragment;
        self
    }

    /// Appends one node of scraper's tree; returns its index.
    fn push_node(&mut self, id: NodeId, node: &Node, parent: u32) -> u32 {
        let index = self.nodes.len() as u32;
        let (kind, tag, attrs) = match node {
            Node::Element(el) => (Kind::Element, tag_code(el.name()), attr_bits(el)),
            Node::Text(t) => {
                let counts = text_counts(&t.text);
                if counts.visible == 0 {
                    (Kind::BlankText, 0, 0)
                } else {
                    self.texts.push(TextEntry {
                        node: index,
                        counts,
                    });
                    (Kind::Text, 0, 0)
                }
            }
            _ => (Kind::Other, 0, 0),
        };
        let end = 0;
        self.nodes.push(FlatNode {
            id,
            parent,
            end,
            nth: 0,
            kind,
            tag,
            attrs,
        });
        index
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Whether the input was an HTML fragment (see [`View::with_fragment`]).
    pub fn is_fragment(&self) -> bool {
        self.fragment
    }

    /// Tag name of an element, "" for other nodes.
    pub fn tag(&self, i: u32) -> &'h str {
        let node = &self.nodes[i as usize];
        match (node.kind, node.tag) {
            (Kind::Element, 0) => self.element(i).map_or("", |el| el.name()),
            (Kind::Element, code) => TAGS[code as usize - 1],
            _ => "",
        }
    }

    /// Whether the element is an `<a>` (its text counts as link text).
    fn is_link(&self, i: u32) -> bool {
        let node = &self.nodes[i as usize];
        node.kind == Kind::Element && node.tag == TAG_A
    }

    /// The node in scraper's tree.
    fn scraper_node(&self, i: u32) -> Option<&'h Node> {
        self.html
            .tree
            .get(self.nodes[i as usize].id)
            .map(|n| n.value())
    }

    /// The element as scraper sees it, for CSS selector matching.
    pub fn element_ref(&self, i: u32) -> Option<ElementRef<'h>> {
        self.html
            .tree
            .get(self.nodes[i as usize].id)
            .and_then(ElementRef::wrap)
    }

    pub fn element(&self, i: u32) -> Option<&'h Element> {
        if self.nodes[i as usize].kind != Kind::Element {
            return None;
        }
        match self.scraper_node(i) {
            Some(Node::Element(el)) => Some(el),
            _ => None,
        }
    }

    /// Whether the node is an element (without reading it).
    pub fn is_element(&self, i: u32) -> bool {
        self.nodes[i as usize].kind == Kind::Element
    }

    /// Whether the node is a text node with something besides whitespace.
    pub fn is_visible_text(&self, i: u32) -> bool {
        self.nodes[i as usize].kind == Kind::Text
    }

    pub fn text_node(&self, i: u32) -> Option<&'h str> {
        if !matches!(self.nodes[i as usize].kind, Kind::Text | Kind::BlankText) {
            return None;
        }
        match self.scraper_node(i) {
            Some(Node::Text(t)) => Some(&t.text),
            _ => None,
        }
    }

    /// An attribute's value. Compares names as text: scraper's `Element::attr`
    /// interns the name it is asked for first, which costs more than the scan.
    #[inline]
    pub fn attr(&self, i: u32, name: &str) -> Option<&'h str> {
        if self.nodes[i as usize].attrs & attr_bit(name) == 0 {
            return None;
        }
        self.find_attr(i, name)
    }

    /// The element's attributes (name, value), none for other nodes.
    pub fn attrs(&self, i: u32) -> impl Iterator<Item = (&'h str, &'h str)> {
        let el = if self.nodes[i as usize].attrs == 0 {
            None
        } else {
            self.element(i)
        };
        el.into_iter().flat_map(|el| el.attrs())
    }

    #[inline(never)]
    fn find_attr(&self, i: u32, name: &str) -> Option<&'h str> {
        let el = self.element(i)?;
        el.attrs
            .iter()
            .find(|(n, _)| is_plain(n) && &*n.local == name)
            .map(|(_, v)| &**v)
    }

    pub fn parent(&self, i: u32) -> Option<u32> {
        let p = self.nodes[i as usize].parent;
        (p != NONE).then_some(p)
    }

    pub fn end(&self, i: u32) -> u32 {
        self.nodes[i as usize].end
    }

    /// Whether `inner` lies in the subtree of `outer` (or is it).
    pub fn contains(&self, outer: u32, inner: u32) -> bool {
        inner >= outer && inner < self.end(outer)
    }

    /// Child indices, removed ones included.
    pub fn children(&self, i: u32) -> Children<'_, 'h> {
        Children {
            view: self,
            next: i + 1,
            end: self.end(i),
        }
    }

    /// Ancestors from the parent up to the document.
    pub fn ancestors(&self, i: u32) -> impl Iterator<Item = u32> + '_ {
        std::iter::successors(self.parent(i), move |&p| self.parent(p))
    }

    /// Whether any ancestor has one of the tags.
    pub fn has_ancestor_tag(&self, i: u32, tags: &[&str]) -> bool {
        self.ancestors(i).any(|a| tags.contains(&self.tag(a)))
    }

    /// The whole text of a subtree, whitespace collapsed (nothing masked).
    pub fn full_text(&self, i: u32) -> String {
        let mut out = String::new();
        for j in i..self.end(i) {
            if let Some(t) = self.text_node(j) {
                push_collapsed(&mut out, t);
            }
        }
        out.trim().to_string()
    }

    /// The `<body>` element, or the document root when there is none.
    pub fn body(&self) -> u32 {
        (0..self.nodes.len() as u32)
            .find(|&i| self.tag(i) == "body")
            .unwrap_or(0)
    }

    /// The `<html>` element.
    pub fn html_element(&self) -> Option<u32> {
        (0..self.nodes.len().min(8) as u32).find(|&i| self.tag(i) == "html")
    }

    /// class and id joined, for pattern matching.
    pub fn class_and_id(&self, i: u32) -> String {
        let mut s = String::new();
        if let Some(c) = self.attr(i, "class") {
            s.push_str(c);
        }
        if let Some(id) = self.attr(i, "id") {
            s.push(' ');
            s.push_str(id);
        }
        s
    }

    /// A CSS path from `<html>` to the element, e.g. `html > body > div:nth-child(3)`.
    pub fn css_path(&self, i: u32) -> String {
        let chain: Vec<u32> = std::iter::successors(Some(i), |&c| self.parent(c))
            .take_while(|&c| self.is_element(c))
            .collect();
        let mut path = String::with_capacity(chain.len() * 24);
        for (k, &c) in chain.iter().rev().enumerate() {
            if k > 0 {
                path.push_str(" > ");
            }
            path.push_str(self.tag(c));
            if self.parent(c).is_some_and(|p| self.is_element(p)) {
                use std::fmt::Write;
                let _ = write!(path, ":nth-child({})", self.nodes[c as usize].nth);
            }
        }
        // Pages with thousands of removals keep thousands of these.
        path.shrink_to_fit();
        path
    }
}

/// Iterator over the children of a node.
pub struct Children<'v, 'h> {
    view: &'v View<'h>,
    next: u32,
    end: u32,
}

impl Iterator for Children<'_, '_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.next >= self.end {
            return None;
        }
        let cur = self.next;
        self.next = self.view.end(cur);
        Some(cur)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preorder_ranges() {
        let html =
            Html::parse_document("<body><div><p>Hello  world</p><a href=x>link</a></div></body>");
        let view = View::build(&html);
        let div = (0..view.len() as u32)
            .find(|&i| view.tag(i) == "div")
            .unwrap();
        assert_eq!(view.children(div).count(), 2);
        assert_eq!(view.full_text(div), "Hello worldlink");
        assert!(view.is_link(view.end(div) - 2));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 50_000;
        let src = format!("{}text{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let html = Html::parse_document(&src);
        let view = View::build(&html);
        assert!(view.len() > 1000);
        assert_eq!(view.full_text(view.body()), "text");
    }

    #[test]
    fn css_path_counts_element_children() {
        let html = Html::parse_document("<body><p>a</p><div><span>x</span></div></body>");
        let view = View::build(&html);
        let span = (0..view.len() as u32)
            .find(|&i| view.tag(i) == "span")
            .unwrap();
        assert_eq!(
            view.css_path(span),
            "html > body:nth-child(2) > div:nth-child(2) > span:nth-child(1)"
        );
    }
}
