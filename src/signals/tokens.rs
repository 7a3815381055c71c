//! Class and id tokens: how class and id values split into words, the token
//! rules (kind and strength of what a word says), and the one matcher over them.

use crate::report::ClutterKind;

/// How much a class/id token tells on its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Strength {
    /// Removes the element unless it holds most of the page's prose.
    Strong,
    /// Removes the element unless its class/id also says "content"
    /// (`article-header`, `main-column`) or it holds most of the page's prose.
    Weak,
}

/// A class/id token rule: an exact token, or a prefix when it ends in `*`.
pub struct TokenRule {
    pub pattern: &'static str,
    pub kind: ClutterKind,
    pub strength: Strength,
}

const fn rule(pattern: &'static str, kind: ClutterKind, strength: Strength) -> TokenRule {
    TokenRule {
        pattern,
        kind,
        strength,
    }
}

use ClutterKind::*;

use Strength::*;

/// Tokens are the lowercase parts of class and id split at `-`, `_`, spaces and
/// camelCase humps; compounds like `ad-slot` are also tried whole.
pub const TOKEN_RULES: &[TokenRule] = &[
    // ads and sponsored content
    rule("ad", Ad, Strong),
    rule("ads", Ad, Strong),
    rule("adv", Ad, Strong),
    rule("advert*", Ad, Strong),
    rule("adslot*", Ad, Strong),
    rule("adunit*", Ad, Strong),
    rule("adcontainer*", Ad, Strong),
    rule("adwrapper*", Ad, Strong),
    rule("adbox", Ad, Strong),
    rule("adzone", Ad, Strong),
    rule("adsense", Ad, Strong),
    rule("adsbygoogle", Ad, Strong),
    rule("googleads", Ad, Strong),
    rule("dfp", Ad, Strong),
    rule("gpt", Ad, Strong),
    rule("sponsor*", Ad, Strong),
    rule("anzeige*", Ad, Strong),
    rule("werbung", Ad, Strong),
    rule("werbemittel", Ad, Strong),
    rule("taboola*", Ad, Strong),
    rule("outbrain*", Ad, Strong),
    rule("plista*", Ad, Strong),
    rule("teads", Ad, Strong),
    rule("billboard", Ad, Strong),
    rule("skyscraper", Ad, Strong),
    rule("superbanner", Ad, Strong),
    rule("commercial", Ad, Weak),
    rule("promoted", Ad, Strong),
    rule("publicite", Ad, Strong),
    rule("publicidad", Ad, Strong),
    rule("pubblicita", Ad, Strong),
    rule("advertentie", Ad, Strong),
    rule("reklama", Ad, Strong),
    rule("publicidade", Ad, Strong),
    rule("banner", Ad, Weak),
    rule("promo", Ad, Weak),
    // recommendation and related-article blocks
    rule("related*", Recommendation, Weak),
    rule("recommend*", Recommendation, Weak),
    rule("recirc*", Recommendation, Weak),
    rule("empfehlung*", Recommendation, Weak),
    rule("mehrzumthema", Recommendation, Weak),
    rule("morestories", Recommendation, Weak),
    rule("more-stories", Recommendation, Weak),
    rule("more-articles", Recommendation, Weak),
    rule("youmaylike", Recommendation, Weak),
    rule("you-may-like", Recommendation, Weak),
    rule("mostread", Recommendation, Weak),
    rule("most-read", Recommendation, Weak),
    rule("most-popular", Recommendation, Weak),
    rule("meistgelesen", Recommendation, Weak),
    rule("trending", Recommendation, Weak),
    rule("popular", Recommendation, Weak),
    rule("readmore", Recommendation, Weak),
    rule("read-more", Recommendation, Weak),
    rule("also-read", Recommendation, Weak),
    rule("nextstory", Recommendation, Weak),
    rule("latest-posts", Recommendation, Weak),
    rule("recent-posts", Recommendation, Weak),
    rule("listposts", Recommendation, Weak),
    rule("next-post", Recommendation, Weak),
    rule("wp-embedded-content", Recommendation, Strong),
    // navigation and page chrome
    rule("nav", Navigation, Weak),
    rule("navbar", Navigation, Weak),
    rule("navigation", Navigation, Weak),
    rule("menu", Navigation, Weak),
    rule("menubar", Navigation, Weak),
    rule("breadcrumb*", Navigation, Strong),
    rule("header", Navigation, Weak),
    rule("masthead", Navigation, Weak),
    rule("topbar", Navigation, Weak),
    rule("footer", Navigation, Weak),
    rule("sidebar", Navigation, Weak),
    rule("pagination", Navigation, Weak),
    rule("pager", Navigation, Weak),
    rule("skiplink*", Navigation, Strong),
    rule("skip-link", Navigation, Strong),
    rule("sitemap", Navigation, Weak),
    rule("toc", Navigation, Weak),
    rule("table-of-contents", Navigation, Weak),
    // share bars and social widgets
    rule("share", Social, Strong),
    rule("shares", Social, Strong),
    rule("sharing", Social, Strong),
    rule("sharebar", Social, Strong),
    rule("sharetools", Social, Strong),
    rule("sharebuttons", Social, Strong),
    rule("share-buttons", Social, Strong),
    rule("social", Social, Weak),
    rule("socialmedia", Social, Weak),
    rule("social-media", Social, Weak),
    rule("addthis", Social, Strong),
    rule("sharethis", Social, Strong),
    rule("shariff", Social, Strong),
    rule("follow-us", Social, Strong),
    // comments
    rule("comment", Comments, Weak),
    rule("comments", Comments, Strong),
    rule("commentlist", Comments, Strong),
    rule("comment-list", Comments, Strong),
    rule("disqus*", Comments, Strong),
    rule("respond", Comments, Weak),
    rule("replies", Comments, Weak),
    rule("kommentare", Comments, Strong),
    rule("leserkommentare", Comments, Strong),
    // newsletter and subscription boxes
    rule("newsletter*", Newsletter, Strong),
    rule("paywall*", Other, Strong),
    rule("subscribe", Newsletter, Weak),
    rule("subscription", Newsletter, Weak),
    rule("signup", Newsletter, Weak),
    rule("sign-up", Newsletter, Weak),
    rule("optin", Newsletter, Weak),
    rule("mailchimp", Newsletter, Strong),
    // consent layers
    rule("cookie*", Consent, Strong),
    rule("consent*", Consent, Strong),
    rule("gdpr", Consent, Strong),
    rule("cmpbox*", Consent, Strong),
    rule("cmpwrapper", Consent, Strong),
    rule("cmpbanner", Consent, Strong),
    rule("cmp-banner", Consent, Strong),
    rule("onetrust*", Consent, Strong),
    rule("didomi*", Consent, Strong),
    rule("usercentrics*", Consent, Strong),
    rule("sp_message*", Consent, Strong),
    rule("embed-privacy", Consent, Weak),
    rule("third-party", Consent, Weak),
    // other chrome
    rule("popup", Other, Weak),
    rule("modal", Other, Weak),
    rule("dialog", Other, Strong),
    rule("author-bio", Other, Weak),
    rule("authorbox", Other, Weak),
    rule("author-box", Other, Weak),
    rule("about-author", Other, Weak),
    rule("author-info", Other, Weak),
    rule("author-card", Other, Weak),
    rule("sr-only", Other, Strong),
    rule("visually-hidden", Other, Strong),
    rule("print-only", Other, Strong),
    rule("noprint", Other, Weak),
    rule("supplemental", Other, Weak),
    rule("shoutbox", Other, Weak),
    rule("combx", Other, Weak),
    rule("agegate", Other, Weak),
    rule("widget", Other, Weak),
    rule("post-ratings", Other, Strong),
    rule("postratings", Other, Strong),
    rule("tags", Other, Weak),
    rule("rss", Other, Weak),
];

/// Tokens of buttons and toggles: with short text, page controls.
pub const CONTROL_TOKENS: &[&str] = &["btn", "button", "toggle"];

/// Tokens that mark an element as likely content: weak rules don't apply to it.
pub const CONTENT_TOKENS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "column",
    "content",
    "main",
    "mathjax",
    "shadow",
    "story",
    "entry",
    "blog",
];

/// ARIA roles of page chrome.
pub fn role_kind(role: &str) -> Option<ClutterKind> {
    match role {
        "navigation" | "menu" | "menubar" | "banner" | "contentinfo" | "search" => Some(Navigation),
        "complementary" => Some(Other),
        "alert" | "alertdialog" | "dialog" => Some(Other),
        _ => None,
    }
}

/// Splits class/id text into lowercase tokens: parts at `-`, `_`, spaces,
/// digits and camelCase humps, plus each whitespace-separated word whole.
pub fn tokens(class_and_id: &str) -> Vec<String> {
    let mut out = Vec::new();
    let pieces = class_and_id
        .split_whitespace()
        .flat_map(|w| w.split("--"))
        .flat_map(|w| w.split("__"));
    for word in pieces.filter(|w| !w.is_empty() && !is_taxonomy_class(w)) {
        let lower = crate::case::lowercase(word);
        let first = out.len();
        let mut part = String::new();
        let mut prev_lower = false;
        for c in word.chars() {
            let alphabetic = c.is_alphabetic();
            let boundary = !alphabetic || (prev_lower && c.is_uppercase());
            if boundary && !part.is_empty() {
                let relation = out.len() > first && RELATIONS.contains(&part.as_str());
                out.push(std::mem::take(&mut part));
                if relation {
                    break;
                }
            }
            if c.is_ascii_alphabetic() {
                part.push(c.to_ascii_lowercase());
            } else if alphabetic {
                part.extend(crate::case::lower_char(c));
            }
            prev_lower = c.is_lowercase();
        }
        if !part.is_empty() {
            out.push(part);
        }
        push_compounds(&mut out, first);
        let closed_up = lower.replace(['-', '_'], "");
        out.push(lower);
        out.push(closed_up);
    }
    out
}

/// Words after which a compound names what the element relates to, not what
/// it is: Docusaurus classes its headings `anchorWithStickyNavbar_LWe7` (an
/// anchor offset for the navbar), layouts say `main-with-sidebar`. The parts
/// after such a word (when a word came before it) are not tokens. `for` is
/// not among them: a `space-for-ads` is an ad slot.
const RELATIONS: &[&str] = &[
    "with", "without", "under", "below", "above", "after", "before", "beside", "behind", "within",
];

/// Adds the two-part compounds of the parts from `first` on, hyphenated and
/// closed up: `bmg-author-box` also yields `author-box` and `authorbox`.
fn push_compounds(out: &mut Vec<String>, first: usize) {
    let parts = out.len() - first;
    if parts < 3 {
        return;
    }
    for i in first..first + parts - 1 {
        let mut hyphenated = String::with_capacity(out[i].len() + out[i + 1].len() + 1);
        hyphenated.push_str(&out[i]);
        hyphenated.push('-');
        hyphenated.push_str(&out[i + 1]);
        let closed = hyphenated.replacen('-', "", 1);
        out.push(hyphenated);
        out.push(closed);
    }
}

/// CMS taxonomy and state classes (`category-no-newsletter`, `tag-ads`,
/// `has-sidebar`) describe the page, not the element's role.
fn is_taxonomy_class(word: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "category-",
        "tag-",
        "tags-",
        "has-",
        "no-",
        "non-",
        "not-",
        "status-",
        "format-",
        "type-",
        "postid-",
        "post-type-",
        "taxonomy-",
        "term-",
        "single-",
        "page-template",
        "with-",
        "without-",
        "is-",
        "hide-",
        "show-",
    ];
    let word = word.as_bytes();
    PREFIXES.iter().any(|p| {
        word.get(..p.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// The rule a token list triggers, with the token that triggered it: strong
/// rules before weak ones, then table order.
pub fn match_tokens(tokens: &[String]) -> Option<(&'static TokenRule, String)> {
    let table = rule_index();
    let mut best: Option<(usize, usize)> = None;
    for (t, token) in tokens.iter().enumerate() {
        let exact = table.exact.get(token.as_str()).copied();
        let first = token.as_bytes().first().copied();
        let prefixed = table
            .prefix
            .iter()
            .find(|(stem, _)| stem.as_bytes().first().copied() == first && token.starts_with(stem))
            .map(|&(_, r)| r);
        for r in [exact, prefixed].into_iter().flatten() {
            if best.is_none_or(|(b, _)| rank(r) < rank(b)) {
                best = Some((r, t));
            }
        }
    }
    best.map(|(r, t)| (&TOKEN_RULES[r], tokens[t].clone()))
}

fn rank(rule: usize) -> (u8, usize) {
    (u8::from(TOKEN_RULES[rule].strength == Weak), rule)
}

/// The token rules by pattern: exact ones in a map, prefix ones (`advert*`)
/// as their stems in table order, so the first stem that matches is the
/// table's first prefix rule that does.
struct RuleIndex {
    exact: rustc_hash::FxHashMap<&'static str, usize>,
    prefix: Vec<(&'static str, usize)>,
}

fn rule_index() -> &'static RuleIndex {
    static INDEX: std::sync::OnceLock<RuleIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut exact = rustc_hash::FxHashMap::default();
        let mut prefix = Vec::new();
        for (i, r) in TOKEN_RULES.iter().enumerate() {
            if let Some(stem) = r.pattern.strip_suffix('*') {
                prefix.push((stem, i));
            } else {
                exact.entry(r.pattern).or_insert(i);
            }
        }
        RuleIndex { exact, prefix }
    })
}

/// Whether the tokens say "this is content".
pub fn has_content_token(tokens: &[String]) -> bool {
    tokens.iter().any(|t| CONTENT_TOKENS.contains(&t.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenises_camel_case_and_separators() {
        let t = tokens("articleBody ad-slot");
        assert!(t.contains(&"article".to_string()));
        assert!(t.contains(&"body".to_string()));
        assert!(t.contains(&"ad".to_string()));
        assert!(t.contains(&"adslot".to_string()));
    }

    #[test]
    fn ad_token_does_not_match_inside_words() {
        assert!(match_tokens(&tokens("download-link header-image")).map(|r| r.0.kind) != Some(Ad));
        assert_eq!(
            match_tokens(&tokens("gpt-ad-container")).map(|r| r.0.kind),
            Some(Ad)
        );
        assert!(match_tokens(&tokens("bmg-content-box bmg-author-box"))
            .is_some_and(|r| r.0.pattern.starts_with("author")));
        assert_eq!(
            match_tokens(&tokens("ez-toc-container")).map(|r| r.0.kind),
            Some(Navigation)
        );
        assert!(has_content_token(&tokens("widget Blog")));
        assert_eq!(
            match_tokens(&tokens("third-party-services--placeholder")).map(|r| r.0.kind),
            Some(Consent)
        );
        assert_eq!(
            match_tokens(&tokens("post-ratings")).map(|r| r.0.kind),
            Some(Other)
        );
        assert_eq!(
            match_tokens(&tokens("related-box ad")).map(|r| r.0.kind),
            Some(Ad)
        );
    }

    #[test]
    fn taxonomy_classes_are_ignored() {
        assert!(match_tokens(&tokens(
            "post type-post category-no-newsletter-rss tag-ads has-sidebar entry"
        ))
        .is_none());
        assert!(
            match_tokens(&tokens("o-section o-section--has-ads js-section--has-ads")).is_none()
        );
        assert!(match_tokens(&tokens("row non-paywall")).is_none());
        // Adobe's core components are all `cmp-*`; a consent manager says so.
        assert!(match_tokens(&tokens("cmp-text cmp-container")).is_none());
        assert_eq!(
            match_tokens(&tokens("cmpbox cmpBoxWrapper")).map(|r| r.0.kind),
            Some(Consent)
        );
    }

    #[test]
    fn a_compound_that_mentions_a_navbar_is_not_one() {
        let kind = |class| match_tokens(&tokens(class)).map(|r| r.0.kind);
        assert_eq!(kind("anchor anchorWithStickyNavbar_LWe7"), None);
        assert_eq!(kind("main-with-sidebar"), None);
        assert_eq!(kind("navbarWithSearch"), Some(Navigation));
        assert_eq!(kind("in-article-ad"), Some(Ad));
        assert_eq!(kind("space-for-ads"), Some(Ad));
    }

    #[test]
    fn commentary_is_not_comments() {
        assert!(match_tokens(&tokens("commentary")).is_none());
    }
}
