//! Defence in depth for the article HTML shown in the reader view.
//!
//! The core already sanitizes `Article::content`; this second pass makes sure that even a broken
//! or bypassed core cannot make the reader view run script. The HTML is parsed by `DOMParser`
//! into a document without a browsing context (nothing loads, nothing runs), cleaned there, and
//! the resulting nodes are moved, never re-serialized, into the reader view. Moving nodes avoids
//! the mutation-XSS class of bugs where serialize + reparse changes the tree.
use wasm_bindgen::JsCast;
use web_sys::{Document, DocumentFragment, DomParser, Element, SupportedType};

use super::PageError;

/// Elements dropped with everything inside them.
const DROPPED_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "link",
    "meta",
    "base",
    "noscript",
    "template",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "portal",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "option",
    "dialog",
    "title",
    "head",
    // SVG elements that change attributes (e.g. `href`) or run handlers after insertion.
    "set",
    "animate",
    "animatemotion",
    "animatetransform",
    "discard",
    "handler",
    "listener",
];

/// Attributes that carry a URL the browser may navigate to or load.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "xlink:href",
    "src",
    "poster",
    "data",
    "codebase",
    "cite",
    "background",
    "lowsrc",
    "dynsrc",
];

/// Attributes that load into an image context, where `data:image/...` is harmless.
const IMAGE_URL_ATTRIBUTES: &[&str] = &["src", "poster"];

/// Attributes never kept: inline styles and classes (the reader view styles the article itself,
/// and foreign classes could match the view's own selectors), focus stealing, inline documents.
const DROPPED_ATTRIBUTES: &[&str] = &[
    "style",
    "class",
    "srcdoc",
    "action",
    "formaction",
    "autofocus",
    "tabindex",
    "accesskey",
    "contenteditable",
    "xml:base",
    "ping",
    "is",
    "nonce",
    "slot",
    "part",
    "popover",
];

/// Parses `html` in an inert document, removes everything that could run script or break out of
/// the reader view, and returns the cleaned nodes in a fragment owned by `target`.
pub fn sanitized_fragment(html: &str, target: &Document) -> Result<DocumentFragment, PageError> {
    let inert = DomParser::new()?.parse_from_string(html, SupportedType::TextHtml)?;
    let body = inert
        .body()
        .ok_or_else(|| PageError::new("DOMParser returned no body"))?;
    let elements = body.query_selector_all("*")?;
    for index in 0..elements.length() {
        if let Some(element) = elements
            .get(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            sanitize_element(&element)?;
        }
    }
    let fragment = target.create_document_fragment();
    while let Some(child) = body.first_child() {
        fragment.append_child(&target.adopt_node(&child)?)?;
    }
    Ok(fragment)
}

fn sanitize_element(element: &Element) -> Result<(), PageError> {
    let name = element.local_name().to_ascii_lowercase();
    if name == "iframe" {
        return replace_iframe_with_link(element);
    }
    if DROPPED_ELEMENTS.contains(&name.as_str()) {
        element.remove();
        return Ok(());
    }
    if is_custom_html_element(element, &name) {
        return unwrap(element);
    }
    clean_attributes(element, &name)?;
    match name.as_str() {
        "a" | "area" => harden_link(element),
        "img" => element
            .set_attribute("loading", "lazy")
            .map_err(PageError::from),
        "table" => wrap_table_for_scrolling(element),
        _ => Ok(()),
    }
}

const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

/// Custom elements would be upgraded with the page's definitions once inside the live document,
/// running page code in the reader view.
fn is_custom_html_element(element: &Element, name: &str) -> bool {
    name.contains('-') && element.namespace_uri().as_deref() == Some(HTML_NAMESPACE)
}

/// Replaces `element` by its children.
fn unwrap(element: &Element) -> Result<(), PageError> {
    let Some(parent) = element.parent_node() else {
        return Ok(());
    };
    while let Some(child) = element.first_child() {
        parent.insert_before(&child, Some(element))?;
    }
    element.remove();
    Ok(())
}

fn clean_attributes(element: &Element, name: &str) -> Result<(), PageError> {
    for attribute in element.get_attribute_names().iter() {
        let Some(attribute) = attribute.as_string() else {
            continue;
        };
        let value = element.get_attribute(&attribute).unwrap_or_default();
        if !is_attribute_allowed(name, &attribute.to_ascii_lowercase(), &value) {
            element.remove_attribute(&attribute)?;
        }
    }
    Ok(())
}

/// Whether attribute `attribute` (lowercase) with `value` may stay on element `element_name`.
pub fn is_attribute_allowed(element_name: &str, attribute: &str, value: &str) -> bool {
    if attribute.starts_with("on") || DROPPED_ATTRIBUTES.contains(&attribute) {
        return false;
    }
    if URL_ATTRIBUTES.contains(&attribute) || attribute.ends_with(":href") {
        let image_context = IMAGE_URL_ATTRIBUTES.contains(&attribute) && element_name != "iframe";
        return is_safe_url(value, image_context);
    }
    // Any other attribute that smuggles a script URL (e.g. MathML `actiontype` tricks) goes too.
    !has_dangerous_scheme(value)
}

/// Relative URLs, fragments and http(s)/mailto/tel are safe; `data:image/*` only where it loads
/// as an image.
pub fn is_safe_url(value: &str, image_context: bool) -> bool {
    match url_scheme(value) {
        None => true,
        Some(scheme) => match scheme.as_str() {
            "http" | "https" | "mailto" | "tel" => true,
            "data" => image_context && normalized_url(value).starts_with("data:image/"),
            _ => false,
        },
    }
}

fn has_dangerous_scheme(value: &str) -> bool {
    matches!(
        url_scheme(value).as_deref(),
        Some("javascript" | "vbscript" | "livescript")
    ) || normalized_url(value).starts_with("data:text/html")
}

/// The URL as a browser reads its scheme: ASCII whitespace and control characters removed,
/// lowercase.
fn normalized_url(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .flat_map(crate::case::lower_char)
        .collect()
}

/// The scheme of `value`, if it has one before any `/`, `?` or `#`.
fn url_scheme(value: &str) -> Option<String> {
    let normalized = normalized_url(value);
    let end = normalized.find([':', '/', '?', '#'])?;
    if !normalized[end..].starts_with(':') || end == 0 {
        return None;
    }
    let scheme = &normalized[..end];
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    // Something like "a:b" with an invalid scheme is still treated as a scheme: refuse it.
    Some(if valid {
        scheme.to_string()
    } else {
        String::from("invalid")
    })
}

fn harden_link(link: &Element) -> Result<(), PageError> {
    if link.has_attribute("target") {
        link.set_attribute("rel", "noopener noreferrer")?;
    }
    Ok(())
}

/// Embedded frames could run anything; the reader view offers a link to them instead.
fn replace_iframe_with_link(frame: &Element) -> Result<(), PageError> {
    let src = frame.get_attribute("src").unwrap_or_default();
    if !matches!(url_scheme(&src).as_deref(), Some("http" | "https")) {
        frame.remove();
        return Ok(());
    }
    let document = frame
        .owner_document()
        .ok_or_else(|| PageError::new("frame without document"))?;
    let paragraph = document.create_element("p")?;
    paragraph.set_attribute("class", "dr-embed")?;
    let link = document.create_element("a")?;
    link.set_attribute("href", &src)?;
    link.set_text_content(Some(&format!("Embedded content: {src}")));
    paragraph.append_child(&link)?;
    frame.replace_with_with_node_1(&paragraph)?;
    Ok(())
}

/// Wide tables scroll inside their own box instead of widening the page.
fn wrap_table_for_scrolling(table: &Element) -> Result<(), PageError> {
    let document = table
        .owner_document()
        .ok_or_else(|| PageError::new("table without document"))?;
    let wrapper = document.create_element("div")?;
    wrapper.set_attribute("class", "dr-table-scroll")?;
    table.replace_with_with_node_1(&wrapper)?;
    wrapper.append_child(table)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn script_urls_are_refused_however_written() {
        for url in [
            "javascript:alert(1)",
            " JaVa\tScRiPt:alert(1)",
            "java\nscript:x",
            "vbscript:x",
            "data:text/html,<b>",
            "jav\u{0}ascript:x",
        ] {
            assert!(!is_safe_url(url, false), "{url:?}");
        }
    }

    #[wasm_bindgen_test]
    fn ordinary_urls_are_kept() {
        for url in [
            "https://example.org/a",
            "/relative/path",
            "#note-1",
            "page.html?x=1:2",
            "mailto:a@example.org",
        ] {
            assert!(is_safe_url(url, false), "{url:?}");
        }
        assert!(is_safe_url("data:image/png;base64,AAAA", true));
        assert!(!is_safe_url("data:image/png;base64,AAAA", false));
    }

    #[wasm_bindgen_test]
    fn handlers_styles_and_script_values_are_dropped() {
        assert!(!is_attribute_allowed("img", "onerror", "x()"));
        assert!(!is_attribute_allowed("p", "style", "color:red"));
        assert!(!is_attribute_allowed(
            "maction",
            "xlink:href",
            "javascript:x()"
        ));
        assert!(!is_attribute_allowed("math", "href", " javascript:x()"));
        assert!(!is_attribute_allowed("x", "data-foo", "javascript:x()"));
        assert!(is_attribute_allowed("img", "alt", "A photo"));
        assert!(is_attribute_allowed("a", "href", "https://example.org/"));
    }
}
