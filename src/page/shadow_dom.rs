//! Open shadow roots of the live page, through `shadow.js`: the page's HTML with them, and the
//! rendered ("composed") children a path through them follows. See that file for why this part
//! is JavaScript.
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Document, Element, Node};

use super::reader_view::HOST_TAG;

#[wasm_bindgen(module = "/src/page/shadow.js")]
extern "C" {
    #[wasm_bindgen(js_name = documentHtml)]
    fn document_html_js(document: &Document, skip_tag: &str) -> String;
    #[wasm_bindgen(js_name = composedChildren)]
    fn composed_children_js(node: &Node, skip_tag: &str, elements_only: bool) -> js_sys::Array;
    #[wasm_bindgen(js_name = adoptSheetAt)]
    pub fn adopt_sheet_at(element: &Element, sheet: &CssStyleSheet);
    #[wasm_bindgen(js_name = dropSheetAt)]
    pub fn drop_sheet_at(element: &Element, sheet: &CssStyleSheet);
}

/// Doctype plus the document element's markup with open shadow roots as declarative templates
/// (the reader view's own shadow root left out).
pub fn document_html(document: &Document) -> String {
    document_html_js(document, HOST_TAG)
}

/// The element children of `node` as rendered: a host's shadow tree, slots filled.
pub fn composed_element_children(node: &Node) -> js_sys::Array {
    composed_children_js(node, HOST_TAG, true)
}

/// All child nodes of `node` as rendered.
pub fn composed_child_nodes(node: &Node) -> js_sys::Array {
    composed_children_js(node, HOST_TAG, false)
}
