//! The judges of single elements: by tag, class and id tokens, ARIA role
//! and `data-*` attributes; labels are in `labels`.

use super::labels::judge_by_label;
use super::{reason_label, removal, two_decimals, Context, Removal, MOST_OF_PAGE};
use crate::report::ClutterKind;
use crate::signals::hosts::{self, AD_DATA_ATTRS, AD_HOSTS};
use crate::signals::phrases;
use crate::signals::tokens::{self, Strength};
use crate::signals::{is_prose, PROSE_UNDER_CHROME_CLASS};
use crate::view::Doc;

/// Distinct class values remembered per walk, at most.
const CLASS_CACHE_LIMIT: usize = 4096;

/// The rule a class/id value matches, and whether it also says "content".
#[derive(Clone)]
pub(super) struct ClassMatch {
    rule: Option<(&'static tokens::TokenRule, String)>,
    content: bool,
    /// The class names a button or toggle.
    control: bool,
}

impl ClassMatch {
    fn of(names: &str) -> ClassMatch {
        let words = tokens::tokens(names);
        let rule = tokens::match_tokens(&words);
        let pieces = || {
            names
                .split_whitespace()
                .filter_map(|w| w.split("--").next())
                .flat_map(|w| w.split("__"))
        };
        let content =
            tokens::has_content_token(&words) && (rule.is_none() || pieces().any(says_content));
        let control = words
            .iter()
            .any(|t| tokens::CONTROL_TOKENS.contains(&t.as_str()));
        ClassMatch {
            rule,
            content,
            control,
        }
    }
}

/// Whether one class name (BEM modifiers cut off) says "content":
/// `article-header` and `documentContent__share` do (a part of the
/// article), `related-articles` and `relatedlinks--in-Article` don't (a
/// related block, wherever it sits).
fn says_content(word: &str) -> bool {
    let words = tokens::tokens(word);
    tokens::has_content_token(&words)
        && tokens::match_tokens(&words)
            .is_none_or(|(r, _)| matches!(r.kind, ClutterKind::Navigation | ClutterKind::Other))
}

/// Decides whether element `i` is clutter, trying the cheapest signals first.
pub(super) fn judge<'c>(doc: Doc<'_, 'c>, i: u32, ctx: &Context<'_, 'c>) -> Option<Removal> {
    let tag = doc.tag(i);
    if matches!(tag, "html" | "body" | "main") || ctx.holds_the_story(i) {
        return None;
    }
    let verdict = judge_by_tag(doc, i, ctx)
        .or_else(|| {
            if tag == "article" {
                None
            } else {
                judge_by_class(doc, i, ctx)
            }
        })
        .or_else(|| judge_by_role(doc, i))
        .or_else(|| judge_by_data_attributes(doc, i))
        .or_else(|| judge_by_label(doc, i, ctx))?;
    let protectable = !matches!(
        verdict.kind,
        ClutterKind::Comments
            | ClutterKind::Consent
            | ClutterKind::Newsletter
            | ClutterKind::Social
    );
    if protectable && ctx.protected.binary_search(&i).is_ok() {
        return None;
    }
    Some(verdict)
}

pub(super) fn share_of_page(doc: Doc, i: u32, ctx: &Context) -> f32 {
    doc.text_len(i) as f32 / ctx.page_text
}

fn inside_article(doc: Doc, i: u32) -> bool {
    doc.is_fragment() || doc.has_ancestor_tag(i, &["article", "main"])
}

fn judge_by_tag(doc: Doc, i: u32, ctx: &Context) -> Option<Removal> {
    use ClutterKind::*;
    match doc.tag(i) {
        "nav" => removal(Navigation, "<nav> element".into()),
        "aside" if !inside_article(doc, i) || doc.link_density(i) > 0.3 => removal(
            Other,
            format!(
                "<aside> outside the article body, link density {}",
                two_decimals(doc.link_density(i))
            ),
        ),
        "footer" if share_of_page(doc, i, ctx) < MOST_OF_PAGE => {
            removal(Navigation, "<footer> element".into())
        }
        "header" if is_chrome_header(doc, i) => removal(
            Navigation,
            format!(
                "page <header> without headline, link density {}",
                two_decimals(doc.link_density(i))
            ),
        ),
        "iframe" => judge_iframe(doc, i),
        "figure" => judge_figure(doc, i),
        "form" if doc.text_len(i) < 400 => {
            removal(form_kind(doc, i), "form with little text".into())
        }
        _ => None,
    }
}

/// A `<header>` that holds navigation rather than the article's headline.
fn is_chrome_header(doc: Doc, i: u32) -> bool {
    let has_headline = doc.live_elements(i).any(|e| doc.tag(e) == "h1");
    !has_headline
        && (doc.link_density(i) > 0.5 || doc.live_elements(i).any(|e| doc.tag(e) == "nav"))
}

fn form_kind(doc: Doc, i: u32) -> ClutterKind {
    let text = crate::case::lowercase(&doc.text_prefix(i, 300));
    let class = crate::case::lowercase(&doc.class_and_id(i));
    if ["newsletter", "subscribe", "abonn", "anmelden", "sign up"]
        .iter()
        .any(|w| text.contains(w) || class.contains(w))
    {
        ClutterKind::Newsletter
    } else if class.contains("search") || text.contains("search") || text.contains("suche") {
        ClutterKind::Navigation
    } else {
        ClutterKind::Other
    }
}

/// A picture captioned "Anzeige" or "Reklama" is an ad.
fn judge_figure(doc: Doc, i: u32) -> Option<Removal> {
    let caption = doc.live_elements(i).find(|&e| doc.tag(e) == "figcaption")?;
    if doc.text_len(caption) > 40 {
        return None;
    }
    let label = phrases::normalise_label(&doc.text(caption));
    let entry = phrases::matching_label(&label, phrases::AD_LABELS, false)?;
    removal(
        ClutterKind::Ad,
        format!("figure captioned '{}'", reason_label(entry)),
    )
}

fn judge_iframe(doc: Doc, i: u32) -> Option<Removal> {
    let src = doc
        .attr(i, "src")
        .or_else(|| doc.attr(i, "data-src"))
        .unwrap_or("");
    if hosts::url_matches_host(src, AD_HOSTS) {
        return removal(
            ClutterKind::Ad,
            format!("iframe from a known ad host ({})", host_of(src)),
        );
    }
    if hosts::is_content_embed(src) {
        return None;
    }
    let what = if src.is_empty() {
        "an iframe without source".to_string()
    } else {
        format!("iframe from {}", host_of(src))
    };
    removal(ClutterKind::Other, what)
}

fn host_of(url: &str) -> &str {
    let rest = url.split_once("//").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

fn judge_by_role(doc: Doc, i: u32) -> Option<Removal> {
    let role = doc.attr(i, "role")?.trim().to_ascii_lowercase();
    let kind = tokens::role_kind(&role)?;
    if role == "complementary" && inside_article(doc, i) && doc.link_density(i) < 0.3 {
        return None;
    }
    removal(kind, format!("role=\"{role}\""))
}

/// The class/id match of an element: looked up by class value when the element
/// has no id, worked out afresh otherwise (ids are mostly unique).
fn class_match<'c>(doc: Doc<'_, 'c>, i: u32, ctx: &Context<'_, 'c>) -> Option<ClassMatch> {
    let class = doc.attr(i, "class");
    let id = doc.attr(i, "id");
    if class.is_none_or(|c| c.trim().is_empty()) && id.is_none_or(|d| d.trim().is_empty()) {
        return None;
    }
    let (Some(class), None) = (class, id) else {
        return Some(ClassMatch::of(&doc.class_and_id(i)));
    };
    let mut cache = ctx.classes.borrow_mut();
    if let Some(found) = cache.get(class) {
        return Some(found.clone());
    }
    let found = ClassMatch::of(class);
    if cache.len() < CLASS_CACHE_LIMIT {
        cache.insert(class, found.clone());
    }
    Some(found)
}

pub(super) fn judge_by_class<'c>(
    doc: Doc<'_, 'c>,
    i: u32,
    ctx: &Context<'_, 'c>,
) -> Option<Removal> {
    let ClassMatch {
        rule,
        content,
        control,
    } = class_match(doc, i, ctx)?;
    if control && is_control(doc, i) {
        return removal(
            ClutterKind::Other,
            "page control (a short button or toggle)".into(),
        );
    }
    let (rule, token) = rule?;
    let tag = doc.tag(i);
    // A heading is the article's own outline: a class naming navigation on
    // it is a theme's style (a sticky-navbar anchor offset, `toc-heading`);
    // a real menu is the block around the heading, judged on its own.
    if rule.kind == ClutterKind::Navigation
        && matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
    {
        return None;
    }
    if rule.kind != ClutterKind::Comments && share_of_page(doc, i, ctx) >= MOST_OF_PAGE {
        return None;
    }
    let substantial = doc.text_len(i) >= 500;
    if substantial && rule.kind != ClutterKind::Comments && content {
        return None;
    }
    if matches!(rule.kind, ClutterKind::Other | ClutterKind::Navigation)
        && is_prose(doc, i, &PROSE_UNDER_CHROME_CLASS)
    {
        return None;
    }
    if rule.strength == Strength::Weak
        && (!ctx.strict || content || ctx.protected.binary_search(&i).is_ok())
    {
        return None;
    }
    if matches!(tag, "a" | "img" | "picture" | "figure" | "li" | "td" | "tr")
        && rule.strength == Strength::Weak
    {
        return None;
    }
    removal(
        rule.kind,
        format!(
            "class/id `{token}` matches {} pattern `{}`",
            pattern_label(rule.kind),
            rule.pattern
        ),
    )
}

/// What a reason calls the token rules of a kind.
fn pattern_label(kind: ClutterKind) -> &'static str {
    match kind {
        ClutterKind::Ad => "ad",
        ClutterKind::Recommendation => "recommendation",
        ClutterKind::Navigation => "navigation",
        ClutterKind::Social => "share/social",
        ClutterKind::Comments => "comments",
        ClutterKind::Newsletter => "newsletter",
        ClutterKind::Consent => "consent",
        ClutterKind::Other => "page-chrome",
    }
}

/// Most text of a page control (a button or toggle).
const CONTROL_MAX_LEN: u32 = 40;

/// A button or toggle of the page ("Quellen ausblenden", "Apply now"): an
/// element classed as one, with short text.
fn is_control(doc: Doc, i: u32) -> bool {
    (1..=CONTROL_MAX_LEN).contains(&doc.text_len(i))
}

pub(super) fn judge_by_data_attributes(doc: Doc, i: u32) -> Option<Removal> {
    doc.attrs(i).find_map(|(name, _)| {
        let rest = name.strip_prefix("data-")?;
        let first = rest.split('-').next().unwrap_or(rest).replace('-', "_");
        let whole = rest.replace('-', "_");
        let hit = AD_DATA_ATTRS.iter().any(|a| *a == first || *a == whole);
        hit.then(|| {
            Removal::new(
                ClutterKind::Ad,
                format!("attribute `{name}` marks an ad slot"),
            )
        })
    })
}
