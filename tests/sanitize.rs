#![cfg(not(target_arch = "wasm32"))]
//! The allowlist sanitizer: an article stuffed with scripts, event handlers, script URLs
//! (plain and obfuscated), foreign iframes, forms, styles and plugin embeds must come out
//! with none of them, while its prose, its safe links and image, and its video embeds stay.
mod common;

use common::*;
use declutter::Article;

const FIXTURE: &str = "sanitize-article.html";
const URL: &str = "https://neighbourhood-notes.example/2024/06/elm-row-garden";

const PARAGRAPHS: [&str; 8] = [
    "Three years ago the corner of Elm Row was a cracked tarmac car park with space for eleven cars, a broken barrier and a permanent puddle that froze every winter. Today it holds forty raised beds, a small orchard of dwarf apple trees, a greenhouse made from reclaimed windows and a tool shed that doubles as the street's lending library for everything from ladders to pasta machines.",
    "It started with a petition. A handful of neighbours knocked on every door on the street and the two streets behind it, asking a single question: would you rather have the parking spaces or a garden? More than three hundred people signed in a month, and the council, which had been trying to sell the plot for years without finding a buyer, agreed to lease it to a residents' association for a token rent.",
    // The links with script URLs lose their target, not their words.
    "Read the full lease agreement, the council minutes, the planning notice, the funding letter, the site survey and the old parking rules, or visit the archive page. The association keeps a public folder of every document at the garden's website.",
    "Breaking up the tarmac took two long weekends and a rented mini excavator. The rubble went into gabion walls along the pavement, and a local haulier donated forty tonnes of topsoil in exchange for a sign thanking the firm. Volunteers built the beds from scaffold boards, lined them with cardboard and filled them in layers with soil, leaf mould and compost from the allotments down the road.",
    "The first summer was chaotic. Nobody had agreed who would water what, half the seedlings were eaten by slugs and the tomatoes all ripened in the same week, leaving a glut that the association ended up selling at the school gate. The second year went better: a rota on a whiteboard in the shed, copper tape around the beds and a rule that every plot holder grows at least one crop to share.",
    "There is a small diagram of the beds below, drawn by one of the children who helps on Saturday mornings.",
    "What surprised everyone most was who turned up. Retired neighbours who had lived on the street for decades without speaking now share a bench by the compost bins, teenagers run the Saturday plant stall, and the primary school uses two of the beds for lessons. The garden has become the place where news travels, arguments are settled and new arrivals are welcomed with a bag of courgettes.",
    "The association is now helping two other streets in the borough with their own applications. Its advice is simple: start with the petition, find one person who knows how to fill in council forms, and read the step-by-step guide before ordering a single bag of soil.",
];

fn article() -> Article {
    extract_fixture(FIXTURE, Some(URL))
}

#[test]
fn legitimate_prose_is_kept() {
    let a = article();
    let bs = blocks(&a.text);
    for p in PARAGRAPHS {
        assert!(
            bs.contains(&p),
            "paragraph missing or altered:\n{p}\n--- text:\n{}",
            a.text
        );
    }
    assert_in_order(&a.text, &PARAGRAPHS);
    assert_in_order(&visible_text(&a.content), &PARAGRAPHS);
}

#[test]
fn no_script_or_style_elements() {
    let a = article();
    let doc = parse(&a.content);
    for tag in ["script", "style", "noscript", "template"] {
        assert!(
            select(&doc, tag).is_empty(),
            "<{tag}> left in content:\n{}",
            a.content
        );
    }
    let lower = a.content.to_ascii_lowercase();
    assert!(
        !lower.contains("<script"),
        "script in content:\n{}",
        a.content
    );
    assert!(
        !lower.contains("<style"),
        "style in content:\n{}",
        a.content
    );
    // Nor their source code as text.
    for needle in [
        "alert(",
        "document.cookie",
        "document.write",
        "adCode",
        "_paq",
        "ga('send'",
        "font-family",
        "max-width",
    ] {
        assert_absent(&a, needle);
    }
}

#[test]
fn no_event_handler_or_style_attributes() {
    let a = article();
    let doc = parse(&a.content);
    for el in select(&doc, "*") {
        for (name, value) in el.value().attrs() {
            let name = name.to_ascii_lowercase();
            assert!(
                !name.starts_with("on"),
                "event handler {name}={value:?} on <{}>",
                el.value().name()
            );
            assert!(
                name != "style",
                "style attribute {value:?} left on <{}>",
                el.value().name()
            );
            assert!(name != "srcdoc", "srcdoc left on <{}>", el.value().name());
            assert!(
                name != "formaction",
                "formaction left on <{}>",
                el.value().name()
            );
        }
    }
}

#[test]
fn no_script_urls_even_obfuscated() {
    let a = article();
    let doc = parse(&a.content);
    for el in select(&doc, "*") {
        for (name, value) in el.value().attrs() {
            assert!(
                !is_script_url(value),
                "script URL left: <{} {name}={value:?}>",
                el.value().name()
            );
            let v = value.to_ascii_lowercase();
            assert!(
                !v.contains("javascript:") && !v.contains("vbscript:"),
                "script URL left: <{} {name}={value:?}>",
                el.value().name()
            );
        }
    }
    assert!(
        !a.markdown.to_ascii_lowercase().contains("javascript:"),
        "script URL in markdown:\n{}",
        a.markdown
    );
    assert!(
        !a.markdown.to_ascii_lowercase().contains("vbscript:"),
        "script URL in markdown:\n{}",
        a.markdown
    );
    assert!(
        !a.markdown.contains("data:text/html"),
        "data URL in markdown:\n{}",
        a.markdown
    );
}

#[test]
fn safe_links_and_image_are_kept() {
    let a = article();
    let doc = parse(&a.content);
    let hrefs: Vec<&str> = select(&doc, "a[href]")
        .into_iter()
        .filter_map(|e| e.value().attr("href"))
        .collect();
    assert!(
        hrefs.contains(&"https://elmrow-garden.example/documents"),
        "hrefs: {hrefs:?}"
    );
    assert!(
        hrefs.contains(&"https://elmrow-garden.example/guide"),
        "hrefs: {hrefs:?}"
    );
    let imgs = select(&doc, "img");
    assert!(
        imgs.iter().any(|i| i.value().attr("src")
            == Some("https://elmrow-garden.example/photos/opening-day.jpg")
            && i.value().attr("alt") == Some("Neighbours planting the first beds on opening day")),
        "the photo must survive without its handlers:\n{}",
        a.content
    );
    assert!(
        a.markdown
            .contains("[the garden's website](https://elmrow-garden.example/documents)"),
        "markdown:\n{}",
        a.markdown
    );
}

#[test]
fn only_known_video_iframes_survive() {
    let a = article();
    let doc = parse(&a.content);
    let iframes = select(&doc, "iframe");
    let srcs: Vec<&str> = iframes
        .iter()
        .map(|f| f.value().attr("src").unwrap_or(""))
        .collect();
    for src in &srcs {
        let host = declutter::internals::host_of(src).unwrap_or_default();
        assert!(
            [
                "www.youtube.com",
                "youtube.com",
                "www.youtube-nocookie.com",
                "player.vimeo.com"
            ]
            .contains(&host.as_str()),
            "iframe from {host:?} ({src}) must be removed"
        );
    }
    assert!(
        srcs.iter()
            .any(|s| s.contains("youtube") && s.contains("/embed/xyz")),
        "the YouTube embed must be kept; iframes: {srcs:?}\n{}",
        a.content
    );
    assert!(
        srcs.iter()
            .any(|s| s.starts_with("https://player.vimeo.com/video/123456789")),
        "the Vimeo embed must be kept; iframes: {srcs:?}"
    );
    assert_eq!(srcs.len(), 2, "exactly the two video embeds: {srcs:?}");
    // The video's caption is the figure's: in the HTML, not in the article's text.
    let caption = "A short film about the garden's first year.";
    assert!(a.content.contains(caption) && !a.text.contains(caption));
}

#[test]
fn forms_plugins_and_document_level_tags_are_removed() {
    let a = article();
    let doc = parse(&a.content);
    for tag in [
        "form", "input", "button", "select", "option", "textarea", "object", "embed", "param",
        "meta", "link", "base", "frame", "frameset", "applet",
    ] {
        assert!(
            select(&doc, tag).is_empty(),
            "<{tag}> left in content:\n{}",
            a.content
        );
    }
    assert!(
        !a.content.to_ascii_lowercase().contains("foreignobject"),
        "foreignObject left:\n{}",
        a.content
    );
    for needle in ["evil.example", "Tell us more", "Ash Lane", "Your email"] {
        assert_absent(&a, needle);
    }
}

#[test]
fn svg_and_mathml_payloads_are_removed() {
    let a = article();
    // Whatever happens to the drawing, nothing executable may be left inside it.
    let doc = parse(&a.content);
    for svg in select(&doc, "svg") {
        let inner = svg.html().to_ascii_lowercase();
        assert!(!inner.contains("<script"), "script inside svg:\n{inner}");
        assert!(
            !inner.contains("javascript:"),
            "script URL inside svg:\n{inner}"
        );
    }
    // SVG animation elements can rewrite href or event attributes after sanitizing.
    assert!(
        select(&doc, "animate, set").is_empty(),
        "SVG animation elements left:\n{}",
        a.content
    );
    for el in select(&doc, "*") {
        if let Some(target) = el
            .value()
            .attr("attributeName")
            .or_else(|| el.value().attr("attributename"))
        {
            let target = target.to_ascii_lowercase();
            assert!(
                !target.starts_with("on") && !target.ends_with("href"),
                "attribute animation of {target:?} left"
            );
        }
    }
}
