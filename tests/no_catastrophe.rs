#![cfg(not(target_arch = "wasm32"))]
//! Extraction that holds on pages it was never tuned on: when a page holds a run of prose
//! (150+ words in paragraphs), the article is never empty, never only the footer, the address or
//! the cookie notice, and never the list of teasers beside the story. Pages without such a run
//! (a listing, an empty page) come out as they always did.
//!
//! The pages are in `tests/fixtures/catastrophe/`, each written in the shape a kind of site
//! takes: class names that say nothing (or the wrong thing), an ASP.NET page inside one
//! `<form>`, a table layout, a footer that outweighs a short post, a story beside a grid of
//! teaser cards whose class names say "story" and a giant archive of links.
mod common;

use common::*;
use declutter::{Article, Options, Scorer};

/// The default judge and the rules alone. The block scorer alone (`Scorer::Model`) is not held
/// to this: beside the story of `link-list.html` it keeps the teaser cards and the archive.
const SCORERS: [Scorer; 2] = [Scorer::Rules, Scorer::Both];

/// The fixture's article with each judge.
fn extracted(name: &str) -> Vec<(Scorer, Article)> {
    let html = fixture(&format!("catastrophe/{name}"));
    SCORERS
        .iter()
        .map(|&scorer| {
            let options = Options {
                scorer,
                ..Options::default()
            };
            let article = declutter::extract(&html, &options)
                .unwrap_or_else(|e| panic!("extract {name} failed: {e}"));
            (scorer, article)
        })
        .collect()
}

/// The article holds every sentence and none of the clutter, with every judge.
fn assert_article(name: &str, sentences: &[&str], clutter: &[&str]) {
    for (scorer, article) in extracted(name) {
        let text = squash(&article.text);
        for sentence in sentences {
            assert!(
                text.contains(sentence),
                "{name} ({scorer:?}): missing {sentence:?} in:\n{}",
                article.text
            );
        }
        assert_all_absent(&article, clutter);
    }
}

#[test]
fn story_in_boxes_with_chrome_class_names_is_the_article() {
    assert_article(
        "odd-class-news.html",
        &[
            "Drivers crossing the harbour bridge will lose one of their two eastbound lanes from Monday",
            "concrete of that kind needs several weeks without heavy traffic above it",
            "Engineers will inspect the western span in the autumn",
        ],
        &[
            "Ferry timetable changes from April",
            "The junior eight came from a length behind",
            "4 Harbour Row",
            "All rights reserved",
        ],
    );
}

#[test]
fn footer_with_an_address_and_a_cookie_notice_stays_out() {
    assert_article(
        "footer-cookie.html",
        &[
            "From the first of November the garden centre will open at nine",
            "the soup of the day and the sandwiches will still be available until closing",
            "Collections can be made at the goods-in gate on any weekday morning.",
        ],
        &[
            "Station Lane",
            "Our car park has space for two hundred cars",
            "Millbrook has been a family business since 1962",
            "company number 01234567",
            "We use cookies on our website",
            "advertising partners",
            "Accept all",
        ],
    );
}

#[test]
fn page_footer_that_outweighs_a_short_post_stays_out() {
    assert_article(
        "big-footer.html",
        &[
            "The fixtures for the first half of the season are now on the noticeboard",
            "newer players will be paired with experienced skips",
            "so that the last top dressing can settle.",
        ],
        &[
            "Recreation Ground, Mill Road",
            "founded in 1921 by workers from the old tannery",
            "a defibrillator is mounted",
            "This website uses one cookie",
        ],
    );
}

#[test]
fn article_inside_an_asp_net_form_is_the_article() {
    assert_article(
        "aspnet-form.html",
        &[
            "The council's planning committee has approved a four-kilometre cycle and walking route",
            "low-level lighting that has been chosen so as not to disturb the bats",
            "Residents can see the plans in the library on Market Square",
        ],
        &[
            "__VIEWSTATE",
            "wEPDwUKMTY1",
            "Bins and recycling",
            "Town Hall, Eastfield",
        ],
    );
}

#[test]
fn paragraphs_in_a_table_layout_are_the_article() {
    assert_article(
        "table-layout.html",
        &[
            "The smoothing capacitors in these sets are almost always the first thing to fail",
            "The rectifier valve deserves a test on its own.",
            "which I will describe in the next part.",
        ],
        &["Valve data", "Email me", "You are visitor number"],
    );
}

#[test]
fn short_story_beside_teaser_cards_and_a_giant_link_list_is_the_article() {
    assert_article(
        "link-list.html",
        &[
            "Every harbour office pins up a tide table at the start of the year",
            "Once the rhythms are known, they can be added together for any date in the future.",
            "harbour masters still keep an eye on the forecast as well as on the table.",
        ],
        &[
            "Volunteers replant the dunes at Sandy Cove",
            "Two hundred people spent the weekend planting marram grass",
            "Oyster beds return to the estuary",
            "March 2019",
            "Lighthouses",
        ],
    );
}

#[test]
fn listing_without_prose_keeps_its_teasers() {
    for (scorer, article) in extracted("listing.html") {
        let text = squash(&article.text);
        for teaser in [
            "Ferry timetable changes from April",
            "Earlier first sailings on weekdays.",
            "Recycling collections move to Tuesdays",
            "New calendars arrive by post this month.",
        ] {
            assert!(
                text.contains(teaser),
                "listing ({scorer:?}): missing {teaser:?} in:\n{}",
                article.text
            );
        }
    }
}

#[test]
fn pages_without_prose_are_left_as_they_are() {
    let empty = extract_html(
        "<!DOCTYPE html><html><head><title>App</title></head><body><div id=root></div>\
         <script>render(document.getElementById('root'))</script></body></html>",
        None,
    );
    assert_eq!(empty.text, "");
    // A notice of fewer than 150 words beside a footer: no run of prose to fall back to.
    let notice = "<p>The reading room is closed on Monday for the fitting of new shelves. \
                  Books due back that day can be returned on Tuesday without a fine.</p>";
    let footer = "<footer><p>Westbay Library, Market Square. Open Tuesday to Saturday from nine \
                  until five, and on Thursdays until seven.</p></footer>";
    let page = format!("<html><body><div>{notice}</div>{footer}</body></html>");
    let article = extract_html(&page, None);
    assert!(article
        .text
        .contains("The reading room is closed on Monday"));
}
