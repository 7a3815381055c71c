//! The story is never lost to a clutter rule (issue: empty readers): the elements that hold the
//! page's best run of prose are removed by no built-in rule — not an ad-slot data attribute on
//! the story's own `<article>`, not a navigation role on a `navbar` that broken markup left open
//! around the whole page — even when another block outscores the story as the provisional
//! article. Only the user's own rules can take it out.
mod common;

use common::{extract_fixture, fixture, options};
use declutter::{extract, ClutterKind, FilterList, Options, Scorer};

const TRAM: &[&str] = &[
    "The city council voted on Tuesday night to build a tram line",
    "The line will run for eleven kilometres and stop at fourteen stations.",
    "Supporters of the plan argued that the buses on the northern routes are full",
    "The cost of the project is put at 480 million",
    "Residents along the planned route will be able to see the final drawings",
];

const FERRY: &[&str] = &[
    "The last ferry of the season left the island on Sunday afternoon",
    "From Monday the island will be served by the small winter boat",
    "Islanders who stay through the winter say the quiet months are the best part",
    "The ferry company thanked its crews for a season without a single cancelled crossing",
];

fn assert_story(name: &str, story: &[&str]) {
    for scorer in [Scorer::Both, Scorer::Rules, Scorer::Model] {
        let article = extract(
            &fixture(name),
            &Options {
                scorer,
                ..options(Some("https://news.example/2025/04/story"))
            },
        )
        .unwrap();
        for sentence in story {
            assert!(
                article.text.contains(sentence),
                "{name} ({scorer:?}): missing {sentence:?} in\n{}",
                article.text
            );
        }
    }
}

#[test]
fn a_story_whose_article_carries_ad_targeting_data_is_kept() {
    assert_story("story/article-with-ad-targeting.html", TRAM);
    let article = extract_fixture(
        "story/article-with-ad-targeting.html",
        Some("https://news.example/2025/04/story"),
    );
    assert!(
        !article
            .removed
            .iter()
            .any(|r| r.kind == ClutterKind::Ad && r.selector.ends_with("article")),
        "{:?}",
        article.removed
    );
}

#[test]
fn a_story_inside_a_navbar_left_open_is_kept() {
    assert_story("story/unclosed-navbar.html", FERRY);
}

#[test]
fn the_user_s_own_rule_can_still_take_the_story_out() {
    let (filters, errors) = FilterList::parse("news.example##article.story\n");
    assert!(errors.is_empty());
    let article = extract(
        &fixture("story/article-with-ad-targeting.html"),
        &Options {
            filters: Some(filters),
            ..options(Some("https://news.example/2025/04/story"))
        },
    )
    .unwrap();
    assert!(!article.text.contains(TRAM[0]), "{}", article.text);
}
