//! Reading the live document as HTML, without changing it.
use web_sys::{Document, DocumentType};

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

/// Doctype plus `documentElement.outerHTML` of any document (live or parsed).
pub fn document_html(document: &Document) -> String {
    let doctype = document
        .doctype()
        .map(|doctype| doctype_markup(&doctype))
        .unwrap_or_default();
    let root = document
        .document_element()
        .map(|root| root.outer_html())
        .unwrap_or_default();
    doctype + &root
}

fn doctype_markup(doctype: &DocumentType) -> String {
    let (public_id, system_id) = (doctype.public_id(), doctype.system_id());
    match (public_id.is_empty(), system_id.is_empty()) {
        (true, true) => format!("<!DOCTYPE {}>", doctype.name()),
        (false, _) => format!(
            "<!DOCTYPE {} PUBLIC \"{public_id}\" \"{system_id}\">",
            doctype.name()
        ),
        (true, false) => format!("<!DOCTYPE {} SYSTEM \"{system_id}\">", doctype.name()),
    }
}
