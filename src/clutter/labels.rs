//! Labels: the text a block opens with ("Anzeige", "Mehr zum Thema", "Tags",
//! "Teilen"), matched against the phrase tables in the languages we read.

use super::judge::share_of_page;
use super::{reason_label, removal, two_decimals, Context, Removal, MOST_OF_PAGE};
use crate::report::ClutterKind;
use crate::signals::phrases;
use crate::view::{is_heading_tag, Doc, NONE};

/// The label read last, kept for the next element: nested wrappers open with
/// the same text, which is then read once.
#[derive(Default)]
pub(super) struct LabelScratch {
    /// Where the label was read: a text node (`false`), or the text prefix of
    /// a holder element (`true`).
    key: Option<(u32, bool)>,
    /// The label found there.
    found: Option<String>,
    raw: String,
}

impl LabelScratch {
    /// Forgets the label read last (a removal may have been made around it).
    pub(super) fn forget(&mut self) {
        self.key = None;
    }
}

/// The label a block opens with: the text of the element around its first
/// text node (in `scratch`, which also keeps it for the next element), the
/// text it was read from, and whether that text opens a sentence.
fn opening_label<'s, 'a: 's>(
    doc: Doc<'_, 'a>,
    i: u32,
    ctx: &Context,
    scratch: &'s mut LabelScratch,
) -> Option<(&'s str, &'s str, bool)> {
    let t = ctx.first_text[i as usize];
    if t == NONE || doc.is_removed(t) {
        return None;
    }
    let holder = doc.parent(t).unwrap_or(i);
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
            || doc.text_prefix_while(holder, 160, &mut scratch.raw, |text| {
                kept += text
                    .chars()
                    .filter(|&c| !phrases::is_label_decoration(c))
                    .take(MAX_LABEL_CHARS + 1 - kept)
                    .count();
                kept <= MAX_LABEL_CHARS
            });
        let raw = if holder == i {
            doc.text_node(t).unwrap_or("")
        } else {
            scratch.raw.trim()
        };
        scratch.found = if short { label_of(raw) } else { None };
        scratch.key = Some(key);
    }
    let raw = if holder == i {
        doc.text_node(t).unwrap_or("")
    } else {
        scratch.raw.trim()
    };
    let opens_sentence =
        holder == i && !is_heading_tag(doc.tag(i)) && starts_a_sentence(doc, t, raw);
    scratch
        .found
        .as_deref()
        .map(|label| (label, raw, opens_sentence))
}

/// Whether a block's first text runs on into a link or more text
/// ("Read <a>the report</a> here") with no colon or other separator ending it
/// ("Lea también: <a>…</a>"): then only a label of several words counts.
fn starts_a_sentence(doc: Doc, text_node: u32, raw: &str) -> bool {
    let next = text_node + 1;
    let inline_follows = (next as usize) < doc.len()
        && doc.parent(next) == doc.parent(text_node)
        && (doc.text_node(next).is_some()
            || matches!(
                doc.tag(next),
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
            .trim_matches(phrases::is_label_decoration)
            .chars()
            .nth(MAX_LABEL_CHARS)
            .is_some()
    {
        return None;
    }
    let label = phrases::normalise_label(raw);
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

/// A label family: the table, whether "label + more words" matches, the
/// kind, the shape.
type LabelFamily = (&'static [&'static str], bool, ClutterKind, Shape);

const LABEL_FAMILIES: &[LabelFamily] = &[
    (phrases::AD_LABELS, false, ClutterKind::Ad, Shape::AdBlock),
    (
        phrases::RECOMMENDATION_LABELS,
        true,
        ClutterKind::Recommendation,
        Shape::LinkList,
    ),
    (
        phrases::TAXONOMY_LABELS,
        false,
        ClutterKind::Navigation,
        Shape::LinkList,
    ),
    (
        phrases::PROMPT_LABELS,
        true,
        ClutterKind::Social,
        Shape::Small(120),
    ),
    // Paywall notices are subscription prompts: in-place mode hides them with the newsletter boxes.
    (
        phrases::PAYWALL_LABELS,
        true,
        ClutterKind::Newsletter,
        Shape::Small(400),
    ),
    (
        phrases::NEWSLETTER_LABELS,
        true,
        ClutterKind::Newsletter,
        Shape::Small(400),
    ),
    (
        phrases::CHROME_LABELS,
        false,
        ClutterKind::Other,
        Shape::Small(600),
    ),
];

pub(super) fn judge_by_label(doc: Doc, i: u32, ctx: &Context) -> Option<Removal> {
    if matches!(
        doc.tag(i),
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
    if share_of_page(doc, i, ctx) >= MOST_OF_PAGE {
        return None;
    }
    let mut scratch = ctx.label.borrow_mut();
    let (label, raw, opens_sentence) = opening_label(doc, i, ctx, &mut scratch)?;
    if phrases::names_another_site(label)
        && is_heading_tag(doc.tag(i))
        && !follow_up_blocks(doc, i, ClutterKind::Recommendation).is_empty()
    {
        return removal(
            ClutterKind::Recommendation,
            format!(
                "heading '{}' over links to another site",
                reason_label(label)
            ),
        );
    }
    if !phrases::could_be_label(label) {
        return None;
    }
    let holder_len = crate::text::visible_len(raw);
    LABEL_FAMILIES
        .iter()
        .find_map(|family| family_removal(doc, i, label, holder_len, opens_sentence, family))
}

/// What a labelled block holds besides its label.
struct Rest {
    /// Text after the label, links included.
    len: u32,
    /// The part of it outside links.
    plain: u32,
    /// Link share of it.
    density: f32,
}

/// The removal one label family makes of block `i` opening with `label`, if
/// its entry matches and the block has the family's shape.
fn family_removal(
    doc: Doc,
    i: u32,
    label: &str,
    holder_len: u32,
    opens_sentence: bool,
    &(table, prefix, kind, shape): &LabelFamily,
) -> Option<Removal> {
    let entry = phrases::matching_label(label, table, prefix)?;
    let one_word = !entry.contains(' ');
    if opens_sentence && one_word {
        return None;
    }
    // A label running on into more words ("Lea también: <a>…</a>") counts
    // only the entry itself; the words after it are judged with the rest.
    let run_on = label.len() > entry.len() + 24;
    let label_len = if run_on {
        crate::text::visible_len(entry) + 1
    } else {
        holder_len
    };
    let (text, links) = (doc.text_len(i), doc.link_len(i));
    let len = text.saturating_sub(label_len);
    let density = if len == 0 {
        0.0
    } else {
        links as f32 / len as f32
    };
    let rest = Rest {
        len,
        plain: len.saturating_sub(links),
        density,
    };
    let fits = match shape {
        Shape::AdBlock => text <= 1500 && (rest.plain <= 250 || links * 2 >= rest.len),
        Shape::LinkList if run_on => text <= 400 && links > 0 && rest.density >= 0.6,
        // A bare one-word heading ("Related", "Mira") needs links right after it.
        Shape::LinkList if rest.len == 0 && one_word && is_heading_tag(doc.tag(i)) => {
            !follow_up_blocks(doc, i, kind).is_empty()
        }
        Shape::LinkList => rest.len == 0 || rest.density >= 0.4 || rest.plain <= 120,
        Shape::Small(extra) => rest.len <= extra,
    };
    fits.then(|| Removal::new(kind, label_reason(doc, i, entry, shape, rest.density)))
}

/// "heading 'Mehr zum Thema' over a list of 8 links, link density 0.94", or
/// "block labelled 'Anzeige'".
fn label_reason(doc: Doc, i: u32, entry: &str, shape: Shape, density: f32) -> String {
    match shape {
        Shape::LinkList => format!(
            "heading '{}' over a list of {} links, link density {}",
            reason_label(entry),
            doc.count_tag(i, "a"),
            two_decimals(density)
        ),
        _ => format!("block labelled '{}'", reason_label(entry)),
    }
}

/// Most sibling blocks taken with a removed label heading.
const MAX_FOLLOW_UPS: usize = 12;

/// When only a label heading was removed, the link lists and link lines right
/// after it go too (up to the next heading or block of plain text).
pub(super) fn follow_up_blocks(doc: Doc, i: u32, kind: ClutterKind) -> Vec<u32> {
    if !matches!(kind, ClutterKind::Recommendation | ClutterKind::Ad) || !is_heading_tag(doc.tag(i))
    {
        return Vec::new();
    }
    let Some(parent) = doc.parent(i) else {
        return Vec::new();
    };
    doc.children(parent)
        .filter(|&c| c > i && !doc.is_removed(c))
        .filter(|&c| {
            doc.element(c).is_some() || doc.text_node(c).is_some_and(|t| !t.trim().is_empty())
        })
        .take_while(|&c| {
            doc.element(c).is_some() && !is_heading_tag(doc.tag(c)) && doc.link_density(c) >= 0.5
        })
        .take(MAX_FOLLOW_UPS)
        .collect()
}
