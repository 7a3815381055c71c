//! "Copy as Markdown": the async Clipboard API where the page may use it, else the older
//! `execCommand("copy")` on a hidden text area inside the view.
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlDocument, HtmlTextAreaElement, ShadowRoot};

use super::live_document::{document, window};

const COPIED: &str = "Markdown copied";
const FAILED: &str = "Copy failed";

/// Copies `text`, then reports the outcome in `status` (a live region).
pub(crate) fn copy_text(text: &str, shadow: &ShadowRoot, status: Element) {
    status.set_text_content(Some(""));
    match async_clipboard() {
        Some(clipboard) => {
            let fallback_text = text.to_string();
            let fallback_shadow = shadow.clone();
            let ok_status = status.clone();
            let on_copied = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| {
                ok_status.set_text_content(Some(COPIED))
            });
            let on_refused = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| {
                let copied = copy_with_text_area(&fallback_text, &fallback_shadow);
                status.set_text_content(Some(if copied { COPIED } else { FAILED }));
            });
            let _ = clipboard.write_text(text).then2(&on_copied, &on_refused);
            // The promise settles later; the one handler that is never called stays allocated.
            on_copied.forget();
            on_refused.forget();
        }
        None => {
            let copied = copy_with_text_area(text, shadow);
            status.set_text_content(Some(if copied { COPIED } else { FAILED }));
        }
    }
}

/// `navigator.clipboard`, which only exists in secure contexts.
fn async_clipboard() -> Option<web_sys::Clipboard> {
    let navigator = window().ok()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    clipboard.dyn_into::<web_sys::Clipboard>().ok()
}

fn copy_with_text_area(text: &str, shadow: &ShadowRoot) -> bool {
    let Ok(document) = document() else {
        return false;
    };
    let Ok(area) = document.create_element("textarea") else {
        return false;
    };
    let Ok(area) = area.dyn_into::<HtmlTextAreaElement>() else {
        return false;
    };
    let previous_focus = shadow.active_element();
    area.set_value(text);
    let _ = area.set_attribute("class", "dr-copy-fallback");
    let _ = area.set_attribute("aria-hidden", "true");
    area.set_tab_index(-1);
    if shadow.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = document
        .dyn_into::<HtmlDocument>()
        .ok()
        .and_then(|html| html.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    if let Some(element) =
        previous_focus.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
    copied
}
