//! Reading the live document as HTML, without changing it.
use web_sys::Document;

use super::PageError;

pub(crate) fn window() -> Result<web_sys::Window, PageError> {
    web_sys::window()
        .ok_or_else(|| PageError::new("no window: declutter's page API needs a browser page"))
}

pub(crate) fn document() -> Result<Document, PageError> {
    window()?
        .document()
        .ok_or_else(|| PageError::new("the window has no document"))
}

/// The document the module runs in.
pub fn live_document() -> Result<Document, PageError> {
    document()
}

/// The current HTML of the page the module runs in (its DOM now, not the HTML first loaded).
pub fn live_document_html() -> Result<String, PageError> {
    Ok(document_html(&document()?))
}

/// `location.href` of the page, if there is one.
pub fn live_url() -> Option<String> {
    web_sys::window()?.location().href().ok()
}

/// Doctype plus the document element's markup, open shadow roots included (as declarative
/// templates, which the core renders with their slots filled), of any document (live or parsed).
pub fn document_html(document: &Document) -> String {
    super::shadow_dom::document_html(document)
}
