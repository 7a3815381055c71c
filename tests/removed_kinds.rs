#![cfg(not(target_arch = "wasm32"))]
//! What each removed block is reported as: in-place mode hides blocks by kind (ad,
//! recommendation, consent, newsletter, social, comments), so a teaser box the reader view drops
//! must be reported as a recommendation, not as "other" page chrome. Pages from
//! `tests/fixtures/parity/` (the reader-view/in-place parity test runs them in the browsers).
mod common;

use common::*;
use declutter::ClutterKind;

/// The kind of the removed block holding `needle`, the innermost when blocks nest.
fn kind_of(name: &str, needle: &str) -> Option<ClutterKind> {
    let html = fixture(name);
    let article = extract_html(&html, None);
    let page = scraper::Html::parse_document(&html);
    article
        .removed
        .iter()
        .filter(|block| {
            select(&page, &block.selector)
                .first()
                .is_some_and(|element| text_of(*element).contains(needle))
        })
        .min_by_key(|block| (block.text_length, std::cmp::Reverse(block.selector.len())))
        .map(|block| block.kind)
}

#[test]
fn small_boxes_labelled_as_teasers_are_recommendations() {
    for (page, teaser) in [
        (
            "parity/stadtanzeiger.html",
            "Buslinie 7 fährt künftig alle zehn Minuten",
        ),
        (
            "parity/stadtanzeiger.html",
            "Parkgebühren in der Innenstadt steigen ab Mai",
        ),
        (
            "portal-news-page.html",
            "Nordkorea feuert erneut ballistische Rakete",
        ),
    ] {
        assert_eq!(
            kind_of(page, teaser),
            Some(ClutterKind::Recommendation),
            "{page}: {teaser}"
        );
    }
}

#[test]
fn a_trending_list_in_a_widget_area_is_reported_on_its_own() {
    let page = "parity/harbour-gazette.html";
    assert_eq!(
        kind_of(page, "Storm warning for the weekend"),
        Some(ClutterKind::Recommendation)
    );
    // The widget area itself stays page chrome: it is reported, and the list inside it too.
    let article = extract_fixture(page, None);
    let area = article
        .removed
        .iter()
        .find(|block| block.reason.contains("`widget`"))
        .expect("widget area not removed");
    assert_eq!(area.kind, ClutterKind::Other);
}

#[test]
fn a_sidebar_holding_several_blocks_keeps_its_kind_and_reports_them() {
    let page = "portal-news-page.html";
    assert_eq!(
        kind_of(page, "Unwetterwarnung"),
        Some(ClutterKind::Recommendation)
    );
    let article = extract_fixture(page, None);
    assert!(
        article
            .removed
            .iter()
            .any(|block| block.kind == ClutterKind::Other && block.reason.starts_with("<aside>")),
        "the sidebar was reported as one of its parts: {:#?}",
        article.removed
    );
}
