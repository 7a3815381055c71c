//! Fixed and sticky layers: what in-place mode hides beyond the core's blocks.
//!
//! The core reads markup, and a subscription wall, an ad-blocker layer, an app banner or a
//! sticky "Subscribe" bar is often a plain `<div>` that the site's CSS pins over the page. The
//! reader view drops it because it is not the article; in-place mode finds it by what the page
//! shows: elements whose computed `position` is `fixed` or `sticky`. A layer covering much of
//! the window is hidden whatever it says (the article cannot be read under it); a smaller bar
//! or box is hidden when its text is a promotion of a kind the caller hides. Navigation and the
//! site's header stay, and so does anything holding the article.
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::locate::{live_path, live_text_len};
use crate::clutter::patterns::{matches_phrases, Grams, CALLS_TO_ACTION, COOKIE_NOTICES};
use crate::{ClutterKind, Removed};

#[wasm_bindgen(module = "/src/page/layout.js")]
extern "C" {
    #[wasm_bindgen(js_name = isPinned)]
    pub fn is_pinned(element: &Element) -> bool;
    #[wasm_bindgen(js_name = pinnedElements)]
    fn pinned_elements(skip: &str) -> js_sys::Array;
    #[wasm_bindgen(js_name = locksScrolling)]
    pub fn locks_scrolling(element: &Element) -> bool;
}

/// Share of the window a layer must cover to be a wall over the article: a cookie box or a
/// bottom bar covers a tenth or less, walls and their backdrops most of it.
const COVERING_SHARE: f64 = 0.3;
/// Share of the article's length from which an element holds the article (app shells that
/// scroll the story inside a fixed frame): never hidden.
const ARTICLE_SHARE: f64 = 0.5;
/// Longest text of a bar or box hidden for what it says; longer fixed blocks are content.
const BAR_MAX_TEXT: usize = 600;
/// Links from which a fixed bar is a menu (sticky navigation stays).
const NAV_MIN_LINKS: u32 = 4;

/// Our own UI, never judged: the reader view, the demo's and the extension's buttons, toasts
/// and frames, the picker.
pub const OWN_UI: &str = "declutter-reader, [data-declutter-ui], [data-declutter-button], \
    [data-declutter-page-button], #declutter-extension-frame, #declutter-extension-toast";

/// Words of promotions on fixed bars and boxes (lowercased text), with the kind they make it.
/// Checked after the core's call-to-action and cookie tables; prompts to subscribe, register or
/// install the app count as `Newsletter`, the kind of subscription prompts.
const LAYER_WORDS: &[(&str, ClutterKind)] = &[
    ("ad blocker", ClutterKind::Ad),
    ("ad-blocker", ClutterKind::Ad),
    ("adblock", ClutterKind::Ad),
    ("werbeblocker", ClutterKind::Ad),
    ("bloqueur de publicité", ClutterKind::Ad),
    ("bloqueador de anuncios", ClutterKind::Ad),
    ("subscri", ClutterKind::Newsletter),
    ("abonn", ClutterKind::Newsletter),
    (" abo ", ClutterKind::Newsletter),
    ("abo abschließen", ClutterKind::Newsletter),
    ("suscri", ClutterKind::Newsletter),
    ("abbona", ClutterKind::Newsletter),
    ("newsletter", ClutterKind::Newsletter),
    ("free stories", ClutterKind::Newsletter),
    ("free articles", ClutterKind::Newsletter),
    ("keep reading", ClutterKind::Newsletter),
    ("weiterlesen", ClutterKind::Newsletter),
    ("kostenlos registrieren", ClutterKind::Newsletter),
    ("in our app", ClutterKind::Newsletter),
    ("open in app", ClutterKind::Newsletter),
    ("in der app", ClutterKind::Newsletter),
    ("get the app", ClutterKind::Newsletter),
    ("cookies", ClutterKind::Consent),
];

/// A layer found on the page and what it is reported as.
pub struct Layer {
    pub element: Element,
    pub removed: Removed,
}

/// Fixed and sticky elements to hide: not inside `skip` (blocks hidden already), not our UI.
pub fn find(kinds: &[ClutterKind], article_len: usize, skip: &str) -> Vec<Layer> {
    let pinned = pinned_elements(&format!("{skip}, {OWN_UI}"));
    let mut found = Vec::new();
    for index in (0..pinned.length()).step_by(2) {
        let element: Element = pinned.get(index).unchecked_into();
        let covered = pinned.get(index + 1).as_f64().unwrap_or(0.0);
        if let Some(removed) = judge(&element, covered, kinds, article_len) {
            found.push(Layer { element, removed });
        }
    }
    found
}

/// What a pinned element is reported as, or `None` when it stays.
fn judge(
    element: &Element,
    covered: f64,
    kinds: &[ClutterKind],
    article_len: usize,
) -> Option<Removed> {
    let text_len = live_text_len(element);
    let holds_article = article_len > 0 && text_len as f64 >= ARTICLE_SHARE * article_len as f64;
    if holds_article || is_navigation(element) {
        return None;
    }
    let kind = classify(&element.text_content().unwrap_or_default());
    let reason = if covered >= COVERING_SHARE {
        // An integer percentage: formatting floats would pull float printing into the module.
        format!(
            "fixed layer covering {}% of the window",
            (covered * 100.0) as u32
        )
    } else if kind.is_some_and(|kind| kinds.contains(&kind)) && text_len <= BAR_MAX_TEXT {
        String::from("fixed or sticky bar with a promotion")
    } else {
        return None;
    };
    Some(Removed {
        kind: kind.unwrap_or(ClutterKind::Other),
        reason,
        text_length: text_len,
        selector: live_path(element),
    })
}

/// The kind of a layer's text: a call to subscribe, follow or install, a cookie notice, or
/// one of [`LAYER_WORDS`].
fn classify(text: &str) -> Option<ClutterKind> {
    let lower = format!(
        " {} ",
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    )
    .to_lowercase();
    let grams = Grams::of(&lower);
    if matches_phrases(&lower, &grams, COOKIE_NOTICES) {
        return Some(ClutterKind::Consent);
    }
    if matches_phrases(&lower, &grams, CALLS_TO_ACTION) {
        return Some(ClutterKind::Newsletter);
    }
    LAYER_WORDS
        .iter()
        .find(|(word, _)| lower.contains(word))
        .map(|&(_, kind)| kind)
}

/// A menu or the site's header: kept unless the caller hides navigation (the core reports it).
fn is_navigation(element: &Element) -> bool {
    let tag = element.local_name();
    let role = element.get_attribute("role").unwrap_or_default();
    matches!(tag.as_str(), "nav" | "header")
        || matches!(role.as_str(), "navigation" | "banner" | "menubar" | "menu")
        || matches!(
            element.query_selector("nav, [role=navigation]"),
            Ok(Some(_))
        )
        || element
            .query_selector_all("a")
            .is_ok_and(|links| links.length() >= NAV_MIN_LINKS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn promotions_are_classified_by_what_they_say() {
        assert_eq!(
            classify("Subscribe — 3 months for $1. Start now"),
            Some(ClutterKind::Newsletter)
        );
        assert_eq!(
            classify("Jetzt 3 Monate für 1 € lesen – Abo abschließen"),
            Some(ClutterKind::Newsletter)
        );
        assert_eq!(
            classify("Please turn off your ad blocker"),
            Some(ClutterKind::Ad)
        );
        assert_eq!(
            classify("Read this story in our free app. Open in app"),
            Some(ClutterKind::Newsletter)
        );
        assert_eq!(
            classify("Wir verwenden Cookies, um Inhalte zu personalisieren"),
            Some(ClutterKind::Consent)
        );
        assert_eq!(classify("Back to top"), None);
        assert_eq!(classify("Listen to this article · 4 min"), None);
    }
}
