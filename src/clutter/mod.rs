//! Finds clutter: page chrome, ads, recommendation and teaser blocks, share
//! bars, comments, newsletter boxes, consent layers. Each removal is kept as a
//! [`Removed`] entry with its kind and a reason a person can read.
//!
//! The stage is a function of the view and a mask: [`silent_mask`] takes out
//! what never reaches a reader (scripts, hidden elements), [`remove_clutter`]
//! judges every element of the rest against the mask it is given and returns
//! a new mask. What it must not touch (the provisional article) is passed in.

mod judge;
mod labels;
mod silent;

use rustc_hash::FxHashMap;
use std::cell::RefCell;

use crate::filters::HostFilters;
use crate::report::{ClutterKind, Removed};
use crate::signals::code::CodeSpans;
use crate::view::{Doc, Mask, View, NONE};
use judge::{judge, judge_by_class, judge_by_data_attributes, ClassMatch};
use labels::{follow_up_blocks, judge_by_label, LabelScratch};
pub use silent::silent_mask;

/// Share of the page's text above which a class/id match alone can't remove a block.
const MOST_OF_PAGE: f32 = 0.5;

/// A decision that a block is clutter: what kind, and why.
struct Removal {
    kind: ClutterKind,
    reason: String,
    /// Whether one of the user's filter rules made it.
    by_user: bool,
}

impl Removal {
    fn new(kind: ClutterKind, reason: String) -> Removal {
        Removal {
            kind,
            reason,
            by_user: false,
        }
    }
}

fn removal(kind: ClutterKind, reason: String) -> Option<Removal> {
    Some(Removal::new(kind, reason))
}

/// How one clutter pass runs.
pub struct Pass<'p> {
    /// Whether weak class/id rules apply: off in the lenient retry, for
    /// pages whose article wears chrome-like class names.
    pub strict: bool,
    /// User filter rules: checked first, they win over everything.
    pub filters: Option<&'p HostFilters>,
    /// The kinds of clutter this pass takes out (`None`: all); blocks of
    /// other kinds stay, and what is inside them is judged on its own. User
    /// rules apply whatever the kinds.
    pub kinds: Option<&'p [ClutterKind]>,
    /// The provisional article (the best-scoring block of the page before
    /// any clutter removal) and its ancestors, sorted: weak signals, ad
    /// tokens, roles and labels cannot remove them.
    pub protected: &'p [u32],
    /// The elements that hold the page's main prose (its best run of
    /// paragraphs as parsed, and its ancestors), sorted: no rule removes
    /// them, whatever their tag, class, role, attributes or label say (an
    /// `<article>` carrying the ad server's targeting data, a never-closed
    /// `navbar` around the whole page). Only the user's rules can.
    pub story: &'p [u32],
}

impl Context<'_, '_> {
    /// Whether element `i` holds the page's main prose (see [`Pass::story`]).
    fn holds_the_story(&self, i: u32) -> bool {
        self.story.binary_search(&i).is_ok()
    }
}

impl Pass<'_> {
    /// Whether the pass takes out the removals judging one element brings:
    /// a user rule always, else when the kind of the element's own removal
    /// (the first) is one of the pass's kinds.
    fn takes(&self, found: &[(u32, Removal)]) -> bool {
        match (self.kinds, found.first()) {
            (Some(kinds), Some((_, first))) => first.by_user || kinds.contains(&first.kind),
            _ => true,
        }
    }
}

/// What the judges of one pass share.
struct Context<'c, 'h> {
    page_text: f32,
    first_text: &'c [u32],
    strict: bool,
    protected: &'c [u32],
    story: &'c [u32],
    /// What the tokens of a class attribute say, per distinct value (pages
    /// repeat the same few class values over thousands of elements).
    classes: RefCell<FxHashMap<&'h str, ClassMatch>>,
    /// Scratch and last result of `labels::opening_label`.
    label: RefCell<LabelScratch>,
}

/// The page after a clutter pass.
#[derive(Clone)]
pub struct Cleared {
    /// The mask with the clutter removed.
    pub mask: Mask,
    /// What was removed, in document order, as reported.
    pub removed: Vec<Removed>,
    /// The same removals by element: where, and what kind.
    pub cuts: Vec<(u32, ClutterKind)>,
}

/// Judges every element below `<body>` against `base` (what the silent pass
/// left) and returns the page with the clutter removed too.
pub fn remove_clutter(view: &View, base: &Mask, pass: &Pass) -> Cleared {
    let doc = Doc::new(view, base);
    let first_text = first_text_nodes(doc);
    let body = view.body();
    let ctx = Context {
        page_text: doc.text_len(body).max(1) as f32,
        first_text: &first_text,
        strict: pass.strict,
        protected: pass.protected,
        story: pass.story,
        classes: RefCell::default(),
        label: RefCell::default(),
    };
    let mut out = Cleared {
        mask: base.clone(),
        removed: Vec::new(),
        cuts: Vec::new(),
    };
    let code = CodeSpans::of(view);
    let end = view.end(body);
    let mut i = body + 1;
    while i < end {
        if out.mask.is_removed(i) {
            i = view.end(i);
            continue;
        }
        if !view.is_element(i) {
            i += 1;
            continue;
        }
        // Code is judged by the user's rules only, and nothing inside it at all.
        let in_code = code.covers(i);
        let found = if in_code {
            user_rule_at(doc, i, pass.filters)
        } else {
            clutter_at(doc, i, &ctx, pass.filters)
        };
        match found.filter(|found| pass.takes(found)) {
            Some(found) => {
                ctx.label.borrow_mut().forget();
                for (j, r) in found {
                    out.record(doc, j, r);
                }
                i = view.end(i);
            }
            None if in_code => i = view.end(i),
            None => i += 1,
        }
    }
    out
}

/// The user's rule that element `i` matches, as the removal it brings.
fn user_rule_at(doc: Doc, i: u32, filters: Option<&HostFilters>) -> Option<Vec<(u32, Removal)>> {
    let rule = filters.and_then(|f| f.matching_rule(doc.view, i))?;
    Some(vec![(
        i,
        Removal {
            kind: ClutterKind::Ad,
            reason: rule.reason(),
            by_user: true,
        },
    )])
}

/// The removals that judging element `i` brings: the element itself, then
/// the ads nested in a chrome block, or the link lists after a label heading.
/// Judged on `doc`, the mask the pass started from: a block's subtree holds
/// nothing the pass removed before reaching it.
fn clutter_at<'h>(
    doc: Doc<'_, 'h>,
    i: u32,
    ctx: &Context<'_, 'h>,
    filters: Option<&HostFilters>,
) -> Option<Vec<(u32, Removal)>> {
    if let Some(found) = user_rule_at(doc, i, filters) {
        return Some(found);
    }
    let v = judge(doc, i, ctx)?;
    let follow_ups = follow_up_blocks(doc, i, v.kind)
        .into_iter()
        .filter(|&next| !ctx.holds_the_story(next));
    let nested = if matches!(v.kind, ClutterKind::Other | ClutterKind::Navigation) {
        nested_ads(doc, i, ctx)
    } else {
        Vec::new()
    };
    let v = if nested.is_empty() {
        refine_other(doc, i, ctx, v)
    } else {
        v
    };
    let mut found = vec![(i, v)];
    found.extend(nested);
    // Named after the kind reported last (the nested ads come after the block).
    let label_kind = found.last().map_or("", |(_, r)| r.kind.name());
    for next in follow_ups {
        let reason = format!("link list under a removed {label_kind} label");
        found.push((next, Removal::new(ClutterKind::Recommendation, reason)));
    }
    Some(found)
}

/// Ads and teasers inside a sidebar or menu block being removed: reported on
/// their own, so that callers hiding only some kinds (in-place mode leaves
/// page chrome alone) still find them.
fn nested_ads<'h>(doc: Doc<'_, 'h>, outer: u32, ctx: &Context<'_, 'h>) -> Vec<(u32, Removal)> {
    let mut found = Vec::new();
    let end = doc.end(outer);
    let mut j = outer + 1;
    while j < end {
        if doc.is_removed(j) {
            j = doc.end(j);
            continue;
        }
        if !doc.is_element(j) {
            j += 1;
            continue;
        }
        // A class of another kind (`widget`) must not hide what the label says ("Trending").
        let found_here = judge_by_class(doc, j, ctx)
            .filter(|v| is_ad_like(v.kind))
            .or_else(|| judge_by_data_attributes(doc, j))
            .or_else(|| judge_by_label(doc, j, ctx))
            .filter(|v| is_ad_like(v.kind));
        match found_here {
            Some(v) => {
                found.push((j, v));
                j = doc.end(j);
            }
            None => j += 1,
        }
    }
    found
}

/// Most text of a block whose own label may name what it is when its tag,
/// class or role only said `Other`: a small `<aside>` opening with "Auch
/// interessant" is a teaser. Larger blocks stay `Other`, and so do blocks
/// holding teasers or ads of their own (those are reported on their own,
/// see [`nested_ads`]).
const REFINE_MAX_TEXT: u32 = 600;

/// The kind a small `Other` block's label gives it. Only the report changes,
/// not the removal: in-place mode hides some kinds only, and must find a
/// teaser box the reader view drops.
fn refine_other<'h>(doc: Doc<'_, 'h>, i: u32, ctx: &Context<'_, 'h>, found: Removal) -> Removal {
    if found.kind != ClutterKind::Other || doc.text_len(i) > REFINE_MAX_TEXT {
        return found;
    }
    match judge_by_label(doc, i, ctx) {
        Some(label) if label.kind != ClutterKind::Other => Removal {
            reason: format!("{}; {}", found.reason, label.reason),
            ..label
        },
        _ => found,
    }
}

/// Kinds reported on their own when they sit inside a chrome block.
fn is_ad_like(kind: ClutterKind) -> bool {
    use ClutterKind::*;
    matches!(kind, Ad | Recommendation | Consent | Newsletter)
}

impl Cleared {
    /// Reports a removal (its length as the pass found it) and applies it.
    fn record(&mut self, doc: Doc, i: u32, r: Removal) {
        self.cuts.push((i, r.kind));
        self.removed.push(Removed {
            kind: r.kind,
            reason: r.reason,
            text_length: doc.text_len(i) as usize,
            selector: doc.css_path(i),
        });
        self.mask.remove(doc.view, i);
    }
}

/// For each node, the index of the first non-blank text node in its subtree.
fn first_text_nodes(doc: Doc) -> Vec<u32> {
    let mut first = vec![NONE; doc.len()];
    for i in (0..doc.len() as u32).rev() {
        if doc.is_removed(i) {
            continue;
        }
        if doc.is_visible_text(i) {
            first[i as usize] = i;
        }
        if let Some(parent) = doc.parent(i).filter(|_| first[i as usize] != NONE) {
            first[parent as usize] = first[i as usize];
        }
    }
    first
}

/// A ratio as "0.94", with integer arithmetic (float formatting would add
/// several kilobytes to the wasm module for three characters).
fn two_decimals(ratio: f32) -> String {
    let hundredths = (ratio.clamp(0.0, 99.0) * 100.0).round() as u32;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// A label as a reason quotes it: at most 60 characters, the first one
/// upper-cased.
fn reason_label(label: &str) -> String {
    let mut s: String = label.chars().take(60).collect();
    if let Some(first) = s.chars().next() {
        s.replace_range(
            ..first.len_utf8(),
            &crate::case::upper_char(first).collect::<String>(),
        );
    }
    s
}
#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    const BODY_PARAGRAPH: &str =
        "<p>Body text of the article that is long enough to be the story of the page.</p>";

    /// The silent pass, the provisional article and one clutter pass, as
    /// an extraction runs them: what was removed and the text that is left.
    fn clutter_of(src: &str, strict: bool) -> (Vec<Removed>, String) {
        let html = Html::parse_document(src);
        let view = View::build(&html);
        let silent = silent_mask(&view);
        let protected = crate::score::provisional_article(Doc::new(&view, &silent));
        let pass = Pass {
            strict,
            filters: None,
            kinds: None,
            protected: &protected,
            story: &[],
        };
        let cleared = remove_clutter(&view, &silent, &pass);
        let text = Doc::new(&view, &cleared.mask).text(view.body());
        (cleared.removed, text)
    }

    fn removed_of(src: &str) -> (Vec<Removed>, String) {
        clutter_of(src, true)
    }

    #[test]
    fn removes_recommendation_block_by_label() {
        let (removed, text) = removed_of(
            "<body><article><p>Body text of the article that is long enough.</p></article>\
             <div><h2>Das könnte Dich auch interessieren</h2><ul><li><a href=/a>Teaser eins</a></li>\
             <li><a href=/b>Teaser zwei</a></li></ul></div></body>",
        );
        assert!(text.contains("Body text"));
        assert!(!text.contains("Teaser"));
        assert_eq!(removed[0].kind, ClutterKind::Recommendation);
        assert!(removed[0].reason.contains("Das könnte"));
    }

    #[test]
    fn content_word_inside_a_related_class_does_not_protect() {
        let teasers = "<li><a href=/t>A teaser headline about something else entirely</a> and a line of summary text</li>".repeat(6);
        let para = BODY_PARAGRAPH.repeat(20);
        let (removed, text) = removed_of(&format!(
            "<body><main><div class=story>{para}</div><section class='relatedlinks relatedlinks--in-Article'><h2>Entdecken</h2><ul>{teasers}</ul></section></main></body>"
        ));
        assert!(text.contains("Body text"));
        assert!(!text.contains("teaser headline"), "{removed:?}");
    }

    #[test]
    fn content_block_part_of_a_chrome_like_class_still_protects() {
        let para = BODY_PARAGRAPH.repeat(8);
        let (_, text) = removed_of(&format!(
            "<body><main><div class='documentContent__sharingContainer'>{para}</div><div class=sidebar><a href=/x>Link</a></div></main></body>"
        ));
        assert!(text.contains("Body text"));
    }

    #[test]
    fn removes_ad_slots_by_class_and_label() {
        let (removed, text) = removed_of(
            "<body><p>Article text here, long enough to be the main part of this small page.</p><div class='ad-slot'>x</div>\
             <div><span>Anzeige</span><a href='https://shop.example'>Jetzt kaufen</a></div></body>",
        );
        assert_eq!(
            text,
            "Article text here, long enough to be the main part of this small page."
        );
        assert!(removed.iter().all(|r| r.kind == ClutterKind::Ad));
        assert_eq!(removed.len(), 2);
    }

    #[test]
    fn keeps_wrapper_holding_most_text_despite_ad_flag() {
        let long = "Lorem ipsum dolor sit amet. ".repeat(20);
        let (_, text) = removed_of(&format!(
            "<body><div class='page has-ads'><p>{long}</p></div></body>"
        ));
        assert!(text.contains("Lorem ipsum"));
    }

    #[test]
    fn content_token_protects_from_weak_rules() {
        let (_, text) =
            removed_of("<body><div class='article-header'><h1>Title</h1></div><p>x</p></body>");
        assert!(text.contains("Title"));
    }

    #[test]
    fn sentence_opening_with_a_label_word_stays_teaser_line_goes() {
        let story =
            "The harbour ferries run their full timetable again from Monday, the authority said. "
                .repeat(4);
        let (removed, text) = removed_of(&format!(
            "<body><article><p>{story}</p><p>Read <a href=/report>the full report of the commission</a> here.</p>\
             <p>Read also: <a href=/other>Ferry fares rise in spring</a></p><p>{story}</p></article></body>"
        ));
        assert!(text.contains("the full report of the commission"));
        assert!(!text.contains("Ferry fares rise"));
        assert_eq!(removed.len(), 1);
    }

    #[test]
    fn figure_captioned_as_an_ad_goes_photo_credit_stays() {
        let para = BODY_PARAGRAPH.repeat(6);
        let (removed, text) = removed_of(&format!(
            "<body><article>{para}<figure><a href=https://shop.example/x><img src=/b.jpg alt=Reklama></a><figcaption>Reklama</figcaption></figure>\
             <figure><img src=/c.jpg><figcaption>The harbour at dawn. Photo: Jan Kowalski</figcaption></figure></article></body>"
        ));
        assert_eq!(removed.len(), 1, "{removed:?}");
        assert_eq!(removed[0].kind, ClutterKind::Ad);
        assert!(text.contains("The harbour at dawn") && !text.contains("Reklama"));
    }

    #[test]
    fn dialogs_go_even_in_the_lenient_pass() {
        let html = "<body><article><p>New York is the epicentre of the pandemic; sport has come to a standstill.</p>\
             <p>The leagues have suspended their seasons, and nobody knows when the games will resume.</p></article>\
             <div class='b-dialog x-dialog-login'><h2>Login</h2><p>Sign in with your account. The password must be eight characters long.</p></div></body>";
        let (_, text) = clutter_of(html, false);
        assert!(
            text.contains("epicentre") && !text.contains("password"),
            "{text}"
        );
    }

    #[test]
    fn heading_naming_another_site_goes_with_its_links() {
        let para = BODY_PARAGRAPH.repeat(6);
        let (removed, text) = removed_of(&format!(
            "<body><article>{para}<h2>Auch auf gofeminin.de</h2><p><a href=/a>20 Kilo abnehmen: mit dieser Strategie</a></p>\
             <p><a href=/b>Endlich schlank mit acht Tipps</a></p><h2>Auch auf dem Land</h2><p>Auch auf dem Land wird gebaut, sagt die Kammer.</p></article></body>"
        ));
        assert!(
            !text.contains("gofeminin") && !text.contains("Endlich schlank"),
            "{removed:?}"
        );
        assert!(text.contains("Auch auf dem Land wird gebaut"));
    }

    #[test]
    fn short_buttons_and_toggles_go_long_button_classed_text_stays() {
        let para = BODY_PARAGRAPH.repeat(6);
        let (_, text) = removed_of(&format!(
            "<body><article>{para}<div class='citation__toggle js-accordion-toggle'>Quellen ausblenden</div>\
             <span class='recipe-jump-button'>Pinnen</span>\
             <div class='button-row'>A longer note that happens to sit in a box styled like a button row.</div></article></body>"
        ));
        assert!(!text.contains("Quellen ausblenden") && !text.contains("Pinnen"));
        assert!(text.contains("A longer note"));
    }

    #[test]
    fn a_pass_of_some_kinds_leaves_the_others_and_judges_inside_them() {
        let html = Html::parse_document(&format!(
            "<body><article>{}</article><section class=comments><p>First comment on the story.</p>\
             <div class=ad-slot>Buy now</div></section></body>",
            BODY_PARAGRAPH.repeat(6)
        ));
        let view = View::build(&html);
        let silent = silent_mask(&view);
        let protected = crate::score::provisional_article(Doc::new(&view, &silent));
        let pass = Pass {
            strict: true,
            filters: None,
            kinds: Some(&[ClutterKind::Ad]),
            protected: &protected,
            story: &[],
        };
        let cleared = remove_clutter(&view, &silent, &pass);
        let text = Doc::new(&view, &cleared.mask).text(view.body());
        assert!(
            text.contains("First comment") && !text.contains("Buy now"),
            "{text}"
        );
        assert!(cleared.removed.iter().all(|r| r.kind == ClutterKind::Ad));
    }

    #[test]
    fn video_iframe_kept_ad_iframe_removed() {
        let (removed, _) = removed_of(
            "<body><iframe src='https://www.youtube.com/embed/x'></iframe>\
             <iframe src='https://ad.doubleclick.net/x'></iframe></body>",
        );
        assert_eq!(removed.len(), 1);
        assert!(removed[0].reason.contains("ad host"));
    }
}
