//! Phrase tables: labels over blocks (ads, recommendations, tags, prompts,
//! paywalls, newsletters, page chrome) in the languages the project reads,
//! the phrases of the publisher's voice at an article's edges, and their
//! matchers.

/// Labels of ad blocks, compared with the whole (normalised) label.
pub const AD_LABELS: &[&str] = &[
    "anzeige",
    "werbung",
    "advertisement",
    "advertisements",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "sponsored links",
    "sponsored stories",
    "promoted",
    "promoted content",
    "paid content",
    "paid post",
    "partner content",
    "gesponsert",
    "publicité",
    "publicite",
    "publicidad",
    "pubblicità",
    "pubblicita",
    "advertentie",
    "reklama",
    "publicidade",
    "annonce",
    "annonse",
    "reklame",
    "contenu sponsorisé",
    "contenido patrocinado",
    "contenuto sponsorizzato",
    "conteúdo patrocinado",
    "gesponsorde inhoud",
    "treść sponsorowana",
    "artykuł sponsorowany",
];

/// Labels of recommendation and related-article blocks. A label matches when it
/// equals the entry or starts with it followed by a space or punctuation.
pub const RECOMMENDATION_LABELS: &[&str] = &[
    // German
    "das könnte dich auch interessieren",
    "das könnte sie auch interessieren",
    "empfehlungen der redaktion",
    "auch interessant",
    "mehr zum thema",
    "meistgelesen",
    "meistgelesene artikel",
    "meist gelesen",
    "weitere artikel",
    "weitere nachrichten",
    "lesen sie auch",
    "lies auch",
    "ebenfalls interessant",
    "das könnte dich interessieren",
    "das könnte sie interessieren",
    "empfohlene artikel",
    "top-themen",
    "mehr aus dem ressort",
    "mehr nachrichten",
    "weiterlesen",
    "zum weiterlesen",
    "passend dazu",
    "beliebte artikel",
    "neueste artikel",
    "aktuelle nachrichten",
    "mehr von",
    "mehr aus",
    "empfohlene beiträge",
    "wir empfehlen",
    "verwandte artikel",
    "verwandte beiträge",
    "ähnliche artikel",
    "ähnliche beiträge",
    "weitere empfehlungen",
    "weitere beiträge",
    "lesen sie hier",
    "lesen sie mehr",
    "nächster artikel",
    "vorheriger artikel",
    "auch lesenswert",
    "ebenfalls lesenswert",
    "schon gelesen",
    "nachfolgebeitrag",
    "vorgängerbeitrag",
    "nächster beitrag",
    "vorheriger beitrag",
    "previous post",
    "next post",
    "older post",
    "newer post",
    "dazu passend",
    "passende artikel",
    "top artikel",
    "mehr artikel",
    "auch lesen",
    "mehr lesen",
    "mehr themen",
    "weitere themen",
    "weitere informationen",
    "mehr informationen",
    "siehe auch",
    "mehr dazu",
    "lesetipp",
    "lesetipps",
    "lese-tipp",
    "auch spannend",
    "lesen sie außerdem",
    "ebenfalls lesen",
    // English
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related content",
    "related news",
    "related reading",
    "recommended",
    "recommended for you",
    "recommended stories",
    "recommended reading",
    "you may also like",
    "you might also like",
    "you may like",
    "you might like",
    "more from",
    "more on this",
    "more stories",
    "more news",
    "read more",
    "read next",
    "read this next",
    "up next",
    "most read",
    "most popular",
    "most viewed",
    "trending",
    "trending now",
    "popular",
    "popular stories",
    "don't miss",
    "also read",
    "see also",
    "further reading",
    "latest news",
    "latest stories",
    "what to read next",
    "around the web",
    "from around the web",
    "more to explore",
    "related topics",
    "keep reading",
    "continue reading",
    "next article",
    "previous article",
    "more like this",
    "read also",
    "also see",
    "see more",
    "more stories from",
    "more articles from",
    // One to three words where the `*` is (see `matching_label`): "More Great WIRED Stories".
    "more * stories",
    "more * articles",
    "more * news",
    "explore further",
    "editors' picks",
    "editor's picks",
    "top stories",
    "other stories",
    "in other news",
    "read",
    "watch",
    "more",
    // French
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "sur le même sujet",
    "vous aimerez aussi",
    "vous aimerez peut-être",
    "articles similaires",
    "les plus lus",
    "à voir aussi",
    "recommandé pour vous",
    "lire également",
    "à lire également",
    "voir aussi",
    "à découvrir aussi",
    // Spanish
    "te puede interesar",
    "también te puede interesar",
    "noticias relacionadas",
    "más noticias",
    "lo más leído",
    "lo más visto",
    "te recomendamos",
    "artículos relacionados",
    "leer más",
    "lee también",
    "lea también",
    "lea más",
    "lea",
    "relacionado",
    "relacionadas",
    "vea también",
    "ver también",
    "mira también",
    "mire también",
    "mira",
    "mire",
    "lee más",
    "lee",
    "también puede leer",
    "también le puede interesar",
    "le puede interesar",
    "te podría interesar",
    "quizás te interese",
    "le recomendamos",
    "más noticias de",
    // Italian
    "potrebbe interessarti",
    "ti potrebbe interessare",
    "leggi anche",
    "articoli correlati",
    "i più letti",
    "più letti",
    "consigliati per te",
    "potrebbe piacerti",
    "vedi anche",
    "guarda anche",
    "leggi",
    // Dutch
    "lees ook",
    "gerelateerde artikelen",
    "meest gelezen",
    "aanbevolen",
    "misschien ook interessant",
    "lees meer",
    "bekijk ook",
    // Polish
    "zobacz także",
    "zobacz też",
    "czytaj także",
    "czytaj też",
    "polecane",
    "najczęściej czytane",
    "podobne artykuły",
    "czytaj więcej",
    "czytaj",
    "zobacz",
    // Portuguese
    "leia também",
    "veja também",
    "notícias relacionadas",
    "mais lidas",
    "recomendados para você",
    "você também pode gostar",
    "leia mais",
    "veja mais",
    "leia",
    "veja",
];

/// Tag and category lists under an article.
pub const TAXONOMY_LABELS: &[&str] = &[
    "tags",
    "tag",
    "schlagworte",
    "schlagwörter",
    "stichworte",
    "stichwörter",
    "themen",
    "kategorie",
    "kategorien",
    "categories",
    "category",
    "filed under",
    "posted in",
    "topics",
    "étiquettes",
    "mots-clés",
    "etiquetas",
    "argomenti",
    "tagi",
    "tematy",
    "trefwoorden",
];

/// Prompts to share, rate, like or print, and notices around comments.
pub const PROMPT_LABELS: &[&str] = &[
    "war dieser artikel hilfreich",
    "artikel teilen",
    "beitrag teilen",
    "diesen artikel teilen",
    "jetzt teilen",
    "teilen",
    "mit freunden teilen",
    "artikel bewerten",
    "bewerten sie",
    "wie hat dir",
    "wie hat ihnen",
    "wie gefällt",
    "gefällt mir",
    "gefällt dir",
    "pinnen",
    "rezept drucken",
    "drucken",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share this post",
    "share on",
    "like this",
    "was this article helpful",
    "was this helpful",
    "did you find this",
    "rate this",
    "print",
    "print this",
    "email this",
    "partager",
    "partager cet article",
    "compartir",
    "condividi",
    "udostępnij",
    "delen",
    "compartilhe",
    "compartilhar",
    "kommentare geschlossen",
    "kommentare deaktiviert",
    "comments are closed",
    "comments closed",
    "wird geladen",
    "loading",
    "schreibe einen kommentar",
    "kommentar schreiben",
    "leave a comment",
    "leave a reply",
    "add a comment",
    "join the conversation",
    "valora esta noticia",
    "comparte esta noticia",
    "califica esta noticia",
    "rate this article",
];

/// Way-back links and author boxes.
pub const CHROME_LABELS: &[&str] = &[
    "zurück",
    "zurück zur übersicht",
    "zurück zur liste",
    "zurück zur startseite",
    "back",
    "back to top",
    "back to overview",
    "nach oben",
    "zum seitenanfang",
    "retour",
    "volver",
    "torna su",
    "about the author",
    "über den autor",
    "über die autorin",
    "zur person",
    "der autor",
    "die autorin",
    "über mich",
    "about me",
    "à propos de l'auteur",
    "sobre el autor",
    "sull'autore",
    "o autorze",
    "sobre o autor",
    "over de auteur",
    "kontakt",
    "pressekontakt",
    "ansprechpartner",
    "ansprechpartnerin",
    "media contact",
    "press contact",
    "contacto de prensa",
    "contact presse",
];

/// Paywall and subscription notices.
pub const PAYWALL_LABELS: &[&str] = &[
    "to continue reading",
    "subscribe to continue",
    "already a subscriber",
    "bereits abonnent",
    "jetzt abonnieren",
    "abonnieren sie",
    "weiterlesen mit",
    "lesen sie weiter mit",
    "la suite est réservée",
    "contenido exclusivo para suscriptores",
    "questo articolo è riservato",
    "dieser artikel ist nur für abonnenten",
    "this article is for subscribers",
    "subscribe now",
    "become a member",
    "jetzt testen",
];

/// Newsletter signup boxes.
pub const NEWSLETTER_LABELS: &[&str] = &[
    "newsletter",
    "unser newsletter",
    "newsletter abonnieren",
    "sign up for our newsletter",
    "sign up for",
    "subscribe to our newsletter",
    "get our newsletter",
    "melden sie sich",
    "abonnieren sie unseren newsletter",
    "inscrivez-vous",
    "suscríbete",
    "iscriviti",
    "zapisz się",
    "inscreva-se",
    "schrijf je in",
];

/// Calls to action closing an article: follow us, get the app, join the
/// channel, subscribe, rate this. Each entry is a set of phrases that must all
/// occur in the (lowercased) block.
pub const CALLS_TO_ACTION: &[&[&str]] = &[
    // follow us
    &["follow us"],
    &["follow the", " on twitter"],
    &["follow the", " on instagram"],
    &["follow the", " on facebook"],
    &["keep up with", " on twitter"],
    &["folge uns"],
    &["folgen sie uns"],
    &["suivez-nous"],
    &["síguenos"],
    &["siguenos"],
    &["seguici"],
    &["siga-nos"],
    &["volg ons"],
    &["obserwuj nas"],
    // get the app
    &["download the", " app"],
    &["download our", " app"],
    &["app store", "google play"],
    &["lade dir die app"],
    &["laden sie die app"],
    &["laden sie unsere app"],
    &["descarga nuestra app"],
    &["descarga la app"],
    &["téléchargez l'app"],
    &["téléchargez notre app"],
    &["scarica l'app"],
    // join the channel
    &["canal de telegram"],
    &["canal de youtube"],
    &["canal de whatsapp"],
    &["telegram channel"],
    &["youtube channel"],
    &["whatsapp channel"],
    &["telegram-kanal"],
    &["youtube-kanal"],
    &["whatsapp-kanal"],
    &["chaîne youtube"],
    &["canale telegram"],
    &["canale youtube"],
    &["join us on"],
    // subscribe
    &["already a subscriber"],
    &["subscribe to our"],
    &["subscribe now"],
    &["abonnieren sie unseren"],
    &["jetzt abonnieren"],
    &["suscríbete"],
    &["abonnez-vous"],
    &["abbonati"],
    &["sign up for our"],
    &["melden sie sich", "newsletter"],
    // rate, like, send tips
    &["war dieser artikel"],
    &["was this article helpful"],
    &["valora esta"],
    &["send us your"],
    &["send us a tip"],
    // join, register
    &["werden sie mitglied"],
    &["jetzt mitglied werden"],
    &["become a member"],
    &["unseren newsletter"],
    &["our newsletter"],
    &["hier klicken", "registrieren"],
    &["jetzt registrieren"],
    // support appeals
    &["support our journalism"],
    &["support independent journalism"],
    &["support quality journalism"],
    &["support us"],
    &["become a supporter"],
    &["make a donation"],
    &["donate now"],
    &["unterstützen sie unseren journalismus"],
    &["jetzt unterstützen"],
    &["soutenez notre"],
    &["apoya nuestro periodismo"],
    &["sostieni il nostro"],
];

/// Affiliate and advertiser disclosures, found at the top or the bottom of an article.
pub const DISCLOSURES: &[&[&str]] = &[
    &["may receive compensation"],
    &["may earn a commission"],
    &["we earn a commission"],
    &["affiliate link"],
    &["as an amazon associate"],
    &["affiliate-link"],
    &["partnerlink"],
    &["erhält", "provision"],
    &["erhalten wir", "provision"],
    &["als amazon-partner"],
    &["enlaces de afiliados"],
    &["enlaces de afiliado"],
    &["liens affiliés"],
    &["lien affilié"],
    &["link di affiliazione"],
    &["link affiliati"],
];

/// Cookie notices left in the article's first or last lines.
pub const COOKIE_NOTICES: &[&[&str]] = &[
    &["we use cookies"],
    &["site uses cookies"],
    &["wir verwenden cookies"],
    &["verwendet cookies"],
    &["nutzt cookies"],
    &["setzt cookies ein"],
    &["korzystamy z cookies"],
    &["plików cookie"],
    &["utilizamos cookies"],
    &["nous utilisons des cookies"],
    &["utilise des cookies"],
    &["utilizziamo i cookie"],
    &["utilizza i cookie"],
    &["gebruikt cookies"],
    &["maakt gebruik van cookies"],
];

/// Disclaimers and licence lines closing an article: the publisher's voice.
pub const DISCLAIMERS: &[&[&str]] = &[
    &["gibt die meinung des autors wieder"],
    &["gibt die meinung der autorin wieder"],
    &["not responsible for the opinions"],
    &["do not necessarily reflect"],
    &["does not necessarily reflect"],
    &["the views expressed"],
    &["veröffentlicht unter der lizenz"],
    &["published under a creative commons"],
    &["sofern nicht anders", "lizenz"],
    &["las opiniones expresadas"],
    &["les opinions exprimées"],
    &["le opinioni espresse"],
    &["spiegelt nicht", "meinung"],
    &["inhalte dieser website", "lizenz"],
    &["content on this site", "licensed"],
    // copyright and syndication notices, citation formats
    &["all rights reserved"],
    &["alle rechte vorbehalten"],
    &["tous droits réservés"],
    &["todos los derechos reservados"],
    &["tutti i diritti riservati"],
    &["may not be published", "redistributed"],
    &["citation:", "retrieved"],
    &["cite this article"],
    &["how to cite"],
    &["zitiervorschlag"],
];

/// Lines of links to the site's legal pages, closing a page builder's article.
pub const LEGAL_LINKS: &[&[&str]] = &[
    &["impressum", "datenschutz"],
    &["privacy policy", "terms"],
    &["imprint", "privacy"],
    &["mentions légales"],
    &["aviso legal", "privacidad"],
    &["note legali"],
    &["privacy", "cookie policy"],
];

/// How a heading pointing to another site's articles starts ("Auch auf gofeminin.de").
const SITE_TEASER_PREFIXES: &[&str] = &[
    "auch auf ",
    "mehr auf ",
    "also on ",
    "more on ",
    "aussi sur ",
    "plus sur ",
    "también en ",
    "más en ",
    "anche su ",
    "ook op ",
];

/// Whether a normalised label names a site to read more on: a prefix from
/// [`SITE_TEASER_PREFIXES`] and a host name.
pub fn names_another_site(label: &str) -> bool {
    SITE_TEASER_PREFIXES.iter().any(|p| {
        label.strip_prefix(p).is_some_and(|host| {
            let host = host.trim();
            !host.contains(' ')
                && host.rsplit_once('.').is_some_and(|(name, tld)| {
                    !name.is_empty()
                        && tld.len() >= 2
                        && tld.chars().all(|c| c.is_ascii_alphabetic())
                })
        })
    })
}

/// How the heading of a closing "about the author/publisher" box starts.
pub const ABOUT_HEADINGS: &[&str] = &[
    "über ",
    "about ",
    "à propos ",
    "a propos ",
    "sobre ",
    "acerca de ",
    "informazioni su ",
    "over ",
];

/// How links back to a listing or overview start ("zurück zur Übersicht").
pub const BACK_LINKS: &[&str] = &[
    "zurück zu",
    "zurück zum",
    "zurück zur",
    "zu allen",
    "zur übersicht",
    "alle beiträge",
    "alle artikel",
    "back to",
    "all posts",
    "all articles",
    "retour à",
    "retour aux",
    "volver a",
    "torna a",
    "torna alla",
    "terug naar",
    "powrót do",
];

/// Whether a lowercased text block (with its [`Grams`]) matches one of the
/// phrase sets.
pub fn matches_phrases(lower: &str, grams: &Grams, table: &[&[&str]]) -> bool {
    table.iter().any(|phrases| {
        phrases
            .iter()
            .all(|p| grams.may_contain(p) && lower.contains(p))
    })
}

/// The byte pairs of a text, hashed into 1,024 bits: a phrase with a pair
/// the text lacks cannot occur in it. Checking that first spares most of the
/// substring searches, which dominate the cost of small pages.
pub struct Grams([u64; 16]);

impl Grams {
    pub fn of(text: &str) -> Grams {
        let mut bits = [0u64; 16];
        for pair in text.as_bytes().windows(2) {
            let h = gram_hash(pair);
            bits[h >> 6] |= 1 << (h & 63);
        }
        Grams(bits)
    }

    fn may_contain(&self, phrase: &str) -> bool {
        phrase.as_bytes().windows(2).all(|pair| {
            let h = gram_hash(pair);
            self.0[h >> 6] & (1 << (h & 63)) != 0
        })
    }
}

fn gram_hash(pair: &[u8]) -> usize {
    (usize::from(pair[0]).wrapping_mul(31) ^ usize::from(pair[1]).wrapping_mul(7)) & 1023
}

/// Lowercases and trims a label of decoration (`»`, `:`, `›`, arrows, bullets).
pub fn normalise_label(text: &str) -> String {
    crate::case::lowercase(text.trim_matches(is_label_decoration))
}

/// What [`normalise_label`] trims off both ends.
pub fn is_label_decoration(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ':' | '»'
                | '«'
                | '›'
                | '‹'
                | '>'
                | '→'
                | '•'
                | '|'
                | '-'
                | '–'
                | '—'
                | '…'
                | '.'
                | '*'
                | '('
                | ')'
                | '['
                | ']'
        )
}

/// Whether the label's first word starts any entry of the label tables: a
/// cheap test that spares most blocks the table scans.
pub fn could_be_label(label: &str) -> bool {
    static FIRST_WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let words = FIRST_WORDS.get_or_init(|| {
        [
            AD_LABELS,
            RECOMMENDATION_LABELS,
            TAXONOMY_LABELS,
            PROMPT_LABELS,
            PAYWALL_LABELS,
            NEWSLETTER_LABELS,
            CHROME_LABELS,
        ]
        .iter()
        .flat_map(|t| t.iter())
        .filter_map(|entry| entry.split(' ').next())
        .collect()
    });
    let first = label
        .split([' ', ':', '?', '!', ',', '/'])
        .next()
        .unwrap_or(label);
    words.contains(first)
}

/// The entry the normalised label equals or, with `allow_prefix`, starts
/// with followed by a separator ("More from The Verge", "Lea también: …").
/// One-word entries ("Read", "Mira") run on only after a colon: "Read: …"
/// is a teaser, "Read the fine print" is not.
pub fn matching_label(
    label: &str,
    table: &[&'static str],
    allow_prefix: bool,
) -> Option<&'static str> {
    table.iter().copied().find(|entry| {
        label == *entry
            || matches_gap(label, entry)
            || allow_prefix
                && label
                    .strip_prefix(entry)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(|c| {
                        c == ':' || entry.contains(' ') && matches!(c, ' ' | '?' | '!' | ',' | '/')
                    })
    })
}

/// An entry with ` * ` in it matches a label with one to three words in its
/// place ("more * stories": "More Great WIRED Stories", "More Local Stories").
fn matches_gap(label: &str, entry: &str) -> bool {
    let Some((head, tail)) = entry.split_once(" * ") else {
        return false;
    };
    label
        .strip_prefix(head)
        .and_then(|rest| rest.strip_suffix(tail))
        .and_then(|gap| gap.strip_prefix(' ')?.strip_suffix(' '))
        .is_some_and(|gap| (1..=3).contains(&gap.split(' ').count()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gap_in_an_entry_takes_one_to_three_words() {
        let matched =
            |label: &str| matching_label(&normalise_label(label), RECOMMENDATION_LABELS, true);
        assert_eq!(matched("More Great WIRED Stories"), Some("more * stories"));
        assert_eq!(matched("More local stories"), Some("more * stories"));
        assert_eq!(matched("More stories"), Some("more stories"));
        assert_eq!(matched("More of the best long-form stories"), None);
        assert_eq!(matched("Explore further"), Some("explore further"));
    }

    #[test]
    fn labels_match_whole_or_with_separator() {
        let label_in = |label: &str, table: &[&'static str], prefix: bool| {
            matching_label(&normalise_label(label), table, prefix)
        };
        assert!(label_in(
            "Das könnte Dich auch interessieren:",
            RECOMMENDATION_LABELS,
            true
        )
        .is_some());
        assert_eq!(
            label_in("More from The Verge", RECOMMENDATION_LABELS, true),
            Some("more from")
        );
        assert!(label_in("Relatedness of species", RECOMMENDATION_LABELS, true).is_none());
        assert!(label_in("ANZEIGE", AD_LABELS, false).is_some());
        assert!(label_in("Anzeigen gegen Unbekannt erstattet", AD_LABELS, false).is_none());
    }

    #[test]
    fn one_word_labels_run_on_only_after_a_colon() {
        let label_in =
            |label: &str| matching_label(&normalise_label(label), RECOMMENDATION_LABELS, true);
        assert_eq!(
            label_in("Lea también: Impiden ingreso a Nicaragua"),
            Some("lea también")
        );
        assert_eq!(
            label_in("MIRA: Madre se acerca a conocer los motivos"),
            Some("mira")
        );
        assert_eq!(
            label_in("(También puede leer: Quintero dijo)"),
            Some("también puede leer")
        );
        assert!(label_in("Read the fine print before you sign").is_none());
        assert!(label_in("More than 200 people were evacuated").is_none());
    }

    #[test]
    fn gram_prefilter_never_hides_a_phrase_that_occurs() {
        for table in [
            CALLS_TO_ACTION,
            DISCLOSURES,
            DISCLAIMERS,
            COOKIE_NOTICES,
            LEGAL_LINKS,
        ] {
            for phrase in table.iter().flat_map(|set| set.iter()) {
                let text = format!("so steht es da: {phrase} – und mehr");
                assert!(Grams::of(&text).may_contain(phrase), "{phrase}");
                assert!(matches_phrases(&text, &Grams::of(&text), &[&[phrase]]));
            }
        }
        let text = "the council voted on tuesday";
        assert!(!matches_phrases(text, &Grams::of(text), CALLS_TO_ACTION));
    }

    #[test]
    fn site_teaser_headings_name_a_host() {
        assert!(
            names_another_site("auch auf gofeminin.de")
                && names_another_site("more on theverge.com")
        );
        assert!(
            !names_another_site("auch auf dem land") && !names_another_site("more on this story")
        );
    }
}
