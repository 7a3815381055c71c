//! What blocks say about themselves, shared by the stages that judge them
//! (`clutter`, `score`, `clean`): class and id tokens, phrase tables with
//! their matchers, hosts, Readability's class weight, and the one test of
//! "this block is prose". Rules are general; none names a site.

pub mod code;
pub mod hosts;
pub mod phrases;
pub mod tokens;

use crate::view::Doc;

/// A bar a block clears to count as prose: this much text, links below this
/// share, and two paragraphs of [`PROSE_PARAGRAPH_LEN`]+ characters each with
/// links below `paragraph_link_density`.
pub struct ProseBar {
    pub min_len: u32,
    pub link_density: f32,
    pub paragraph_link_density: f32,
}

/// Characters a paragraph needs to count towards a prose block: shorter
/// `<p>`s are captions, credits and teaser lines as often as they are prose.
const PROSE_PARAGRAPH_LEN: u32 = 80;

/// Prose that a chrome-like class name (`paywall`, `noprint`,
/// `sidebar-wrapper`, `media`) does not make clutter: the story's own
/// paragraphs, whatever the box they sit in is called.
pub const PROSE_UNDER_CHROME_CLASS: ProseBar = ProseBar {
    min_len: 300,
    link_density: 0.25,
    paragraph_link_density: 0.3,
};

/// Prose that joins the article as a sibling of the chosen block: less text
/// is enough, but hardly any links (a teaser list beside the story has many).
pub const PROSE_SIBLING: ProseBar = ProseBar {
    min_len: 200,
    link_density: 0.15,
    paragraph_link_density: f32::INFINITY,
};

/// The page's run of prose that the last safeguard of extraction measures
/// the article against (see `article.rs`): a block that is as much link
/// text as plain text is a list, whatever paragraphs it also holds; its
/// paragraphs may carry a few inline links, as a story's do.
pub const PROSE_RUN: ProseBar = ProseBar {
    min_len: 300,
    link_density: 0.5,
    paragraph_link_density: 0.3,
};

/// Whether a block can never be the page's story, however much prose it
/// holds: a comment thread or a consent layer by its class or id (a long
/// discussion or a privacy notice is prose too), or a dialog by its tag or
/// role.
pub fn never_the_story(doc: Doc, i: u32) -> bool {
    use crate::report::ClutterKind::{Comments, Consent};
    if doc.tag(i) == "dialog"
        || doc
            .attr(i, "role")
            .is_some_and(|r| matches!(r.trim(), "dialog" | "alertdialog"))
    {
        return true;
    }
    let names = doc.class_and_id(i);
    !names.trim().is_empty()
        && tokens::match_tokens(&tokens::tokens(&names))
            .is_some_and(|(rule, _)| matches!(rule.kind, Comments | Consent))
}

/// Paragraphs of running text with few links: what an article is made of.
pub fn is_prose(doc: Doc, i: u32, bar: &ProseBar) -> bool {
    if doc.link_density(i) >= bar.link_density || doc.text_len(i) < bar.min_len {
        return false;
    }
    doc.live_elements(i)
        .filter(|&e| is_prose_paragraph(doc, e, bar))
        .take(2)
        .count()
        >= 2
}

/// A `<p>` of [`PROSE_PARAGRAPH_LEN`]+ characters with links below the bar's
/// `paragraph_link_density`: one paragraph of the prose [`is_prose`] counts.
pub fn is_prose_paragraph(doc: Doc, e: u32, bar: &ProseBar) -> bool {
    doc.tag(e) == "p"
        && doc.text_len(e) >= PROSE_PARAGRAPH_LEN
        && doc.link_density(e) < bar.paragraph_link_density
}

/// A `<footer>`, an `<address>` or the page's `contentinfo`: where a page
/// keeps its legal notes, disclaimers and postal address, which are
/// paragraphs too but never the article (a story's own `<footer>` holds its
/// credits and tags, not its text).
pub fn is_page_footer(doc: Doc, i: u32) -> bool {
    matches!(doc.tag(i), "footer" | "address")
        || doc
            .attr(i, "role")
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("contentinfo"))
}

/// Inside a page footer ([`is_page_footer`]), or one itself.
pub fn in_page_footer(doc: Doc, i: u32) -> bool {
    std::iter::once(i)
        .chain(doc.ancestors(i))
        .any(|a| is_page_footer(doc, a))
}

/// Readability's class weight: +25 for a content-like class or id, -25 for a
/// chrome-like one, each attribute counted once. The words match anywhere in
/// the value, as Readability's regular expressions do (so `media` also
/// matches `multimedia`); the token rules of [`tokens`] are the stricter test.
pub fn class_weight(doc: Doc, i: u32) -> i32 {
    let mut weight = 0;
    for value in [doc.attr(i, "class"), doc.attr(i, "id")]
        .into_iter()
        .flatten()
    {
        let lower = value.to_ascii_lowercase();
        if NEGATIVE_CLASS_WORDS.iter().any(|p| lower.contains(p)) {
            weight -= 25;
        }
        if POSITIVE_CLASS_WORDS.iter().any(|p| lower.contains(p)) {
            weight += 25;
        }
    }
    weight
}

/// Readability's `negative` pattern, with the recommendation words added.
const NEGATIVE_CLASS_WORDS: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "teaser",
    "recommend",
];

/// Readability's `positive` pattern, with `blog` and `story`.
const POSITIVE_CLASS_WORDS: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::{Mask, View};
    use scraper::Html;

    fn first(view: &View, tag: &str) -> u32 {
        (0..view.len() as u32)
            .find(|&i| view.tag(i) == tag)
            .unwrap()
    }

    #[test]
    fn two_real_paragraphs_make_prose_a_link_list_does_not() {
        let para = "<p>The council voted on Tuesday to extend the programme for another year, officials said.</p>";
        let links = "<p><a href=/a>A teaser headline about another story of the day, long</a></p>";
        let html = Html::parse_document(&format!(
            "<body><div id=a>{para}{para}{para}{para}</div><div id=b>{links}{links}{links}{links}{links}</div></body>"
        ));
        let view = View::build(&html);
        let mask = Mask::new(&view);
        let doc = Doc::new(&view, &mask);
        let a = first(&view, "div");
        let b = view.end(a);
        assert!(is_prose(doc, a, &PROSE_UNDER_CHROME_CLASS) && is_prose(doc, a, &PROSE_SIBLING));
        assert!(!is_prose(doc, b, &PROSE_UNDER_CHROME_CLASS) && !is_prose(doc, b, &PROSE_SIBLING));
    }

    #[test]
    fn class_weight_reads_class_and_id() {
        let html = Html::parse_document(
            "<body><div class='post-body' id=sidebar-x>x</div><div class=multimedia>y</div></body>",
        );
        let view = View::build(&html);
        let mask = Mask::new(&view);
        let doc = Doc::new(&view, &mask);
        let first_div = first(&view, "div");
        assert_eq!(class_weight(doc, first_div), 0);
        assert_eq!(class_weight(doc, view.end(first_div)), -25);
    }
}
