//! What the block scorer reads of each block: its text's shape, its tag and
//! ancestry, what class and id names say around it, whether it repeats like a
//! post or a card, where it sits, and what the rules made of it.
//!
//! The same code computes the features for training (`examples/blocks.rs`
//! dumps them with the block texts) and for scoring, so the two never drift.

use rustc_hash::FxHashMap;

use super::Block;
use crate::report::ClutterKind;
use crate::schema::feature_vector;
use crate::signals::phrases;
use crate::signals::tokens::{self, Strength};
use crate::view::{is_heading_tag, Doc, Mask};

/// What the rules made of the page, for the features that read it.
pub struct RulesOutcome<'a> {
    /// The roots of the article the rules chose.
    pub selection: &'a [u32],
    /// What the rules kept: the mask after clutter removal and pruning.
    pub kept: &'a Mask,
    /// The clutter pass's removals: element and kind, in document order.
    pub clutter: &'a [(u32, ClutterKind)],
}

feature_vector! {
    /// What the block scorer reads of a block, in the order of its vector.
    pub enum Feature / Features {
        LogLen = "log_len",
        LinkDensity = "link_density",
        LogWords = "log_words",
        WordLen = "word_len",
        SentenceEndsPerWord = "sentence_ends_per_word",
        CommasPerWord = "commas_per_word",
        DigitShare = "digit_share",
        CapitalisedShare = "capitalised_share",
        CjkShare = "cjk_share",
        IsP = "is_p",
        HeadingLevel = "heading_level",
        IsListItem = "is_list_item",
        IsCell = "is_cell",
        IsGenericBox = "is_generic_box",
        IsCode = "is_code",
        IsQuoteOrCaption = "is_quote_or_caption",
        InSelection = "in_selection",
        KeptByRules = "kept_by_rules",
        RemovedAsNavigation = "removed_as_navigation",
        RemovedAsAdOrRecommendation = "removed_as_ad_or_recommendation",
        RemovedAsComments = "removed_as_comments",
        RemovedAsSocialOrNewsletter = "removed_as_social_or_newsletter",
        RemovedAsOther = "removed_as_other",
        InNav = "in_nav",
        InHeader = "in_header",
        InFooter = "in_footer",
        InAside = "in_aside",
        InForm = "in_form",
        InMainOrArticle = "in_main_or_article",
        InList = "in_list",
        InTable = "in_table",
        NamesContent = "names_content",
        NamesNavigation = "names_navigation",
        NamesAdOrRecommendation = "names_ad_or_recommendation",
        NamesComments = "names_comments",
        NamesSocial = "names_social",
        NamesOtherChrome = "names_other_chrome",
        LogRepeats = "log_repeats",
        Position = "position",
        LogDepth = "log_depth",
        LevelsToSelection = "levels_to_selection",
        PrevLinkDensity = "prev_link_density",
        NextLinkDensity = "next_link_density",
        LogPrevLen = "log_prev_len",
        LogNextLen = "log_next_len",
        ShareOfPage = "share_of_page",
        SelectionBefore = "selection_before",
        SelectionAfter = "selection_after",
        InFigure = "in_figure",
        NamesCaption = "names_caption",
        NamesAuthor = "names_author",
        HasCopyright = "has_copyright",
        LabelRecommendation = "label_recommendation",
        LabelPromotion = "label_promotion",
        UnderRecommendationHeading = "under_recommendation_heading",
    }
}

/// Ancestry bits of an element and its ancestors: tags and class/id signals.
mod bits {
    pub const NAV: u32 = 1;
    pub const HEADER: u32 = 1 << 1;
    pub const FOOTER: u32 = 1 << 2;
    pub const ASIDE: u32 = 1 << 3;
    pub const FORM: u32 = 1 << 4;
    pub const MAIN: u32 = 1 << 5;
    pub const LIST: u32 = 1 << 6;
    pub const TABLE: u32 = 1 << 7;
    pub const NAMES_CONTENT: u32 = 1 << 8;
    pub const NAMES_NAVIGATION: u32 = 1 << 9;
    pub const NAMES_AD: u32 = 1 << 10;
    pub const NAMES_COMMENTS: u32 = 1 << 11;
    pub const NAMES_SOCIAL: u32 = 1 << 12;
    pub const NAMES_OTHER: u32 = 1 << 13;
}

/// The ancestry bits an element adds for its own tag.
fn tag_bits(tag: &str) -> u32 {
    match tag {
        "nav" => bits::NAV,
        "header" => bits::HEADER,
        "footer" => bits::FOOTER,
        "aside" => bits::ASIDE,
        "form" => bits::FORM,
        "main" | "article" => bits::MAIN,
        "ul" | "ol" | "li" | "dl" => bits::LIST,
        "table" | "td" | "th" => bits::TABLE,
        _ => 0,
    }
}

/// The ancestry bits class and id names give: the token rule they match
/// (weak ones too) and whether they say "content".
fn name_bits(names: &str) -> u32 {
    let words = tokens::tokens(names);
    let mut out = if tokens::has_content_token(&words) {
        bits::NAMES_CONTENT
    } else {
        0
    };
    if let Some((rule, _)) = tokens::match_tokens(&words) {
        out |= match rule.kind {
            ClutterKind::Navigation => bits::NAMES_NAVIGATION,
            ClutterKind::Ad | ClutterKind::Recommendation => bits::NAMES_AD,
            ClutterKind::Comments => bits::NAMES_COMMENTS,
            ClutterKind::Social | ClutterKind::Newsletter => bits::NAMES_SOCIAL,
            ClutterKind::Consent | ClutterKind::Other if rule.strength == Strength::Strong => {
                bits::NAMES_OTHER
            }
            _ => 0,
        };
    }
    out
}

/// Per element: its bits and its ancestors' (one preorder pass; class and id
/// values are tokenised once each).
fn ancestry_bits(doc: Doc) -> Vec<u32> {
    let mut out = vec![0u32; doc.len()];
    let mut by_names: FxHashMap<&str, u32> = FxHashMap::default();
    for i in 0..doc.len() as u32 {
        let inherited = doc.parent(i).map_or(0, |p| out[p as usize]);
        let mut own = 0;
        if doc.is_element(i) {
            own = tag_bits(doc.tag(i));
            if let Some(class) = doc.attr(i, "class").filter(|c| !c.trim().is_empty()) {
                own |= *by_names.entry(class).or_insert_with(|| name_bits(class));
            }
            if let Some(id) = doc.attr(i, "id").filter(|c| !c.trim().is_empty()) {
                own |= *by_names.entry(id).or_insert_with(|| name_bits(id));
            }
        }
        out[i as usize] = inherited | own;
    }
    out
}

/// Per element: how many element siblings (itself included) share its tag
/// and first class, when it has a class; the repeated posts and cards of
/// forums and listings.
fn repeats(doc: Doc) -> Vec<u32> {
    let mut out = vec![0u32; doc.len()];
    // One map and one list for every parent: most elements have a child or two.
    let mut counts: FxHashMap<(&str, &str), u32> = FxHashMap::default();
    let mut kids: Vec<u32> = Vec::new();
    let key = |c: u32| {
        (
            doc.tag(c),
            doc.attr(c, "class")
                .and_then(|s| s.split_whitespace().next())
                .unwrap_or(""),
        )
    };
    for p in 0..doc.len() as u32 {
        if !doc.is_element(p) {
            continue;
        }
        kids.clear();
        kids.extend(doc.children(p).filter(|&c| doc.is_element(c)));
        if let [only] = kids[..] {
            out[only as usize] = 1;
            continue;
        }
        counts.clear();
        for &c in &kids {
            *counts.entry(key(c)).or_default() += 1;
        }
        for &c in &kids {
            out[c as usize] = counts[&key(c)];
        }
    }
    out
}

/// Levels of ancestors looked at for a repeated series around a block.
const REPEAT_LEVELS: usize = 6;
/// Levels above which a block counts as "far" from the selection.
const FAR_LEVELS: u32 = 12;

/// What the features of one page share. Nothing of it is fed to the
/// scorer as it is: a page-wide constant lets trees learn a page's
/// fingerprint instead of what its blocks look like (the scorer once gave
/// +11 log-odds to any block of a page whose selection share lay in
/// 0.258–0.268). Blocks are measured against it instead.
struct PageFacts {
    ancestry: Vec<u32>,
    repeats: Vec<u32>,
    /// Per node: the clutter kind of the removal it lies in, if any.
    removed_as: Vec<Option<ClutterKind>>,
    page_len: f32,
    /// Per block: the selection's text before it and after it (shares of
    /// the selection), for blocks inside the rules' selection.
    selection_sides: Vec<Option<(f32, f32)>>,
}

impl PageFacts {
    fn of(doc: Doc, blocks: &[Block], rules: &RulesOutcome) -> PageFacts {
        let mut removed_as = vec![None; doc.len()];
        for &(node, kind) in rules.clutter {
            removed_as[node as usize..doc.end(node) as usize].fill(Some(kind));
        }
        PageFacts {
            ancestry: ancestry_bits(doc),
            repeats: repeats(doc),
            removed_as,
            page_len: doc.text_len(doc.body()).max(1) as f32,
            selection_sides: selection_sides(doc, blocks, rules.selection),
        }
    }
}

/// For each block inside the selection, the shares of the selection's block
/// text before and after it: the article's edges, where its furniture sits
/// (an author box, "more from", a copyright line) are near 0 on one side.
fn selection_sides(doc: Doc, blocks: &[Block], selection: &[u32]) -> Vec<Option<(f32, f32)>> {
    let inside: Vec<bool> = blocks
        .iter()
        .map(|b| selection.iter().any(|&r| doc.contains(r, b.node)))
        .collect();
    let total: u32 = blocks
        .iter()
        .zip(&inside)
        .filter(|(_, &i)| i)
        .map(|(b, _)| b.text_len)
        .sum();
    let total = total.max(1) as f32;
    let mut before = 0u32;
    blocks
        .iter()
        .zip(&inside)
        .map(|(b, &i)| {
            if !i {
                return None;
            }
            let sides = (
                before as f32 / total,
                1.0 - (before + b.text_len) as f32 / total,
            );
            before += b.text_len;
            Some(sides)
        })
        .collect()
}

/// The feature vectors of the blocks of the page `doc` shows.
pub fn block_features(doc: Doc, blocks: &[Block], rules: &RulesOutcome) -> Vec<Features> {
    let facts = PageFacts::of(doc, blocks, rules);
    let labels: Vec<Label> = blocks.iter().map(|b| Label::of(doc, b)).collect();
    let top = rules.selection.first().copied();
    (0..blocks.len())
        .map(|k| {
            let mut f = Features::default();
            let b = &blocks[k];
            text_features(b, &mut f);
            tag_features(doc, b.node, &mut f);
            rules_features(doc, b, rules, &facts, &mut f);
            ancestry_features(facts.ancestry[b.node as usize], &mut f);
            f[Feature::LogRepeats] = log2(max_repeats(doc, b.node, &facts.repeats) as f32);
            f[Feature::Position] = b.first_text as f32 / doc.len().max(1) as f32;
            f[Feature::LogDepth] = log2(doc.ancestors(b.node).count() as f32);
            f[Feature::LevelsToSelection] =
                top.map_or(FAR_LEVELS, |t| levels_to(doc, b.node, t)) as f32;
            neighbour_features(blocks, k, &mut f);
            f[Feature::ShareOfPage] = b.text_len as f32 / facts.page_len;
            // Outside the selection both sides are -1: no edge to be near.
            let (before, after) = facts.selection_sides[k].unwrap_or((-1.0, -1.0));
            f[Feature::SelectionBefore] = before;
            f[Feature::SelectionAfter] = after;
            furniture_features(doc, b, &labels, k, &mut f);
            f
        })
        .collect()
}

/// Longest block whose text is read for labels and phrases: labels and
/// calls to action are a line; a paragraph of prose that mentions one is
/// not one.
const LABEL_MAX_LEN: u32 = 200;

/// Blocks looked back for a label heading the block stands under.
const LABEL_HEADING_REACH: usize = 8;

/// What a short block's own words say it is.
#[derive(Clone, Copy, Default)]
struct Label {
    heading: bool,
    recommendation: bool,
    promotion: bool,
    copyright: bool,
}

impl Label {
    fn of(doc: Doc, b: &Block) -> Label {
        if b.text_len == 0 || b.text_len > LABEL_MAX_LEN {
            return Label::default();
        }
        let text = b.text(doc);
        let label = phrases::normalise_label(&text);
        let lower = crate::case::lowercase(&text);
        let grams = phrases::Grams::of(&lower);
        let any = |tables: &[&[&'static str]]| {
            tables
                .iter()
                .any(|t| phrases::matching_label(&label, t, true).is_some())
        };
        Label {
            heading: is_heading_tag(doc.tag(b.node)),
            recommendation: any(&[phrases::RECOMMENDATION_LABELS]),
            promotion: any(&[
                phrases::NEWSLETTER_LABELS,
                phrases::PAYWALL_LABELS,
                phrases::PROMPT_LABELS,
            ]) || [
                phrases::CALLS_TO_ACTION,
                phrases::DISCLOSURES,
                phrases::DISCLAIMERS,
            ]
            .iter()
            .any(|t| phrases::matches_phrases(&lower, &grams, t)),
            copyright: text.contains('©') || lower.contains("copyright"),
        }
    }
}

/// What marks the publisher's furniture around a story: captions and
/// credits, author boxes, copyright lines, labels of related links and of
/// promotions, and the label heading a block stands under.
fn furniture_features(doc: Doc, b: &Block, labels: &[Label], k: usize, f: &mut Features) {
    f[Feature::InFigure] = f32::from(
        std::iter::once(b.node)
            .chain(doc.ancestors(b.node))
            .any(|a| matches!(doc.tag(a), "figure" | "figcaption" | "picture")),
    );
    let names = name_words(doc, b.node);
    f[Feature::NamesCaption] = f32::from(names.caption);
    f[Feature::NamesAuthor] = f32::from(names.author);
    let label = labels[k];
    f[Feature::HasCopyright] = f32::from(label.copyright);
    f[Feature::LabelRecommendation] = f32::from(label.recommendation);
    f[Feature::LabelPromotion] = f32::from(label.promotion);
    let heading = labels[k.saturating_sub(LABEL_HEADING_REACH)..k]
        .iter()
        .rev()
        .find(|l| l.heading);
    f[Feature::UnderRecommendationHeading] = f32::from(heading.is_some_and(|l| l.recommendation));
}

/// Class and id words of captions and credits, and of author boxes.
const CAPTION_WORDS: &[&str] = &["caption", "credit", "credits", "copyright", "attribution"];
const AUTHOR_WORDS: &[&str] = &[
    "author",
    "byline",
    "bio",
    "contributor",
    "writer",
    "profile",
];

/// Ancestor levels whose class and id are read for caption and author words.
const NAME_LEVELS: usize = 4;

/// Whether the block or its nearest ancestors are named a caption or credit,
/// or an author box.
struct NameWords {
    caption: bool,
    author: bool,
}

fn name_words(doc: Doc, node: u32) -> NameWords {
    let mut out = NameWords {
        caption: false,
        author: false,
    };
    for a in std::iter::once(node)
        .chain(doc.ancestors(node))
        .take(NAME_LEVELS)
    {
        let names = doc.class_and_id(a);
        if names.trim().is_empty() {
            continue;
        }
        let words = tokens::tokens(&names);
        let has = |table: &[&str]| words.iter().any(|w| table.contains(&w.as_str()));
        out.caption |= has(CAPTION_WORDS);
        out.author |= has(AUTHOR_WORDS);
    }
    out
}

fn log2(x: f32) -> f32 {
    (1.0 + x).log2()
}

fn ratio(a: u32, b: u32) -> f32 {
    if b == 0 {
        0.0
    } else {
        a as f32 / b as f32
    }
}

/// The shape of the block's own text.
fn text_features(b: &Block, f: &mut Features) {
    f[Feature::LogLen] = log2(b.text_len as f32);
    f[Feature::LinkDensity] = ratio(b.link_len, b.text_len);
    f[Feature::LogWords] = log2(b.words as f32);
    f[Feature::WordLen] = ratio(b.text_len, b.words);
    f[Feature::SentenceEndsPerWord] = ratio(b.sentence_ends, b.words);
    f[Feature::CommasPerWord] = ratio(b.commas, b.words);
    f[Feature::DigitShare] = ratio(b.digits, b.text_len);
    f[Feature::CapitalisedShare] = ratio(b.uppercase, b.words);
    f[Feature::CjkShare] = ratio(b.cjk, b.text_len);
}

/// What kind of element the block is.
fn tag_features(doc: Doc, node: u32, f: &mut Features) {
    let tag = doc.tag(node);
    f[Feature::IsP] = f32::from(tag == "p");
    f[Feature::HeadingLevel] = if is_heading_tag(tag) {
        f32::from(tag.as_bytes()[1] - b'0')
    } else {
        0.0
    };
    f[Feature::IsListItem] = f32::from(matches!(tag, "li" | "dd" | "dt"));
    f[Feature::IsCell] = f32::from(matches!(tag, "td" | "th" | "caption"));
    f[Feature::IsGenericBox] = f32::from(matches!(
        tag,
        "div" | "section" | "article" | "main" | "body" | "span"
    ));
    f[Feature::IsCode] = f32::from(matches!(tag, "pre" | "code"));
    f[Feature::IsQuoteOrCaption] = f32::from(matches!(tag, "blockquote" | "figcaption" | "q"));
}

/// What the rules made of the block: inside their article, kept, or taken out
/// by the clutter pass as what kind.
fn rules_features(doc: Doc, b: &Block, rules: &RulesOutcome, facts: &PageFacts, f: &mut Features) {
    f[Feature::InSelection] = f32::from(rules.selection.iter().any(|&r| doc.contains(r, b.node)));
    f[Feature::KeptByRules] = f32::from(!rules.kept.is_removed(b.first_text));
    let kind = facts.removed_as[b.node as usize];
    f[Feature::RemovedAsNavigation] = f32::from(kind == Some(ClutterKind::Navigation));
    f[Feature::RemovedAsAdOrRecommendation] = f32::from(matches!(
        kind,
        Some(ClutterKind::Ad | ClutterKind::Recommendation)
    ));
    f[Feature::RemovedAsComments] = f32::from(kind == Some(ClutterKind::Comments));
    f[Feature::RemovedAsSocialOrNewsletter] = f32::from(matches!(
        kind,
        Some(ClutterKind::Social | ClutterKind::Newsletter)
    ));
    f[Feature::RemovedAsOther] = f32::from(matches!(
        kind,
        Some(ClutterKind::Other | ClutterKind::Consent)
    ));
}

/// Tags and class/id signals of the block and its ancestors.
fn ancestry_features(bits: u32, f: &mut Features) {
    const FLAGS: [(u32, Feature); 14] = [
        (bits::NAV, Feature::InNav),
        (bits::HEADER, Feature::InHeader),
        (bits::FOOTER, Feature::InFooter),
        (bits::ASIDE, Feature::InAside),
        (bits::FORM, Feature::InForm),
        (bits::MAIN, Feature::InMainOrArticle),
        (bits::LIST, Feature::InList),
        (bits::TABLE, Feature::InTable),
        (bits::NAMES_CONTENT, Feature::NamesContent),
        (bits::NAMES_NAVIGATION, Feature::NamesNavigation),
        (bits::NAMES_AD, Feature::NamesAdOrRecommendation),
        (bits::NAMES_COMMENTS, Feature::NamesComments),
        (bits::NAMES_SOCIAL, Feature::NamesSocial),
        (bits::NAMES_OTHER, Feature::NamesOtherChrome),
    ];
    for (flag, feature) in FLAGS {
        f[feature] = f32::from(bits & flag != 0);
    }
}

/// The longest run of look-alike siblings the block or one of its nearest
/// ancestors belongs to.
fn max_repeats(doc: Doc, node: u32, repeats: &[u32]) -> u32 {
    std::iter::once(node)
        .chain(doc.ancestors(node))
        .take(REPEAT_LEVELS)
        .map(|a| repeats[a as usize])
        .max()
        .unwrap_or(0)
}

/// Levels from `node` up to the nearest ancestor that holds `top` (0 when
/// `node` is inside `top`), at most [`FAR_LEVELS`].
fn levels_to(doc: Doc, node: u32, top: u32) -> u32 {
    std::iter::once(node)
        .chain(doc.ancestors(node))
        .take(FAR_LEVELS as usize)
        .position(|a| doc.contains(a, top) || doc.contains(top, a))
        .map_or(FAR_LEVELS, |k| k as u32)
}

/// Link density and length of the blocks before and after.
fn neighbour_features(blocks: &[Block], k: usize, f: &mut Features) {
    if let Some(prev) = k.checked_sub(1).map(|p| &blocks[p]) {
        f[Feature::PrevLinkDensity] = ratio(prev.link_len, prev.text_len);
        f[Feature::LogPrevLen] = log2(prev.text_len as f32);
    }
    if let Some(next) = blocks.get(k + 1) {
        f[Feature::NextLinkDensity] = ratio(next.link_len, next.text_len);
        f[Feature::LogNextLen] = log2(next.text_len as f32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::segment;
    use crate::view::View;
    use scraper::Html;

    /// A news page with the chrome around its story: a menu in the header, share
    /// buttons, related links, three comments, an ad, a footer, a search form.
    const PAGE: &str = "<html><body>\
        <header><nav id=menu class=\"main-menu\"><ul><li><a href=\"/\">Home</a></li>\
        <li><a href=\"/world\">World news</a></li></ul></nav></header>\
        <main><article id=story class=\"article-body\"><h2>Storm closes the harbour</h2>\
        <p>The harbour closed on Monday after the storm broke two moorings, the port \
        authority said. Ferries will sail again on Wednesday.</p>\
        <table><tr><td>Ferries</td><td>12</td></tr></table>\
        <div id=share class=\"share-buttons\"><a href=\"/s/fb\">Share on Facebook</a></div>\
        </article>\
        <aside id=related class=\"related-posts\"><ul><li><a href=\"/a\">Older harbour story</a></li>\
        </ul></aside>\
        <section id=comments class=\"comments\"><div class=\"comment\">First!</div>\
        <div class=\"comment\">Stay safe, everyone.</div><div class=\"comment\">Thanks.</div></section>\
        <div id=ad class=\"ad-slot\">Advertisement</div>\
        </main>\
        <footer id=footer><p>Contact the newsroom</p></footer>\
        <form><label>Search the site</label></form>\
        </body></html>";

    fn by_id(view: &View, id: &str) -> u32 {
        (0..view.len() as u32)
            .find(|&i| view.attr(i, "id") == Some(id))
            .unwrap()
    }

    fn feature(f: &Features, name: &str) -> f32 {
        f.0[Feature::NAMES.iter().position(|&n| n == name).unwrap()]
    }

    /// The page's blocks, their texts and features, with the rules having chosen
    /// the article and removed the chrome around it.
    fn page_features() -> Vec<(String, Features)> {
        let html = Html::parse_document(PAGE);
        let view = View::build(&html);
        let shown = Mask::new(&view);
        let doc = Doc::new(&view, &shown);
        let clutter: Vec<(u32, ClutterKind)> = [
            ("menu", ClutterKind::Navigation),
            ("share", ClutterKind::Social),
            ("related", ClutterKind::Recommendation),
            ("comments", ClutterKind::Comments),
            ("ad", ClutterKind::Ad),
            ("footer", ClutterKind::Other),
        ]
        .iter()
        .map(|&(id, kind)| (by_id(&view, id), kind))
        .collect();
        let mut kept = shown.clone();
        for &(node, _) in &clutter {
            kept.remove(&view, node);
        }
        let selection = [by_id(&view, "story")];
        let rules = RulesOutcome {
            selection: &selection,
            kept: &kept,
            clutter: &clutter,
        };
        let blocks = segment(doc);
        let features = block_features(doc, &blocks, &rules);
        blocks.iter().map(|b| b.text(doc)).zip(features).collect()
    }

    fn of<'a>(page: &'a [(String, Features)], text: &str) -> &'a Features {
        &page.iter().find(|(t, _)| t == text).unwrap().1
    }

    #[test]
    fn feature_names_are_unique_and_fill_the_vector() {
        let mut names = Feature::NAMES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Feature::COUNT);
        assert_eq!(Feature::ALL.len(), Feature::COUNT);
        // Each name is its variant's, in snake case: the enum and the names are one list.
        for &feature in Feature::ALL {
            let variant = format!("{feature:?}");
            let mut snake = String::new();
            for c in variant.chars() {
                if c.is_ascii_uppercase() && !snake.is_empty() {
                    snake.push('_');
                }
                snake.push(c.to_ascii_lowercase());
            }
            assert_eq!(feature.name(), snake);
        }
    }

    #[test]
    fn a_menu_item_is_all_link_inside_nav_and_header_and_removed_as_navigation() {
        let page = page_features();
        let item = of(&page, "World news");
        assert_eq!(feature(item, "link_density"), 1.0);
        for flag in [
            "in_nav",
            "in_header",
            "in_list",
            "is_list_item",
            "names_navigation",
        ] {
            assert_eq!(feature(item, flag), 1.0, "{flag}");
        }
        assert_eq!(feature(item, "removed_as_navigation"), 1.0);
        for flag in [
            "in_selection",
            "kept_by_rules",
            "in_main_or_article",
            "in_footer",
            "is_p",
        ] {
            assert_eq!(feature(item, flag), 0.0, "{flag}");
        }
        // li, ul, nav, header, then <body>, which holds the article.
        assert_eq!(feature(item, "levels_to_selection"), 4.0);
    }

    #[test]
    fn a_story_paragraph_is_prose_inside_the_article_the_rules_kept() {
        let page = page_features();
        let text = "The harbour closed on Monday after the storm broke two moorings, the port \
                    authority said. Ferries will sail again on Wednesday.";
        let p = of(&page, text);
        assert_eq!(feature(p, "link_density"), 0.0);
        assert_eq!(feature(p, "log_len"), (1.0 + text.len() as f32).log2());
        assert_eq!(feature(p, "log_words"), (1.0f32 + 21.0).log2());
        assert_eq!(feature(p, "sentence_ends_per_word"), 2.0 / 21.0);
        assert_eq!(feature(p, "commas_per_word"), 1.0 / 21.0);
        assert_eq!(feature(p, "capitalised_share"), 4.0 / 21.0);
        for flag in [
            "is_p",
            "in_selection",
            "kept_by_rules",
            "in_main_or_article",
        ] {
            assert_eq!(feature(p, flag), 1.0, "{flag}");
        }
        assert_eq!(feature(p, "names_content"), 1.0, "class article-body");
        for flag in [
            "in_nav",
            "in_header",
            "in_footer",
            "in_aside",
            "names_navigation",
        ] {
            assert_eq!(feature(p, flag), 0.0, "{flag}");
        }
        assert_eq!(feature(p, "levels_to_selection"), 0.0);
        // The headline before it, the table cell after it.
        assert_eq!(feature(p, "heading_level"), 0.0);
        assert_eq!(
            feature(p, "log_prev_len"),
            (1.0 + "Storm closes the harbour".len() as f32).log2()
        );
        assert_eq!(feature(p, "prev_link_density"), 0.0);
        assert_eq!(
            feature(of(&page, "Storm closes the harbour"), "heading_level"),
            2.0
        );
        let cell = of(&page, "12");
        assert_eq!(feature(cell, "is_cell"), 1.0);
        assert_eq!(feature(cell, "in_table"), 1.0);
        assert_eq!(feature(cell, "digit_share"), 1.0);
    }

    #[test]
    fn class_names_and_removals_say_what_the_chrome_is() {
        let page = page_features();
        let share = of(&page, "Share on Facebook");
        assert_eq!(feature(share, "names_social"), 1.0);
        assert_eq!(feature(share, "removed_as_social_or_newsletter"), 1.0);
        assert_eq!(feature(share, "in_selection"), 1.0, "inside the article...");
        assert_eq!(feature(share, "kept_by_rules"), 0.0, "...but removed");
        let related = of(&page, "Older harbour story");
        assert_eq!(feature(related, "in_aside"), 1.0);
        assert_eq!(feature(related, "names_ad_or_recommendation"), 1.0);
        assert_eq!(feature(related, "removed_as_ad_or_recommendation"), 1.0);
        let comment = of(&page, "Stay safe, everyone.");
        assert_eq!(feature(comment, "names_comments"), 1.0);
        assert_eq!(feature(comment, "removed_as_comments"), 1.0);
        assert_eq!(feature(comment, "log_repeats"), 2.0, "three div.comment");
        let ad = of(&page, "Advertisement");
        assert_eq!(feature(ad, "names_ad_or_recommendation"), 1.0);
        assert_eq!(feature(ad, "removed_as_ad_or_recommendation"), 1.0);
        assert_eq!(feature(ad, "names_comments"), 0.0);
        let footer = of(&page, "Contact the newsroom");
        assert_eq!(feature(footer, "in_footer"), 1.0);
        assert_eq!(feature(footer, "removed_as_other"), 1.0);
        assert_eq!(feature(footer, "in_main_or_article"), 0.0);
        assert_eq!(
            feature(footer, "levels_to_selection"),
            2.0,
            "p, footer, body"
        );
        let search = of(&page, "Search the site");
        assert_eq!(feature(search, "in_form"), 1.0);
        assert_eq!(feature(search, "kept_by_rules"), 1.0, "nothing removed it");
        assert_eq!(feature(search, "in_selection"), 0.0);
    }

    #[test]
    fn blocks_are_measured_against_the_page_and_the_selection_not_by_its_constants() {
        let page = page_features();
        let story = [
            "Storm closes the harbour",
            "The harbour closed on Monday after the storm broke two moorings, the port \
             authority said. Ferries will sail again on Wednesday.",
            "Ferries",
            "12",
            "Share on Facebook",
        ];
        let total: usize = page.iter().map(|(t, _)| t.len()).sum();
        for (text, f) in &page {
            let share = feature(f, "share_of_page");
            assert!(
                (share - text.len() as f32 / total as f32).abs() < 1e-6,
                "{text}"
            );
        }
        // Inside the selection: the story's text before and after the block, as shares.
        let chosen: usize = story.iter().map(|t| t.len()).sum();
        let mut before = 0;
        for text in story {
            let f = of(&page, text);
            let (b, a) = (
                feature(f, "selection_before"),
                feature(f, "selection_after"),
            );
            assert!(
                (b - before as f32 / chosen as f32).abs() < 1e-6,
                "{text}: {b}"
            );
            before += text.len();
            assert!(
                (a - (chosen - before) as f32 / chosen as f32).abs() < 1e-6,
                "{text}: {a}"
            );
        }
        let outside = of(&page, "Contact the newsroom");
        assert_eq!(feature(outside, "selection_before"), -1.0);
        assert_eq!(feature(outside, "selection_after"), -1.0);
        let positions: Vec<f32> = page.iter().map(|(_, f)| feature(f, "position")).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
        assert!(positions.iter().all(|&p| p > 0.0 && p < 1.0));
    }

    #[test]
    fn labels_and_names_mark_the_furniture_around_a_story() {
        let html = Html::parse_document(
            "<html><body><article><p>The harbour closed on Monday after the storm broke two \
             moorings, the port authority said, and ferries will sail again on Wednesday.</p>\
             <figure><img src=/a.jpg><figcaption class=credit>Photo: Jan Berg</figcaption></figure>\
             <div class=author-bio><p>Jan Berg writes about the coast.</p></div>\
             <h3>More great harbour stories</h3><p><a href=/x>The old pier</a></p>\
             <p>Subscribe to our newsletter for the week's news.</p>\
             <p>© 2025 The Coast Courier. All rights reserved.</p></article></body></html>",
        );
        let view = View::build(&html);
        let shown = Mask::new(&view);
        let doc = Doc::new(&view, &shown);
        let blocks = segment(doc);
        let rules = RulesOutcome {
            selection: &[],
            kept: &shown,
            clutter: &[],
        };
        let features = block_features(doc, &blocks, &rules);
        let of = |text: &str| {
            let k = blocks.iter().position(|b| b.text(doc) == text).unwrap();
            features[k]
        };
        assert_eq!(of("Photo: Jan Berg")[Feature::InFigure], 1.0);
        assert_eq!(of("Photo: Jan Berg")[Feature::NamesCaption], 1.0);
        assert_eq!(
            of("Jan Berg writes about the coast.")[Feature::NamesAuthor],
            1.0
        );
        let heading = of("More great harbour stories");
        assert_eq!(heading[Feature::LabelRecommendation], 1.0);
        assert_eq!(of("The old pier")[Feature::UnderRecommendationHeading], 1.0);
        let appeal = of("Subscribe to our newsletter for the week's news.");
        assert_eq!(appeal[Feature::LabelPromotion], 1.0);
        let notice = of("© 2025 The Coast Courier. All rights reserved.");
        assert_eq!(notice[Feature::HasCopyright], 1.0);
        let story = of(
            "The harbour closed on Monday after the storm broke two moorings, the port \
             authority said, and ferries will sail again on Wednesday.",
        );
        for flag in [
            Feature::InFigure,
            Feature::NamesCaption,
            Feature::NamesAuthor,
            Feature::LabelRecommendation,
            Feature::LabelPromotion,
            Feature::HasCopyright,
            Feature::UnderRecommendationHeading,
        ] {
            assert_eq!(story[flag], 0.0, "{flag:?}");
        }
    }

    #[test]
    fn name_bits_read_the_token_rules_and_content_words() {
        assert_eq!(name_bits("comment-list"), bits::NAMES_COMMENTS);
        assert_eq!(name_bits("sidebar widget"), bits::NAMES_NAVIGATION);
        assert_eq!(name_bits("cookie-notice"), bits::NAMES_OTHER);
        assert_eq!(name_bits("newsletter-signup"), bits::NAMES_SOCIAL);
        assert_eq!(
            name_bits("article-content related-links"),
            bits::NAMES_CONTENT | bits::NAMES_AD
        );
        // Weak "other" tokens (author boxes, widgets) and plain names say nothing.
        assert_eq!(name_bits("author-bio"), 0);
        assert_eq!(name_bits("clearfix col-md-8"), 0);
    }
}
