#![cfg(not(target_arch = "wasm32"))]
//! Markdown people can paste: on every page of the markdown corpus (`../shared/corpus/markdown`
//! beside the clone, or `$CORPUS_ROOT/markdown`), our Markdown is read back by a CommonMark
//! parser with GFM's tables, strikethrough and footnotes (pulldown-cmark), and the text it
//! renders must say what `Article::text` says, word for word, with no emphasis delimiter left
//! over as literal text.
mod common;

use std::collections::HashMap;
use std::path::PathBuf;

use declutter::{MarkdownHeader, Options};
use pulldown_cmark::{Event, Options as CmarkOptions, Parser, Tag, TagEnd};

/// Least word-level F1 between the rendered Markdown and `text` on a page without math. What
/// may differ by design: the "Video"/"Audio" label of a player's link (the text has no words
/// for a player) and a link's or image's words the text leaves out; on a short page those few
/// words weigh more, hence a bar below the mean's.
const PAGE_BAR: f64 = 0.9;

/// Least mean word-level F1 over the corpus, math pages included: math is written as TeX
/// (`$x^2$`) where the text has the rendered MathML's characters (`x2`), so a page of
/// formulas agrees on its prose only; a few such pages are in the corpus.
const MEAN_BAR: f64 = 0.98;

fn corpus() -> Option<PathBuf> {
    let root = std::env::var_os("CORPUS_ROOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let pages = root.join("markdown").join("pages");
    pages.is_dir().then_some(pages)
}

/// What a reader sees of the Markdown as CommonMark + GFM renders it, the part of it outside
/// code (where a literal `**` would be a delimiter that failed), and whether it has math.
fn rendered(markdown: &str) -> (String, String, bool) {
    let options = CmarkOptions::ENABLE_TABLES
        | CmarkOptions::ENABLE_FOOTNOTES
        | CmarkOptions::ENABLE_STRIKETHROUGH
        | CmarkOptions::ENABLE_MATH;
    let (mut all, mut prose) = (String::new(), String::new());
    let (mut image, mut code, mut math) = (0usize, false, false);
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::InlineMath(_) | Event::DisplayMath(_) => math = true,
            Event::Start(Tag::Image { .. }) => image += 1,
            Event::End(TagEnd::Image) => image -= 1,
            Event::Start(Tag::CodeBlock(_)) => code = true,
            Event::End(TagEnd::CodeBlock) => code = false,
            Event::Text(t) if image == 0 => {
                all.push_str(&t);
                if !code {
                    prose.push_str(&t);
                }
            }
            Event::Code(t) => all.push_str(&t),
            Event::FootnoteReference(label) => all.push_str(&label),
            // Breaks and block ends part words; inline ends (links, emphasis) do not.
            Event::Html(h) | Event::InlineHtml(h) if !h.contains("<br") => {}
            Event::SoftBreak | Event::HardBreak | Event::Html(_) | Event::InlineHtml(_) => {
                all.push(' ');
                prose.push(' ');
            }
            Event::End(end) if is_block_end(&end) => {
                all.push(' ');
                prose.push(' ');
            }
            _ => {}
        }
    }
    (all, prose, math)
}

fn is_block_end(end: &TagEnd) -> bool {
    !matches!(
        end,
        TagEnd::Link
            | TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

/// The words of a text: runs of letters and digits.
fn words(text: &str) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *out.entry(w.to_string()).or_default() += 1;
    }
    out
}

fn f1(a: &HashMap<String, usize>, b: &HashMap<String, usize>) -> f64 {
    let common: usize = a
        .iter()
        .map(|(w, n)| (*n).min(*b.get(w).unwrap_or(&0)))
        .sum();
    let (na, nb): (usize, usize) = (a.values().sum(), b.values().sum());
    if na + nb == 0 {
        return 1.0;
    }
    2.0 * common as f64 / (na + nb) as f64
}

#[test]
fn rendered_markdown_says_what_the_text_says() {
    let Some(pages) = corpus() else {
        eprintln!("markdown corpus not found (../shared/corpus/markdown/pages): skipped");
        return;
    };
    let options = Options {
        markdown_header: MarkdownHeader::None,
        ..Options::default()
    };
    let mut scores = Vec::new();
    let mut leftovers = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&pages)
        .expect("read corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    files.sort();
    for file in &files {
        let html = std::fs::read(file).expect("read page");
        let article = declutter::extract_bytes(&html, &options).expect("extract");
        let (all, prose, math) = rendered(&article.markdown);
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        scores.push((f1(&words(&all), &words(&article.text)), name.clone(), math));
        for delim in ["**", "__"] {
            if prose.matches(delim).count() > article.text.matches(delim).count() {
                leftovers.push(format!("{name}: literal {delim} in {prose:?}"));
            }
        }
    }
    assert!(!scores.is_empty(), "no pages in {}", pages.display());
    scores.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mean = scores.iter().map(|s| s.0).sum::<f64>() / scores.len() as f64;
    eprintln!(
        "{} pages, mean word F1 {mean:.4}, lowest {:?}",
        scores.len(),
        &scores[..scores.len().min(5)]
    );
    assert!(leftovers.is_empty(), "{leftovers:#?}");
    assert!(mean >= MEAN_BAR, "mean word F1 {mean:.4} below {MEAN_BAR}");
    let low: Vec<_> = scores.iter().filter(|s| !s.2 && s.0 < PAGE_BAR).collect();
    assert!(low.is_empty(), "pages below {PAGE_BAR}: {low:?}");
}
