//! Pruning inside the chosen article before it is copied out: Readability's
//! conditional cleaning (link-heavy lists and boxes, image walls, stray forms),
//! headline duplicates, bylines, post-meta lines, low-weight headings, and the
//! publisher's furniture at the article's edges.

mod conditional;
mod edges;

use conditional::clean_conditionally;
pub use conditional::is_data_table;

use crate::report::Removed;
use crate::signals::code::CodeSpans;
use crate::signals::{class_weight, in_page_footer, is_page_footer, is_prose, PROSE_SIBLING};
use crate::view::{Doc, Mask, View};

/// What pruning reads and writes: what is removed (`mask`), and the lengths
/// the article had when pruning began (`chosen`). Every check measures with
/// `chosen`, so that taking out a headline or a meta line never tips the box
/// around it into looking empty or link-heavy; only conditional cleaning,
/// which works from the inside out and must see the boxes it has already
/// taken out, removes from both.
pub(super) struct Pruning<'v, 'h> {
    view: &'v View<'h>,
    mask: Mask,
    chosen: Mask,
    /// The removals of a kind in-place mode hides (subscribe prompts, cookie
    /// notices), reported so that it hides what the reader view drops here.
    report: Vec<Removed>,
    /// The article's code: never pruned, nor the boxes that hold a block of it.
    code: CodeSpans,
}

impl<'v, 'h> Pruning<'v, 'h> {
    /// The article as the checks read it.
    fn doc(&self) -> Doc<'_, 'h> {
        Doc::judging(self.view, &self.mask, &self.chosen)
    }

    fn is_removed(&self, i: u32) -> bool {
        self.mask.is_removed(i)
    }

    /// Whether pruning may take element `i` out: not code, nothing inside
    /// code, not a box holding a code block.
    fn may_remove(&self, i: u32) -> bool {
        !self.code.covers(i) && !self.code.holds_block(self.view, i, self.view.end(i))
    }

    /// Takes element `i` out unless it is (or holds) code; returns whether it went.
    fn remove(&mut self, i: u32) -> bool {
        let go = self.may_remove(i);
        if go {
            self.mask.remove(self.view, i);
        }
        go
    }

    /// Removes a box conditional cleaning judged: later judgements see it gone.
    fn remove_judged(&mut self, i: u32) -> bool {
        let go = self.remove(i);
        if go {
            self.chosen.remove(self.view, i);
        }
        go
    }
}

/// What pruning leaves: the mask and the removals it reports.
pub struct Pruned {
    pub mask: Mask,
    pub report: Vec<Removed>,
}

/// Prunes the article subtrees in `roots` out of `mask`.
pub fn prune(view: &View, mask: Mask, roots: &[u32], title: &str, conditional: bool) -> Pruned {
    let chosen = mask.clone();
    let mut p = Pruning {
        view,
        mask,
        chosen,
        report: Vec::new(),
        code: CodeSpans::of(view),
    };
    for &root in roots {
        remove_title_duplicate(&mut p, root, title);
        remove_post_meta(&mut p, root);
        if conditional {
            clean_conditionally(&mut p, root);
        }
        remove_negative_headings(&mut p, root);
    }
    remove_page_footers(&mut p, roots);
    edges::remove_edge_furniture(&mut p, roots);
    Pruned {
        mask: p.mask,
        report: p.report,
    }
}

/// Finds the first byline element in the article (short text in an element
/// marked as author/byline), removes it and returns its text.
pub fn take_byline(view: &View, mask: &mut Mask, roots: &[u32]) -> Option<String> {
    let doc = Doc::new(view, mask);
    let found = roots
        .iter()
        .flat_map(|&r| doc.live_elements(r))
        .find(|&e| is_byline(doc, e) && !crate::signals::code::in_code(view, e))?;
    let text = doc.text(found);
    mask.remove(view, found);
    Some(text)
}

fn is_byline(doc: Doc, i: u32) -> bool {
    let marked = doc.attr(i, "rel").is_some_and(|r| r.contains("author"))
        || doc
            .attr(i, "itemprop")
            .is_some_and(|r| r.contains("author"))
        || {
            let names = doc.class_and_id(i).to_ascii_lowercase();
            ["byline", "author", "dateline", "writtenby", "p-author"]
                .iter()
                .any(|p| names.contains(p))
        };
    let len = doc.text_len(i);
    marked && len > 0 && len < 100 && !matches!(doc.tag(i), "body" | "article" | "main" | "html")
}

/// Class/id tokens of the small lines around a headline: kicker, dateline,
/// post meta, reading time. The metadata carries what they say.
const POST_META_TOKENS: &[&str] = &[
    "meta",
    "kicker",
    "dateline",
    "byline",
    "topline",
    "overline",
    "roofline",
    "eyebrow",
    "timestamp",
    "date",
    "postmeta",
    "entrymeta",
    "articlemeta",
    "postinfo",
    "articleinfo",
    "readingtime",
    "readtime",
    "published",
    "updated",
    "posted",
    "pubdate",
];

/// Longest text a post-meta line may have.
const POST_META_MAX_LEN: u32 = 120;

fn remove_post_meta(p: &mut Pruning, root: u32) -> usize {
    let doc = p.doc();
    let found: Vec<u32> = doc
        .live_elements(root)
        .filter(|&e| {
            e != root
                && !matches!(
                    doc.tag(e),
                    "h1" | "h2"
                        | "p"
                        | "figure"
                        | "figcaption"
                        | "img"
                        | "picture"
                        | "table"
                        | "ul"
                        | "ol"
                        | "li"
                )
        })
        .filter(|&e| doc.text_len(e) <= POST_META_MAX_LEN)
        .filter(|&e| {
            let names = doc.class_and_id(e);
            !names.is_empty()
                && crate::signals::tokens::tokens(&names)
                    .iter()
                    .any(|t| POST_META_TOKENS.contains(&t.as_str()))
        })
        .collect();
    let mut count = 0;
    for e in found {
        if !p.is_removed(e) && p.remove(e) {
            count += 1;
        }
    }
    count
}

/// The first h1/h2 repeating the article title goes: the title is shown apart.
fn remove_title_duplicate(p: &mut Pruning, root: u32, title: &str) -> usize {
    if title.is_empty() {
        return 0;
    }
    let doc = p.doc();
    let heading = doc
        .live_elements(root)
        .filter(|&e| matches!(doc.tag(e), "h1" | "h2"))
        .take(3)
        .find(|&h| similar(&doc.text(h), title));
    usize::from(heading.is_some_and(|h| p.remove(h)))
}

/// Two titles are the same when their words mostly coincide.
pub fn similar(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(crate::case::lowercase)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let common = wa.iter().filter(|w| wb.contains(w)).count();
    let shorter = wa.len().min(wb.len()) as f32;
    let longer = wa.len().max(wb.len()) as f32;
    common as f32 / shorter >= 0.9 && shorter / longer >= 0.75
}

fn remove_negative_headings(p: &mut Pruning, root: u32) -> usize {
    let doc = p.doc();
    let bad: Vec<u32> = doc
        .live_elements(root)
        .filter(|&e| matches!(doc.tag(e), "h1" | "h2") && class_weight(doc, e) < 0)
        .collect();
    bad.iter().filter(|&&h| p.remove(h)).count()
}

/// The page's footers ([`in_page_footer`]: `<footer>`, `<address>`,
/// `contentinfo`) among and inside the article's roots, when the rest of the
/// article is prose without them: a page-level `<footer>` that holds most of
/// a short page's text is kept by the clutter pass, and scores or joins as
/// the article does. A story's own `<footer>`, inside an `<article>`, is left
/// to the other rules; so is an article that is all footer (a page written
/// wholly inside one).
fn remove_page_footers(p: &mut Pruning, roots: &[u32]) -> usize {
    let doc = p.doc();
    let mut footers = Vec::new();
    for &root in roots {
        if in_page_footer(doc, root) && !doc.has_ancestor_tag(root, &["article"]) {
            footers.push(root);
        } else {
            footers.extend(page_footers_inside(doc, root));
        }
    }
    if footers.is_empty() {
        return 0;
    }
    let mut without = p.mask.clone();
    footers.iter().for_each(|&f| without.remove(p.view, f));
    let rest = Doc::new(p.view, &without);
    if !roots
        .iter()
        .any(|&r| !rest.is_removed(r) && is_prose(rest, r, &PROSE_SIBLING))
    {
        return 0;
    }
    footers.iter().filter(|&&f| p.remove(f)).count()
}

/// The outermost page footers below `root` that are not a story's own.
fn page_footers_inside(doc: Doc, root: u32) -> Vec<u32> {
    let mut footers = Vec::new();
    let (mut i, end) = (root + 1, doc.end(root));
    while i < end {
        if doc.is_removed(i) {
            i = doc.end(i);
        } else if doc.is_element(i)
            && is_page_footer(doc, i)
            && !doc.has_ancestor_tag(i, &["article"])
        {
            footers.push(i);
            i = doc.end(i);
        } else {
            i += 1;
        }
    }
    footers
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn pruned_text(src: &str) -> String {
        let html = Html::parse_document(src);
        let view = View::build(&html);
        let body = view.body();
        let pruned = prune(&view, Mask::new(&view), &[body], "The Title", true);
        Doc::new(&view, &pruned.mask).text(body)
    }

    #[test]
    fn page_footer_inside_the_article_goes_when_prose_stays() {
        let para = "<p>The green has come through the winter well, and the groundsman asks that nobody plays on it before the opening day.</p>";
        let footer = "<footer><p>Founded in 1921 by the workers of the old tannery, a members' club that welcomes new players.</p></footer>";
        let text = pruned_text(&format!("<body><div>{para}{para}</div>{footer}</body>"));
        assert!(text.contains("The green has") && !text.contains("Founded in 1921"));
        // A story's own footer, and a page written wholly inside its footer, stay.
        let own = pruned_text(&format!(
            "<body><article>{para}{para}{footer}</article></body>"
        ));
        assert!(own.contains("Founded in 1921"));
        let all_footer = pruned_text(&format!("<body><footer>{para}{para}</footer></body>"));
        assert!(all_footer.contains("The green has"));
    }

    #[test]
    fn link_heavy_box_goes_paragraphs_stay() {
        let text = pruned_text(
            "<body><h1>The Title</h1><p>First paragraph of the story, with enough words to be real.</p>\
             <div><a href=/1>One teaser</a> <a href=/2>Two teaser</a></div><p>Second paragraph.</p></body>",
        );
        assert!(!text.contains("The Title"));
        assert!(!text.contains("teaser"));
        assert!(text.contains("Second paragraph."));
    }

    const STORY_PARAGRAPH: &str = "<p>A paragraph of the story that runs on for a while, with commas, names and places in it.</p>";

    #[test]
    fn back_links_legal_bars_and_date_lines_at_the_edges_go() {
        let para = STORY_PARAGRAPH.repeat(4);
        let text = pruned_text(&format!(
            "<body><p>Veröffentlichung: <time datetime=2022-02-02>2. Februar 2022</time></p>{para}\
             <p>Kommentarfeed | Kommentare geschlossen | <a href=/tb>Trackback-URL</a></p>\
             <div><a href=/presse>zurück zur Listenansicht</a></div>\
             <p><a href=/impressum>Impressum</a> | <a href=/datenschutz>Datenschutz</a> | © 2020 Example</p>\
             <p>Informujemy, że korzystamy z cookies.</p></body>"
        ));
        assert!(text.contains("A paragraph of the story"));
        for gone in [
            "Veröffentlichung",
            "Kommentarfeed",
            "Listenansicht",
            "Impressum",
            "cookies",
        ] {
            assert!(!text.contains(gone), "{gone} kept in {text}");
        }
    }

    #[test]
    fn sentences_mentioning_dates_or_going_back_stay() {
        let para = STORY_PARAGRAPH.repeat(4);
        let text = pruned_text(&format!(
            "<body><p>The law passed on <time>2 February 2022</time> after a long and bitter debate in parliament.</p>\
             <p><abbr title=x>ABBR</abbr> <time>today</time></p>{para}\
             <p>Zurück zum Anfang: the minister said the plan would be revised. <a href=/p>Read the plan</a></p></body>"
        ));
        assert!(text.contains("The law passed on") && text.contains("ABBR"));
        assert!(text.contains("Zurück zum Anfang"));
    }

    #[test]
    fn closing_intro_line_goes_only_when_nothing_follows() {
        let para = STORY_PARAGRAPH.repeat(4);
        let gone = pruned_text(&format!(
            "<body>{para}<p>Die Karte zum Abspeichern:</p></body>"
        ));
        assert!(gone.contains("A paragraph of the story") && !gone.contains("Die Karte"));
        let kept = pruned_text(&format!(
            "<body>{para}<p>As usual, the config:</p><pre>set -g mouse on</pre></body>"
        ));
        assert!(kept.contains("As usual, the config:"));
    }

    #[test]
    fn closing_about_box_goes_with_its_loose_text() {
        let para = STORY_PARAGRAPH.repeat(5);
        let text = pruned_text(&format!(
            "<body>{para}<div id=author-description><h2>Über Michael Muster</h2>Lehrer in Freiburg | bloggt gelegentlich</div></body>"
        ));
        assert!(text.contains("A paragraph of the story"));
        assert!(!text.contains("Michael Muster"));
        assert!(!text.contains("bloggt"));
    }

    #[test]
    fn about_heading_opening_a_long_closing_section_stays() {
        let text = pruned_text(&format!(
            "<body>{}<h2>About the study</h2>{}</body>",
            STORY_PARAGRAPH.repeat(2),
            STORY_PARAGRAPH.repeat(6)
        ));
        assert!(text.contains("About the study"));
    }

    #[test]
    fn data_tables_survive() {
        let text = pruned_text(
            "<body><p>Intro.</p><table><thead><tr><th>Name</th><th>Value</th></tr></thead>\
             <tbody><tr><td><a href=/x>Linked</a></td><td>1</td></tr></tbody></table></body>",
        );
        assert!(text.contains("Linked"));
    }

    #[test]
    fn closing_calls_to_action_go() {
        let story = "The council voted on Tuesday to extend the programme for another year, officials said. ".repeat(5);
        let text = pruned_text(&format!(
            "<body><p>{story}</p><p>The minister wrote on Twitter that the decision was final.</p>\
             <p>Follow The Daily Example on Twitter and Instagram @dailyexample.</p>\
             <p>For the latest stories download the Example News app for iOS and Android.</p></body>"
        ));
        assert!(text.contains("wrote on Twitter that the decision was final"));
        assert!(!text.contains("Follow The Daily Example"));
        assert!(!text.contains("Example News app"));
    }

    #[test]
    fn closing_disclaimer_goes() {
        let story =
            "The minister presented the plan for the theatres and museums of the state on Monday. "
                .repeat(5);
        let text = pruned_text(&format!(
            "<body><p>{story}</p><p>This contribution gives the author's view.</p>\
             <p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</p></body>"
        ));
        assert!(text.contains("gives the author's view"));
        assert!(!text.contains("Meinung des Autors"));
    }

    #[test]
    fn opening_affiliate_disclosure_goes() {
        let story = "The airline will join the alliance in March, three months later than planned, executives said. ".repeat(5);
        let text = pruned_text(&format!(
            "<body><p>This post contains references to products from our advertisers. We may receive compensation when you click.</p>\
             <p>{story}</p></body>"
        ));
        assert!(text.contains("join the alliance"));
        assert!(!text.contains("compensation"));
    }

    #[test]
    fn calls_to_action_inside_the_story_stay() {
        let story = "The council voted on Tuesday to extend the programme for another year, officials said. ".repeat(7);
        let text = pruned_text(&format!(
            "<body><p>Follow us on Twitter for updates.</p><p>{story}</p></body>"
        ));
        assert!(text.contains("Follow us on Twitter"));
    }

    #[test]
    fn similar_titles() {
        assert!(similar(
            "USA und Japan stärken Sicherheitszusammenarbeit",
            "USA und Japan stärken Sicherheitszusammenarbeit"
        ));
        assert!(!similar(
            "Spider-Man: a review",
            "A different story entirely"
        ));
    }
}
