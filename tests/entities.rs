#![cfg(not(target_arch = "wasm32"))]
//! The vendored named-entity table (`vendor/web_atoms`): it must answer exactly like upstream's
//! phf map, which held every entity name and every proper prefix of one (prefixes as `(0, 0)`),
//! and the tokenizer must decode every entity through it.
use std::collections::BTreeMap;

use html5ever::data::NAMED_ENTITIES as TABLE;

mod upstream {
    // The list upstream's build script turned into the phf map, unchanged in the vendored crate.
    include!("../vendor/web_atoms/entities.rs");
}

/// Upstream's map, built the way its build script built it.
fn upstream_map() -> BTreeMap<&'static str, (u32, u32)> {
    let mut map: BTreeMap<&str, (u32, u32)> = upstream::NAMED_ENTITIES
        .iter()
        .map(|&(name, cp1, cp2)| (&name[1..], (cp1, cp2)))
        .collect();
    for key in map.keys().cloned().collect::<Vec<_>>() {
        for n in 1..key.len() {
            map.entry(&key[..n]).or_insert((0, 0));
        }
    }
    map.insert("", (0, 0));
    map
}

#[test]
fn every_upstream_key_gets_upstreams_value() {
    let map = upstream_map();
    assert!(map.len() > 7000, "{} keys", map.len());
    for (key, value) in &map {
        assert_eq!(TABLE.get(key), Some(value), "key {key:?}");
    }
}

#[test]
fn keys_upstream_lacked_are_absent() {
    let map = upstream_map();
    // Every key with one more character, of the characters names are made of: whatever upstream
    // did not have must come back as None.
    let alphabet: Vec<char> = ('a'..='z')
        .chain('A'..='Z')
        .chain('0'..='9')
        .chain([';', '&', ' ', 'é'])
        .collect();
    let mut checked = 0;
    for key in map.keys() {
        for &c in &alphabet {
            let longer = format!("{key}{c}");
            assert_eq!(
                TABLE.get(&longer),
                map.get(longer.as_str()),
                "key {longer:?}"
            );
            checked += 1;
        }
    }
    assert!(checked > 400_000);
    for absent in [
        "zzz",
        "~",
        "AMP;x",
        "\u{0}",
        "ampamp",
        "CounterClockwiseContourIntegral;;",
    ] {
        assert_eq!(TABLE.get(absent), None, "{absent:?}");
    }
}

/// The text of the first `<p>` of `html`.
fn paragraph_text(html: &str) -> String {
    let document = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse("p").unwrap();
    document.select(&selector).next().unwrap().text().collect()
}

#[test]
fn the_tokenizer_decodes_every_entity() {
    for &(name, cp1, cp2) in upstream::NAMED_ENTITIES.iter() {
        let expected: String = [cp1, cp2]
            .into_iter()
            .filter(|&cp| cp != 0)
            .map(|cp| char::from_u32(cp).unwrap())
            .collect();
        assert_eq!(
            paragraph_text(&format!("<p>x{name}y")),
            format!("x{expected}y"),
            "entity {name}"
        );
    }
}

#[test]
fn longest_match_and_legacy_names_in_text_and_attributes() {
    // Longest match: `&notit;` is `&not` + "it;" (there is no `&notit;`), `&notin;` is one entity.
    assert_eq!(
        paragraph_text("<p>&notit; &notin; &ampx &amp &AMP;"),
        "¬it; ∉ &x & &"
    );
    // Unknown names stay as written; a name without `;` that is not a legacy one too.
    assert_eq!(
        paragraph_text("<p>&foo; &hellip &hellip; &"),
        "&foo; &hellip … &"
    );
    // In attributes, a legacy name followed by `=` or an alphanumeric is not decoded.
    let document = scraper::Html::parse_document(r#"<a href="?a=1&copy=2&amp;b=3&notin;">x</a>"#);
    let link = document
        .select(&scraper::Selector::parse("a").unwrap())
        .next()
        .unwrap();
    assert_eq!(link.value().attr("href"), Some("?a=1&copy=2&b=3∉"));
}
