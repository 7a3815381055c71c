#![cfg(not(target_arch = "wasm32"))]
//! A shop's product page that renders its description and specifications with script: the
//! visible page has the title, the price and empty containers, the JSON-LD `Product` has the
//! description (with markup) and the specifications. The article gets them from there, as
//! plain text.
mod common;

use common::*;

const FIXTURE: &str = "product-jsonld.html";
const URL: &str = "https://shop.northpeak.example/tents/fellside-2";

const DESCRIPTION: [&str; 3] = [
    "The Fellside 2 is a two-person tent for walkers who carry everything on their backs.",
    "Two doors and two porches mean nobody climbs over anybody at night",
    "Fits in a 40 cm × 15 cm stuff sack & weighs 1.9 kg packed.",
];

#[test]
fn description_and_specifications_come_from_the_json_ld() {
    let article = extract_fixture(FIXTURE, Some(URL));
    let text = squash(&article.text);
    for sentence in DESCRIPTION {
        assert!(
            text.contains(sentence),
            "missing {sentence:?} in:\n{}",
            article.text
        );
    }
    for line in [
        "Product details",
        "Brand: Northpeak",
        "Price: 289.00 GBP",
        "Berths: 2",
        "Packed weight: 1.9 kg",
        "Flysheet: 20D ripstop nylon, silicone coated",
    ] {
        assert!(
            text.contains(line),
            "missing {line:?} in:\n{}",
            article.text
        );
    }
    assert!(article
        .content
        .contains("<p>The Fellside 2 is a two-person tent"));
    assert!(article.content.contains("<li>Season rating: 3-season</li>"));
    assert!(article.markdown.contains("- Berths: 2"));
}

#[test]
fn the_json_ld_markup_never_reaches_the_article() {
    let article = extract_fixture(FIXTURE, Some(URL));
    for leftover in ["<p>", "</p>", "<ul>", "&lt;", "&times;", "&nbsp;"] {
        assert!(
            !article.text.contains(leftover),
            "{leftover:?} in text:\n{}",
            article.text
        );
        assert!(
            !article.markdown.contains(leftover),
            "{leftover:?} in markdown:\n{}",
            article.markdown
        );
    }
    assert_all_absent(
        &article,
        &[
            "You may also like",
            "Airlite Sleeping Mat",
            "Kendal Business Park",
        ],
    );
}

#[test]
fn a_page_that_shows_its_description_gets_no_second_copy() {
    let html = fixture(FIXTURE).replace(
        r#"data-sku="NP-FS2-GRN"></div>"#,
        r#"data-sku="NP-FS2-GRN"><p>The Fellside 2 is a two-person tent for walkers who carry
        everything on their backs. Its single pole hub pitches the inner and the flysheet together
        in under five minutes, so the sleeping space stays dry when you have to put it up in the
        rain.</p><p>Two doors and two porches mean nobody climbs over anybody at night, and each
        porch is big enough for a rucksack and a pair of boots.</p><ul><li>Flysheet with a
        3,000 mm hydrostatic head</li><li>Mesh panels in the inner to cut condensation</li></ul>
        <p>Fits in a 40 cm × 15 cm stuff sack and weighs 1.9 kg packed.</p></div>"#,
    );
    let article = extract_html(&html, Some(URL));
    let text = squash(&article.text);
    assert_eq!(
        text.matches("nobody climbs over anybody").count(),
        1,
        "{}",
        article.text
    );
}
