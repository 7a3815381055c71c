//! Recipes the page renders with script: when the chosen article lacks most
//! of the ingredients or steps its JSON-LD `Recipe` lists, they are added as
//! lists under a heading in the page's language.

use crate::metadata::Recipe;
use crate::tree::{append_element, append_text, Tree};

/// Adds the recipe's ingredients and steps that `text` (the article's plain
/// text) lacks. Returns whether anything was added.
pub fn complete(tree: &mut Tree, text: &str, recipe: &Recipe, lang: Option<&str>) -> bool {
    let have = crate::case::lowercase(text);
    let (ingredients_heading, steps_heading) = headings(lang);
    let mut added = false;
    for (items, heading, list) in [
        (&recipe.ingredients, ingredients_heading, "ul"),
        (&recipe.steps, steps_heading, "ol"),
    ] {
        if mostly_missing(items, &have) {
            append_list(tree, heading, list, items);
            added = true;
        }
    }
    added
}

/// Share of an item's words the article must show for the item to count as shown.
const SHOWN_WORD_SHARE: f32 = 0.8;

/// Fewer than half of the items are shown in the text (most of their words
/// appear in it, lowercased: the page may split or reword a step).
fn mostly_missing(items: &[String], have: &str) -> bool {
    let shown = |item: &String| {
        let item = crate::case::lowercase(item);
        let words = item
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let (total, found) = words.fold((0, 0), |(t, f), w| {
            (t + 1, f + usize::from(have.contains(w)))
        });
        total > 0 && found as f32 >= SHOWN_WORD_SHARE * total as f32
    };
    !items.is_empty() && items.iter().filter(|i| shown(i)).count() * 2 < items.len()
}

fn append_list(tree: &mut Tree, heading: &str, list: &'static str, items: &[String]) {
    let root = tree.root().id();
    let h2 = append_element(tree, root, "h2", Vec::new());
    append_text(tree, h2, heading);
    let list = append_element(tree, root, list, Vec::new());
    for item in items {
        let li = append_element(tree, list, "li", Vec::new());
        append_text(tree, li, item);
    }
}

/// "Ingredients" and "Instructions" in the page's language (English when unknown).
fn headings(lang: Option<&str>) -> (&'static str, &'static str) {
    let primary = lang
        .unwrap_or("")
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "de" => ("Zutaten", "Zubereitung"),
        "fr" => ("Ingrédients", "Préparation"),
        "es" => ("Ingredientes", "Preparación"),
        "it" => ("Ingredienti", "Preparazione"),
        "pt" => ("Ingredientes", "Modo de preparo"),
        "nl" => ("Ingrediënten", "Bereiding"),
        "pl" => ("Składniki", "Przygotowanie"),
        _ => ("Ingredients", "Instructions"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::Node;

    fn recipe() -> Recipe {
        Recipe {
            ingredients: vec![
                "135 g Butter".into(),
                "150 g Weizenmehl".into(),
                "4 Eier (Größe M)".into(),
            ],
            steps: vec![
                "Fette den Boden der Springform ein.".into(),
                "Schneide die Erdbeeren in kleine Würfel.".into(),
            ],
        }
    }

    #[test]
    fn missing_lists_are_added_under_headings_in_the_page_language() {
        let mut tree = Tree::new(Node::Root);
        assert!(complete(
            &mut tree,
            "Ein Kuchen für den Sommer.",
            &recipe(),
            Some("de-DE")
        ));
        let text = crate::output::text::to_text(&tree);
        assert!(
            text.contains("Zutaten")
                && text.contains("135 g Butter")
                && text.contains("4 Eier (Größe M)")
        );
        assert!(text.contains("Zubereitung") && text.contains("in kleine Würfel."));
        assert!(crate::output::html::to_html(&tree).contains("<ol><li>Fette den Boden"));
    }

    #[test]
    fn lists_the_article_already_shows_are_not_repeated() {
        let mut tree = Tree::new(Node::Root);
        let shown = "Zutaten: 135 g Butter, 150 g Weizenmehl, 4 Eier (Größe M).\n\n1.\nFette den Boden der Springform ein.\n\n\
                     2.\nSchneide die Erdbeeren – in kleine Würfel!";
        assert!(!complete(&mut tree, shown, &recipe(), Some("de")));
        assert_eq!(tree.root().children().count(), 0);
    }
}
