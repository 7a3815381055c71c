//! The silent pass: what never reaches a reader goes without a report.

use crate::view::{Doc, Mask, View};

/// Text length below which `aria-hidden` hides an element.
const SMALL_HIDDEN: u32 = 200;

/// Tags whose content never reaches the reader and needs no report.
const SILENT_TAGS: &[&str] = &[
    "script", "style", "template", "link", "meta", "noscript", "button", "input", "select",
    "textarea", "option", "object", "embed", "applet", "dialog", "base", "frame", "frameset",
];

/// The page without what never reaches a reader: scripts, styles, form
/// controls and hidden elements, which go without a report. Judged on the
/// untouched page, so every attempt starts from the same mask.
pub fn silent_mask(view: &View) -> Mask {
    let untouched = Mask::new(view);
    let doc = Doc::new(view, &untouched);
    let mut mask = untouched.clone();
    let mut i = 0;
    while (i as usize) < view.len() {
        if view.is_element(i) && (is_silent_tag(view, i) || is_hidden(doc, i)) {
            mask.remove(view, i);
            i = view.end(i);
        } else {
            i += 1;
        }
    }
    mask
}

/// A tag whose content never reaches a reader. A `<noscript>` holding
/// elements was parsed as markup (the page is read as without scripting,
/// because it keeps its content there): that one is the page.
fn is_silent_tag(view: &View, i: u32) -> bool {
    let tag = view.tag(i);
    SILENT_TAGS.contains(&tag)
        && !(tag == "noscript" && view.children(i).any(|c| view.is_element(c)))
}

/// Hidden by attribute or inline style (the page's own CSS is not evaluated).
/// `aria-hidden` alone hides only small things: pages put it on decorative
/// duplicates, and sometimes wrongly on their whole content.
pub fn is_hidden(doc: Doc, i: u32) -> bool {
    let tag = doc.tag(i);
    if tag.is_empty() || matches!(tag, "html" | "body") {
        return false;
    }
    if doc.attr(i, "hidden").is_some() {
        return true;
    }
    if doc.attr(i, "aria-hidden") == Some("true")
        && !matches!(tag, "img" | "picture" | "svg" | "figure")
    {
        let class = doc.attr(i, "class").unwrap_or("");
        if !class.contains("fallback-image") && doc.text_len(i) < SMALL_HIDDEN {
            return true;
        }
    }
    doc.attr(i, "style").is_some_and(style_hides)
}

/// Whether an inline style sets `display: none` or `visibility: hidden`
/// (custom properties such as `--footer-display: none` don't count).
fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else {
            return false;
        };
        let prop = prop.trim().to_ascii_lowercase();
        let value = value.trim().to_ascii_lowercase();
        (prop == "display" && value.starts_with("none"))
            || (prop == "visibility" && value.starts_with("hidden"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_properties_do_not_hide() {
        assert!(!style_hides("--footer-display: none; color: red"));
        assert!(style_hides("color: red; DISPLAY : none !important"));
        assert!(style_hides("visibility:hidden"));
    }
}
