//! Product pages that render the description and the specifications with
//! script: when the chosen article lacks most of the words of the page's
//! JSON-LD `Product` description, the description is added as paragraphs;
//! when it lacks most of the `additionalProperty` values (the
//! specifications; a page without them has none to add), they are added with
//! the brand and the price as a list under a heading in the page's language.
//! All of it is plain text: the JSON-LD's markup was taken out when it was
//! read, and text is escaped when written.

use super::completion::{
    append_each, append_heading, append_list, lacks_most_words, mostly_missing, primary_language,
};
use crate::metadata::Product;
use crate::tree::Tree;

/// Adds the product's description and details that `text` (the article's
/// plain text) lacks. Returns whether anything was added.
pub fn complete(tree: &mut Tree, text: &str, product: &Product, lang: Option<&str>) -> bool {
    let have = crate::case::lowercase(text);
    let mut added = false;
    if lacks_most_words(&product.description, &have) {
        let root = tree.root().id();
        append_each(tree, root, "p", &product.description);
        added = true;
    }
    let values: Vec<String> = product.properties.iter().map(|(_, v)| v.clone()).collect();
    if mostly_missing(&values, &have) {
        let words = words_of(lang);
        append_heading(tree, words.heading);
        append_list(tree, "ul", &details(product, &words));
        added = true;
    }
    added
}

/// The product's details as "name: value" lines: brand, price, then its
/// properties.
fn details(product: &Product, words: &Words) -> Vec<String> {
    let mut lines = Vec::new();
    let mut add = |name: &str, value: &str| lines.push([name, ": ", value].concat());
    if let Some(brand) = &product.brand {
        add(words.brand, brand);
    }
    if let Some(price) = &product.price {
        add(words.price, price);
    }
    for (name, value) in &product.properties {
        add(name, value);
    }
    lines
}

/// The words the details are listed with.
struct Words {
    heading: &'static str,
    brand: &'static str,
    price: &'static str,
}

/// "Product details", "Brand" and "Price" in the page's language (English when unknown).
fn words_of(lang: Option<&str>) -> Words {
    let (heading, brand, price) = match primary_language(lang).as_str() {
        "de" => ("Produktdetails", "Marke", "Preis"),
        "fr" => ("Caractéristiques", "Marque", "Prix"),
        "es" => ("Características", "Marca", "Precio"),
        "it" => ("Caratteristiche", "Marca", "Prezzo"),
        "pt" => ("Características", "Marca", "Preço"),
        "nl" => ("Productdetails", "Merk", "Prijs"),
        "pl" => ("Szczegóły produktu", "Marka", "Cena"),
        _ => ("Product details", "Brand", "Price"),
    };
    Words {
        heading,
        brand,
        price,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::Node;

    fn product() -> Product {
        Product {
            description: vec![
                "A light running shoe knitted from merino wool, with a foam sole made from sugarcane.".into(),
                "Machine washable: take out the insoles and laces first.".into(),
            ],
            brand: Some("Woolly & Co".into()),
            price: Some("110 USD".into()),
            properties: vec![
                ("Material".into(), "Merino wool".into()),
                ("Weight".into(), "260 g".into()),
            ],
        }
    }

    #[test]
    fn missing_description_and_details_are_added() {
        let mut tree = Tree::new(Node::Root);
        assert!(complete(
            &mut tree,
            "Men's runner",
            &product(),
            Some("en-GB")
        ));
        let html = crate::output::html::to_html(&tree);
        assert!(
            html.starts_with("<p>A light running shoe knitted from merino wool"),
            "{html}"
        );
        assert!(html.contains("<h2>Product details</h2><ul><li>Brand: Woolly &amp; Co</li><li>Price: 110 USD</li>"), "{html}");
        assert!(
            html.contains("<li>Material: Merino wool</li><li>Weight: 260 g</li></ul>"),
            "{html}"
        );
    }

    #[test]
    fn what_the_article_shows_is_not_repeated() {
        let mut tree = Tree::new(Node::Root);
        let shown =
            "A light running shoe, knitted from merino wool with a foam sole made from sugarcane. \
                     Machine washable (take out the insoles and laces first). Merino wool, 260 g.";
        assert!(!complete(&mut tree, shown, &product(), None));
        assert_eq!(tree.root().children().count(), 0);
    }

    #[test]
    fn markup_in_the_json_ld_stays_text() {
        let mut tree = Tree::new(Node::Root);
        let sneaky = Product {
            description: vec!["<img src=x onerror=alert(1)> Soft & warm.".into()],
            ..Product::default()
        };
        assert!(complete(&mut tree, "", &sneaky, Some("de")));
        let html = crate::output::html::to_html(&tree);
        assert_eq!(
            html,
            "<p>&lt;img src=x onerror=alert(1)&gt; Soft &amp; warm.</p>"
        );
    }
}
