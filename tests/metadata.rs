#![cfg(not(target_arch = "wasm32"))]
//! Metadata: JSON-LD (with `@graph`, authors as objects and arrays), OpenGraph, Twitter cards,
//! Dublin Core, `meta name=author`, `rel=author`, `<time datetime>`, `lang`, title suffixes,
//! excerpt and lead image.
mod common;

use common::*;

const RAIL_URL: &str = "https://railjournal.example/features/2024/01/night-trains-return";
const HEADLINE: &str = "The quiet comeback of the night train in Europe";

// ---------------------------------------------------------------------------------------------
// JSON-LD
// ---------------------------------------------------------------------------------------------

#[test]
fn jsonld_graph_article() {
    let a = extract_fixture(
        "metadata-jsonld-graph.html",
        Some("https://urbannotes.example/2024/06/03/streets-for-heat-waves/"),
    );
    // The WebPage node's name carries the " - Urban Notes" suffix; the Article headline does not.
    assert_eq!(
        a.title,
        "How cities are quietly redesigning streets for heat waves"
    );
    assert!(
        a.byline
            .as_deref()
            .unwrap_or_default()
            .contains("Priya Raman"),
        "byline: {:?}",
        a.byline
    );
    assert!(
        a.published_time
            .as_deref()
            .unwrap_or_default()
            .starts_with("2024-06-03"),
        "published: {:?}",
        a.published_time
    );
    assert_eq!(a.site_name.as_deref(), Some("Urban Notes"));
    assert_eq!(a.lang.as_deref(), Some("en-US"));
    assert_eq!(
        a.excerpt.as_deref(),
        Some("Shade sails, pale pavements and pocket parks: the small changes that make city streets bearable in a heat wave.")
    );
    let lead = a.lead_image.as_deref().unwrap_or_default();
    assert!(
        lead.starts_with(
            "https://urbannotes.example/wp-content/uploads/2024/06/shade-sails-seville"
        ),
        "lead image must be the article's image, absolute: {lead:?}"
    );
    assert!(a
        .text
        .contains("In Seville, where summer afternoons regularly pass forty degrees"));
    assert_all_absent(
        &a,
        &[
            "Skip to content",
            "Previous post",
            "bus lane that nobody wanted",
            "Proudly powered by",
        ],
    );
}

#[test]
fn jsonld_author_array_gives_every_author() {
    let head = format!(
        r#"<title>{HEADLINE} | Rail Journal</title>
<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": ["NewsArticle", "ReportageNewsArticle"],
  "headline": "{HEADLINE}",
  "datePublished": "2024-01-22T09:00:00+01:00",
  "author": [
    {{"@type": "Person", "name": "Ana Souza", "url": "https://railjournal.example/people/ana-souza"}},
    {{"@type": "Person", "name": "Tom Becker"}}
  ],
  "publisher": {{"@type": "Organization", "name": "Rail Journal"}}
}}
</script>"#
    );
    let a = extract_html(&article_page("en", &head, ""), Some(RAIL_URL));
    assert_eq!(a.title, HEADLINE);
    let byline = a.byline.as_deref().unwrap_or_default();
    assert!(
        byline.contains("Ana Souza") && byline.contains("Tom Becker"),
        "byline: {byline:?}"
    );
    assert!(
        a.published_time
            .as_deref()
            .unwrap_or_default()
            .starts_with("2024-01-22"),
        "published: {:?}",
        a.published_time
    );
}

#[test]
fn invalid_jsonld_is_ignored() {
    let head = format!(
        r#"<title>{HEADLINE} | Rail Journal</title>
<meta name="author" content="Sam Rivera">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","headline":"Broken, "author":}}</script>"#
    );
    let a = extract_html(&article_page("en", &head, ""), Some(RAIL_URL));
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.byline.as_deref(), Some("Sam Rivera"));
    assert!(a.text.contains(PROSE_EN[0]));
}

// ---------------------------------------------------------------------------------------------
// OpenGraph, Twitter cards, Dublin Core
// ---------------------------------------------------------------------------------------------

#[test]
fn opengraph_only() {
    let head = r#"<title>Europe's night trains are back, but can they last? | Rail Journal</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Europe's night trains are back, but can they last?">
<meta property="og:site_name" content="Rail Journal">
<meta property="og:description" content="Sleeper services are returning across the continent. Operators say the hard part is keeping them running.">
<meta property="og:image" content="/images/2024/01/nightjet-cabin.jpg">
<meta property="og:url" content="https://railjournal.example/features/2024/01/night-trains-return">
<meta property="article:published_time" content="2024-01-22T09:00:00Z">"#;
    let a = extract_html(&article_page("en-GB", head, ""), Some(RAIL_URL));
    assert_eq!(
        a.title,
        "Europe's night trains are back, but can they last?"
    );
    assert_eq!(a.site_name.as_deref(), Some("Rail Journal"));
    assert_eq!(
        a.excerpt.as_deref(),
        Some("Sleeper services are returning across the continent. Operators say the hard part is keeping them running.")
    );
    assert_eq!(
        a.lead_image.as_deref(),
        Some("https://railjournal.example/images/2024/01/nightjet-cabin.jpg")
    );
    assert!(
        a.published_time
            .as_deref()
            .unwrap_or_default()
            .starts_with("2024-01-22"),
        "published: {:?}",
        a.published_time
    );
    assert_eq!(a.lang.as_deref(), Some("en-GB"));
}

#[test]
fn twitter_card_only() {
    let head = r#"<title>Europe's night trains are back, but can they last? | Rail Journal</title>
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@railjournal">
<meta name="twitter:title" content="Europe's night trains are back, but can they last?">
<meta name="twitter:description" content="Sleeper services are returning across the continent.">
<meta name="twitter:image" content="https://cdn.railjournal.example/images/2024/01/nightjet-cabin-1200.jpg">"#;
    let a = extract_html(&article_page("en", head, ""), Some(RAIL_URL));
    assert_eq!(
        a.title,
        "Europe's night trains are back, but can they last?"
    );
    assert_eq!(
        a.excerpt.as_deref(),
        Some("Sleeper services are returning across the continent.")
    );
    assert_eq!(
        a.lead_image.as_deref(),
        Some("https://cdn.railjournal.example/images/2024/01/nightjet-cabin-1200.jpg")
    );
}

#[test]
fn dublin_core() {
    let head = format!(
        r#"<title>{HEADLINE}</title>
<meta name="DC.title" content="{HEADLINE}">
<meta name="DC.creator" content="Helen Park">
<meta name="DC.date" content="2019-11-20">
<meta name="DC.publisher" content="Rail Journal">
<meta name="DC.description" content="Why sleeper trains disappeared from Europe and what it would take to bring them back.">
<meta name="DC.language" content="en">"#
    );
    let a = extract_html(&article_page("en", &head, ""), Some(RAIL_URL));
    assert_eq!(a.title, HEADLINE);
    assert!(
        a.byline
            .as_deref()
            .unwrap_or_default()
            .contains("Helen Park"),
        "byline: {:?}",
        a.byline
    );
    assert!(
        a.published_time
            .as_deref()
            .unwrap_or_default()
            .starts_with("2019-11-20"),
        "published: {:?}",
        a.published_time
    );
    assert_eq!(
        a.excerpt.as_deref(),
        Some(
            "Why sleeper trains disappeared from Europe and what it would take to bring them back."
        )
    );
}

// ---------------------------------------------------------------------------------------------
// Byline and date from the page itself
// ---------------------------------------------------------------------------------------------

#[test]
fn meta_name_author() {
    let head = format!(
        r#"<title>{HEADLINE} | Rail Journal</title><meta name="author" content="Sam Rivera">"#
    );
    let a = extract_html(&article_page("en", &head, ""), Some(RAIL_URL));
    assert_eq!(a.byline.as_deref(), Some("Sam Rivera"));
}

#[test]
fn rel_author_link() {
    let head = format!("<title>{HEADLINE} | Rail Journal</title>");
    let header = format!(
        r#"      <h1 class="post-title">{HEADLINE}</h1>
      <p class="post-byline">By <a rel="author" href="/people/li-wei">Li Wei</a></p>"#
    );
    let a = extract_html(&article_page("en", &head, &header), Some(RAIL_URL));
    let byline = a.byline.as_deref().unwrap_or_default();
    assert!(byline.contains("Li Wei"), "byline: {byline:?}");
    assert!(
        byline.chars().count() < 40,
        "the byline is the author line, not a paragraph: {byline:?}"
    );
}

#[test]
fn time_datetime() {
    let head = format!("<title>{HEADLINE} | Rail Journal</title>");
    let header = format!(
        r#"      <h1 class="post-title">{HEADLINE}</h1>
      <p class="post-date">Published <time datetime="2024-03-05T08:30:00Z">5 March 2024</time></p>"#
    );
    let a = extract_html(&article_page("en", &head, &header), Some(RAIL_URL));
    let published = a.published_time.as_deref().unwrap_or_default();
    assert!(
        published.starts_with("2024-03-05"),
        "published: {published:?}"
    );
}

#[test]
fn language_tag_is_kept_as_written() {
    let head = format!("<title>{HEADLINE}</title>");
    let a = extract_html(&article_page("pt-BR", &head, ""), None);
    assert_eq!(a.lang.as_deref(), Some("pt-BR"));
    assert_ne!(a.dir.as_deref(), Some("rtl"));
}

// ---------------------------------------------------------------------------------------------
// Title clean-up. The pages have no <h1> and no og:title, so the title must come from <title>.
// ---------------------------------------------------------------------------------------------

fn title_of(raw: &str) -> String {
    let head = format!("<title>{raw}</title>");
    extract_html(&article_page("en", &head, ""), Some(RAIL_URL)).title
}

#[test]
fn title_loses_pipe_suffix() {
    assert_eq!(title_of(&format!("{HEADLINE} | Rail Journal")), HEADLINE);
}

#[test]
fn title_loses_hyphen_suffix() {
    assert_eq!(title_of(&format!("{HEADLINE} - Rail Journal")), HEADLINE);
}

#[test]
fn title_loses_dash_suffix() {
    assert_eq!(title_of(&format!("{HEADLINE} — Rail Journal")), HEADLINE);
    assert_eq!(title_of(&format!("{HEADLINE} – Rail Journal")), HEADLINE);
}

#[test]
fn title_entities_and_whitespace_are_normalised() {
    assert_eq!(
        title_of("\n   Trains &amp; boats,   the slow way   across Europe \n"),
        "Trains & boats, the slow way across Europe"
    );
}

#[test]
fn hyphen_inside_the_headline_is_kept() {
    assert_eq!(title_of("Spider-Man: a review"), "Spider-Man: a review");
    assert_eq!(
        title_of("Spider-Man: Across the Spider-Verse is a visual triumph - Film Weekly"),
        "Spider-Man: Across the Spider-Verse is a visual triumph"
    );
}

#[test]
fn title_with_h1_matches_h1() {
    let head = format!("<title>{HEADLINE} | Rail Journal</title>");
    let header = format!(r#"      <h1 class="post-title">{HEADLINE}</h1>"#);
    let a = extract_html(&article_page("en", &head, &header), Some(RAIL_URL));
    assert_eq!(a.title, HEADLINE);
}
