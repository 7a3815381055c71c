//! Articles over several pages joined into one (the CLI's `--join`; the browser's `cleanAllPages`
//! does the same in `src/page/pages.js`, checked against this in tests/e2e/multipage.test.mjs).
mod common;

use common::options;
use declutter::multipage::{extract_page, join, Joiner};
use declutter::Article;

const BASE: &str = "https://fernweh.example/bahn/";
const PAGES: [&str; 3] = ["longread.html", "longread-2.html", "longread-3.html"];

fn sample(name: &str) -> String {
    let path = format!("{}/www/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn page_article(name: &str) -> Article {
    let url = format!("{BASE}{name}");
    extract_page(&sample(name), &options(Some(&url))).unwrap()
}

/// Each `needle` once in `haystack`, in this order.
fn assert_once_in_order(haystack: &str, needles: &[&str]) {
    let mut last = 0;
    for needle in needles {
        assert_eq!(
            haystack.matches(needle).count(),
            1,
            "{needle:?} not once in\n{haystack}"
        );
        let at = haystack.find(needle).unwrap();
        assert!(at >= last, "{needle:?} out of order in\n{haystack}");
        last = at;
    }
}

#[test]
fn the_three_pages_join_into_one_article_with_the_header_once() {
    let pages: Vec<Article> = PAGES.iter().map(|name| page_article(name)).collect();
    let joined = join(&pages).unwrap();
    assert_eq!(joined.title, "Die Rückkehr der Nachtzüge");
    assert_eq!(joined.byline.as_deref(), Some("Jana Keller"));
    assert_eq!(joined.site_name.as_deref(), Some("Fernweh Magazin"));
    assert_once_in_order(
        &joined.text,
        &[
            "Jahrzehntelang wurden Schlafwagen abgeschafft",
            "Kurz nach halb zehn am Abend",
            "nur in Linz wachen alle auf",
            "Zwischen Linz und Frankfurt",
            "Gegen Mitternacht wird es still",
            "verzögern kann",
            "Ankunft in Amsterdam",
            "Im Schlafwagen, mit Dusche.",
        ],
    );
    for clutter in [
        "Seite 2 von 3",
        "Nächste Seite",
        "Weiter »",
        "Zurück",
        "Mehr zum Thema",
        "Frühbucherrabatt",
        "Cookies",
    ] {
        assert!(
            !joined.text.contains(clutter),
            "{clutter:?} in the joined text"
        );
        assert!(
            !joined.markdown.contains(clutter),
            "{clutter:?} in the joined Markdown"
        );
    }
    assert_once_in_order(
        &joined.markdown,
        &["## Zwischen Linz und Frankfurt", "## Ankunft in Amsterdam"],
    );
    assert_once_in_order(
        &joined.content,
        &["<h2>Zwischen Linz", "<h2>Ankunft in Amsterdam"],
    );
    let total: usize = pages.iter().map(|page| page.length).sum();
    assert!(joined.length > pages[0].length && joined.length < total);
    assert!(joined.reading_minutes >= pages[0].reading_minutes);
    assert_eq!(joined.removed, pages[0].removed);
}

/// A forum-style story whose pager is a plain paragraph the clutter rules keep, and whose later
/// pages start with the headline (with the page number), the byline and the standfirst again.
fn story_page(page: usize, body: &str) -> String {
    let pager = match page {
        1 => {
            r#"<p><b>1</b> <a href="story.php?id=88&amp;page=2">2</a> <a href="story.php?id=88&amp;page=3">3</a> <a href="story.php?id=88&amp;page=2">Next page</a></p>"#
        }
        2 => {
            r#"<p><a href="story.php?id=88">1</a> <b>2</b> <a href="story.php?id=88&amp;page=3">3</a> <a href="story.php?id=88&amp;page=3">Next page</a></p>"#
        }
        _ => {
            r#"<p><a href="story.php?id=88">1</a> <a href="story.php?id=88&amp;page=2">2</a> <b>3</b></p>"#
        }
    };
    let heading = if page == 1 {
        "How the lighthouse keepers left".to_string()
    } else {
        format!("How the lighthouse keepers left (page {page})")
    };
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><title>How the lighthouse keepers left</title></head><body>
<div id="menu"><a href="/">Home</a> · <a href="/stories">Stories</a> · <a href="/forum">Forum</a> · <a href="/login">Log in</a></div>
<div id="story"><h2>{heading}</h2><p>By Tom Hale</p><p><i>The last keepers handed over the light in 1998. Three of them remember.</i></p>
{body}
{pager}</div>
<div id="popular"><h3>Popular stories</h3><ul><li><a href="/s/1">The ferry that never came</a></li><li><a href="/s/2">A winter on the rock</a></li><li><a href="/s/3">Fog signals explained</a></li></ul></div>
<div id="foot">Coast Stories · <a href="/about">About</a> · <a href="/rss">RSS</a></div></body></html>"#
    )
}

const STORY_BODIES: [&str; 3] = [
    "<p>For a hundred years the light on the point was kept by three men who lived in the cottages beside the tower, taking turns through the night to wind the clockwork that turned the lens.</p><p>When the light was automated the cottages were sold, and the last three keepers moved to the town, where two of them still live within sight of the tower they looked after.</p>",
    "<p>Automation came in stages. First the clockwork was replaced by an electric motor, then the paraffin lamp by a bulb, and finally the keepers themselves by a sensor that switched the light on at dusk.</p><p>The keepers were told a year in advance. Most of them had expected it, but none of them had expected how quiet the point would be on the last night they spent there.</p>",
    "<p>Today the tower is a museum, open on summer weekends. The lens still turns, although it no longer needs anyone to wind it, and the logbooks of the keepers lie in a glass case by the door.</p><p>The youngest of the three keepers volunteers there. He says that visitors always ask the same question: whether he misses the nights, and he always gives the same answer.</p>",
];

#[test]
fn repeated_headlines_bylines_and_standfirsts_go_and_so_do_pagers_the_core_keeps() {
    let url = |page: usize| match page {
        1 => "https://coast.example/story.php?id=88".to_string(),
        n => format!("https://coast.example/story.php?id=88&page={n}"),
    };
    let htmls: Vec<String> = (1..=3)
        .map(|n| story_page(n, STORY_BODIES[n - 1]))
        .collect();
    let pages: Vec<Article> = (1..=3)
        .map(|n| extract_page(&htmls[n - 1], &options(Some(&url(n)))).unwrap())
        .collect();
    let mut joiner = Joiner::new(pages[0].clone());
    let second = joiner.add(&pages[1]).clone();
    assert!(
        second.text.starts_with("Automation came in stages."),
        "{}",
        second.text
    );
    joiner.add(&pages[2]);
    let joined = joiner.article();
    assert_once_in_order(
        &joined.text,
        &[
            "The last keepers handed over the light in 1998.",
            "For a hundred years",
            "Automation came in stages.",
            "Today the tower is a museum",
            "the same answer.",
        ],
    );
    for repeated in ["(page 2)", "(page 3)", "Next page", "Popular stories"] {
        assert!(
            !joined.text.contains(repeated),
            "{repeated:?} in\n{}",
            joined.text
        );
    }
    // The core keeps "By Tom Hale" in each page's body (no byline markup): once in the whole.
    assert_eq!(
        joined.text.matches("By Tom Hale").count(),
        1,
        "{}",
        joined.text
    );
    assert!(
        !joined.content.contains("page=2"),
        "a pager link is left: {}",
        joined.content
    );
}

#[test]
fn joining_nothing_or_one_page() {
    assert!(join(&[]).is_none());
    let one = page_article(PAGES[2]);
    let joined = join(std::slice::from_ref(&one)).unwrap();
    assert_eq!(joined.text, one.text);
    assert_eq!(joined.content, one.content);
}
