//! What completing the article from the page's JSON-LD shares (`recipe`,
//! `product`): whether the article already shows a list of texts, the page's
//! language for the words added with them, and appending them to the tree.

use crate::tree::{append_element, append_text, Tree};

/// Share of an item's words the article must show for the item to count as shown.
const SHOWN_WORD_SHARE: f32 = 0.8;

/// Fewer than half of the items are shown in the text (most of their words
/// appear in it, lowercased: the page may split or reword an item). `have`
/// is the article's text, lowercased.
pub fn mostly_missing(items: &[String], have: &str) -> bool {
    let shown = |item: &String| {
        let (total, found) = words_found(item, have);
        total > 0 && found as f32 >= SHOWN_WORD_SHARE * total as f32
    };
    !items.is_empty() && items.iter().filter(|i| shown(i)).count() * 2 < items.len()
}

/// The text has words, and fewer than half of them appear in `have` (the
/// article's text, lowercased): a text that the page words its own way (a
/// description shown as a list of its points) still shares most of its words.
pub fn lacks_most_words(texts: &[String], have: &str) -> bool {
    let (total, found) = texts
        .iter()
        .map(|t| words_found(t, have))
        .fold((0, 0), |(t, f), (tt, ff)| (t + tt, f + ff));
    total > 0 && found * 2 < total
}

/// The words of a text (lowercased, split at what is not a letter or a
/// digit), and how many of them appear in `have`.
fn words_found(text: &str, have: &str) -> (usize, usize) {
    let text = crate::case::lowercase(text);
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .fold((0, 0), |(t, f), w| {
            (t + 1, f + usize::from(have.contains(w)))
        })
}

/// The primary language subtag of a `lang` value, lowercased (`de` of
/// `de-DE`; empty when unknown).
pub fn primary_language(lang: Option<&str>) -> String {
    lang.unwrap_or("")
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Appends a heading at the end of the article.
pub fn append_heading(tree: &mut Tree, heading: &str) {
    let root = tree.root().id();
    let h2 = append_element(tree, root, "h2", Vec::new());
    append_text(tree, h2, heading);
}

/// Appends elements of one tag, each holding one of the texts, to `parent`.
pub fn append_each(tree: &mut Tree, parent: ego_tree::NodeId, tag: &'static str, texts: &[String]) {
    for text in texts {
        let element = append_element(tree, parent, tag, Vec::new());
        append_text(tree, element, text);
    }
}

/// Appends a list (`ul` or `ol`) of the items at the end of the article.
pub fn append_list(tree: &mut Tree, list: &'static str, items: &[String]) {
    let root = tree.root().id();
    let list = append_element(tree, root, list, Vec::new());
    append_each(tree, list, "li", items);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_count_as_shown_when_most_of_their_words_are() {
        let items = ["135 g Butter".to_string(), "4 Eier (Größe M)".to_string()];
        assert!(!mostly_missing(
            &items,
            "zutaten: 135 g butter, 4 eier (größe m)"
        ));
        assert!(mostly_missing(&items, "ein kuchen für den sommer"));
        assert!(!mostly_missing(&[], ""));
    }

    #[test]
    fn a_text_lacks_most_words_when_fewer_than_half_appear() {
        let description = ["Boils a litre in three minutes, with a cord store.".to_string()];
        assert!(!lacks_most_words(
            &description,
            "boils a litre in 3 minutes"
        ));
        assert!(lacks_most_words(&description, "kettle, brushed steel"));
        assert!(!lacks_most_words(&[String::new()], ""));
    }

    #[test]
    fn primary_language_of_a_tag() {
        assert_eq!(primary_language(Some("pt_BR")), "pt");
        assert_eq!(primary_language(Some("DE-de")), "de");
        assert_eq!(primary_language(None), "");
    }
}
