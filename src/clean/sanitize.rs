//! Copies the chosen article into a fresh tree through an allowlist: only
//! known-safe tags and attributes pass, URLs are resolved and vetted, lazy
//! images become real, presentational wrappers disappear.

use std::collections::HashMap;

use ego_tree::NodeId;

use super::images::{image_attributes, noscript_image};
use super::urls::{UrlResolver, UrlUse};
use super::{ElementData, Node, Tree};
use crate::clutter::patterns::{url_matches_host, EMBED_HOSTS};
use crate::dom::Dom;

/// Output nesting beyond this is flattened (wrappers dropped, content kept).
const MAX_OUTPUT_DEPTH: usize = 200;

/// What happens to an element on the way out.
enum Action {
    /// Copy it with these attributes (tag possibly renamed).
    Keep(&'static str, Vec<(String, String)>),
    /// Drop the element, keep its children.
    Unwrap,
    /// Drop it with everything inside.
    Drop,
}

/// What the copy needs besides the tree: URL rules and which tables hold data.
struct Copier<'c, 'a> {
    dom: &'c Dom<'a>,
    urls: &'c UrlResolver,
    data_tables: HashMap<u32, bool>,
}

/// Builds the sanitized article tree from the selected nodes.
pub fn build(dom: &Dom, roots: &[u32], urls: &UrlResolver) -> Tree {
    let mut tree = Tree::new(Node::Root);
    let root_id = tree.root().id();
    let data_tables = roots
        .iter()
        .flat_map(|&r| dom.live_elements(r))
        .filter(|&e| dom.tag(e) == "table")
        .map(|t| (t, super::prepare::is_data_table(dom, t)))
        .collect();
    let copier = Copier {
        dom,
        urls,
        data_tables,
    };
    for &r in roots {
        copier.copy_subtree(r, &mut tree, root_id);
    }
    tree
}

impl Copier<'_, '_> {
    fn copy_subtree(&self, root: u32, tree: &mut Tree, out_root: NodeId) {
        let (dom, urls) = (self.dom, self.urls);
        // (end of the source element, output parent for its children, output depth, nesting context)
        let mut open: Vec<(u32, NodeId, usize, Nesting)> =
            vec![(dom.end(root), out_root, 0, Nesting::default())];
        let mut pre_depth: Vec<u32> = Vec::new();
        let mut i = root;
        let end = dom.end(root);
        while i < end {
            while open.last().is_some_and(|&(e, _, _, _)| i >= e) && open.len() > 1 {
                open.pop();
            }
            while pre_depth.last().is_some_and(|&e| i >= e) {
                pre_depth.pop();
            }
            let (_, parent, depth, nesting) =
                *open
                    .last()
                    .unwrap_or(&(end, out_root, 0, Nesting::default()));
            if dom.removed[i as usize] {
                match dom.tag(i) {
                    "noscript" if !nesting.foreign && !nesting.in_table_structure(tree, parent) => {
                        emit_noscript_image(dom, i, urls, tree, parent)
                    }
                    "script" if !nesting.foreign && !nesting.in_table_structure(tree, parent) => {
                        emit_script_math(dom, i, tree, parent)
                    }
                    _ => {}
                }
                i = dom.end(i);
                continue;
            }
            if let Some(tex) = dom
                .attr(i, "data-math")
                .or_else(|| dom.attr(i, "data-latex"))
                .filter(|t| !t.trim().is_empty())
            {
                if !nesting.foreign && !nesting.in_table_structure(tree, parent) {
                    let display = dom
                        .attr(i, "class")
                        .is_some_and(|c| c.contains("display") || c.contains("block"));
                    emit_math(tree, parent, tex.trim(), display);
                }
                i = dom.end(i);
                continue;
            }
            if let Some(text) = dom.text_node(i) {
                if !nesting.in_table_structure(tree, parent) || text.trim().is_empty() {
                    append_text(tree, parent, text);
                }
                i += 1;
                continue;
            }
            if dom.element(i).is_none() {
                i += 1;
                continue;
            }
            let in_pre = !pre_depth.is_empty();
            let action = match self.decide(i, in_pre) {
                Action::Keep(tag, attrs) => nesting.admit(tree, parent, tag, attrs),
                other => other,
            };
            match action {
                Action::Drop => {
                    i = dom.end(i);
                    continue;
                }
                Action::Unwrap => open.push((dom.end(i), parent, depth, nesting)),
                Action::Keep(_, _) if depth >= MAX_OUTPUT_DEPTH && !is_void(dom.tag(i)) => {
                    open.push((dom.end(i), parent, depth, nesting))
                }
                Action::Keep(tag, attrs) => {
                    if tag == "pre" {
                        pre_depth.push(dom.end(i));
                    }
                    let id = append_element(tree, parent, tag, attrs);
                    if tag == "iframe" {
                        // Its content is raw text to a parser, never markup.
                        i = dom.end(i);
                        continue;
                    }
                    open.push((dom.end(i), id, depth + 1, nesting.inside(tag)));
                }
            }
            i += 1;
        }
    }

    fn decide(&self, i: u32, in_pre: bool) -> Action {
        let (dom, urls) = (self.dom, self.urls);
        let tag = dom.tag(i);
        if is_line_number_gutter(dom, i) {
            return Action::Drop;
        }
        if in_pre
            && tag != "code"
            && !matches!(tag, "span" | "b" | "i" | "em" | "strong" | "a" | "br")
        {
            return Action::Unwrap;
        }
        match tag {
            "img" => match image_attributes(dom, i, urls) {
                Some(attrs) => Action::Keep("img", attrs),
                None => Action::Drop,
            },
            "a" => link(dom, i, urls),
            "iframe" => embed(dom, i, urls),
            "video" | "audio" | "source" | "track" => media(dom, i, urls, tag),
            "table" if !self.is_data_table(i) => Action::Unwrap,
            "tbody" | "thead" | "tfoot" | "tr" | "td" | "th" | "caption" | "colgroup" | "col"
                if !self.inside_data_table(i) =>
            {
                if matches!(tag, "td" | "th" | "caption") {
                    Action::Keep("div", common_attrs(dom, i))
                } else {
                    Action::Unwrap
                }
            }
            "details" => keep_known(dom, i),
            "div" | "section" | "article" | "main" | "header" | "center" | "hgroup" | "form"
            | "fieldset"
                if is_pure_container(dom, i) =>
            {
                Action::Unwrap
            }
            "div" | "section" | "article" | "main" | "header" | "center" | "hgroup" | "form"
            | "fieldset" | "footer" | "address" => Action::Keep("div", common_attrs(dom, i)),
            "h1" => Action::Keep("h2", common_attrs(dom, i)),
            "code" | "pre" => Action::Keep(
                if tag == "pre" { "pre" } else { "code" },
                code_attrs(dom, i),
            ),
            _ => keep_known(dom, i),
        }
    }

    fn is_data_table(&self, table: u32) -> bool {
        self.data_tables.get(&table).copied().unwrap_or(false)
    }

    fn inside_data_table(&self, i: u32) -> bool {
        self.dom
            .ancestors(i)
            .find(|&a| self.dom.tag(a) == "table")
            .is_some_and(|t| self.is_data_table(t))
    }
}

/// Where in the output an element is being placed, so that the result parses
/// back to the same tree: an HTML parser closes a `<p>` at any block start tag,
/// a heading at a heading, a link at a link, moves content out of table
/// structure, and leaves `<svg>`/`<math>` at most HTML tags.
#[derive(Clone, Copy, Default)]
struct Nesting {
    in_p: bool,
    in_heading: bool,
    in_link: bool,
    foreign: bool,
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
    fn inside(self, tag: &str) -> Nesting {
        let cell = matches!(tag, "td" | "th" | "caption");
        Nesting {
            in_p: (self.in_p || tag == "p") && !cell,
            in_heading: self.in_heading || crate::dom::is_heading_tag(tag),
            in_link: self.in_link || tag == "a",
            foreign: self.foreign || matches!(tag, "svg" | "math"),
        }
    }

    /// Whether text or flow content placed here would be moved out by a parser.
    fn in_table_structure(&self, tree: &Tree, parent: NodeId) -> bool {
        is_table_structure(parent_tag(tree, parent))
    }

    /// Keeps the element when it may stand here; otherwise unwraps it (or drops
    /// it where even its content would be moved).
    fn admit(
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

    /// Flow content: no block in a `<p>`, heading in a heading, link in a link,
    /// stray list or table parts, or SVG/MathML children outside their root.
    fn fits_flow(self, parent: &str, tag: &str) -> bool {
        let heading = crate::dom::is_heading_tag(tag);
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

pub(super) fn append_element(
    tree: &mut Tree,
    parent: NodeId,
    tag: &'static str,
    attrs: Vec<(String, String)>,
) -> NodeId {
    let mut p = tree.get_mut(parent).expect("parent exists");
    p.append(Node::Element(ElementData { tag, attrs })).id()
}

pub(super) fn append_text(tree: &mut Tree, parent: NodeId, text: &str) {
    let mut p = tree.get_mut(parent).expect("parent exists");
    if let Some(mut last) = p.last_child() {
        if let Node::Text(t) = last.value() {
            t.push_str(text);
            return;
        }
    }
    p.append(Node::Text(text.to_string()));
}

/// A `<noscript>` holding the real image of a lazy-loading placeholder.
fn emit_noscript_image(dom: &Dom, i: u32, urls: &UrlResolver, tree: &mut Tree, parent: NodeId) {
    let prev_is_real_image = previous_element(dom, i)
        .is_some_and(|p| dom.tag(p) == "img" && image_attributes(dom, p, urls).is_some());
    if prev_is_real_image {
        return;
    }
    if let Some(attrs) = noscript_image(dom, i, urls) {
        append_element(tree, parent, "img", attrs);
    }
}

/// MathJax 2 keeps TeX in `<script type="math/tex">` (`; mode=display` for blocks).
fn emit_script_math(dom: &Dom, i: u32, tree: &mut Tree, parent: NodeId) {
    let Some(kind) = dom.attr(i, "type").filter(|t| t.starts_with("math/tex")) else {
        return;
    };
    let tex: String = dom.children(i).filter_map(|c| dom.text_node(c)).collect();
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

fn previous_element(dom: &Dom, i: u32) -> Option<u32> {
    let parent = dom.parent(i)?;
    dom.children(parent)
        .take_while(|&c| c != i)
        .filter(|&c| dom.element(c).is_some())
        .last()
}

/// Line-number gutters of highlighted code (Pygments, Rouge, highlight.js,
/// Prism, react-syntax-highlighter): copying them would corrupt the code.
fn is_line_number_gutter(dom: &Dom, i: u32) -> bool {
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
    dom.attr(i, "class").is_some_and(|c| {
        c.split_whitespace()
            .any(|w| GUTTER.contains(&w.to_ascii_lowercase().as_str()))
    }) && dom.text_len[i as usize] < 20_000
        && (dom.has_ancestor_tag(i, &["pre", "code", "table"])
            || dom
                .text(i)
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace()))
}

fn keep_known(dom: &Dom, i: u32) -> Action {
    let tag = dom.tag(i);
    if let Some(t) = allowed_tag(tag) {
        return Action::Keep(t, attributes_for(dom, i, t));
    }
    if let Some(t) = foreign_tag(tag) {
        return Action::Keep(t, foreign_attrs(dom, i));
    }
    if DROPPED_WITH_CONTENT.contains(&tag) {
        Action::Drop
    } else {
        Action::Unwrap
    }
}

/// Tags dropped together with their content.
const DROPPED_WITH_CONTENT: &[&str] = &[
    "script",
    "style",
    "template",
    "noscript",
    "object",
    "embed",
    "applet",
    "form-control",
    "input",
    "button",
    "select",
    "textarea",
    "option",
    "frame",
    "frameset",
    "link",
    "meta",
    "base",
    "title",
    "head",
    "canvas",
    "foreignObject",
    "annotation-xml",
    "dialog",
    "portal",
    "slot",
    "param",
];

fn allowed_tag(tag: &str) -> Option<&'static str> {
    const TAGS: &[&str] = &[
        "p",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "q",
        "cite",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "s",
        "del",
        "ins",
        "sub",
        "sup",
        "mark",
        "small",
        "abbr",
        "dfn",
        "kbd",
        "samp",
        "var",
        "time",
        "br",
        "hr",
        "figure",
        "figcaption",
        "picture",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "caption",
        "colgroup",
        "col",
        "details",
        "summary",
        "aside",
        "wbr",
        "ruby",
        "rt",
        "rp",
        "bdi",
        "bdo",
        "data",
        "strike",
        "big",
        "tt",
    ];
    TAGS.iter().find(|&&t| t == tag).copied()
}

const SVG_TAGS: &[&str] = &[
    "svg",
    "g",
    "path",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "rect",
    "text",
    "tspan",
    "defs",
    "symbol",
    "use",
    "title",
    "desc",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "marker",
    "pattern",
    "image",
];
const MATH_TAGS: &[&str] = &[
    "math",
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "mrow",
    "msup",
    "msub",
    "msubsup",
    "mfrac",
    "msqrt",
    "mroot",
    "mover",
    "munder",
    "munderover",
    "mtable",
    "mtr",
    "mtd",
    "mspace",
    "mstyle",
    "semantics",
    "annotation",
    "mpadded",
    "mphantom",
    "menclose",
    "mmultiscripts",
    "mprescripts",
    "none",
    "mfenced",
];

fn foreign_tag(tag: &str) -> Option<&'static str> {
    SVG_TAGS
        .iter()
        .chain(MATH_TAGS)
        .find(|&&t| t == tag)
        .copied()
}

/// Presentation attributes of SVG and MathML; anything scriptable is refused.
fn foreign_attrs(dom: &Dom, i: u32) -> Vec<(String, String)> {
    const ALLOWED: &[&str] = &[
        "viewBox",
        "width",
        "height",
        "d",
        "fill",
        "stroke",
        "stroke-width",
        "stroke-linecap",
        "stroke-linejoin",
        "cx",
        "cy",
        "r",
        "rx",
        "ry",
        "x",
        "y",
        "x1",
        "x2",
        "y1",
        "y2",
        "points",
        "transform",
        "opacity",
        "fill-opacity",
        "stroke-opacity",
        "fill-rule",
        "clip-rule",
        "offset",
        "stop-color",
        "stop-opacity",
        "gradientUnits",
        "gradientTransform",
        "preserveAspectRatio",
        "xmlns",
        "text-anchor",
        "font-size",
        "font-family",
        "font-weight",
        "dx",
        "dy",
        "id",
        "class",
        "role",
        "aria-label",
        "aria-hidden",
        "mathvariant",
        "display",
        "encoding",
        "stretchy",
        "fence",
        "separator",
        "lspace",
        "rspace",
        "linethickness",
        "columnalign",
        "rowspacing",
        "columnspacing",
        "accent",
        "accentunder",
        "movablelimits",
        "scriptlevel",
        "displaystyle",
        "notation",
        "open",
        "close",
        "separators",
        "href",
        "clip-path",
        "mask",
        "marker-end",
        "marker-start",
        "stroke-dasharray",
        "dominant-baseline",
    ];
    let Some(el) = dom.element(i) else {
        return Vec::new();
    };
    el.attrs()
        .filter(|(name, value)| {
            ALLOWED.contains(name) && !value.to_ascii_lowercase().contains("javascript:")
        })
        .filter(|(name, value)| *name != "href" || value.starts_with('#'))
        .filter(|(name, value)| {
            !matches!(
                *name,
                "clip-path" | "mask" | "marker-end" | "marker-start" | "fill" | "stroke"
            ) || !value.contains("url(")
                || value.contains("url(#")
        })
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

/// Attributes every kept element may carry.
fn common_attrs(dom: &Dom, i: u32) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for name in ["dir", "lang", "id"] {
        if let Some(v) = dom.attr(i, name) {
            let v = v.trim();
            if !v.is_empty() && v.len() < 100 {
                out.push((name.to_string(), v.to_string()));
            }
        }
    }
    out
}

fn attributes_for(dom: &Dom, i: u32, tag: &str) -> Vec<(String, String)> {
    let mut out = common_attrs(dom, i);
    let extra: &[&str] = match tag {
        "td" | "th" => &["colspan", "rowspan", "scope", "headers"],
        "ol" => &["start", "type", "reversed"],
        "li" => &["value"],
        "time" => &["datetime"],
        "abbr" | "dfn" => &["title"],
        "col" | "colgroup" => &["span"],
        "data" => &["value"],
        "details" => &["open"],
        _ => &[],
    };
    for name in extra {
        if let Some(v) = dom.attr(i, name) {
            out.push((name.to_string(), v.to_string()));
        }
    }
    if matches!(tag, "blockquote" | "q" | "del" | "ins") {
        let cite = dom
            .attr(i, "cite")
            .map(str::trim)
            .filter(|v| v.starts_with("https://") || v.starts_with("http://"));
        if let Some(v) = cite {
            out.push(("cite".to_string(), v.to_string()));
        }
    }
    out
}

/// Keeps the language of a code block as `class="language-x"`.
fn code_attrs(dom: &Dom, i: u32) -> Vec<(String, String)> {
    let mut out = common_attrs(dom, i);
    if let Some(lang) = super::code_language(dom, i) {
        out.push(("class".to_string(), format!("language-{lang}")));
    }
    out
}

fn link(dom: &Dom, i: u32, urls: &UrlResolver) -> Action {
    let href = dom
        .attr(i, "href")
        .and_then(|h| urls.resolve(h, UrlUse::Link));
    match href {
        Some(href) => {
            let mut attrs = common_attrs(dom, i);
            attrs.push(("href".to_string(), href));
            if let Some(t) = dom.attr(i, "title") {
                attrs.push(("title".to_string(), t.to_string()));
            }
            Action::Keep("a", attrs)
        }
        None => Action::Unwrap,
    }
}

fn embed(dom: &Dom, i: u32, urls: &UrlResolver) -> Action {
    let src = dom
        .attr(i, "src")
        .or_else(|| dom.attr(i, "data-src"))
        .unwrap_or("");
    if !url_matches_host(src, EMBED_HOSTS) {
        return Action::Drop;
    }
    let Some(src) = urls
        .resolve(src, UrlUse::Link)
        .filter(|s| s.starts_with("https://") || s.starts_with("http://"))
    else {
        return Action::Drop;
    };
    let mut attrs = vec![("src".to_string(), src)];
    for name in ["width", "height", "title", "allowfullscreen"] {
        if let Some(v) = dom.attr(i, name) {
            attrs.push((name.to_string(), v.to_string()));
        }
    }
    Action::Keep("iframe", attrs)
}

fn media(dom: &Dom, i: u32, urls: &UrlResolver, tag: &str) -> Action {
    let mut attrs = common_attrs(dom, i);
    for name in ["src", "poster"] {
        if let Some(v) = dom
            .attr(i, name)
            .or_else(|| dom.attr(i, &format!("data-{name}")))
            .and_then(|v| urls.resolve(v, UrlUse::Media))
        {
            attrs.push((name.to_string(), v));
        }
    }
    if let Some(v) = dom.attr(i, "srcset").and_then(|v| urls.resolve_srcset(v)) {
        attrs.push(("srcset".to_string(), v));
    }
    for name in [
        "type", "media", "kind", "srclang", "label", "width", "height", "sizes",
    ] {
        if let Some(v) = dom.attr(i, name) {
            attrs.push((name.to_string(), v.to_string()));
        }
    }
    if matches!(tag, "video" | "audio") {
        attrs.push(("controls".to_string(), String::new()));
    }
    let tag: &'static str = match tag {
        "video" => "video",
        "audio" => "audio",
        "source" => "source",
        _ => "track",
    };
    Action::Keep(tag, attrs)
}

fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "img" | "br" | "hr" | "source" | "track" | "col" | "wbr"
    )
}

/// A wrapper whose children are all blocks (or blank text): it adds nothing.
fn is_pure_container(dom: &Dom, i: u32) -> bool {
    dom.children(i)
        .filter(|&c| !dom.removed[c as usize])
        .all(|c| match dom.text_node(c) {
            Some(t) => t.trim().is_empty(),
            None => dom
                .element(c)
                .is_none_or(|_| crate::dom::is_block_tag(dom.tag(c))),
        })
}
