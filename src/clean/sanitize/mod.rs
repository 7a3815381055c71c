//! Copies the chosen article into a fresh tree through an allowlist: only
//! known-safe tags and attributes pass, URLs are resolved and vetted, lazy
//! images become real, presentational wrappers disappear.

mod allowlist;
mod embeds;
mod nesting;

use rustc_hash::FxHashMap;

use ego_tree::NodeId;

use crate::clean::captions;
use crate::clean::images::{image_attributes, noscript_image};
use crate::tree::{append_element, append_text, mark_caption, Node, Tree};
use crate::urls::UrlResolver;
use crate::view::Doc;
use allowlist::{code_attrs, common_attrs, keep_known, link, media};
use nesting::Nesting;

/// Output nesting beyond this is flattened (wrappers dropped, content kept).
const MAX_OUTPUT_DEPTH: usize = 200;

/// What happens to an element on the way out.
pub(super) enum Action {
    /// Copy it with these attributes (tag possibly renamed).
    Keep(&'static str, Vec<(String, String)>),
    /// Put a link with this text in its place (content dropped).
    Link(Vec<(String, String)>, String),
    /// Put this text in its place (content dropped).
    Text(String),
    /// Drop the element, keep its children.
    Unwrap,
    /// Drop it with everything inside.
    Drop,
}

/// What the copy needs besides the tree: URL rules and which tables hold data.
struct Copier<'c, 'h> {
    doc: Doc<'c, 'h>,
    urls: &'c UrlResolver,
    data_tables: FxHashMap<u32, bool>,
}

/// Builds the sanitized article tree from the selected nodes.
pub fn build(doc: Doc, roots: &[u32], urls: &UrlResolver) -> Tree {
    let mut tree = Tree::new(Node::Root);
    let root_id = tree.root().id();
    let data_tables = roots
        .iter()
        .flat_map(|&r| doc.live_elements(r))
        .filter(|&e| doc.tag(e) == "table")
        .map(|t| (t, crate::clean::prepare::is_data_table(doc, t)))
        .collect();
    let copier = Copier {
        doc,
        urls,
        data_tables,
    };
    for &r in roots {
        copier.copy_subtree(r, &mut tree, root_id);
    }
    tree
}

/// Where an element of the source lands in the output.
#[derive(Clone, Copy)]
struct Place {
    /// The output parent of what is copied here.
    parent: NodeId,
    /// Output nesting depth of `parent`.
    depth: usize,
    nesting: Nesting,
    /// Inside a `<pre>`: only inline markup survives.
    in_pre: bool,
}

impl Place {
    /// Whether flow content placed here stays here when the output is parsed.
    fn takes_flow(&self, tree: &Tree) -> bool {
        !self.nesting.foreign && !self.nesting.in_table_structure(tree, self.parent)
    }
}

/// The source elements still open during the copy (their end, and the place
/// of their children), and the ends of the open `<pre>`s.
struct Cursor {
    open: Vec<(u32, Place)>,
    pre_ends: Vec<u32>,
    /// Inside a `<pre>`: whether code was written and whether it ends a line.
    pre_text: Option<bool>,
}

impl Cursor {
    /// The place of node `i`: the innermost open element that holds it.
    fn place_of(&mut self, i: u32) -> Place {
        while self.open.len() > 1 && self.open.last().is_some_and(|&(end, _)| i >= end) {
            self.open.pop();
        }
        while self.pre_ends.last().is_some_and(|&end| i >= end) {
            self.pre_ends.pop();
        }
        let mut place = self.open[self.open.len() - 1].1;
        place.in_pre = !self.pre_ends.is_empty();
        place
    }
}

impl Copier<'_, '_> {
    fn copy_subtree(&self, root: u32, tree: &mut Tree, out_root: NodeId) {
        let doc = self.doc;
        let end = doc.end(root);
        let top = Place {
            parent: out_root,
            depth: 0,
            nesting: Nesting::default(),
            in_pre: false,
        };
        let mut cursor = Cursor {
            open: vec![(end, top)],
            pre_ends: Vec::new(),
            pre_text: None,
        };
        let mut i = root;
        while i < end {
            let place = cursor.place_of(i);
            i = self.copy_node(i, place, tree, &mut cursor);
        }
    }

    /// Copies node `i` (or what stands for it) to `place`; returns the next
    /// node to copy.
    fn copy_node(&self, i: u32, place: Place, tree: &mut Tree, cursor: &mut Cursor) -> u32 {
        let doc = self.doc;
        if doc.is_removed(i) {
            if place.takes_flow(tree) {
                self.emit_fallback(i, tree, place.parent);
            }
            return doc.end(i);
        }
        if let Some(tex) = math_source(doc, i) {
            if place.takes_flow(tree) {
                let display = doc
                    .attr(i, "class")
                    .is_some_and(|c| c.contains("display") || c.contains("block"));
                emit_math(tree, place.parent, tex, display);
            }
            return doc.end(i);
        }
        if let Some(text) = doc.text_node(i) {
            if !place.nesting.in_table_structure(tree, place.parent) || text.trim().is_empty() {
                append_text(tree, place.parent, text);
                if place.in_pre && !text.is_empty() {
                    cursor.pre_text = Some(text.ends_with('\n'));
                }
            }
            return i + 1;
        }
        if doc.element(i).is_none() {
            return i + 1;
        }
        let caption = !place.in_pre && captions::is_caption(doc, i);
        let action = match (self.decide(i, place.in_pre), caption) {
            // A caption keeps an element of its own, so that the text can leave it out.
            (Action::Unwrap, true) if crate::view::is_block_tag(doc.tag(i)) => {
                Action::Keep("div", Vec::new())
            }
            (Action::Unwrap, true) => Action::Keep("small", Vec::new()),
            (action, _) => action,
        };
        let action = match action {
            Action::Keep(tag, attrs) => place.nesting.admit(tree, place.parent, tag, attrs),
            Action::Link(attrs, text) => place.nesting.admit_link(tree, place.parent, attrs, text),
            other => other,
        };
        self.apply(i, action, place, tree, (cursor, caption))
    }

    /// Carries out what [`Copier::decide`] said for element `i`.
    fn apply(
        &self,
        i: u32,
        action: Action,
        place: Place,
        tree: &mut Tree,
        (c, caption): (&mut Cursor, bool),
    ) -> u32 {
        let end = self.doc.end(i);
        match action {
            Action::Drop => return end,
            Action::Unwrap => {
                self.break_code_line(i, &place, tree, c);
                c.open.push((end, place))
            }
            Action::Keep(..) if place.depth >= MAX_OUTPUT_DEPTH && !is_void(self.doc.tag(i)) => {
                c.open.push((end, place))
            }
            Action::Keep(tag, attrs) => {
                if tag == "pre" {
                    c.pre_ends.push(end);
                    c.pre_text = None;
                }
                if tag == "br" && place.in_pre {
                    c.pre_text = Some(true);
                }
                let id = append_element(tree, place.parent, tag, attrs);
                if caption {
                    mark_caption(tree, id);
                }
                if tag == "iframe" {
                    // Its content is raw text to a parser, never markup.
                    return end;
                }
                let nesting = place.nesting.inside(tag);
                c.open.push((
                    end,
                    Place {
                        parent: id,
                        depth: place.depth + 1,
                        nesting,
                        ..place
                    },
                ));
            }
            Action::Link(attrs, text) => {
                let id = append_element(tree, place.parent, "a", attrs);
                append_text(tree, id, &text);
                return end;
            }
            Action::Text(text) => {
                append_text(tree, place.parent, &text);
                return end;
            }
        }
        i + 1
    }

    /// Lines of code in blocks of their own (`div.line` after `div.line` in a
    /// `pre`) are lines as the browser shows them; a block after inline
    /// content (a line number) is not. (Checked in that order: finding the
    /// previous sibling takes a walk.)
    fn break_code_line(&self, i: u32, place: &Place, tree: &mut Tree, c: &mut Cursor) {
        if place.in_pre
            && c.pre_text == Some(false)
            && starts_line(self.doc.tag(i))
            && previous_element(self.doc, i).is_some_and(|p| starts_line(self.doc.tag(p)))
        {
            append_text(tree, place.parent, "\n");
            c.pre_text = Some(true);
        }
    }

    /// What a removed element leaves behind: the image of a `<noscript>`
    /// fallback, the TeX of a MathJax 2 `<script>`.
    fn emit_fallback(&self, i: u32, tree: &mut Tree, parent: NodeId) {
        match self.doc.tag(i) {
            "noscript" => emit_noscript_image(self.doc, i, self.urls, tree, parent),
            "script" => emit_script_math(self.doc, i, tree, parent),
            _ => {}
        }
    }

    fn decide(&self, i: u32, in_pre: bool) -> Action {
        let (doc, urls) = (self.doc, self.urls);
        let tag = doc.tag(i);
        if is_line_number_gutter(doc, i) {
            return Action::Drop;
        }
        if in_pre
            && tag != "code"
            && !matches!(tag, "span" | "b" | "i" | "em" | "strong" | "a" | "br")
        {
            return Action::Unwrap;
        }
        match tag {
            "img" => match image_attributes(doc.view, i, urls) {
                Some(attrs) => Action::Keep("img", attrs),
                None => Action::Drop,
            },
            "a" => link(doc, i, urls),
            "iframe" => embeds::embed(doc, i, urls),
            "video" | "audio" | "source" | "track" => media(doc, i, urls, tag),
            "table" if !self.is_data_table(i) => Action::Unwrap,
            "tbody" | "thead" | "tfoot" | "tr" | "td" | "th" | "caption" | "colgroup" | "col"
                if !self.inside_data_table(i) =>
            {
                if matches!(tag, "td" | "th" | "caption") {
                    Action::Keep("div", common_attrs(doc, i))
                } else {
                    Action::Unwrap
                }
            }
            "details" => keep_known(doc, i),
            // Parsed as markup (the page is read as without scripting): its
            // content is the page's.
            "noscript" if doc.children(i).any(|c| doc.is_element(c)) => Action::Unwrap,
            "div" | "section" | "article" | "main" | "header" | "center" | "hgroup" | "form"
            | "fieldset"
                if is_pure_container(doc, i) =>
            {
                Action::Unwrap
            }
            "div" | "section" | "article" | "main" | "header" | "center" | "hgroup" | "form"
            | "fieldset" | "footer" | "address" => Action::Keep("div", common_attrs(doc, i)),
            "h1" => Action::Keep("h2", common_attrs(doc, i)),
            "code" | "pre" => Action::Keep(
                if tag == "pre" { "pre" } else { "code" },
                code_attrs(doc, i),
            ),
            _ => keep_known(doc, i),
        }
    }

    fn is_data_table(&self, table: u32) -> bool {
        self.data_tables.get(&table).copied().unwrap_or(false)
    }

    fn inside_data_table(&self, i: u32) -> bool {
        self.doc
            .ancestors(i)
            .find(|&a| self.doc.tag(a) == "table")
            .is_some_and(|t| self.is_data_table(t))
    }
}

/// A `<noscript>` holding the real image of a lazy-loading placeholder.
fn emit_noscript_image(doc: Doc, i: u32, urls: &UrlResolver, tree: &mut Tree, parent: NodeId) {
    let prev_is_real_image = previous_element(doc, i)
        .is_some_and(|p| doc.tag(p) == "img" && image_attributes(doc.view, p, urls).is_some());
    if prev_is_real_image {
        return;
    }
    if let Some(attrs) = noscript_image(doc.view, i, urls) {
        append_element(tree, parent, "img", attrs);
    }
}

/// TeX a math element carries in `data-math` or `data-latex` (KaTeX and
/// MathJax renderers keep the source there).
fn math_source<'h>(doc: Doc<'_, 'h>, i: u32) -> Option<&'h str> {
    doc.attr(i, "data-math")
        .or_else(|| doc.attr(i, "data-latex"))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// MathJax 2 keeps TeX in `<script type="math/tex">` (`; mode=display` for blocks).
fn emit_script_math(doc: Doc, i: u32, tree: &mut Tree, parent: NodeId) {
    let Some(kind) = doc.attr(i, "type").filter(|t| t.starts_with("math/tex")) else {
        return;
    };
    let tex: String = doc.children(i).filter_map(|c| doc.text_node(c)).collect();
    if !tex.trim().is_empty() {
        emit_math(tree, parent, tex.trim(), kind.contains("display"));
    }
}

/// Math known only as TeX: MathML whose visible part is the TeX source, with
/// the TeX kept as an annotation (Markdown output turns it into `$…$`).
fn emit_math(tree: &mut Tree, parent: NodeId, tex: &str, display: bool) {
    let attrs = vec![(
        "display".to_string(),
        if display { "block" } else { "inline" }.to_string(),
    )];
    let math = append_element(tree, parent, "math", attrs);
    let semantics = append_element(tree, math, "semantics", Vec::new());
    let mtext = append_element(tree, semantics, "mtext", Vec::new());
    append_text(tree, mtext, tex);
    let annotation = append_element(
        tree,
        semantics,
        "annotation",
        vec![("encoding".to_string(), "application/x-tex".to_string())],
    );
    append_text(tree, annotation, tex);
}

fn previous_element(doc: Doc, i: u32) -> Option<u32> {
    let parent = doc.parent(i)?;
    doc.children(parent)
        .take_while(|&c| c != i)
        .filter(|&c| doc.element(c).is_some())
        .last()
}

/// Line-number gutters of highlighted code (Pygments, Rouge, highlight.js,
/// Prism, react-syntax-highlighter): copying them would corrupt the code.
fn is_line_number_gutter(doc: Doc, i: u32) -> bool {
    const GUTTER: &[&str] = &[
        "lineno",
        "linenos",
        "linenodiv",
        "line-numbers-rows",
        "linenumber",
        "line-number",
        "hljs-ln-numbers",
        "gutter",
        "react-syntax-highlighter-line-number",
        "rouge-gutter",
        "ln-num",
    ];
    doc.attr(i, "class").is_some_and(|c| {
        c.split_whitespace()
            .any(|w| GUTTER.contains(&w.to_ascii_lowercase().as_str()))
    }) && doc.text_len(i) < 20_000
        && (doc.has_ancestor_tag(i, &["pre", "code", "table"])
            || doc
                .text(i)
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace()))
}

/// Elements a browser lays out as lines of their own.
fn starts_line(tag: &str) -> bool {
    crate::view::is_block_tag(tag) || matches!(tag, "li" | "tr")
}

fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "img" | "br" | "hr" | "source" | "track" | "col" | "wbr"
    )
}

/// A wrapper whose children are all blocks (or blank text): it adds nothing.
fn is_pure_container(doc: Doc, i: u32) -> bool {
    doc.children(i)
        .filter(|&c| !doc.is_removed(c))
        .all(|c| match doc.text_node(c) {
            Some(t) => t.trim().is_empty(),
            None => doc
                .element(c)
                .is_none_or(|_| crate::view::is_block_tag(doc.tag(c))),
        })
}
