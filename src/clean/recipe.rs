//! Recipes the page renders with script: when the chosen article lacks most
//! of the ingredients or steps its JSON-LD `Recipe` lists, they are added as
//! lists under a heading in the page's language.

use super::completion::{append_heading, append_list, mostly_missing, primary_language};
use crate::metadata::Recipe;
use crate::tree::Tree;

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
            append_heading(tree, heading);
            append_list(tree, list, items);
            added = true;
        }
    }
    added
}

/// "Ingredients" and "Instructions" in the page's language (English when unknown).
fn headings(lang: Option<&str>) -> (&'static str, &'static str) {
    match primary_language(lang).as_str() {
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
