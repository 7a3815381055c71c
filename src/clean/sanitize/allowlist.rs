//! The allowlist: which tags and attributes pass, and how links, media and
//! code blocks are copied.

use super::Action;
use crate::urls::{UrlResolver, UrlUse};
use crate::view::Doc;

pub(super) fn keep_known(doc: Doc, i: u32) -> Action {
    let tag = doc.tag(i);
    if let Some(t) = allowed_tag(tag) {
        return Action::Keep(t, attributes_for(doc, i, t));
    }
    if let Some(t) = foreign_tag(tag) {
        return Action::Keep(t, foreign_attrs(doc, i));
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

/// HTML tags copied as they are.
const ALLOWED_TAGS: &[&str] = &[
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

fn allowed_tag(tag: &str) -> Option<&'static str> {
    ALLOWED_TAGS.iter().find(|&&t| t == tag).copied()
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

pub(super) fn foreign_tag(tag: &str) -> Option<&'static str> {
    SVG_TAGS
        .iter()
        .chain(MATH_TAGS)
        .find(|&&t| t == tag)
        .copied()
}

/// Presentation attributes of SVG and MathML that pass.
const FOREIGN_ATTRIBUTES: &[&str] = &[
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

/// Presentation attributes of SVG and MathML; anything scriptable is refused.
fn foreign_attrs(doc: Doc, i: u32) -> Vec<(String, String)> {
    let Some(el) = doc.element(i) else {
        return Vec::new();
    };
    el.attrs()
        .filter(|(name, value)| {
            FOREIGN_ATTRIBUTES.contains(name) && !value.to_ascii_lowercase().contains("javascript:")
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
pub(super) fn common_attrs(doc: Doc, i: u32) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for name in ["dir", "lang", "id"] {
        if let Some(v) = doc.attr(i, name) {
            let v = v.trim();
            if !v.is_empty() && v.len() < 100 {
                out.push((name.to_string(), v.to_string()));
            }
        }
    }
    out
}

fn attributes_for(doc: Doc, i: u32, tag: &str) -> Vec<(String, String)> {
    let mut out = common_attrs(doc, i);
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
        if let Some(v) = doc.attr(i, name) {
            out.push((name.to_string(), v.to_string()));
        }
    }
    if matches!(tag, "blockquote" | "q" | "del" | "ins") {
        let cite = doc
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
pub(super) fn code_attrs(doc: Doc, i: u32) -> Vec<(String, String)> {
    let mut out = common_attrs(doc, i);
    if let Some(lang) = crate::signals::code::code_language(doc.view, i) {
        out.push(("class".to_string(), format!("language-{lang}")));
    }
    out
}

pub(super) fn link(doc: Doc, i: u32, urls: &UrlResolver) -> Action {
    let href = doc
        .attr(i, "href")
        .and_then(|h| urls.resolve(h, UrlUse::Link));
    match href {
        Some(href) => {
            let mut attrs = common_attrs(doc, i);
            attrs.push(("href".to_string(), href));
            if let Some(t) = doc.attr(i, "title") {
                attrs.push(("title".to_string(), t.to_string()));
            }
            Action::Keep("a", attrs)
        }
        None => Action::Unwrap,
    }
}

pub(super) fn media(doc: Doc, i: u32, urls: &UrlResolver, tag: &str) -> Action {
    let mut attrs = common_attrs(doc, i);
    for name in ["src", "poster"] {
        if let Some(v) = doc
            .attr(i, name)
            .or_else(|| doc.attr(i, &format!("data-{name}")))
            .and_then(|v| urls.resolve(v, UrlUse::Media))
        {
            attrs.push((name.to_string(), v));
        }
    }
    if let Some(v) = doc.attr(i, "srcset").and_then(|v| urls.resolve_srcset(v)) {
        attrs.push(("srcset".to_string(), v));
    }
    for name in [
        "type", "media", "kind", "srclang", "label", "width", "height", "sizes",
    ] {
        if let Some(v) = doc.attr(i, name) {
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
