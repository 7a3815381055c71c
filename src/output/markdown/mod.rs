//! CommonMark with GFM tables, strikethrough and footnotes: headings, lists, links, images,
//! emphasis that renders (`inline`), fenced code with its language, blockquotes, figures,
//! footnotes (`notes`), and escapes only where CommonMark would misread the text (`escape`).

mod escape;
mod inline;
mod notes;

use std::rc::Rc;

use ego_tree::iter::Edge;
use ego_tree::NodeRef;

use super::is_block;
use crate::tree::{ElementData, Node, Tree};
use escape::{escape_text, escape_url};
use notes::Notes;

/// Plain text as inline Markdown that reads as that text (the header's title and byline).
pub(super) fn escape_inline(s: &str) -> String {
    escape_text(&crate::text::collapse(s), true)
}

/// Renders the article as Markdown.
pub fn to_markdown(tree: &Tree) -> String {
    render_with(tree.root(), &Rc::new(Notes::of(tree)))
}

/// Renders nodes of one article tree as Markdown, each on its own, with the footnotes read
/// once from the whole tree (so that a block's references and the block of notes agree).
pub fn nodes_to_markdown<'a>(
    tree: &'a Tree,
    nodes: impl Iterator<Item = NodeRef<'a, Node>>,
) -> Vec<String> {
    let notes = Rc::new(Notes::of(tree));
    nodes.map(|node| render_with(node, &notes)).collect()
}

fn render_with(node: NodeRef<Node>, notes: &Rc<Notes>) -> String {
    let mut md = Markdown {
        notes: Rc::clone(notes),
        ..Markdown::default()
    };
    md.render(node);
    md.finish()
}

#[derive(Default)]
struct Markdown {
    out: String,
    /// Line prefixes in force: `> ` for quotes, spaces for list continuation.
    prefixes: Vec<String>,
    /// Open lists: ordered?, next number.
    lists: Vec<(bool, u32)>,
    /// A list marker waiting for the item's first content.
    marker: Option<String>,
    pending_blank: bool,
    /// How many prefixes the pending blank line carries (the outermost request wins).
    blank_depth: usize,
    pending_newline: bool,
    /// A `<br>` waiting for more of its paragraph.
    hard_break: bool,
    /// Open links' targets (`None`: a link not written, see `open_link`).
    links: Vec<Option<String>>,
    /// Open emphasis, and the closing delimiters just written (see `inline`).
    emphasis: Vec<inline::Open>,
    closers: Vec<inline::Closer>,
    notes: Rc<Notes>,
}

impl Markdown {
    fn render(&mut self, root: NodeRef<Node>) {
        let mut skip_until: Option<ego_tree::NodeId> = None;
        for edge in root.traverse() {
            match edge {
                Edge::Open(node) => {
                    if skip_until.is_some() {
                        continue;
                    }
                    match node.value() {
                        Node::Text(t) => self.text(t),
                        Node::Element(el) => {
                            if self.open(node, el) {
                                skip_until = Some(node.id());
                            }
                        }
                        Node::Root => {}
                    }
                }
                Edge::Close(node) => {
                    if skip_until == Some(node.id()) {
                        skip_until = None;
                        continue;
                    }
                    if skip_until.is_none() {
                        if let Node::Element(el) = node.value() {
                            self.close(el);
                        }
                    }
                }
            }
        }
    }

    /// Handles an opening tag; returns true when the element was rendered whole.
    fn open(&mut self, node: NodeRef<Node>, el: &ElementData) -> bool {
        match el.tag {
            "h2" | "h3" | "h4" | "h5" | "h6" => self.heading(el.tag),
            "p" | "div" | "figure" | "figcaption" | "details" | "summary" | "aside" | "dl"
            | "dt" | "dd" | "caption" | "footer" | "picture" => self.blank_line(),
            "blockquote" => {
                self.blank_line();
                self.prefixes.push("> ".into());
            }
            "ul" | "ol" if self.notes.list(node.id()).is_some() => {
                self.note_definitions(node);
                return true;
            }
            "ul" | "ol" => self.open_list(el),
            "li" => self.list_item(),
            "pre" => return self.code_block(node),
            "table" => return self.table(node),
            "hr" => {
                self.blank_line();
                self.write("---");
                self.blank_line();
            }
            "br" => self.line_break(),
            "strong" | "b" => self.open_emphasis("**"),
            "em" | "i" | "cite" | "dfn" => self.open_emphasis("*"),
            "del" | "s" | "strike" => self.open_emphasis("~~"),
            // `<code><pre>…</pre></code>`: the `pre` inside is the block.
            "code" | "kbd" | "samp" if !has_descendant(node, "pre") => {
                self.code_span(node);
                return true;
            }
            "a" => return self.open_link(node, el),
            "img" => self.image(el),
            "iframe" | "video" | "audio" => {
                self.media_link(el);
                return el.tag == "iframe";
            }
            "math" => return self.math(node),
            "svg" => return true,
            "sup" | "sub" => return self.open_script(node, el),
            _ => {}
        }
        false
    }

    /// A link, a note reference (`[^1]`), or a link back from a note (dropped); returns
    /// true when it was rendered whole.
    fn open_link(&mut self, node: NodeRef<Node>, el: &ElementData) -> bool {
        if let Some(label) = self.notes.reference(node.id()) {
            let label = format!("[^{label}]");
            self.inline(&label);
            return true;
        }
        if self.notes.is_backref(node.id()) {
            return true;
        }
        // A link around blocks (a card, a post header) cannot be written: a Markdown link
        // ends with its paragraph. Its content stays, without the link.
        if node
            .descendants()
            .skip(1)
            .any(|d| matches!(d.value(), Node::Element(e) if is_block(e.tag)))
        {
            self.links.push(None);
            return false;
        }
        self.inline("[");
        self.links
            .push(Some(el.attr("href").unwrap_or("").to_string()));
        false
    }

    /// `<sup>`/`<sub>` as the HTML GFM renders; a `<sup>` around a note reference is the
    /// reference.
    fn open_script(&mut self, node: NodeRef<Node>, el: &ElementData) -> bool {
        if self.notes.is_bare_sup(node.id()) {
            if let Some(label) = node
                .descendants()
                .find_map(|d| self.notes.reference(d.id()))
            {
                let label = format!("[^{label}]");
                self.inline(&label);
                return true;
            }
        }
        self.inline(&format!("<{}>", el.tag));
        false
    }

    /// `## ` for an `<h2>`, and so on.
    fn heading(&mut self, tag: &str) {
        self.blank_line();
        let level = tag[1..].parse::<usize>().unwrap_or(2);
        self.write("#".repeat(level).as_str());
        self.write(" ");
    }

    fn open_list(&mut self, el: &ElementData) {
        if self.lists.is_empty() {
            self.blank_line();
        } else {
            self.newline();
        }
        let start = el.attr("start").and_then(|s| s.parse().ok()).unwrap_or(1);
        self.lists.push((el.tag == "ol", start));
    }

    /// A player or media element as a link to its source, in a block of its own.
    fn media_link(&mut self, el: &ElementData) {
        self.blank_line();
        if let Some(src) = el.attr("src") {
            let label = if el.tag == "audio" { "Audio" } else { "Video" };
            self.write(&format!("[{label}]({src})"));
        }
        self.blank_line();
    }

    fn close(&mut self, el: &ElementData) {
        match el.tag {
            "blockquote" => {
                self.prefixes.pop();
                self.blank_line();
            }
            "ul" | "ol" => {
                self.lists.pop();
                if self.lists.is_empty() {
                    self.blank_line();
                } else {
                    self.newline();
                }
            }
            "li" => {
                self.prefixes.pop();
                self.marker = None;
                self.newline();
            }
            "strong" | "b" | "em" | "i" | "cite" | "dfn" | "del" | "s" | "strike" => {
                self.close_emphasis()
            }
            // (A `<sup>` standing for a note reference was rendered whole.)
            "sup" | "sub" => self.inline(&format!("</{}>", el.tag)),
            "a" => {
                let Some(href) = self.links.pop().flatten() else {
                    return;
                };
                if self.out.ends_with('[') {
                    self.out.pop();
                } else {
                    self.write(&format!("]({})", escape_url(&href)));
                }
            }
            tag if is_block(tag) => self.blank_line(),
            _ => {}
        }
    }

    fn list_item(&mut self) {
        self.newline();
        let marker = match self.lists.last_mut() {
            Some((true, n)) => {
                let m = format!("{n}. ");
                *n += 1;
                m
            }
            _ => "- ".to_string(),
        };
        self.prefixes.push(" ".repeat(marker.len()));
        self.marker = Some(marker);
    }

    fn image(&mut self, el: &ElementData) {
        let Some(src) = el.attr("src") else { return };
        let alt = el
            .attr("alt")
            .unwrap_or("")
            .replace(['[', ']'], "")
            .replace('\n', " ");
        match el.attr("title") {
            Some(t) => self.inline(&format!(
                "![{alt}]({} \"{}\")",
                escape_url(src),
                t.replace('"', "'")
            )),
            None => self.inline(&format!("![{alt}]({})", escape_url(src))),
        }
    }

    /// A code block as a fence: the code byte for byte (one final newline
    /// is the fence's), the language as the info string, and a fence longer
    /// than any run of backticks in the code.
    fn code_block(&mut self, node: NodeRef<Node>) -> bool {
        let lang = node
            .descendants()
            .find_map(|n| match n.value() {
                Node::Element(e) => e
                    .attr("class")
                    .and_then(|c| c.strip_prefix("language-"))
                    .map(str::to_string),
                _ => None,
            })
            .unwrap_or_default();
        let code = raw_text(node);
        let code = code.strip_suffix('\n').unwrap_or(&code);
        let fence = "`".repeat(longest_run(code, '`').max(2) + 1);
        let fence = fence.as_str();
        self.blank_line();
        self.write(&format!("{fence}{lang}"));
        for line in code.split('\n').chain(std::iter::once(fence)) {
            self.out.push('\n');
            self.push_prefix();
            self.out.push_str(line);
        }
        self.blank_line();
        true
    }

    /// Inline code as a code span: whitespace collapsed as a browser shows
    /// it, backticks inside kept by a longer delimiter, padded with a space
    /// where the code starts or ends with a backtick or with a space that
    /// CommonMark would strip.
    fn code_span(&mut self, node: NodeRef<Node>) {
        let mut code = String::new();
        crate::text::push_collapsed(&mut code, &raw_text(node).replace('\n', " "));
        if code.trim().is_empty() {
            if !code.is_empty() {
                self.text(" ");
            }
            return;
        }
        let ticks = "`".repeat(longest_run(&code, '`') + 1);
        let pad = code.starts_with('`')
            || code.ends_with('`')
            || (code.starts_with(' ') && code.ends_with(' '));
        let pad = if pad { " " } else { "" };
        self.inline(&format!("{ticks}{pad}{code}{pad}{ticks}"));
    }

    /// A list of notes as GFM footnote definitions, `[^1]: …`, the note's further lines
    /// indented.
    fn note_definitions(&mut self, node: NodeRef<Node>) {
        let items = self.notes.list(node.id()).unwrap_or_default().to_vec();
        for (li, label) in items {
            let Some(li) = node.tree().get(li) else {
                continue;
            };
            let body = self.sub_render(li);
            self.blank_line();
            self.write(&format!("[^{label}]:"));
            for (k, line) in body.trim().split('\n').enumerate() {
                if k > 0 {
                    self.out.push('\n');
                    self.push_prefix();
                    if !line.is_empty() {
                        self.out.push_str("    ");
                    }
                } else {
                    self.out.push(' ');
                }
                self.out.push_str(line);
            }
            self.blank_line();
        }
    }

    /// The Markdown of a node's children on its own (a table cell, a note).
    fn sub_render(&self, node: NodeRef<Node>) -> String {
        let mut md = Markdown {
            notes: Rc::clone(&self.notes),
            ..Markdown::default()
        };
        for child in node.children() {
            md.render(child);
        }
        md.finish()
    }

    fn table(&mut self, node: NodeRef<Node>) -> bool {
        let rows: Vec<Vec<String>> = node
            .descendants()
            .filter(|n| matches!(n.value(), Node::Element(e) if e.tag == "tr"))
            .map(|tr| {
                tr.children()
                    .filter(
                        |c| matches!(c.value(), Node::Element(e) if matches!(e.tag, "td" | "th")),
                    )
                    .map(|cell| cell_markdown(self.sub_render(cell)))
                    .collect()
            })
            .filter(|r: &Vec<String>| !r.is_empty())
            .collect();
        let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
        if cols == 0 {
            return true;
        }
        self.blank_line();
        for (n, row) in rows.iter().enumerate() {
            let mut cells = row.clone();
            cells.resize(cols, String::new());
            self.write(&format!("| {} |", cells.join(" | ")));
            self.newline();
            if n == 0 {
                self.write(&format!("|{}", " --- |".repeat(cols)));
                self.newline();
            }
        }
        self.blank_line();
        true
    }

    fn math(&mut self, node: NodeRef<Node>) -> bool {
        let tex = node.descendants().find_map(|n| match n.value() {
            Node::Element(e)
                if e.tag == "annotation"
                    && e.attr("encoding").is_some_and(|enc| enc.contains("tex")) =>
            {
                Some(raw_text(n))
            }
            _ => None,
        });
        let block = node
            .value_element()
            .is_some_and(|e| e.attr("display") == Some("block"));
        let body = tex.unwrap_or_else(|| raw_text(node)).trim().to_string();
        if block {
            self.blank_line();
            self.write(&format!("$$\n{body}\n$$"));
            self.blank_line();
        } else {
            self.inline(&format!("${body}$"));
        }
        true
    }

    fn text(&mut self, t: &str) {
        let mut buf = String::new();
        for c in t.chars().filter(|&c| c != super::text::SOFT_HYPHEN) {
            if c.is_whitespace() && c != '\u{a0}' {
                if !buf.ends_with(' ') {
                    buf.push(' ');
                }
            } else {
                buf.push(c);
            }
        }
        let at_line_start = self.at_line_start();
        // One space between words, also where an empty element stood between two.
        let trimmed = if at_line_start || self.out.ends_with(' ') {
            buf.trim_start()
        } else {
            &buf
        };
        if trimmed.is_empty() {
            if !buf.is_empty()
                && !self.out.ends_with([' ', '\n'])
                && !self.out.is_empty()
                && !self.pending_blank
                && !self.pending_newline
                && !self.hard_break
            {
                self.settle_closers(Some(' '));
                self.out.push(' ');
            }
            return;
        }
        let escaped = escape_text(trimmed, at_line_start);
        self.inline(&escaped);
    }

    fn at_line_start(&self) -> bool {
        self.out.is_empty()
            || self.out.ends_with('\n')
            || self.pending_blank
            || self.pending_newline
            || self.marker.is_some()
    }

    /// Writes content, first emitting pending line breaks, prefixes and list markers.
    fn write(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        self.prepare();
        self.out.push_str(s);
    }

    /// Emits pending line breaks, prefixes and list markers before content.
    fn prepare(&mut self) {
        self.closers.clear();
        self.flush_breaks();
        if self.out.is_empty() || self.out.ends_with('\n') {
            self.push_prefix();
        }
    }

    fn push_prefix(&mut self) {
        let n = self.prefixes.len();
        let marker = self.marker.take();
        for (k, p) in self.prefixes.iter().enumerate() {
            if k + 1 == n {
                if let Some(m) = &marker {
                    self.out.push_str(m);
                    continue;
                }
            }
            self.out.push_str(p);
        }
    }

    fn flush_breaks(&mut self) {
        if self.out.is_empty() {
            self.pending_blank = false;
            self.pending_newline = false;
            return;
        }
        if self.pending_blank || self.pending_newline {
            let trimmed = self.out.trim_end_matches(' ').len();
            self.out.truncate(trimmed);
            if !self.out.ends_with('\n') {
                self.out.push('\n');
            }
            if self.pending_blank {
                let depth = self.blank_depth.min(self.prefixes.len());
                let quote: String = self.prefixes[..depth]
                    .iter()
                    .map(|p| p.as_str())
                    .collect::<String>();
                let quote = quote.trim_end();
                if !self.out.ends_with("\n\n") && !self.out.ends_with(&format!("\n{quote}\n")) {
                    self.out.push_str(quote);
                    self.out.push('\n');
                }
            }
        }
        self.pending_blank = false;
        self.pending_newline = false;
    }

    fn blank_line(&mut self) {
        if !self.out.is_empty() && self.marker.is_none() {
            self.blank_depth = if self.pending_blank {
                self.blank_depth.min(self.prefixes.len())
            } else {
                self.prefixes.len()
            };
            self.pending_blank = true;
        }
    }

    fn newline(&mut self) {
        if !self.out.is_empty() {
            self.pending_newline = true;
        }
    }

    fn finish(self) -> String {
        let mut s = self.out.trim_end().to_string();
        s.push('\n');
        if s.trim().is_empty() {
            String::new()
        } else {
            s
        }
    }
}

trait ValueElement {
    fn value_element(&self) -> Option<&ElementData>;
}

impl ValueElement for NodeRef<'_, Node> {
    fn value_element(&self) -> Option<&ElementData> {
        match self.value() {
            Node::Element(e) => Some(e),
            _ => None,
        }
    }
}

/// Text under a node, unchanged.
fn raw_text(node: NodeRef<Node>) -> String {
    node.descendants()
        .filter_map(|n| match n.value() {
            Node::Text(t) => Some(t.as_str()),
            Node::Element(e) if e.tag == "br" => Some("\n"),
            _ => None,
        })
        .collect()
}

/// The longest run of `c` in `s`.
fn longest_run(s: &str, c: char) -> usize {
    s.split(|x| x != c).map(str::len).max().unwrap_or(0)
}

fn has_descendant(node: NodeRef<Node>, tag: &str) -> bool {
    node.descendants()
        .skip(1)
        .any(|n| matches!(n.value(), Node::Element(e) if e.tag == tag))
}

/// One table cell as single-line inline Markdown, pipes escaped, its lines (and hard
/// breaks) joined by `<br>`.
fn cell_markdown(md: String) -> String {
    md.trim()
        .replace('|', "\\|")
        .split('\n')
        .map(|line| {
            let line = line.trim();
            line.strip_suffix('\\')
                .filter(|l| !l.ends_with('\\'))
                .unwrap_or(line)
        })
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("<br>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::ElementData;

    fn el(tag: &'static str, attrs: &[(&str, &str)]) -> Node {
        Node::Element(ElementData {
            tag,
            attrs: attrs
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            caption: false,
        })
    }

    #[test]
    fn renders_blocks_lists_and_code() {
        let mut tree = Tree::new(Node::Root);
        let mut root = tree.root_mut();
        root.append(el("h2", &[]))
            .append(Node::Text("Heading".into()));
        let mut p = root.append(el("p", &[]));
        p.append(Node::Text("Some ".into()));
        p.append(el("strong", &[]))
            .append(Node::Text("bold".into()));
        p.append(Node::Text(" and a ".into()));
        p.append(el("a", &[("href", "https://x.example/")]))
            .append(Node::Text("link".into()));
        let mut ul = root.append(el("ul", &[]));
        ul.append(el("li", &[])).append(Node::Text("one".into()));
        ul.append(el("li", &[])).append(Node::Text("two".into()));
        root.append(el("pre", &[]))
            .append(el("code", &[("class", "language-rust")]))
            .append(Node::Text("fn main() {\n    x();\n}\n".into()));
        let md = to_markdown(&tree);
        assert_eq!(md, "## Heading\n\nSome **bold** and a [link](https://x.example/)\n\n- one\n- two\n\n```rust\nfn main() {\n    x();\n}\n```\n");
    }

    #[test]
    fn blockquote_and_table() {
        let mut tree = Tree::new(Node::Root);
        let mut root = tree.root_mut();
        root.append(el("blockquote", &[]))
            .append(el("p", &[]))
            .append(Node::Text("Quoted".into()));
        let mut table = root.append(el("table", &[]));
        let mut tr = table.append(el("tr", &[]));
        tr.append(el("th", &[])).append(Node::Text("A".into()));
        tr.append(el("th", &[])).append(Node::Text("B|C".into()));
        let mut tr2 = table.append(el("tr", &[]));
        tr2.append(el("td", &[])).append(Node::Text("1".into()));
        tr2.append(el("td", &[])).append(Node::Text("2".into()));
        let md = to_markdown(&tree);
        assert_eq!(md, "> Quoted\n\n| A | B\\|C |\n| --- | --- |\n| 1 | 2 |\n");
    }
}
