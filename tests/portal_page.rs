#![cfg(not(target_arch = "wasm32"))]
//! The seed page: a German portal (vodafone.de) republishing a dpa article, with portal
//! navigation, a consent layer, ad slots, an inline "Auch interessant" teaser, a sponsored
//! widget, the eight-teaser recommendation grid, a "Meistgelesen" sidebar and a footer.
//! A reader view shows the article and nothing else.
mod common;

use common::*;
use declutter::{Article, ClutterKind};

const FIXTURE: &str = "portal-news-page.html";
const URL: &str = "https://www.vodafone.de/featured/nachrichten/politik/usa-und-japan-staerken-sicherheitszusammenarbeit/";

const HEADLINE: &str = "USA und Japan stärken Sicherheitszusammenarbeit";
const LEAD: &str = "Chinas Machtdemonstrationen und Nordkoreas Nuklearprogramm sorgen für «ernste Besorgnis» der USA und Japans. Daher soll die militärische Zusammenarbeit beider Länder vertieft werden.";
const CAPTION_TITLE: &str = "Sicherheitsgespräche zwischen Japan und der USA";
const CAPTION: &str =
    "Die USA und Japan planen ein gemeinsames militärisches Hauptquartiers in Japan.";
const CREDIT: &str = "© Hiro Komae/AP/dpa";
const BODY: [&str; 4] = [
    "Die USA und Japan wollen angesichts der Bedrohungen durch China und Nordkorea ihre Sicherheitszusammenarbeit ausbauen. Das vereinbarten beide Seiten bei einem Treffen von US-Außenminister Antony Blinken und Verteidigungsminister Lloyd Austin mit Japans Außenministerin Yoko Kamikawa und Verteidigungsminister Kihara Minoru in Tokio.",
    "Die Minister hätten «die Bedeutung des amerikanisch-japanischen Bündnisses als Eckpfeiler für Frieden, Sicherheit und Wohlstand in der indopazifischen Region und darüber hinaus» bekräftigt, hieß es in einer gemeinsamen Erklärung. Kernpunkt der Beschlüsse ist demnach die Einrichtung eines gemeinsamen militärischen Hauptquartiers in Japan, um die Zusammenarbeit zwischen US-amerikanischen und japanischen Streitkräften zu erleichtern.",
    "Blinken und Austin bekräftigten zudem ihr Bekenntnis zu einer erweiterten Abschreckung der USA zum Schutz Japans, wie aus der Stellungnahme hervorgeht. Unter erweiterter Abschreckung verstehen die USA die «volle Bandbreite» ihrer militärischen Fähigkeiten zur Verteidigung Südkoreas - einschließlich Atomwaffen.",
    "Die Vereinbarungen seien eine Reaktion auf zunehmende Bedrohungen in der Region, hieß es weiter. Chinas Außenpolitik ziele darauf ab, die internationale Ordnung zu ihrem eigenen Vorteil und auf Kosten anderer zu verändern. Zunehmende Machtdemonstrationen Chinas im Ost- und Südchinesischen Meer sowie die rasche Ausweitung seines Atomwaffenarsenals seien Anlass zu «ernster Besorgnis». Die Minister kritisierten zudem das Atomwaffen- und Raketenprogramm Nordkoreas sowie die wachsende Zusammenarbeit zwischen Russland, China und Nordkorea.",
];
const SOURCE: &str = "© dpa";

const IMAGE: &str = "https://www.vodafone.de/featured/app/uploads/2024/07/usa-japan-sicherheitsgespraeche-dpa-1200x675.jpg";

/// Everything on the page that is not the article. Punctuation-free where the
/// original has characters that HTML or Markdown might escape.
const CLUTTER: &[&str] = &[
    // portal navigation and logo row
    "MyTone",
    "Hörbücher",
    "Alle Services",
    "Zum Inhalt springen",
    // consent layer
    "Wir respektieren Deine Privatsphäre",
    "Cookies",
    "Alle akzeptieren",
    "Nur notwendige",
    "Datenschutzerklärung",
    // ad slots and their labels
    "Anzeige",
    "googletag",
    // inline teaser
    "Auch interessant",
    "Nordkorea feuert erneut ballistische Rakete",
    // sponsored widget
    "Sponsored",
    "Outbrain",
    "Aus dem Netz",
    "Rasen im Hochsommer",
    "Neue Regel für Rentner",
    "Heizkosten mit einer Wärmepumpe",
    // recommendation grid: headings, categories, image alts, titles
    "Das könnte Dich auch interessieren",
    "Empfehlungen der Redaktion",
    "People news",
    "Tv & kino",
    "Internet news",
    "Handy ratgeber",
    "Fußball news",
    "Job & geld",
    "Prinz Harry",
    "entschuldigt sich bei Harry",
    "TV Ausblick ARD",
    "Türen in der Streaming-Welt",
    "Was kostet Netflix",
    "Social Media Apps auf einem Smartphone",
    "Neustart ohne X und Meta",
    "Return to Monkey Island",
    "Guybrush Threepwood",
    "Galaxy S25",
    "Feyenoord Rotterdam",
    "Momentan keine Spitzenmannschaft",
    "Aktienkurse auf einem Smartphone",
    "Warum Kurscharts manchmal täuschen",
    // sidebar
    "Meistgelesen",
    "Unwetterwarnung",
    "Die Transfers des Sommers",
    // footer
    "Impressum",
    "Barrierefreiheit",
    "Cookie-Einstellungen",
    "Vodafone GmbH",
    "Alle Rechte vorbehalten",
];

fn article() -> Article {
    extract_fixture(FIXTURE, Some(URL))
}

/// The article's text, without the (optional) headline: its body, which (as schema.org's
/// `articleBody`) leaves out the figure's caption and credit; the HTML and Markdown keep them.
fn expected_text() -> String {
    let mut parts = vec![LEAD];
    parts.extend(BODY);
    parts.push(SOURCE);
    parts.join("\n\n")
}

#[test]
fn text_is_exactly_the_article() {
    let a = article();
    let text = a.text.trim();
    // The headline may open the text; nothing else may come before the lead.
    let headline_prefix = format!("{HEADLINE}\n\n");
    let body = text.strip_prefix(headline_prefix.as_str()).unwrap_or(text);
    assert_eq!(body, expected_text(), "\n--- full text:\n{}", a.text);
}

#[test]
fn spacer_paragraphs_are_dropped() {
    let a = article();
    for (i, block) in blocks(a.text.trim()).iter().enumerate() {
        assert!(
            !is_blank(block),
            "block {i} of the text is blank: {:?}\n{}",
            block,
            a.text
        );
    }
    assert!(
        !a.text.contains('\u{a0}'),
        "a non-breaking space from a spacer survived: {:?}",
        a.text
    );
    let doc = parse(&a.content);
    for p in select(&doc, "p") {
        let has_media = p
            .select(&sel("img, picture, video, iframe"))
            .next()
            .is_some();
        assert!(
            has_media || !is_blank(&raw_text_of(p)),
            "empty paragraph left in content: {}",
            p.html()
        );
    }
}

#[test]
fn source_line_and_credit_are_kept() {
    let a = article();
    let bs = blocks(a.text.trim());
    assert_eq!(
        bs.last().copied(),
        Some(SOURCE),
        "the source line must close the article"
    );
    assert!(
        !a.text.contains(CREDIT) && !a.text.contains(CAPTION_TITLE),
        "the photo credit and caption are the figure's, not the body's:\n{}",
        a.text
    );
    assert!(a.content.contains(CREDIT) && a.content.contains(CAPTION_TITLE));
    assert!(a.markdown.contains(SOURCE));
    assert!(a.markdown.contains(CREDIT));
}

#[test]
fn metadata() {
    let a = article();
    assert_eq!(a.title, HEADLINE);
    assert_eq!(a.site_name.as_deref(), Some("vodafone.de"));
    assert_eq!(a.lang.as_deref(), Some("de"));
    assert_ne!(a.dir.as_deref(), Some("rtl"));
    let byline = a.byline.as_deref().unwrap_or_default();
    assert!(
        byline.contains("dpa"),
        "the JSON-LD author (dpa) should give the byline, got {:?}",
        a.byline
    );
    let published = a.published_time.as_deref().unwrap_or_default();
    assert!(
        published.starts_with("2024-07-28"),
        "published_time from JSON-LD/meta, got {:?}",
        a.published_time
    );
    let excerpt = a.excerpt.as_deref().unwrap_or_default();
    assert!(
        excerpt.starts_with("Chinas Machtdemonstrationen"),
        "excerpt from the description, got {:?}",
        a.excerpt
    );
    assert_eq!(a.lead_image.as_deref(), Some(IMAGE));
    assert_length_consistent(&a);
}

#[test]
fn no_clutter_survives() {
    let a = article();
    assert_all_absent(&a, CLUTTER);
}

#[test]
fn removed_blocks_are_reported_by_kind() {
    let a = article();
    for kind in [
        ClutterKind::Recommendation,
        ClutterKind::Ad,
        ClutterKind::Navigation,
        ClutterKind::Consent,
    ] {
        assert_removed_kind(&a, kind);
    }
    // The eight-teaser grid holds a good deal of text (whether reported as one block or per teaser).
    let reco_text: usize = a
        .removed
        .iter()
        .filter(|r| r.kind == ClutterKind::Recommendation)
        .map(|r| r.text_length)
        .sum();
    assert!(
        reco_text >= 300,
        "the recommendation blocks should be reported with their text length, got {reco_text}"
    );
}

#[test]
fn lazy_figure_image_gets_its_real_absolute_src() {
    let a = article();
    let doc = parse(&a.content);
    let imgs = select(&doc, "img");
    assert_eq!(
        imgs.len(),
        1,
        "only the article image may remain (teaser images are clutter):\n{}",
        a.content
    );
    assert_eq!(imgs[0].value().attr("src"), Some(IMAGE));
    assert!(
        !a.content.contains("data:image/gif"),
        "placeholder GIF survived:\n{}",
        a.content
    );
    assert!(
        !a.markdown.contains("data:image"),
        "placeholder GIF survived in markdown"
    );
    assert!(
        a.markdown.contains(&format!("]({IMAGE}")),
        "markdown must show the image with its absolute URL:\n{}",
        a.markdown
    );
}

#[test]
fn figure_with_caption_and_credit_is_kept() {
    let a = article();
    assert!(
        a.content.contains("<figure"),
        "no <figure> in content:\n{}",
        a.content
    );
    assert!(
        a.content.contains("<figcaption"),
        "no <figcaption> in content:\n{}",
        a.content
    );
    let doc = parse(&a.content);
    let figure = select(&doc, "figure").into_iter().next().expect("figure");
    assert!(
        figure.select(&sel("img")).next().is_some(),
        "the figure lost its image"
    );
    let caption = figure
        .select(&sel("figcaption"))
        .next()
        .expect("figcaption inside the figure");
    let caption_text = text_of(caption);
    assert_in_order(&caption_text, &[CAPTION_TITLE, CAPTION, CREDIT]);
}

#[test]
fn body_order_is_preserved_in_all_outputs() {
    let a = article();
    let mut order = vec![LEAD];
    order.extend(BODY);
    order.push(SOURCE);
    assert_in_order(&a.text, &order);
    assert_in_order(&visible_text(&a.content), &order);
    assert_in_order(&a.markdown, &order);
}

#[test]
fn page_is_readerable() {
    assert!(declutter::is_probably_readerable(&fixture(FIXTURE)));
}
