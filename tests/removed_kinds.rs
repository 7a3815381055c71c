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

/// A story whose last lines are the publisher's: a call to get the app, a paywall notice.
const STORY_WITH_PROMPTS: &str = r#"<!DOCTYPE html><html lang="en"><head><title>Harbour dredging starts</title></head><body>
<main><article><h1>Harbour dredging starts</h1>
<p>Dredgers began clearing the harbour mouth on Tuesday, the first time in eleven years that the channel has been deepened. The work will take six weeks and is timed to end before the ferries add their summer sailings.</p>
<p>The harbour master said the sandbank off the north mole had grown by almost a metre since the last survey, forcing larger boats to wait for high tide. Fishing crews welcomed the work but asked for the dredged sand to be moved far enough offshore that it does not drift back into the bay.</p>
<p>The council has set aside money for a second survey in the autumn, which will show whether the deeper channel holds through the winter storms.</p>
<p>For the latest stories and breaking news download the Gazette app for iOS and Android.</p>
</article></main></body></html>"#;

#[test]
fn prompts_closing_the_article_are_reported_for_in_place_mode() {
    let article = extract_html(STORY_WITH_PROMPTS, None);
    assert!(!article.text.contains("Gazette app"), "{}", article.text);
    let prompt = article
        .removed
        .iter()
        .find(|block| block.reason.contains("call to action"))
        .unwrap_or_else(|| panic!("the app prompt is not reported: {:#?}", article.removed));
    assert_eq!(prompt.kind, ClutterKind::Newsletter);
    let page = scraper::Html::parse_document(STORY_WITH_PROMPTS);
    let found = select(&page, &prompt.selector);
    assert!(found.len() == 1 && text_of(found[0]).contains("Gazette app"));
}

#[test]
fn paywall_notices_are_subscription_prompts() {
    let html = STORY_WITH_PROMPTS.replace(
        "</article>",
        "</article><div class=\"notice\"><p>Subscribe now to continue reading: 4 weeks for $1.</p></div>",
    );
    let article = extract_html(&html, None);
    assert!(!article.text.contains("4 weeks for $1"));
    let notice = article
        .removed
        .iter()
        .find(|block| block.reason.contains("Subscribe now"))
        .unwrap_or_else(|| panic!("the notice is not reported: {:#?}", article.removed));
    assert_eq!(notice.kind, ClutterKind::Newsletter);
}
