//! The words of pagination, in the languages of the clutter tables (German, English, French,
//! Spanish, Italian, Dutch, Polish, Portuguese). Compared after [`normalize`]: lowercase, letters
//! and digits only, single spaces. `src/page/pages.js` has the same list (`PAGER_WORDS`).

/// Words a pagination block is made of besides numbers: next and previous words, "page" and its
/// translations, "of", "first", "last". A block of nothing else (with a link, or a "page N of M"
/// line) is the pager, not the story.
pub const PAGER_WORDS: &[&str] = &[
    // next
    "next",
    "weiter",
    "nächste",
    "suivant",
    "suivante",
    "siguiente",
    "successivo",
    "successiva",
    "avanti",
    "volgende",
    "następna",
    "dalej",
    "próxima",
    "seguinte",
    // previous
    "previous",
    "prev",
    "back",
    "zurück",
    "vorherige",
    "vorige",
    "précédent",
    "précédente",
    "anterior",
    "precedente",
    "indietro",
    "poprzednia",
    "wstecz",
    // page
    "page",
    "pages",
    "seite",
    "seiten",
    "pagina",
    "página",
    "páginas",
    "pagine",
    "strona",
    "strony",
    "teil",
    "part",
    // connectors, ends
    "of",
    "von",
    "de",
    "di",
    "sur",
    "z",
    "van",
    "go",
    "to",
    "zu",
    "zur",
    "auf",
    "à",
    "la",
    "first",
    "last",
    "erste",
    "letzte",
    "première",
    "dernière",
    "primera",
    "última",
    "prima",
    "ultima",
    "eerste",
    "laatste",
    "pierwsza",
    "ostatnia",
];

/// For text made of nothing but page numbers and pager words ("« Zurück 1 2 3 Weiter »",
/// "Seite 2 von 3"): how many numbers and how many words it has.
pub fn pager_counts(text: &str) -> Option<(usize, usize)> {
    let text = normalize(text);
    let (mut numbers, mut words) = (0, 0);
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        if word.parse::<u32>().is_ok() {
            numbers += 1;
        } else if PAGER_WORDS.contains(&word) {
            words += 1;
        } else {
            return None;
        }
    }
    (numbers + words > 0).then_some((numbers, words))
}

/// "Page" in a language (a BCP 47 tag, `de-AT`), for the separators between the pages of a
/// joined article; English when the language is not one of the clutter tables'.
pub fn page_word(lang: Option<&str>) -> &'static str {
    let primary = lang
        .and_then(|lang| lang.split(['-', '_']).next())
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "de" => "Seite",
        "fr" => "Page",
        "es" | "pt" => "Página",
        "it" | "nl" => "Pagina",
        "pl" => "Strona",
        _ => "Page",
    }
}

/// Lowercase words of letters and digits, separated by one space.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(crate::case::lower_char));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_texts_normalize_to_their_words() {
        assert_eq!(normalize("  Nächste Seite »"), "nächste seite");
        assert_eq!(normalize("Next →"), "next");
        assert_eq!(normalize("« Précédent"), "précédent");
    }
}
