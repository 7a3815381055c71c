//! The words of pagination, in the languages of the clutter tables (German, English, French,
//! Spanish, Italian, Dutch, Polish, Portuguese). Compared after [`normalize`]: lowercase, letters
//! and digits only, single spaces.

/// What a next-page link says, as its whole text, `aria-label` or `title`. Whole phrases only:
/// "Next article" or "Weiter zum Wetter" lead elsewhere.
pub const NEXT_PHRASES: &[&str] = &[
    "next",
    "next page",
    "go to next page",
    "weiter",
    "nächste",
    "nächste seite",
    "zur nächsten seite",
    "vor",
    "suivant",
    "suivante",
    "page suivante",
    "siguiente",
    "página siguiente",
    "pagina siguiente",
    "successivo",
    "successiva",
    "pagina successiva",
    "avanti",
    "volgende",
    "volgende pagina",
    "następna",
    "następna strona",
    "dalej",
    "próxima",
    "próxima página",
    "seguinte",
];

/// Phrases that name the next *page* on their own, trusted outside a pagination block too ("more"
/// or "weiter" alone are not: they also open menus and teasers).
pub const NEXT_PAGE_PHRASES: &[&str] = &[
    "next page",
    "go to next page",
    "nächste seite",
    "zur nächsten seite",
    "page suivante",
    "página siguiente",
    "pagina successiva",
    "volgende pagina",
    "następna strona",
    "próxima página",
];

/// Class, id or `aria-label` fragments of a pagination block (substring match, lowercase):
/// generic names (`paginat` covers pagination, paginator), WordPress's `page-links`,
/// `post-nav-links`, `nav-links` and `wp-pagenavi`, and the German, Spanish and Italian words
/// (not a bare `seiten`: `seitenleiste` is a sidebar).
pub const PAGINATION_NAMES: &[&str] = &[
    "paginat",
    "pager",
    "paging",
    "pagenav",
    "page-nav",
    "page-numbers",
    "page-links",
    "post-nav-links",
    "nav-links",
    "seitennavigation",
    "blaettern",
    "blättern",
    "paginacion",
    "paginazione",
    "seitenwahl",
    "seitenzahl",
];

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

/// Words that, between a page-number marker and the number, say "page" in a URL path
/// (`/page/2`, `/seite-2`, `_p2`).
pub const URL_PAGE_WORDS: &[&str] = &["page", "seite", "pagina", "p", "pg", "teil", "part", "s"];

/// Query parameters that carry the page number or offset (`?page=2`, `&start=20`).
pub const PAGE_PARAMETERS: &[&str] = &[
    "page",
    "p",
    "pg",
    "paged",
    "pageno",
    "pagenum",
    "currentpage",
    "pn",
    "seite",
    "pagina",
    "start",
    "offset",
];

/// Page numbers of one article stay small; a larger number in a URL is an article id.
pub const MAX_PAGE_NUMBER: u32 = 50;

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
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The number a page link shows: "2", "[2]", "Seite 2", "Page 2".
pub fn page_number(text: &str) -> Option<u32> {
    let normalized = normalize(text);
    let mut words = normalized.split(' ');
    let first = words.next()?;
    let digits = match words.next() {
        Some(second) if PAGER_WORDS.contains(&first) && words.next().is_none() => second,
        None => first,
        Some(_) => return None,
    };
    digits.parse().ok().filter(|&n| n > 0)
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

    #[test]
    fn page_numbers_are_read_from_link_texts() {
        assert_eq!(page_number("2"), Some(2));
        assert_eq!(page_number("[3]"), Some(3));
        assert_eq!(page_number("Seite 4"), Some(4));
        assert_eq!(page_number("2 comments"), None);
        assert_eq!(page_number("0"), None);
    }
}
