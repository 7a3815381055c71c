//! Tag names: the common ones as one-byte codes kept in the flat view's nodes,
//! and the tag classes the stages share.

/// Tag names common enough to be kept in the node itself: reading them needs
/// no trip into scraper's tree.
pub(super) const TAGS: &[&str] = &[
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
pub(super) const TAG_A: u8 = 1;

/// Slots of the open-addressing table behind [`tag_code`] (a power of two,
/// four times the tags).
const TAG_SLOTS: usize = 512;

/// `TAGS` index + 1 of a tag name, 0 for names not in the table.
pub(super) fn tag_code(name: &str) -> u8 {
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

    #[test]
    fn every_listed_tag_has_its_code() {
        for (k, tag) in TAGS.iter().enumerate() {
            assert_eq!(tag_code(tag), k as u8 + 1, "{tag}");
        }
        assert_eq!(TAGS[TAG_A as usize - 1], "a");
        assert_eq!(tag_code("custom-element"), 0);
        assert_eq!(tag_code(""), 0);
    }
}
