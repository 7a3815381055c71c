//! CommonMark with GFM tables: headings, lists, links, images, emphasis, fenced
//! code with language, blockquotes, figures.

use ego_tree::iter::Edge;
use ego_tree::NodeRef;

use super::is_block;
use crate::tree::{ElementData, Node, Tree};

/// Renders the article as Markdown.
pub fn to_markdown(tree: &Tree) -> String {
    let mut md = Markdown::default();
    md.render(tree.root());
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
    pre: usize,
    /// Open links' targets.
    links: Vec<String>,
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
            "strong" | "b" => self.write("**"),
            "em" | "i" | "cite" | "dfn" => self.write("_"),
            "del" | "s" | "strike" => self.write("~~"),
            // `<code><pre>…</pre></code>`: the `pre` inside is the block.
            "code" | "kbd" | "samp" if !has_descendant(node, "pre") => {
                self.code_span(node);
                return true;
            }
            "a" => {
                self.write("[");
                self.links.push(el.attr("href").unwrap_or("").to_string());
            }
            "img" => self.image(el),
            "iframe" | "video" | "audio" => {
                self.media_link(el);
                return el.tag == "iframe";
            }
            "math" => return self.math(node),
            "svg" => return true,
            "sup" => self.write("^"),
            _ => {}
        }
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

    /// A hard line break: a newline inside code, a backslash break elsewhere.
    fn line_break(&mut self) {
        if self.pre > 0 {
            self.out.push('\n');
        } else {
            self.write("\\");
            self.newline();
        }
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
            "strong" | "b" => self.write("**"),
            "em" | "i" | "cite" | "dfn" => self.write("_"),
            "del" | "s" | "strike" => self.write("~~"),
            "a" => {
                let href = self.links.pop().unwrap_or_default();
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
            Some(t) => self.write(&format!(
                "![{alt}]({} \"{}\")",
                escape_url(src),
                t.replace('"', "'")
            )),
            None => self.write(&format!("![{alt}]({})", escape_url(src))),
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
        self.write(&format!("{ticks}{pad}{code}{pad}{ticks}"));
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
                    .map(cell_markdown)
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
            self.write(&format!("${body}$"));
        }
        true
    }

    fn text(&mut self, t: &str) {
        if self.pre > 0 {
            self.write_verbatim(t);
            return;
        }
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
        let trimmed = if at_line_start {
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
            {
                self.out.push(' ');
            }
            return;
        }
        let escaped = escape_text(trimmed, at_line_start);
        self.write(&escaped);
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
        self.flush_breaks();
        if self.out.is_empty() || self.out.ends_with('\n') {
            self.push_prefix();
        }
        self.out.push_str(s);
    }

    fn write_verbatim(&mut self, s: &str) {
        if self.pending_blank || self.pending_newline {
            self.flush_breaks();
            self.push_prefix();
        }
        let mut first = true;
        for line in s.split('\n') {
            if !first {
                self.out.push('\n');
            }
            first = false;
            if !line.is_empty() {
                if self.out.ends_with('\n') || self.out.is_empty() {
                    self.flush_breaks();
                    self.push_prefix();
                }
                self.out.push_str(line);
            }
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

/// One table cell as single-line inline Markdown, pipes escaped.
fn cell_markdown(cell: NodeRef<Node>) -> String {
    let mut md = Markdown::default();
    for child in cell.children() {
        md.render(child);
    }
    md.finish()
        .trim()
        .replace('|', "\\|")
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("<br>")
}

fn escape_url(url: &str) -> String {
    url.replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29")
}

/// Escapes what Markdown would read as syntax.
fn escape_text(s: &str, at_line_start: bool) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let chars: Vec<char> = s.chars().collect();
    for (k, &c) in chars.iter().enumerate() {
        let prev = if k > 0 { chars[k - 1] } else { ' ' };
        let next = chars.get(k + 1).copied().unwrap_or(' ');
        match c {
            '\\' | '`' | '*' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '_' if !(prev.is_alphanumeric() && next.is_alphanumeric()) => out.push_str("\\_"),
            '<' if next.is_ascii_alphabetic() || next == '/' || next == '!' => out.push_str("\\<"),
            _ => out.push(c),
        }
    }
    if at_line_start {
        if let Some(first) = out.chars().next() {
            let rest = &out[first.len_utf8()..];
            let needs = matches!(first, '#' | '>')
                || (matches!(first, '-' | '+') && rest.starts_with(' '))
                || (first == '=' && rest.chars().all(|c| c == '='));
            if needs {
                out.insert(0, '\\');
            } else if let Some(dot) = out.find(['.', ')']) {
                if dot > 0
                    && dot <= 9
                    && out[..dot].chars().all(|c| c.is_ascii_digit())
                    && out[dot + 1..].starts_with(' ')
                {
                    out.insert(dot, '\\');
                }
            }
        }
    }
    out
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
