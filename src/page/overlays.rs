//! Fixed and sticky layers: what in-place mode hides beyond the core's blocks.
//!
//! The core reads markup, and a subscription wall, an ad-blocker layer, an app banner or a
//! sticky "Subscribe" bar is often a plain `<div>` that the site's CSS pins over the page. The
//! reader view drops it because it is not the article; in-place mode finds it by what the page
//! lays out: elements whose computed `position` is `fixed` or `sticky`. A layer covering much of
//! the window is hidden whatever it says (the article cannot be read under it); a smaller bar or
//! box when its text is a promotion of a kind the caller hides. Navigation and the site's header
//! stay, and so does anything holding the article. The walk and its tables are in `layout.js`
//! (through web-sys they would cost 2 KB of the gzipped module).
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::locate::live_text_len;
use crate::{ClutterKind, Removed};

#[wasm_bindgen(module = "/src/page/layout.js")]
extern "C" {
    /// Whether the page pins the element (`position: fixed` or `sticky`) and shows it.
    #[wasm_bindgen(js_name = isPinned)]
    pub fn is_pinned(element: &Element) -> bool;
    /// Whether the element's computed `overflow-y` stops the page from scrolling.
    #[wasm_bindgen(js_name = locksScrolling)]
    pub fn locks_scrolling(element: &Element) -> bool;
    #[wasm_bindgen(js_name = pinnedLayers)]
    fn pinned_layers(skip: &str, kinds: &str, article_len: usize) -> js_sys::Array;
}

/// Our own UI, never judged: the reader view, the demo's and the extension's buttons, toasts
/// and frames, the picker.
pub const OWN_UI: &str = "declutter-reader, [data-declutter-ui], [data-declutter-button], \
    [data-declutter-page-button], #declutter-extension-frame, #declutter-extension-toast";

/// A layer found on the page and what it is reported as.
pub struct Layer {
    pub element: Element,
    pub removed: Removed,
}

/// Pinned layers to hide: not inside `skip` (blocks hidden already), not our UI.
pub fn find(kinds: &[ClutterKind], article_len: usize, skip: &str) -> Vec<Layer> {
    let names: Vec<&str> = kinds.iter().map(|kind| kind.name()).collect();
    let found = pinned_layers(&format!("{skip}, {OWN_UI}"), &names.join(" "), article_len);
    let mut layers = Vec::new();
    for index in (0..found.length()).step_by(4) {
        let element: Element = found.get(index).unchecked_into();
        let kind = found.get(index + 1).as_string().unwrap_or_default();
        let removed = Removed {
            kind: kind_named(&kind),
            reason: found.get(index + 2).as_string().unwrap_or_default(),
            text_length: live_text_len(&element),
            selector: found.get(index + 3).as_string().unwrap_or_default(),
        };
        layers.push(Layer { element, removed });
    }
    layers
}

/// The kind `layout.js` named (it names only hidden kinds, or `other` for a covering layer).
fn kind_named(name: &str) -> ClutterKind {
    [
        ClutterKind::Ad,
        ClutterKind::Consent,
        ClutterKind::Newsletter,
        ClutterKind::Recommendation,
    ]
    .into_iter()
    .find(|kind| kind.name() == name)
    .unwrap_or(ClutterKind::Other)
}
