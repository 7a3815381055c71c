//! Renders the cleaned article tree as HTML, plain text and Markdown. Every
//! renderer walks the tree with `traverse()` (open/close events), so depth
//! never turns into recursion.

pub mod header;
pub mod html;
pub mod markdown;
pub mod text;

/// Tags rendered as blocks of their own in text and Markdown.
pub fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "table"
            | "tr"
            | "hr"
            | "details"
            | "summary"
            | "aside"
            | "picture"
            | "iframe"
            | "video"
            | "audio"
            | "caption"
            | "footer"
            | "math"
    )
}
