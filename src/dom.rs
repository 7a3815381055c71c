//! A flat, preorder view over scraper's tree.
//!
//! Every later stage works on indices into [`Dom::nodes`]: a node's subtree is the
//! index range `i..nodes[i].end`, so "inside", "remove a subtree" and "walk the
//! children" are all loops, never recursion (pages nest thousands deep).

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::node::Element;
use scraper::{ElementRef, Html, Node};

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

/// Tag names common enough to be kept in the node itself: reading them needs
/// no trip into scraper's tree.
const TAGS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "audio",
    "b",
    "base",
    "bdi",
    "bdo",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "dd",
    "del",
    "details",
    "dfn",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "frame",
    "frameset",
    "g",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "label",
    "legend",
    "li",
    "link",
    "main",
    "mark",
    "math",
    "menu",
    "meta",
    "meter",
    "nav",
    "noscript",
    "object",
    "ol",
    "optgroup",
    "option",
    "output",
    "p",
    "param",
    "path",
    "picture",
    "pre",
    "progress",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "script",
    "section",
    "select",
    "small",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "track",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

/// Code of `<a>` in [`TAGS`] (links count towards `link_len`).
const TAG_A: u8 = 1;

/// Slots of the open-addressing table behind [`tag_code`] (a power of two,
/// four times the tags).
const TAG_SLOTS: usize = 512;

/// `TAGS` index + 1 of a tag name, 0 for names not in the table.
fn tag_code(name: &str) -> u8 {
    static TABLE: std::sync::OnceLock<[u8; TAG_SLOTS]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = [0u8; TAG_SLOTS];
        for (k, tag) in TAGS.iter().enumerate() {
            let mut slot = tag_slot(tag);
            while table[slot] != 0 {
                slot = (slot + 1) % TAG_SLOTS;
            }
            table[slot] = k as u8 + 1;
        }
        table
    });
    let mut slot = tag_slot(name);
    loop {
        let code = table[slot];
        if code == 0 || TAGS[code as usize - 1] == name {
            return code;
        }
        slot = (slot + 1) % TAG_SLOTS;
    }
}

/// FNV-1a of a tag name, as a slot of the [`tag_code`] table.
fn tag_slot(name: &str) -> usize {
    let hash = name.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    hash as usize % TAG_SLOTS
}

/// One node of the flat tree (24 bytes: what the walks read most, nothing more).
#[derive(Clone, Copy)]
pub struct DNode {
    /// The node in scraper's tree, which holds its name, attributes and text.
    id: NodeId,
    pub parent: u32,
    /// One past the last descendant.
    pub end: u32,
    /// Position among the parent's element children, from 1 (0 for other nodes).
    pub nth: u32,
    kind: Kind,
    /// [`tag_code`] of an element.
    tag: u8,
    /// [`attr_bit`]s of the element's attributes, plus [`ANY_ATTR`] if it has any.
    attrs: u8,
}

/// Set in [`DNode::attrs`] when the element has attributes at all.
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
    el.attrs.iter().filter(|(n, _)| is_plain(n)).fold(
        if el.attrs.is_empty() { 0 } else { ANY_ATTR },
        |bits, (n, _)| bits | attr_bit(&n.local),
    )
}

/// An attribute name without namespace (every HTML attribute).
fn is_plain(name: &html5ever::QualName) -> bool {
    name.prefix.is_none() && name.ns == html5ever::ns!()
}

/// Visible length, commas and CJK characters of one text node: computed once,
/// summed up again by every [`Dom::compute_lengths`].
#[derive(Clone, Copy)]
struct TextEntry {
    node: u32,
    counts: TextCounts,
}

/// The flat tree plus per-node facts the stages share.
pub struct Dom<'a> {
    pub html: &'a Html,
    pub nodes: Vec<DNode>,
    /// The non-blank text nodes with their counts, in document order.
    texts: Vec<TextEntry>,
    /// Set for every node inside a removed subtree.
    pub removed: Vec<bool>,
    /// Visible text length (whitespace runs count as one) of the subtree, removed nodes excluded.
    pub text_len: Vec<u32>,
    /// The part of `text_len` inside links.
    pub link_len: Vec<u32>,
    /// Commas (of any script) in the subtree's visible text.
    pub commas: Vec<u32>,
    /// CJK characters in the subtree's visible text.
    pub cjk: Vec<u32>,
    /// The best-scoring block of the raw page and its ancestors, sorted
    /// (computed once by the clutter stage, reused by later attempts).
    pub likely_article: Option<Vec<u32>>,
    /// The first clutter pass over the untouched page, replayed by an
    /// identical later pass (kept by the clutter stage).
    pub clutter_memo: Option<crate::clutter::Memo>,
    /// The input was an HTML fragment (an article cleaned before): its body is
    /// the article, so page-chrome tags in it are article content.
    pub fragment: bool,
}

impl<'a> Dom<'a> {
    /// Flattens the parsed document (iteratively, so any depth is fine).
    pub fn build(html: &'a Html) -> Dom<'a> {
        // Every node of scraper's arena (detached ones included): an upper bound.
        let mut nodes: Vec<DNode> = Vec::with_capacity(html.tree.nodes().len());
        let mut texts: Vec<TextEntry> = Vec::new();
        let mut open: Vec<u32> = Vec::with_capacity(64);
        // Element children seen so far, per open node.
        let mut element_counts: Vec<u32> = Vec::with_capacity(64);
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    let index = nodes.len() as u32;
                    let (kind, tag, attrs) = match node.value() {
                        Node::Element(el) => (Kind::Element, tag_code(el.name()), attr_bits(el)),
                        Node::Text(t) => {
                            let counts = text_counts(&t.text);
                            if counts.visible == 0 {
                                (Kind::BlankText, 0, 0)
                            } else {
                                texts.push(TextEntry {
                                    node: index,
                                    counts,
                                });
                                (Kind::Text, 0, 0)
                            }
                        }
                        _ => (Kind::Other, 0, 0),
                    };
                    let parent = open.last().copied().unwrap_or(NONE);
                    let nth = match (kind, element_counts.last_mut()) {
                        (Kind::Element, Some(count)) => {
                            *count += 1;
                            *count
                        }
                        _ => 0,
                    };
                    open.push(index);
                    element_counts.push(0);
                    nodes.push(DNode {
                        id: node.id(),
                        parent,
                        end: 0,
                        nth,
                        kind,
                        tag,
                        attrs,
                    });
                }
                Edge::Close(_) => {
                    element_counts.pop();
                    if let Some(i) = open.pop() {
                        nodes[i as usize].end = nodes.len() as u32;
                    }
                }
            }
        }
        texts.shrink_to_fit();
        let n = nodes.len();
        let mut dom = Dom {
            html,
            nodes,
            texts,
            removed: vec![false; n],
            text_len: vec![0; n],
            link_len: vec![0; n],
            commas: vec![0; n],
            cjk: vec![0; n],
            likely_article: None,
            clutter_memo: None,
            fragment: false,
        };
        dom.compute_lengths();
        dom
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Tag name of an element, "" for other nodes.
    pub fn tag(&self, i: u32) -> &'a str {
        let node = &self.nodes[i as usize];
        match (node.kind, node.tag) {
            (Kind::Element, 0) => self.element(i).map_or("", |el| el.name()),
            (Kind::Element, code) => TAGS[code as usize - 1],
            _ => "",
        }
    }

    /// The node in scraper's tree.
    fn scraper_node(&self, i: u32) -> Option<&'a Node> {
        self.html
            .tree
            .get(self.nodes[i as usize].id)
            .map(|n| n.value())
    }

    /// The element as scraper sees it, for CSS selector matching.
    pub fn element_ref(&self, i: u32) -> Option<ElementRef<'a>> {
        self.html
            .tree
            .get(self.nodes[i as usize].id)
            .and_then(ElementRef::wrap)
    }

    pub fn element(&self, i: u32) -> Option<&'a Element> {
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

    pub fn text_node(&self, i: u32) -> Option<&'a str> {
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
    pub fn attr(&self, i: u32, name: &str) -> Option<&'a str> {
        if self.nodes[i as usize].attrs & attr_bit(name) == 0 {
            return None;
        }
        self.find_attr(i, name)
    }

    /// The element's attributes (name, value), none for other nodes.
    pub fn attrs(&self, i: u32) -> impl Iterator<Item = (&'a str, &'a str)> {
        let el = if self.nodes[i as usize].attrs == 0 {
            None
        } else {
            self.element(i)
        };
        el.into_iter().flat_map(|el| el.attrs())
    }

    #[inline(never)]
    fn find_attr(&self, i: u32, name: &str) -> Option<&'a str> {
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
    pub fn children(&self, i: u32) -> Children<'_, 'a> {
        Children {
            dom: self,
            next: i + 1,
            end: self.end(i),
        }
    }

    /// Child elements that are not removed.
    pub fn live_child_elements(&self, i: u32) -> impl Iterator<Item = u32> + '_ {
        self.children(i)
            .filter(move |&c| !self.removed[c as usize] && self.element(c).is_some())
    }

    /// Ancestors from the parent up to the document.
    pub fn ancestors(&self, i: u32) -> impl Iterator<Item = u32> + '_ {
        std::iter::successors(self.parent(i), move |&p| self.parent(p))
    }

    /// Whether any ancestor has one of the tags.
    pub fn has_ancestor_tag(&self, i: u32, tags: &[&str]) -> bool {
        self.ancestors(i).any(|a| tags.contains(&self.tag(a)))
    }

    /// Marks a subtree removed. Lengths must be recomputed afterwards.
    pub fn remove(&mut self, i: u32) {
        let end = self.end(i) as usize;
        self.removed[i as usize..end]
            .iter_mut()
            .for_each(|r| *r = true);
    }

    /// Subtree element indices in document order, skipping removed subtrees.
    pub fn live_elements(&self, root: u32) -> LiveElements<'_, 'a> {
        LiveElements {
            dom: self,
            next: root,
            end: self.end(root),
        }
    }

    /// Recomputes `text_len`, `link_len`, `commas` and `cjk` bottom-up, ignoring
    /// removed nodes. Reads only the flat arrays (text counts were taken once).
    pub fn compute_lengths(&mut self) {
        for v in [
            &mut self.text_len,
            &mut self.link_len,
            &mut self.commas,
            &mut self.cjk,
        ] {
            v.iter_mut().for_each(|x| *x = 0);
        }
        for t in &self.texts {
            let i = t.node as usize;
            if !self.removed[i] {
                self.text_len[i] = t.counts.visible;
                self.commas[i] = t.counts.commas;
                self.cjk[i] = t.counts.cjk;
            }
        }
        for i in (0..self.nodes.len()).rev() {
            let node = self.nodes[i];
            if self.removed[i] || node.parent == NONE {
                continue;
            }
            if node.kind == Kind::Element && node.tag == TAG_A {
                self.link_len[i] = self.text_len[i];
            }
            let p = node.parent as usize;
            self.text_len[p] += self.text_len[i];
            self.link_len[p] += self.link_len[i];
            self.commas[p] += self.commas[i];
            self.cjk[p] += self.cjk[i];
        }
    }

    /// Length of the subtree's text weighted for scripts without word spaces:
    /// one CJK character carries about as much as a short word, so it counts
    /// three times.
    pub fn weighted_len(&self, i: u32) -> usize {
        (self.text_len[i as usize] + 2 * self.cjk[i as usize]) as usize
    }

    /// Share of the text inside links, 0 when there is no text.
    pub fn link_density(&self, i: u32) -> f32 {
        let t = self.text_len[i as usize];
        if t == 0 {
            0.0
        } else {
            self.link_len[i as usize] as f32 / t as f32
        }
    }

    /// Visible text of a subtree (removed parts skipped), whitespace collapsed.
    pub fn text(&self, i: u32) -> String {
        let mut out = String::new();
        let end = self.end(i);
        let mut j = i;
        while j < end {
            if self.removed[j as usize] {
                j = self.end(j);
                continue;
            }
            if let Some(t) = self.text_node(j) {
                push_collapsed(&mut out, t);
            }
            j += 1;
        }
        out.trim().to_string()
    }

    /// Text of the subtree until it exceeds `limit` bytes (cheap label reads).
    pub fn text_prefix(&self, i: u32, limit: usize) -> String {
        let mut out = String::new();
        self.text_prefix_into(i, limit, &mut out);
        out.trim().to_string()
    }

    /// [`Dom::text_prefix`] into a buffer the caller reuses: `out` is cleared
    /// and holds the text untrimmed.
    pub fn text_prefix_into(&self, i: u32, limit: usize, out: &mut String) {
        self.text_prefix_while(i, limit, out, |_| true);
    }

    /// [`Dom::text_prefix_into`], shown each text node before it is added:
    /// when `go_on` says no, reading stops and the answer is `false`.
    pub fn text_prefix_while(
        &self,
        i: u32,
        limit: usize,
        out: &mut String,
        mut go_on: impl FnMut(&str) -> bool,
    ) -> bool {
        out.clear();
        let end = self.end(i);
        let mut j = i;
        while j < end && out.len() <= limit {
            if self.removed[j as usize] {
                j = self.end(j);
                continue;
            }
            if let Some(t) = self.text_node(j) {
                if !go_on(t) {
                    return false;
                }
                push_collapsed(out, t);
            }
            j += 1;
        }
        true
    }

    /// Count of live descendant elements with the tag.
    pub fn count_tag(&self, i: u32, tag: &str) -> usize {
        self.live_elements(i)
            .filter(|&e| e != i && self.tag(e) == tag)
            .count()
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
pub struct Children<'d, 'a> {
    dom: &'d Dom<'a>,
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
        self.next = self.dom.end(cur);
        Some(cur)
    }
}

/// Iterator over live elements of a subtree in document order.
pub struct LiveElements<'d, 'a> {
    dom: &'d Dom<'a>,
    next: u32,
    end: u32,
}

impl Iterator for LiveElements<'_, '_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        while self.next < self.end {
            let cur = self.next;
            if self.dom.removed[cur as usize] {
                self.next = self.dom.end(cur);
                continue;
            }
            self.next += 1;
            if self.dom.element(cur).is_some() {
                return Some(cur);
            }
        }
        None
    }
}

/// What one pass over a text node counts.
#[derive(Clone, Copy)]
pub struct TextCounts {
    pub visible: u32,
    pub commas: u32,
    pub cjk: u32,
}

/// Visible length (whitespace runs count one), commas and CJK characters.
pub fn text_counts(s: &str) -> TextCounts {
    let mut counts = TextCounts {
        visible: 0,
        commas: 0,
        cjk: 0,
    };
    let mut in_ws = true;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_ws {
                counts.visible += 1;
                in_ws = true;
            }
            continue;
        }
        counts.visible += 1;
        in_ws = false;
        if c.is_ascii() {
            counts.commas += u32::from(c == ',');
        } else if is_comma(c) {
            counts.commas += 1;
        } else if is_cjk(c) {
            counts.cjk += 1;
        }
    }
    counts
}

/// Length of text with whitespace runs counted as one character.
pub fn visible_len(s: &str) -> u32 {
    text_counts(s).visible
}

/// Appends text with whitespace runs collapsed to one space.
pub fn push_collapsed(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    // Start of the run being read (other characters, and single spaces between
    // them, which come out as they are), and the read position.
    let (mut run, mut at) = (0, 0);
    while at < bytes.len() {
        let space = match bytes[at] {
            b' ' if at > run && bytes[at - 1] != b' ' => 0,
            b'\t'..=b'\r' | b' ' => 1,
            b if b.is_ascii() => 0,
            _ => {
                let c = s[at..].chars().next().unwrap_or(' ');
                if !c.is_whitespace() {
                    at += c.len_utf8();
                    continue;
                }
                c.len_utf8()
            }
        };
        if space == 0 {
            at += 1;
            continue;
        }
        out.push_str(&s[run..at]);
        if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
        at += space;
        run = at;
    }
    out.push_str(&s[run..]);
}

/// Collapses whitespace and trims.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s);
    out.trim_end().to_string()
}

/// Whether a character belongs to a script written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF |
        0xAC00..=0xD7AF | 0x0E00..=0x0E7F | 0xFF66..=0xFF9D)
}

fn is_comma(c: char) -> bool {
    matches!(c, ',' | '，' | '、' | '،' | '﹐' | '︐')
}

/// `<h1>` to `<h6>`.
pub fn is_heading_tag(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Tags that start a block of their own.
pub fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "details"
            | "dialog"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "ul"
            | "tr"
            | "td"
            | "th"
            | "tbody"
            | "thead"
            | "tfoot"
            | "caption"
            | "summary"
            | "center"
            | "menu"
            | "picture"
            | "video"
            | "audio"
            | "iframe"
            | "object"
            | "embed"
            | "select"
            | "textarea"
            | "noscript"
            | "canvas"
            | "math"
            | "svg"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dom_of(html: &Html) -> Dom<'_> {
        Dom::build(html)
    }

    #[test]
    fn preorder_ranges_and_lengths() {
        let html =
            Html::parse_document("<body><div><p>Hello  world</p><a href=x>link</a></div></body>");
        let dom = dom_of(&html);
        let div = (0..dom.len() as u32)
            .find(|&i| dom.tag(i) == "div")
            .unwrap();
        assert_eq!(dom.children(div).count(), 2);
        assert_eq!(dom.text_len[div as usize], "Hello world".len() as u32 + 4);
        assert_eq!(dom.link_len[div as usize], 4);
        assert_eq!(dom.text(div), "Hello worldlink");
    }

    #[test]
    fn removal_excludes_text() {
        let html = Html::parse_document("<body><div><p>keep</p><p>drop me</p></div></body>");
        let mut dom = dom_of(&html);
        let ps: Vec<u32> = (0..dom.len() as u32)
            .filter(|&i| dom.tag(i) == "p")
            .collect();
        dom.remove(ps[1]);
        dom.compute_lengths();
        assert_eq!(dom.text(dom.body()), "keep");
        assert_eq!(dom.text_len[dom.body() as usize], 4);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 50_000;
        let src = format!("{}text{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let html = Html::parse_document(&src);
        let dom = dom_of(&html);
        assert!(dom.len() > 1000);
        assert_eq!(dom.text(dom.body()), "text");
    }

    #[test]
    fn collapsing_matches_the_char_by_char_definition() {
        for text in [
            "",
            " ",
            "a",
            "  a  b\t\n c ",
            "a b c",
            "a \nb",
            " a b ",
            "x\u{a0}y\u{3000}z\u{85}",
            "\u{2028}ä ö\u{b}ü",
            "日本 語  ",
            "a\x0cb\x1cc",
        ] {
            for prefix in ["", "p", "p "] {
                let mut expected = prefix.to_string();
                for c in text.chars() {
                    if !c.is_whitespace() {
                        expected.push(c);
                    } else if !expected.ends_with(' ') && !expected.is_empty() {
                        expected.push(' ');
                    }
                }
                let mut got = prefix.to_string();
                push_collapsed(&mut got, text);
                assert_eq!(got, expected, "{text:?} after {prefix:?}");
            }
        }
    }

    #[test]
    fn every_listed_tag_has_its_code() {
        for (k, tag) in TAGS.iter().enumerate() {
            assert_eq!(tag_code(tag), k as u8 + 1, "{tag}");
        }
        assert_eq!(TAGS[TAG_A as usize - 1], "a");
        assert_eq!(tag_code("custom-element"), 0);
        assert_eq!(tag_code(""), 0);
    }

    #[test]
    fn css_path_counts_element_children() {
        let html = Html::parse_document("<body><p>a</p><div><span>x</span></div></body>");
        let dom = dom_of(&html);
        let span = (0..dom.len() as u32)
            .find(|&i| dom.tag(i) == "span")
            .unwrap();
        assert_eq!(
            dom.css_path(span),
            "html > body:nth-child(2) > div:nth-child(2) > span:nth-child(1)"
        );
    }
}
