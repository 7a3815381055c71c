//! Captions, photo credits and gallery counters: what the article's text (schema.org's
//! `articleBody`) leaves out while the HTML and Markdown keep them beside their pictures.
//! A `<figcaption>` is one; so is an element a CMS names a caption or credit, and a short line
//! beside a picture that reads as a credit ("Photo: Jan Berg / AP", "Getty Images") or counts
//! the pictures of a gallery ("3 of 12").

use crate::signals::tokens;
use crate::view::Doc;

/// Class and id words of caption and credit elements (WordPress `wp-caption-text`, `credit`,
/// `photo-credit`, `image-caption`, `caption-text`: seen across CMSs).
const CAPTION_WORDS: &[&str] = &["caption", "credit", "credits", "photocredit", "attribution"];

/// Most text a caption or credit element holds: a longer block so named is a story's box.
const CAPTION_MAX_LEN: u32 = 400;

/// Most text a credit line read by its words holds.
const CREDIT_MAX_LEN: u32 = 150;

/// How credit lines open, in the languages of the clutter tables (lowercased).
const CREDIT_OPENINGS: &[&str] = &[
    "photo:",
    "photos:",
    "photo by ",
    "photograph:",
    "photograph by ",
    "photography:",
    "picture:",
    "image:",
    "images:",
    "image by ",
    "credit:",
    "credits:",
    "image credit",
    "photo credit",
    "illustration:",
    "video:",
    "foto:",
    "fotos:",
    "foto von ",
    "bild:",
    "bilder:",
    "bildquelle",
    "quelle:",
    "crédit",
    "crédits",
    "photo :",
    "foto de ",
    "imagen:",
    "fotografía:",
    "zdjęcie:",
    "fot.",
];

/// Agencies and stock libraries a credit ends with or names.
const CREDIT_SOURCES: &[&str] = &[
    "getty images",
    "ap photo",
    "associated press",
    "reuters",
    "afp",
    "dpa",
    "epa",
    "shutterstock",
    "istock",
    "imago",
    "picture alliance",
    "keystone",
    "unsplash",
    "alamy",
];

/// Gallery counters: "3 of 12", "3/12", "3 von 12", "3 de 12", "1of4" (the words between).
const COUNTER_WORDS: &[&str] = &["of", "von", "de", "di", "sur", "z", "van", "/"];

/// Whether element `i` is a caption, credit or gallery counter.
pub fn is_caption(doc: Doc, i: u32) -> bool {
    let tag = doc.tag(i);
    if tag == "figcaption" {
        return true;
    }
    let len = doc.text_len(i);
    if len == 0 || len > CAPTION_MAX_LEN || holds_paragraphs(doc, i) {
        return false;
    }
    if names_a_caption(doc, i) {
        return true;
    }
    len <= CREDIT_MAX_LEN && reads_as_credit(&doc.text(i)) && beside_a_picture(doc, i)
}

/// Whether the class or id names a caption or credit.
fn names_a_caption(doc: Doc, i: u32) -> bool {
    let names = doc.class_and_id(i);
    !names.trim().is_empty()
        && tokens::tokens(&names)
            .iter()
            .any(|w| CAPTION_WORDS.contains(&w.as_str()))
}

/// More than one paragraph: a story's box, whatever it is named.
fn holds_paragraphs(doc: Doc, i: u32) -> bool {
    doc.live_elements(i)
        .filter(|&e| doc.tag(e) == "p")
        .nth(1)
        .is_some()
}

/// Elements looked at for a picture in or around a credit line: a picture
/// frame holds it among its first few; reading further would make a page of
/// many short lines quadratic.
const PICTURE_REACH: usize = 24;

/// A picture in the element, in the element right before it, or among the
/// first elements of its parent.
fn beside_a_picture(doc: Doc, i: u32) -> bool {
    let has_picture = |e: u32| {
        doc.live_elements(e)
            .take(PICTURE_REACH)
            .any(|x| matches!(doc.tag(x), "img" | "picture" | "svg" | "video"))
    };
    has_picture(i)
        || previous_element(doc, i).is_some_and(has_picture)
        || doc.parent(i).is_some_and(has_picture)
}

/// The element sibling right before `i` (text between them skipped): in the
/// flat preorder arena, the node before `i` climbed up to `i`'s parent.
fn previous_element(doc: Doc, i: u32) -> Option<u32> {
    let parent = doc.parent(i)?;
    let mut at = i;
    while at > parent + 1 {
        let mut j = at - 1;
        while doc.parent(j).is_some_and(|p| p != parent) {
            j = doc.parent(j)?;
        }
        if doc.is_element(j) && !doc.is_removed(j) {
            return Some(j);
        }
        at = j;
    }
    None
}

/// Whether a short line reads as a photo credit or a gallery counter.
pub fn reads_as_credit(text: &str) -> bool {
    let lower = crate::case::lowercase(text.trim());
    CREDIT_OPENINGS.iter().any(|o| lower.starts_with(o))
        || CREDIT_SOURCES.iter().any(|s| has_word(&lower, s))
        || is_counter(&lower)
}

/// Whether `text` holds `word` as a whole word (a short line beside a picture naming an agency
/// is its credit: "The harbour at dawn. Getty Images", "(AP Photo/Mary Altaffer)").
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// "3 of 12", "3/12", "1of4": a number, a counter word, a number.
fn is_counter(text: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    COUNTER_WORDS.iter().any(|w| {
        compact
            .split_once(w)
            .is_some_and(|(a, b)| digits(a) && digits(b))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credit_lines_and_counters_read_as_credits() {
        for credit in [
            "Photo: Jan Berg / AP",
            "Foto: dpa",
            "Bild: Keystone",
            "The harbour at dawn. Getty Images",
            "(AP Photo/Mary Altaffer)",
            "3 of 12",
            "1of4",
            "4/10",
            "3 von 12",
        ] {
            assert!(reads_as_credit(credit), "{credit}");
        }
        assert!(!reads_as_credit("The harbour reopened on Monday."));
        assert!(!reads_as_credit("Photographers gathered at the pier."));
        assert!(!reads_as_credit("2024"));
        assert!(!reads_as_credit("The team of 12 players"));
        assert!(!reads_as_credit("A safari in the epaulette country"));
    }
}
