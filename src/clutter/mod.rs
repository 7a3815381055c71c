//! Finds and removes clutter: page chrome, ads, recommendation and teaser blocks,
//! share bars, comments, newsletter boxes, consent layers. Each removal is kept
//! as a [`Removed`] entry with its kind and a reason a person can read.

pub mod filters;
pub mod patterns;

use std::cell::RefCell;
use std::collections::HashMap;

use serde::Serialize;

use crate::dom::{is_heading_tag, Dom, NONE};
use patterns::{Strength, AD_DATA_ATTRS, AD_HOSTS, EMBED_HOSTS};

/// What a removed block was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClutterKind {
    Ad,
    Recommendation,
    Navigation,
    Social,
    Comments,
    Newsletter,
    Consent,
    Other,
}

impl ClutterKind {
    pub fn name(self) -> &'static str {
        match self {
            ClutterKind::Ad => "ad",
            ClutterKind::Recommendation => "recommendation",
            ClutterKind::Navigation => "navigation",
            ClutterKind::Social => "social",
            ClutterKind::Comments => "comments",
            ClutterKind::Newsletter => "newsletter",
            ClutterKind::Consent => "consent",
            ClutterKind::Other => "other",
        }
    }
}

/// A block taken out of the page.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Removed {
    pub kind: ClutterKind,
    pub reason: String,
    pub text_length: usize,
    /// CSS path of the element in the parsed page.
    pub selector: String,
}

/// Tags whose content never reaches the reader and needs no report.
const SILENT_TAGS: &[&str] = &[
    "script", "style", "template", "link", "meta", "noscript", "button", "input", "select",
    "textarea", "option", "object", "embed", "applet", "dialog", "base", "frame", "frameset",
];

/// Share of the page's text above which a class/id match alone can't remove a block.
const MOST_OF_PAGE: f32 = 0.5;

/// A decision about one element.
struct Verdict {
    kind: ClutterKind,
    reason: String,
}

fn verdict(kind: ClutterKind, reason: String) -> Option<Verdict> {
    Some(Verdict { kind, reason })
}

/// Removes clutter from the tree and returns what was removed, in document order.
/// With `strict` off, weak class/id rules are skipped (a retry for pages whose
/// article wears chrome-like class names).
/// User filter rules (`filters`) are checked first and win over everything.
pub fn remove_clutter(
    dom: &mut Dom,
    strict: bool,
    filters: Option<&filters::HostFilters>,
) -> Vec<Removed> {
    // A later attempt with the same rules over the untouched page gets the same answer.
    let key = (
        strict,
        filters.map_or(0, |f| f as *const filters::HostFilters as usize),
    );
    let untouched = !dom.removed.contains(&true);
    if let Some(memo) = dom
        .clutter_memo
        .as_ref()
        .filter(|m| untouched && m.key == key && m.replays(dom))
    {
        dom.removed.copy_from_slice(&memo.removed);
        let removed = memo.result.clone();
        dom.compute_lengths();
        return removed;
    }
    let mut probes = Vec::new();
    let removed = clutter_pass(dom, strict, filters, &mut probes);
    if untouched && dom.clutter_memo.is_none() && removed.len() <= MEMO_MAX_REMOVED {
        dom.clutter_memo = Some(Memo {
            key,
            probes,
            removed: dom.removed.clone(),
            result: removed.clone(),
        });
    }
    removed
}

/// Longest list of removals kept for a replay: a page with thousands of ad
/// slots would otherwise hold a second copy of their reports.
const MEMO_MAX_REMOVED: usize = 1024;

/// A clutter pass: its rules, and what it removed from the untouched page.
pub struct Memo {
    /// Strictness, and the address of the filters (they live through one extraction).
    key: (bool, usize),
    /// The `aria-hidden` elements whose silent removal hung on their text
    /// length, and the answer. The silent pass reads the lengths the previous
    /// attempt left, so a later pass is a replay only when these answers hold.
    probes: Vec<(u32, bool)>,
    removed: Vec<bool>,
    result: Vec<Removed>,
}

impl Memo {
    fn replays(&self, dom: &Dom) -> bool {
        self.probes
            .iter()
            .all(|&(i, small)| (dom.text_len[i as usize] < SMALL_HIDDEN) == small)
    }
}

fn clutter_pass(
    dom: &mut Dom,
    strict: bool,
    filters: Option<&filters::HostFilters>,
    probes: &mut Vec<(u32, bool)>,
) -> Vec<Removed> {
    remove_silent(dom, probes);
    dom.compute_lengths();
    let first_text = first_text_nodes(dom);
    let body = dom.body();
    let protected = match &dom.likely_article {
        Some(path) => path.clone(),
        None => {
            let path = likely_article_path(dom);
            dom.likely_article = Some(path.clone());
            path
        }
    };
    let page_text = dom.text_len[body as usize].max(1) as f32;
    let ctx = Context {
        page_text,
        first_text: &first_text,
        strict,
        protected: &protected,
        classes: RefCell::default(),
        label: RefCell::default(),
    };
    let mut removed = Vec::new();
    let end = dom.end(body);
    let mut i = body + 1;
    while i < end {
        if let Some(next) = skip_unjudged(dom, i) {
            i = next;
            continue;
        }
        if let Some(rule) = filters.and_then(|f| f.matching_rule(dom, i)) {
            ctx.label.borrow_mut().key = None;
            record(
                dom,
                i,
                Verdict {
                    kind: ClutterKind::Ad,
                    reason: rule.reason(),
                },
                &mut removed,
            );
            i = dom.end(i);
            continue;
        }
        match judge(dom, i, &ctx) {
            Some(v) => {
                let extra = follow_up_blocks(dom, i, v.kind);
                let nested = if matches!(v.kind, ClutterKind::Other | ClutterKind::Navigation) {
                    nested_ads(dom, i, &ctx)
                } else {
                    Vec::new()
                };
                let v = if nested.is_empty() {
                    refine_other(dom, i, &ctx, v)
                } else {
                    v
                };
                ctx.label.borrow_mut().key = None;
                record(dom, i, v, &mut removed);
                for (j, verdict) in nested {
                    record(dom, j, verdict, &mut removed);
                }
                let label_kind = removed.last().map_or("", |r: &Removed| r.kind.name());
                for next in extra {
                    let reason = format!("link list under a removed {label_kind} label");
                    record(
                        dom,
                        next,
                        Verdict {
                            kind: ClutterKind::Recommendation,
                            reason,
                        },
                        &mut removed,
                    );
                }
                i = dom.end(i);
            }
            None => i += 1,
        }
    }
    dom.compute_lengths();
    removed
}

/// Where a walk goes on from a node it doesn't judge: past a removed
/// subtree, or to the next node after a text node; `None` for a live element.
fn skip_unjudged(dom: &Dom, i: u32) -> Option<u32> {
    if dom.removed[i as usize] {
        Some(dom.end(i))
    } else {
        (!dom.is_element(i)).then_some(i + 1)
    }
}

/// Ads and teasers inside a sidebar or menu block being removed: reported on
/// their own, so that callers hiding only some kinds (in-place mode leaves
/// page chrome alone) still find them.
fn nested_ads<'c>(dom: &Dom<'c>, outer: u32, ctx: &Context<'c>) -> Vec<(u32, Verdict)> {
    let mut found = Vec::new();
    let end = dom.end(outer);
    let mut j = outer + 1;
    while j < end {
        if let Some(next) = skip_unjudged(dom, j) {
            j = next;
            continue;
        }
        // A class of another kind (`widget`) must not hide what the label says ("Trending").
        let verdict = judge_by_class(dom, j, ctx)
            .filter(is_nested_clutter)
            .or_else(|| judge_by_data_attributes(dom, j))
            .or_else(|| judge_by_label(dom, j, ctx));
        match verdict.filter(is_nested_clutter) {
            Some(v) => {
                found.push((j, v));
                j = dom.end(j);
            }
            None => j += 1,
        }
    }
    found
}

fn record(dom: &mut Dom, i: u32, v: Verdict, removed: &mut Vec<Removed>) {
    removed.push(Removed {
        kind: v.kind,
        reason: v.reason,
        text_length: dom.text_len[i as usize] as usize,
        selector: dom.css_path(i),
    });
    dom.remove(i);
}

/// Scripts, styles, form controls and hidden elements go without a report.
/// `probes` gets the elements whose answer hung on their text length.
fn remove_silent(dom: &mut Dom, probes: &mut Vec<(u32, bool)>) {
    let mut i = 0;
    while (i as usize) < dom.len() {
        if dom.is_element(i)
            && !dom.removed[i as usize]
            && (SILENT_TAGS.contains(&dom.tag(i)) || hidden(dom, i, probes))
        {
            dom.remove(i);
            i = dom.end(i);
        } else {
            i += 1;
        }
    }
}

/// Hidden by attribute or inline style (the page's own CSS is not evaluated).
/// `aria-hidden` alone hides only small things: pages put it on decorative
/// duplicates, and sometimes wrongly on their whole content.
pub fn is_hidden(dom: &Dom, i: u32) -> bool {
    hidden(dom, i, &mut Vec::new())
}

/// Text length below which `aria-hidden` hides an element.
const SMALL_HIDDEN: u32 = 200;

/// [`is_hidden`], noting in `probes` when the answer hung on the text length.
fn hidden(dom: &Dom, i: u32, probes: &mut Vec<(u32, bool)>) -> bool {
    let tag = dom.tag(i);
    if tag.is_empty() || matches!(tag, "html" | "body") {
        return false;
    }
    if dom.attr(i, "hidden").is_some() {
        return true;
    }
    if dom.attr(i, "aria-hidden") == Some("true")
        && !matches!(tag, "img" | "picture" | "svg" | "figure")
    {
        let class = dom.attr(i, "class").unwrap_or("");
        if !class.contains("fallback-image") {
            let small = dom.text_len[i as usize] < SMALL_HIDDEN;
            probes.push((i, small));
            if small {
                return true;
            }
        }
    }
    dom.attr(i, "style").is_some_and(style_hides)
}

/// Whether an inline style sets `display: none` or `visibility: hidden`
/// (custom properties such as `--footer-display: none` don't count).
fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else {
            return false;
        };
        let prop = prop.trim().to_ascii_lowercase();
        let value = value.trim().to_ascii_lowercase();
        (prop == "display" && value.starts_with("none"))
            || (prop == "visibility" && value.starts_with("hidden"))
    })
}

/// For each node, the index of the first non-blank text node in its subtree.
fn first_text_nodes(dom: &Dom) -> Vec<u32> {
    let mut first = vec![NONE; dom.len()];
    for i in (0..dom.len()).rev() {
        if dom.removed[i] {
            continue;
        }
        if dom.is_visible_text(i as u32) {
            first[i] = i as u32;
        }
        let parent = dom.nodes[i].parent;
        if first[i] != NONE && parent != NONE {
            first[parent as usize] = first[i];
        }
    }
    first
}

struct Context<'c> {
    page_text: f32,
    first_text: &'c [u32],
    strict: bool,
    /// The best-scoring block before any removal and its ancestors: weak
    /// signals (chrome-like class names, page-level tags) can't remove them.
    protected: &'c [u32],
    /// What the tokens of a class attribute say, per distinct value (pages
    /// repeat the same few class values over thousands of elements).
    classes: RefCell<HashMap<&'c str, ClassMatch>>,
    /// Scratch and last result of [`opening_label`].
    label: RefCell<LabelScratch>,
}

/// Distinct class values remembered per walk, at most.
const CLASS_CACHE_LIMIT: usize = 4096;

/// The rule a class/id value matches, and whether it also says "content".
#[derive(Clone)]
struct ClassMatch {
    rule: Option<(&'static patterns::TokenRule, String)>,
    content: bool,
    /// The class names a button or toggle.
    control: bool,
}

impl ClassMatch {
    fn of(names: &str) -> ClassMatch {
        let tokens = patterns::tokens(names);
        let rule = patterns::match_tokens(&tokens);
        let pieces = || {
            names
                .split_whitespace()
                .filter_map(|w| w.split("--").next())
                .flat_map(|w| w.split("__"))
        };
        let content =
            patterns::has_content_token(&tokens) && (rule.is_none() || pieces().any(says_content));
        let control = tokens
            .iter()
            .any(|t| patterns::CONTROL_TOKENS.contains(&t.as_str()));
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
    let tokens = patterns::tokens(word);
    patterns::has_content_token(&tokens)
        && patterns::match_tokens(&tokens)
            .is_none_or(|(r, _)| matches!(r.kind, ClutterKind::Navigation | ClutterKind::Other))
}

/// The label read last, kept for the next element: nested wrappers open with
/// the same text, which is then read once.
#[derive(Default)]
struct LabelScratch {
    /// Where the label was read: a text node (`false`), or the text prefix of
    /// a holder element (`true`).
    key: Option<(u32, bool)>,
    /// The label found there.
    found: Option<String>,
    raw: String,
}

/// The path from the document to the block that scores best on the raw page.
fn likely_article_path(dom: &Dom) -> Vec<u32> {
    let Some(selection) = crate::score::find_article(dom, false) else {
        return Vec::new();
    };
    let top = selection.top;
    if dom.text_len[top as usize] < 200 {
        return Vec::new();
    }
    let mut path: Vec<u32> = std::iter::once(top).chain(dom.ancestors(top)).collect();
    path.sort_unstable();
    path
}

/// Decides whether element `i` is clutter, trying the cheapest signals first.
fn judge<'c>(dom: &Dom<'c>, i: u32, ctx: &Context<'c>) -> Option<Verdict> {
    let tag = dom.tag(i);
    if matches!(tag, "html" | "body" | "main") {
        return None;
    }
    let verdict = judge_by_tag(dom, i, ctx)
        .or_else(|| {
            if tag == "article" {
                None
            } else {
                judge_by_class(dom, i, ctx)
            }
        })
        .or_else(|| judge_by_role(dom, i))
        .or_else(|| judge_by_data_attributes(dom, i))
        .or_else(|| judge_by_label(dom, i, ctx))?;
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

/// Most text of a block whose own label may name what it is when its tag, class or role only
/// said `Other`: a small `<aside>` opening with "Auch interessant" is a teaser. Larger blocks
/// stay `Other`, and so do blocks holding teasers or ads of their own (a sidebar opening with
/// "Anzeige" over a "Meistgelesen" list): those are reported on their own ([`nested_ads`]).
const REFINE_MAX_TEXT: u32 = 600;

/// The kind a small `Other` block's label gives it. Only the report changes, not the removal:
/// in-place mode hides some kinds only, and must find a teaser box the reader view drops.
fn refine_other<'c>(dom: &Dom<'c>, i: u32, ctx: &Context<'c>, verdict: Verdict) -> Verdict {
    if verdict.kind != ClutterKind::Other || dom.text_len[i as usize] > REFINE_MAX_TEXT {
        return verdict;
    }
    match judge_by_label(dom, i, ctx) {
        Some(label) if label.kind != ClutterKind::Other => Verdict {
            kind: label.kind,
            reason: format!("{}; {}", verdict.reason, label.reason),
        },
        _ => verdict,
    }
}

/// The kinds [`nested_ads`] reports inside a removed sidebar or menu.
fn is_nested_clutter(verdict: &Verdict) -> bool {
    matches!(
        verdict.kind,
        ClutterKind::Ad
            | ClutterKind::Recommendation
            | ClutterKind::Consent
            | ClutterKind::Newsletter
    )
}

fn share_of_page(dom: &Dom, i: u32, ctx: &Context) -> f32 {
    dom.text_len[i as usize] as f32 / ctx.page_text
}

fn inside_article(dom: &Dom, i: u32) -> bool {
    dom.fragment || dom.has_ancestor_tag(i, &["article", "main"])
}

fn judge_by_tag(dom: &Dom, i: u32, ctx: &Context) -> Option<Verdict> {
    use ClutterKind::*;
    match dom.tag(i) {
        "nav" => verdict(Navigation, "<nav> element".into()),
        "aside" if !inside_article(dom, i) || dom.link_density(i) > 0.3 => verdict(
            Other,
            format!(
                "<aside> outside the article body, link density {}",
                two_decimals(dom.link_density(i))
            ),
        ),
        "footer" if share_of_page(dom, i, ctx) < MOST_OF_PAGE => {
            verdict(Navigation, "<footer> element".into())
        }
        "header" if is_chrome_header(dom, i) => verdict(
            Navigation,
            format!(
                "page <header> without headline, link density {}",
                two_decimals(dom.link_density(i))
            ),
        ),
        "iframe" => judge_iframe(dom, i),
        "figure" => judge_figure(dom, i),
        "form" if dom.text_len[i as usize] < 400 => {
            verdict(form_kind(dom, i), "form with little text".into())
        }
        _ => None,
    }
}

/// A `<header>` that holds navigation rather than the article's headline.
fn is_chrome_header(dom: &Dom, i: u32) -> bool {
    let has_headline = dom.live_elements(i).any(|e| dom.tag(e) == "h1");
    !has_headline
        && (dom.link_density(i) > 0.5 || dom.live_elements(i).any(|e| dom.tag(e) == "nav"))
}

fn form_kind(dom: &Dom, i: u32) -> ClutterKind {
    let text = dom.text_prefix(i, 300).to_lowercase();
    let class = dom.class_and_id(i).to_lowercase();
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
fn judge_figure(dom: &Dom, i: u32) -> Option<Verdict> {
    let caption = dom.live_elements(i).find(|&e| dom.tag(e) == "figcaption")?;
    if dom.text_len[caption as usize] > 40 {
        return None;
    }
    let label = patterns::normalise_label(&dom.text(caption));
    let entry = patterns::matching_label(&label, patterns::AD_LABELS, false)?;
    verdict(
        ClutterKind::Ad,
        format!("figure captioned '{}'", shown(entry)),
    )
}

fn judge_iframe(dom: &Dom, i: u32) -> Option<Verdict> {
    let src = dom
        .attr(i, "src")
        .or_else(|| dom.attr(i, "data-src"))
        .unwrap_or("");
    if patterns::url_matches_host(src, AD_HOSTS) {
        return verdict(
            ClutterKind::Ad,
            format!("iframe from a known ad host ({})", host_of(src)),
        );
    }
    if patterns::url_matches_host(src, EMBED_HOSTS) {
        return None;
    }
    let what = if src.is_empty() {
        "an iframe without source".to_string()
    } else {
        format!("iframe from {}", host_of(src))
    };
    verdict(ClutterKind::Other, what)
}

fn host_of(url: &str) -> &str {
    let rest = url.split_once("//").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

fn judge_by_role(dom: &Dom, i: u32) -> Option<Verdict> {
    let role = dom.attr(i, "role")?.trim().to_ascii_lowercase();
    let kind = patterns::role_kind(&role)?;
    if role == "complementary" && inside_article(dom, i) && dom.link_density(i) < 0.3 {
        return None;
    }
    verdict(kind, format!("role=\"{role}\""))
}

/// The class/id match of an element: looked up by class value when the element
/// has no id, worked out afresh otherwise (ids are mostly unique).
fn class_match<'c>(dom: &Dom<'c>, i: u32, ctx: &Context<'c>) -> Option<ClassMatch> {
    let class = dom.attr(i, "class");
    let id = dom.attr(i, "id");
    if class.is_none_or(|c| c.trim().is_empty()) && id.is_none_or(|d| d.trim().is_empty()) {
        return None;
    }
    let (Some(class), None) = (class, id) else {
        return Some(ClassMatch::of(&dom.class_and_id(i)));
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

fn judge_by_class<'c>(dom: &Dom<'c>, i: u32, ctx: &Context<'c>) -> Option<Verdict> {
    let ClassMatch {
        rule,
        content,
        control,
    } = class_match(dom, i, ctx)?;
    if control && is_control(dom, i) {
        return verdict(
            ClutterKind::Other,
            "page control (a short button or toggle)".into(),
        );
    }
    let (rule, token) = rule?;
    let tag = dom.tag(i);
    if rule.kind != ClutterKind::Comments && share_of_page(dom, i, ctx) >= MOST_OF_PAGE {
        return None;
    }
    let substantial = dom.text_len[i as usize] >= 500;
    if substantial && rule.kind != ClutterKind::Comments && content {
        return None;
    }
    if matches!(rule.kind, ClutterKind::Other | ClutterKind::Navigation) && looks_like_prose(dom, i)
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
    let label = match rule.kind {
        ClutterKind::Ad => "ad",
        ClutterKind::Recommendation => "recommendation",
        ClutterKind::Navigation => "navigation",
        ClutterKind::Social => "share/social",
        ClutterKind::Comments => "comments",
        ClutterKind::Newsletter => "newsletter",
        ClutterKind::Consent => "consent",
        ClutterKind::Other => "page-chrome",
    };
    verdict(
        rule.kind,
        format!(
            "class/id `{token}` matches {label} pattern `{}`",
            rule.pattern
        ),
    )
}

/// Most text of a page control (a button or toggle).
const CONTROL_MAX_LEN: u32 = 40;

/// A button or toggle of the page ("Quellen ausblenden", "Apply now"): an
/// element classed as one, with short text.
fn is_control(dom: &Dom, i: u32) -> bool {
    (1..=CONTROL_MAX_LEN).contains(&dom.text_len[i as usize])
}

/// Paragraphs of running text with few links: what an article is made of. A
/// block like that wearing a chrome-like class (`paywall`, `noprint`,
/// `sidebar-wrapper`) is kept.
pub(crate) fn looks_like_prose(dom: &Dom, i: u32) -> bool {
    if dom.link_density(i) >= 0.25 || dom.text_len[i as usize] < 300 {
        return false;
    }
    dom.live_elements(i)
        .filter(|&e| {
            dom.tag(e) == "p" && dom.text_len[e as usize] >= 80 && dom.link_density(e) < 0.3
        })
        .take(2)
        .count()
        >= 2
}

fn judge_by_data_attributes(dom: &Dom, i: u32) -> Option<Verdict> {
    dom.attrs(i).find_map(|(name, _)| {
        let rest = name.strip_prefix("data-")?;
        let first = rest.split('-').next().unwrap_or(rest).replace('-', "_");
        let whole = rest.replace('-', "_");
        let hit = AD_DATA_ATTRS.iter().any(|a| *a == first || *a == whole);
        hit.then(|| Verdict {
            kind: ClutterKind::Ad,
            reason: format!("attribute `{name}` marks an ad slot"),
        })
    })
}

/// The label a block opens with: the text of the element around its first
/// text node (in `scratch`, which also keeps it for the next element), the
/// text it was read from, and whether that text opens a sentence.
fn opening_label<'s, 'a: 's>(
    dom: &Dom<'a>,
    i: u32,
    ctx: &Context,
    scratch: &'s mut LabelScratch,
) -> Option<(&'s str, &'s str, bool)> {
    let t = ctx.first_text[i as usize];
    if t == NONE || dom.removed[t as usize] {
        return None;
    }
    let holder = dom.parent(t).unwrap_or(i);
    let key = if holder == i {
        (t, false)
    } else {
        (holder, true)
    };
    if scratch.key != Some(key) {
        // Every character that is not decoration stays in the label: past
        // MAX_LABEL_CHARS of them the rest of the text needs no reading.
        let mut kept = 0;
        let short = holder == i
            || dom.text_prefix_while(holder, 160, &mut scratch.raw, |text| {
                kept += text
                    .chars()
                    .filter(|&c| !patterns::is_label_decoration(c))
                    .take(MAX_LABEL_CHARS + 1 - kept)
                    .count();
                kept <= MAX_LABEL_CHARS
            });
        let raw = if holder == i {
            dom.text_node(t).unwrap_or("")
        } else {
            scratch.raw.trim()
        };
        scratch.found = if short { label_of(raw) } else { None };
        scratch.key = Some(key);
    }
    let raw = if holder == i {
        dom.text_node(t).unwrap_or("")
    } else {
        scratch.raw.trim()
    };
    let opens_sentence =
        holder == i && !is_heading_tag(dom.tag(i)) && starts_a_sentence(dom, t, raw);
    scratch
        .found
        .as_deref()
        .map(|label| (label, raw, opens_sentence))
}

/// Whether a block's first text runs on into a link or more text
/// ("Read <a>the report</a> here") with no colon or other separator ending it
/// ("Lea también: <a>…</a>"): then only a label of several words counts.
fn starts_a_sentence(dom: &Dom, text_node: u32, raw: &str) -> bool {
    let next = text_node + 1;
    let inline_follows = (next as usize) < dom.len()
        && dom.parent(next) == dom.parent(text_node)
        && (dom.text_node(next).is_some()
            || matches!(
                dom.tag(next),
                "a" | "span"
                    | "em"
                    | "strong"
                    | "b"
                    | "i"
                    | "u"
                    | "mark"
                    | "small"
                    | "abbr"
                    | "code"
            ));
    inline_follows
        && !raw
            .trim_end()
            .ends_with([':', '|', '»', '›', '>', '→', '–', '—', '-'])
}

/// Longest label, in characters: a label may run on into a teaser line
/// ("Lea también: Impiden ingreso a Nicaragua a reportero y camarógrafo …").
const MAX_LABEL_CHARS: usize = 160;

/// The normalised label in `raw`, if short enough.
fn label_of(raw: &str) -> Option<String> {
    // Lowercasing never makes a text shorter: what is too long once the
    // decoration is trimmed off is not lowercased at all.
    if raw.len() > MAX_LABEL_CHARS
        && raw
            .trim_matches(patterns::is_label_decoration)
            .chars()
            .nth(MAX_LABEL_CHARS)
            .is_some()
    {
        return None;
    }
    let label = patterns::normalise_label(raw);
    (!label.is_empty() && label.chars().count() <= MAX_LABEL_CHARS).then_some(label)
}

/// How a labelled block must look for its label to count.
#[derive(Clone, Copy)]
enum Shape {
    /// An ad: little text besides the label, or mostly links.
    AdBlock,
    /// A list of links under the label.
    LinkList,
    /// A short notice: the label and at most this much more text.
    Small(u32),
}

/// Label families: the table, whether "label + more words" matches, the kind, the shape.
const LABEL_FAMILIES: &[(&[&str], bool, ClutterKind, Shape)] = &[
    (patterns::AD_LABELS, false, ClutterKind::Ad, Shape::AdBlock),
    (
        patterns::RECOMMENDATION_LABELS,
        true,
        ClutterKind::Recommendation,
        Shape::LinkList,
    ),
    (
        patterns::TAXONOMY_LABELS,
        false,
        ClutterKind::Navigation,
        Shape::LinkList,
    ),
    (
        patterns::PROMPT_LABELS,
        true,
        ClutterKind::Social,
        Shape::Small(120),
    ),
    (
        patterns::PAYWALL_LABELS,
        true,
        ClutterKind::Other,
        Shape::Small(400),
    ),
    (
        patterns::NEWSLETTER_LABELS,
        true,
        ClutterKind::Newsletter,
        Shape::Small(400),
    ),
    (
        patterns::CHROME_LABELS,
        false,
        ClutterKind::Other,
        Shape::Small(600),
    ),
];

fn judge_by_label(dom: &Dom, i: u32, ctx: &Context) -> Option<Verdict> {
    if matches!(
        dom.tag(i),
        "article"
            | "a"
            | "li"
            | "td"
            | "tr"
            | "tbody"
            | "figure"
            | "figcaption"
            | "span"
            | "strong"
            | "b"
            | "em"
    ) {
        return None;
    }
    if share_of_page(dom, i, ctx) >= MOST_OF_PAGE {
        return None;
    }
    let mut scratch = ctx.label.borrow_mut();
    let (label, raw, opens_sentence) = opening_label(dom, i, ctx, &mut scratch)?;
    if patterns::names_another_site(label)
        && is_heading_tag(dom.tag(i))
        && !follow_up_blocks(dom, i, ClutterKind::Recommendation).is_empty()
    {
        return verdict(
            ClutterKind::Recommendation,
            format!("heading '{}' over links to another site", shown(label)),
        );
    }
    if !patterns::could_be_label(label) {
        return None;
    }
    let holder_len = crate::dom::visible_len(raw);
    let text = dom.text_len[i as usize];
    let links = dom.link_len[i as usize];
    for &(table, prefix, kind, shape) in LABEL_FAMILIES {
        let Some(entry) = patterns::matching_label(label, table, prefix) else {
            continue;
        };
        let one_word = !entry.contains(' ');
        if opens_sentence && one_word {
            continue;
        }
        // A label running on into more words ("Lea también: <a>…</a>") counts
        // only the entry itself; the words after it are judged with the rest.
        let run_on = label.len() > entry.len() + 24;
        let label_len = if run_on {
            crate::dom::visible_len(entry) + 1
        } else {
            holder_len
        };
        let rest = text.saturating_sub(label_len);
        let plain_rest = rest.saturating_sub(links);
        let density = if rest == 0 {
            0.0
        } else {
            links as f32 / rest as f32
        };
        let fits = match shape {
            Shape::AdBlock => text <= 1500 && (plain_rest <= 250 || links * 2 >= rest),
            Shape::LinkList if run_on => text <= 400 && links > 0 && density >= 0.6,
            // A bare one-word heading ("Related", "Mira") needs links right after it.
            Shape::LinkList if rest == 0 && one_word && is_heading_tag(dom.tag(i)) => {
                !follow_up_blocks(dom, i, kind).is_empty()
            }
            Shape::LinkList => rest == 0 || density >= 0.4 || plain_rest <= 120,
            Shape::Small(extra) => rest <= extra,
        };
        if !fits {
            continue;
        }
        let reason = match shape {
            Shape::LinkList => format!(
                "heading '{}' over a list of {} links, link density {}",
                shown(entry),
                dom.count_tag(i, "a"),
                two_decimals(density)
            ),
            _ => format!("block labelled '{}'", shown(entry)),
        };
        return verdict(kind, reason);
    }
    None
}

/// Most sibling blocks taken with a removed label heading.
const MAX_FOLLOW_UPS: usize = 12;

/// When only a label heading was removed, the link lists and link lines right
/// after it go too (up to the next heading or block of plain text).
fn follow_up_blocks(dom: &Dom, i: u32, kind: ClutterKind) -> Vec<u32> {
    if !matches!(kind, ClutterKind::Recommendation | ClutterKind::Ad) || !is_heading_tag(dom.tag(i))
    {
        return Vec::new();
    }
    let Some(parent) = dom.parent(i) else {
        return Vec::new();
    };
    dom.children(parent)
        .filter(|&c| c > i && !dom.removed[c as usize])
        .filter(|&c| {
            dom.element(c).is_some() || dom.text_node(c).is_some_and(|t| !t.trim().is_empty())
        })
        .take_while(|&c| {
            dom.element(c).is_some() && !is_heading_tag(dom.tag(c)) && dom.link_density(c) >= 0.5
        })
        .take(MAX_FOLLOW_UPS)
        .collect()
}

/// A ratio as "0.94", with integer arithmetic (float formatting would add
/// several kilobytes to the wasm module for three characters).
fn two_decimals(ratio: f32) -> String {
    let hundredths = (ratio.clamp(0.0, 99.0) * 100.0).round() as u32;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

fn shown(label: &str) -> String {
    let mut s: String = label.chars().take(60).collect();
    if let Some(first) = s.chars().next() {
        s.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    const BODY_PARAGRAPH: &str =
        "<p>Body text of the article that is long enough to be the story of the page.</p>";

    fn removed_of(src: &str) -> (Vec<Removed>, String) {
        let html = Html::parse_document(src);
        let mut dom = Dom::build(&html);
        let removed = remove_clutter(&mut dom, true, None);
        let text = dom.text(dom.body());
        (removed, text)
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
        let html = Html::parse_document(
            "<body><article><p>New York is the epicentre of the pandemic; sport has come to a standstill.</p>\
             <p>The leagues have suspended their seasons, and nobody knows when the games will resume.</p></article>\
             <div class='b-dialog x-dialog-login'><h2>Login</h2><p>Sign in with your account. The password must be eight characters long.</p></div></body>",
        );
        let mut dom = Dom::build(&html);
        remove_clutter(&mut dom, false, None);
        let text = dom.text(dom.body());
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
    fn custom_properties_do_not_hide() {
        assert!(!style_hides("--footer-display: none; color: red"));
        assert!(style_hides("color: red; DISPLAY : none !important"));
        assert!(style_hides("visibility:hidden"));
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
