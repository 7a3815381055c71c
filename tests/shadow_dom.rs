//! Declarative shadow DOM (`<template shadowrootmode>`): the shadow tree is part of the page,
//! with the host's children in their slots, as a browser renders it.
mod common;

use common::{fixture, options};
use declutter::{extract, is_probably_readerable, ClutterKind};

/// Every `present` string is in `text`, no `absent` one is.
fn assert_text(text: &str, present: &[&str], absent: &[&str]) {
    for part in present {
        assert!(text.contains(part), "{part:?} missing from\n{text}");
    }
    for part in absent {
        assert!(!text.contains(part), "{part:?} in\n{text}");
    }
}

#[test]
fn article_inside_a_declarative_shadow_root_is_extracted_with_its_slots_filled() {
    let article = extract(&fixture("shadow-declarative.html"), &options(None)).unwrap();
    assert_eq!(article.title, "Night ferries return to the northern isles");
    assert_eq!(article.byline.as_deref(), Some("Ailsa MacLeod"));
    assert_eq!(article.lang.as_deref(), Some("en-GB"));
    let paragraphs = [
        "The overnight ferry between Aberdeen and Lerwick",
        "Islanders had relied on a single daytime crossing",
        "The operator said the timetable would be back to normal",
        "Passengers boarding in Aberdeen described",
        // The shadow tree's own fallback text, shown because no light child fills its slot.
        "This article has not been corrected.",
    ];
    let mut last = 0;
    for paragraph in paragraphs {
        let at = article
            .text
            .find(paragraph)
            .unwrap_or_else(|| panic!("{paragraph:?} missing from\n{}", article.text));
        assert!(at >= last, "{paragraph:?} out of order");
        last = at;
    }
}

#[test]
fn clutter_inside_shadow_roots_is_removed_and_unrendered_children_are_not_shown() {
    let article = extract(&fixture("shadow-declarative.html"), &options(None)).unwrap();
    let absent = [
        "Book your island holiday",
        "Island hopping on a budget",
        "hijacked",
        "matches no slot",
        "Weather",
        "Untitled",
    ];
    assert_text(&article.content, &[], &absent);
    assert_text(&article.text, &[], &absent);
    assert_text(&article.content, &[], &["<script", "<template", "<slot"]);
    let kinds: Vec<ClutterKind> = article.removed.iter().map(|r| r.kind).collect();
    for kind in [
        ClutterKind::Ad,
        ClutterKind::Recommendation,
        ClutterKind::Navigation,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} not among {kinds:?}");
    }
    let ad = article
        .removed
        .iter()
        .find(|r| r.kind == ClutterKind::Ad)
        .unwrap();
    assert!(
        ad.selector.contains("news-article:nth-child(1) > article"),
        "the ad's path runs through the rendered shadow tree: {}",
        ad.selector
    );
}

#[test]
fn a_page_whose_story_lives_only_in_shadow_roots_is_readerable() {
    let page = fixture("shadow-declarative.html");
    assert!(is_probably_readerable(&page));
    // The same page with the shadow templates made inert: the light DOM alone is a few lines.
    let inert = page.replace("shadowrootmode=\"open\"", "data-was-shadow");
    let light_only = extract(&inert, &options(None)).unwrap();
    assert!(!light_only
        .text
        .contains("This article has not been corrected."));
}

#[test]
fn hostile_markup_in_a_shadow_root_goes_through_the_sanitizer() {
    let page = r#"<!DOCTYPE html><html><head><title>Test</title></head><body><x-story><template shadowrootmode="open">
<article><h1>Ferry timetable changes</h1>
<p onclick="alert(1)">The winter timetable starts in October with fewer sailings on weekdays and a later last crossing on Fridays, the operator said on Monday.</p>
<p><a href="javascript:alert(2)">timetable</a> <img src="x" onerror="alert(3)"> <iframe srcdoc="<script>alert(4)</script>"></iframe></p>
<svg><script>alert(5)</script></svg><div><template shadowrootmode="open"><script>alert(6)</script><p>Inner shadow note: the terminal café opens at six.</p></template></div>
<p>Passengers with bookings on cancelled sailings will be moved to the next crossing free of charge, and refunds are available on request at the terminal.</p>
<slot></slot></article></template><p>Light paragraph slotted into the story, long enough to count as real prose for the scorer of the article body.</p></x-story></body></html>"#;
    let article = extract(page, &options(None)).unwrap();
    let present = [
        "winter timetable",
        "terminal café",
        "Light paragraph slotted",
    ];
    assert_text(&article.text, &present, &[]);
    let forbidden = [
        "onclick",
        "javascript:",
        "onerror",
        "<script",
        "srcdoc",
        "alert(",
    ];
    assert_text(&article.content, &[], &forbidden);
}

#[test]
fn a_second_shadow_template_on_one_host_is_an_ordinary_template() {
    let page = r#"<!DOCTYPE html><html><body><div><template shadowrootmode="open"><p>Visible shadow paragraph about the harbour, slotted: <slot></slot></p></template><template shadowrootmode="open"><p>A second root that never attaches.</p></template><b>light words</b></div></body></html>"#;
    let article = extract(page, &options(None)).unwrap();
    let present = ["Visible shadow paragraph", "light words"];
    assert_text(&article.text, &present, &["never attaches"]);
}

#[test]
fn pathological_shadow_markup_stays_fast() {
    // One host with 20,000 slots and 20,000 children for them, and 250 nested hosts.
    let slots: String = (0..20_000)
        .map(|i| format!("<slot name=\"s{i}\"></slot>"))
        .collect();
    let light: String = (0..20_000)
        .map(|i| format!("<span slot=\"s{i}\">w{i} </span>"))
        .collect();
    let nested =
        "<x-a><template shadowrootmode=\"open\"><div><slot></slot></div></template>".repeat(250);
    let page = format!(
        "<!DOCTYPE html><html><body><x-host><template shadowrootmode=\"open\"><article><p>{slots}</p></article></template>{light}</x-host>\
         {nested}<p>The deepest paragraph of the page, slotted through every one of the nested hosts above it.</p>{}</body></html>",
        "</x-a>".repeat(250)
    );
    let started = std::time::Instant::now();
    let article = extract(&page, &options(None)).unwrap();
    assert!(
        started.elapsed().as_secs() < 5,
        "took {:?}",
        started.elapsed()
    );
    assert_text(&article.text, &["w0 w1 w2", "w63"], &["w64 ", "w19999"]);
}
