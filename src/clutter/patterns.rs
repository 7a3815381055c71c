//! The tables behind clutter detection: class/id tokens, labels in several
//! languages, and hosts of ad and recommendation widgets. Rules are general;
//! none names a site.

use super::ClutterKind;

/// How much a class/id token tells on its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Strength {
    /// Removes the element unless it holds most of the page's prose.
    Strong,
    /// Removes the element unless its class/id also says "content"
    /// (`article-header`, `main-column`) or it holds most of the page's prose.
    Weak,
}

/// A class/id token rule: an exact token, or a prefix when it ends in `*`.
pub struct TokenRule {
    pub pattern: &'static str,
    pub kind: ClutterKind,
    pub strength: Strength,
}

const fn rule(pattern: &'static str, kind: ClutterKind, strength: Strength) -> TokenRule {
    TokenRule {
        pattern,
        kind,
        strength,
    }
}

use ClutterKind::*;
use Strength::*;

/// Tokens are the lowercase parts of class and id split at `-`, `_`, spaces and
/// camelCase humps; compounds like `ad-slot` are also tried whole.
pub const TOKEN_RULES: &[TokenRule] = &[
    // ads and sponsored content
    rule("ad", Ad, Strong),
    rule("ads", Ad, Strong),
    rule("adv", Ad, Strong),
    rule("advert*", Ad, Strong),
    rule("adslot*", Ad, Strong),
    rule("adunit*", Ad, Strong),
    rule("adcontainer*", Ad, Strong),
    rule("adwrapper*", Ad, Strong),
    rule("adbox", Ad, Strong),
    rule("adzone", Ad, Strong),
    rule("adsense", Ad, Strong),
    rule("adsbygoogle", Ad, Strong),
    rule("googleads", Ad, Strong),
    rule("dfp", Ad, Strong),
    rule("gpt", Ad, Strong),
    rule("sponsor*", Ad, Strong),
    rule("anzeige*", Ad, Strong),
    rule("werbung", Ad, Strong),
    rule("werbemittel", Ad, Strong),
    rule("taboola*", Ad, Strong),
    rule("outbrain*", Ad, Strong),
    rule("plista*", Ad, Strong),
    rule("teads", Ad, Strong),
    rule("billboard", Ad, Strong),
    rule("skyscraper", Ad, Strong),
    rule("superbanner", Ad, Strong),
    rule("commercial", Ad, Weak),
    rule("promoted", Ad, Strong),
    rule("publicite", Ad, Strong),
    rule("publicidad", Ad, Strong),
    rule("pubblicita", Ad, Strong),
    rule("advertentie", Ad, Strong),
    rule("reklama", Ad, Strong),
    rule("publicidade", Ad, Strong),
    rule("banner", Ad, Weak),
    rule("promo", Ad, Weak),
    // recommendation and related-article blocks
    rule("related*", Recommendation, Weak),
    rule("recommend*", Recommendation, Weak),
    rule("recirc*", Recommendation, Weak),
    rule("empfehlung*", Recommendation, Weak),
    rule("mehrzumthema", Recommendation, Weak),
    rule("morestories", Recommendation, Weak),
    rule("more-stories", Recommendation, Weak),
    rule("more-articles", Recommendation, Weak),
    rule("youmaylike", Recommendation, Weak),
    rule("you-may-like", Recommendation, Weak),
    rule("mostread", Recommendation, Weak),
    rule("most-read", Recommendation, Weak),
    rule("most-popular", Recommendation, Weak),
    rule("meistgelesen", Recommendation, Weak),
    rule("trending", Recommendation, Weak),
    rule("popular", Recommendation, Weak),
    rule("readmore", Recommendation, Weak),
    rule("read-more", Recommendation, Weak),
    rule("also-read", Recommendation, Weak),
    rule("nextstory", Recommendation, Weak),
    rule("latest-posts", Recommendation, Weak),
    rule("recent-posts", Recommendation, Weak),
    rule("listposts", Recommendation, Weak),
    rule("next-post", Recommendation, Weak),
    rule("wp-embedded-content", Recommendation, Strong),
    // navigation and page chrome
    rule("nav", Navigation, Weak),
    rule("navbar", Navigation, Weak),
    rule("navigation", Navigation, Weak),
    rule("menu", Navigation, Weak),
    rule("menubar", Navigation, Weak),
    rule("breadcrumb*", Navigation, Strong),
    rule("header", Navigation, Weak),
    rule("masthead", Navigation, Weak),
    rule("topbar", Navigation, Weak),
    rule("footer", Navigation, Weak),
    rule("sidebar", Navigation, Weak),
    rule("pagination", Navigation, Weak),
    rule("pager", Navigation, Weak),
    rule("skiplink*", Navigation, Strong),
    rule("skip-link", Navigation, Strong),
    rule("sitemap", Navigation, Weak),
    rule("toc", Navigation, Weak),
    rule("table-of-contents", Navigation, Weak),
    // share bars and social widgets
    rule("share", Social, Strong),
    rule("shares", Social, Strong),
    rule("sharing", Social, Strong),
    rule("sharebar", Social, Strong),
    rule("sharetools", Social, Strong),
    rule("sharebuttons", Social, Strong),
    rule("share-buttons", Social, Strong),
    rule("social", Social, Weak),
    rule("socialmedia", Social, Weak),
    rule("social-media", Social, Weak),
    rule("addthis", Social, Strong),
    rule("sharethis", Social, Strong),
    rule("shariff", Social, Strong),
    rule("follow-us", Social, Strong),
    // comments
    rule("comment", Comments, Weak),
    rule("comments", Comments, Strong),
    rule("commentlist", Comments, Strong),
    rule("comment-list", Comments, Strong),
    rule("disqus*", Comments, Strong),
    rule("respond", Comments, Weak),
    rule("replies", Comments, Weak),
    rule("kommentare", Comments, Strong),
    rule("leserkommentare", Comments, Strong),
    // newsletter and subscription boxes
    rule("newsletter*", Newsletter, Strong),
    rule("paywall*", Other, Strong),
    rule("subscribe", Newsletter, Weak),
    rule("subscription", Newsletter, Weak),
    rule("signup", Newsletter, Weak),
    rule("sign-up", Newsletter, Weak),
    rule("optin", Newsletter, Weak),
    rule("mailchimp", Newsletter, Strong),
    // consent layers
    rule("cookie*", Consent, Strong),
    rule("consent*", Consent, Strong),
    rule("gdpr", Consent, Strong),
    rule("cmpbox*", Consent, Strong),
    rule("cmpwrapper", Consent, Strong),
    rule("cmpbanner", Consent, Strong),
    rule("cmp-banner", Consent, Strong),
    rule("onetrust*", Consent, Strong),
    rule("didomi*", Consent, Strong),
    rule("usercentrics*", Consent, Strong),
    rule("sp_message*", Consent, Strong),
    rule("privacy-embed", Consent, Weak),
    rule("embed-privacy", Consent, Weak),
    rule("third-party", Consent, Weak),
    // other chrome
    rule("popup", Other, Weak),
    rule("modal", Other, Weak),
    rule("dialog", Other, Strong),
    rule("author-bio", Other, Weak),
    rule("authorbox", Other, Weak),
    rule("author-box", Other, Weak),
    rule("about-author", Other, Weak),
    rule("author-info", Other, Weak),
    rule("author-card", Other, Weak),
    rule("sr-only", Other, Strong),
    rule("visually-hidden", Other, Strong),
    rule("print-only", Other, Strong),
    rule("noprint", Other, Weak),
    rule("supplemental", Other, Weak),
    rule("shoutbox", Other, Weak),
    rule("combx", Other, Weak),
    rule("agegate", Other, Weak),
    rule("widget", Other, Weak),
    rule("post-ratings", Other, Strong),
    rule("postratings", Other, Strong),
    rule("tags", Other, Weak),
    rule("rss", Other, Weak),
];

/// Tokens of buttons and toggles: with short text, page controls.
pub const CONTROL_TOKENS: &[&str] = &["btn", "button", "toggle"];

/// Tokens that mark an element as likely content: weak rules don't apply to it.
pub const CONTENT_TOKENS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "column",
    "content",
    "main",
    "mathjax",
    "shadow",
    "story",
    "entry",
    "blog",
];

/// ARIA roles of page chrome.
pub fn role_kind(role: &str) -> Option<ClutterKind> {
    match role {
        "navigation" | "menu" | "menubar" | "banner" | "contentinfo" | "search" => Some(Navigation),
        "complementary" => Some(Other),
        "alert" | "alertdialog" | "dialog" => Some(Other),
        _ => None,
    }
}

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
    "das thema könnte dich auch interessieren",
    "das thema könnte sie auch interessieren",
    "empfohlene beiträge",
    "heute empfehlen wir",
    "wir empfehlen",
    "verwandte artikel",
    "verwandte beiträge",
    "ähnliche artikel",
    "ähnliche beiträge",
    "weitere empfehlungen",
    "weitere beiträge",
    "lesen sie hier",
    "lesen sie mehr",
    "vorschau auf den nächsten artikel",
    "nächster artikel",
    "vorheriger artikel",
    "neugierig geworden",
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
    "kommentierte artikel",
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
    "explore further",
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
    "war der artikel nützlich",
    "war dieser artikel hilfreich",
    "möchten sie den artikel teilen",
    "artikel teilen",
    "beitrag teilen",
    "diesen artikel teilen",
    "jetzt teilen",
    "teilen",
    "mit freunden teilen",
    "den artikel mit anderen teilen",
    "hier können sie den artikel bewerten",
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
    "zurück zur listenansicht",
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
    "ansprechpartnerin zum thema",
    "ansprechpartner zum thema",
    "media contact",
    "press contact",
    "contacto de prensa",
    "contact presse",
];

/// Paywall and subscription notices.
pub const PAYWALL_LABELS: &[&str] = &[
    "wählen sie ihren zugang",
    "to view the full story",
    "to continue reading",
    "subscribe to continue",
    "already a subscriber",
    "bereits abonnent",
    "jetzt abonnieren",
    "abonnieren sie",
    "weiterlesen mit",
    "lesen sie weiter mit",
    "pour lire la suite",
    "la suite est réservée",
    "contenido exclusivo para suscriptores",
    "questo articolo è riservato",
    "dieser artikel ist nur für abonnenten",
    "this article is for subscribers",
    "subscribe now",
    "become a member",
    "jetzt testen",
    "lesen sie das",
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
    &["straight to your phone", " app"],
    &["apps for ios"],
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
    &["subscribers also receive"],
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
    &["gefällt dir unser"],
    &["gefällt ihnen unser"],
    &["war der artikel"],
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
];

/// Affiliate and advertiser disclosures, found at the top or the bottom of an article.
pub const DISCLOSURES: &[&[&str]] = &[
    &["may receive compensation"],
    &["may earn a commission"],
    &["we earn a commission"],
    &["affiliate link"],
    &["as an amazon associate"],
    &["contains references to products"],
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
    &["advertising disclaimer"],
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
    &["inhalte dieser website", "cc-by"],
    &["content on this site", "licensed"],
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

/// Hosts that serve ads or paid recommendation widgets.
pub const AD_HOSTS: &[&str] = &[
    "doubleclick.net",
    "googlesyndication.com",
    "googleadservices.com",
    "adservice.google.",
    "amazon-adsystem.com",
    "adnxs.com",
    "taboola.com",
    "outbrain.com",
    "plista.com",
    "criteo.com",
    "criteo.net",
    "teads.tv",
    "smartadserver.com",
    "adform.net",
    "rubiconproject.com",
    "pubmatic.com",
    "openx.net",
    "yieldlove",
    "ligatus.com",
    "revcontent.com",
    "mgid.com",
    "zergnet.com",
    "nativo.com",
    "sharethrough.com",
    "adition.com",
    "stroeer",
    "moatads.com",
    "adsafeprotected.com",
];

/// Hosts of video and audio players whose iframes are article content.
pub const EMBED_HOSTS: &[&str] = &[
    "youtube.com",
    "youtube-nocookie.com",
    "youtu.be",
    "player.vimeo.com",
    "vimeo.com",
    "dailymotion.com",
    "player.twitch.tv",
    "w.soundcloud.com",
    "open.spotify.com",
    "embed.ted.com",
    "archive.org/embed",
    "player.arte.tv",
    "ardmediathek.de",
    "zdf.de",
    "bandcamp.com",
    "streamable.com",
    "loom.com/embed",
    "codepen.io",
    "jsfiddle.net",
    "embed.podcasts.apple.com",
    "video.twimg.com",
];

/// `data-*` attribute names (after `data-`, first dash-separated part) that mark ad slots.
pub const AD_DATA_ATTRS: &[&str] = &[
    "ad",
    "ads",
    "adunit",
    "adslot",
    "ad_unit",
    "ad_slot",
    "advert",
    "dfp",
    "gpt",
    "google_query_id",
    "taboola",
    "outbrain",
    "plista",
    "sponsored",
    "native_ad",
];

/// Whether a URL's host belongs to one of the hosts. Entries match the host
/// or a subdomain of it; an entry with a path (`archive.org/embed`) also needs
/// the URL's path to start with it; `adservice.google.` matches any top-level
/// domain; an entry without a dot (`yieldlove`) matches inside the host.
pub fn url_matches_host(url: &str, hosts: &[&str]) -> bool {
    let Some((host, path)) = crate::clean::urls::host_and_path(url) else {
        return false;
    };
    let path = path.trim_start_matches('/');
    hosts.iter().any(|entry| {
        let (name, entry_path) = entry
            .split_once('/')
            .map_or((*entry, None), |(h, p)| (h, Some(p)));
        let host_matches = if name.ends_with('.') {
            host.starts_with(name) || host.contains(&format!(".{name}"))
        } else if !name.contains('.') {
            host.contains(name)
        } else {
            host == name || host.ends_with(&format!(".{name}"))
        };
        host_matches && entry_path.is_none_or(|p| path.starts_with(p))
    })
}

/// Splits class/id text into lowercase tokens: parts at `-`, `_`, spaces,
/// digits and camelCase humps, plus each whitespace-separated word whole.
pub fn tokens(class_and_id: &str) -> Vec<String> {
    let mut out = Vec::new();
    let pieces = class_and_id
        .split_whitespace()
        .flat_map(|w| w.split("--"))
        .flat_map(|w| w.split("__"));
    for word in pieces.filter(|w| !w.is_empty() && !is_taxonomy_class(w)) {
        let lower = word.to_lowercase();
        let first = out.len();
        let mut part = String::new();
        let mut prev_lower = false;
        for c in word.chars() {
            let boundary = !c.is_alphabetic() || (c.is_uppercase() && prev_lower);
            if boundary && !part.is_empty() {
                out.push(std::mem::take(&mut part));
            }
            if c.is_alphabetic() {
                part.extend(c.to_lowercase());
            }
            prev_lower = c.is_lowercase();
        }
        if !part.is_empty() {
            out.push(part);
        }
        push_compounds(&mut out, first);
        out.push(lower.clone());
        out.push(lower.replace(['-', '_'], ""));
    }
    out
}

/// Adds the two-part compounds of the parts from `first` on, hyphenated and
/// closed up: `bmg-author-box` also yields `author-box` and `authorbox`.
fn push_compounds(out: &mut Vec<String>, first: usize) {
    let parts = out.len() - first;
    if parts < 3 {
        return;
    }
    for i in first..first + parts - 1 {
        let mut hyphenated = String::with_capacity(out[i].len() + out[i + 1].len() + 1);
        hyphenated.push_str(&out[i]);
        hyphenated.push('-');
        hyphenated.push_str(&out[i + 1]);
        let closed = hyphenated.replacen('-', "", 1);
        out.push(hyphenated);
        out.push(closed);
    }
}

/// CMS taxonomy and state classes (`category-no-newsletter`, `tag-ads`,
/// `has-sidebar`) describe the page, not the element's role.
fn is_taxonomy_class(word: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "category-",
        "tag-",
        "tags-",
        "has-",
        "no-",
        "non-",
        "not-",
        "status-",
        "format-",
        "type-",
        "postid-",
        "post-type-",
        "taxonomy-",
        "term-",
        "single-",
        "page-template",
        "with-",
        "without-",
        "is-",
        "hide-",
        "show-",
    ];
    let lower = word.to_ascii_lowercase();
    PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// The rule a token list triggers, with the token that triggered it: strong
/// rules before weak ones, then table order.
pub fn match_tokens(tokens: &[String]) -> Option<(&'static TokenRule, String)> {
    let table = rule_index();
    let mut best: Option<(usize, String)> = None;
    for token in tokens {
        let exact = table.exact.get(token.as_str()).copied();
        let prefixed = table
            .prefix
            .iter()
            .copied()
            .find(|&r| token.starts_with(TOKEN_RULES[r].pattern.trim_end_matches('*')));
        for r in [exact, prefixed].into_iter().flatten() {
            if best.as_ref().is_none_or(|(b, _)| rank(r) < rank(*b)) {
                best = Some((r, token.clone()));
            }
        }
    }
    best.map(|(r, t)| (&TOKEN_RULES[r], t))
}

fn rank(rule: usize) -> (u8, usize) {
    (u8::from(TOKEN_RULES[rule].strength == Weak), rule)
}

struct RuleIndex {
    exact: std::collections::HashMap<&'static str, usize>,
    prefix: Vec<usize>,
}

fn rule_index() -> &'static RuleIndex {
    static INDEX: std::sync::OnceLock<RuleIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut exact = std::collections::HashMap::new();
        let mut prefix = Vec::new();
        for (i, r) in TOKEN_RULES.iter().enumerate() {
            if r.pattern.ends_with('*') {
                prefix.push(i);
            } else {
                exact.entry(r.pattern).or_insert(i);
            }
        }
        RuleIndex { exact, prefix }
    })
}

/// Whether the tokens say "this is content".
pub fn has_content_token(tokens: &[String]) -> bool {
    tokens.iter().any(|t| CONTENT_TOKENS.contains(&t.as_str()))
}

/// Lowercases and trims a label of decoration (`»`, `:`, `›`, arrows, bullets).
pub fn normalise_label(text: &str) -> String {
    text.trim_matches(is_label_decoration).to_lowercase()
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
            || allow_prefix
                && label
                    .strip_prefix(entry)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(|c| {
                        c == ':' || entry.contains(' ') && matches!(c, ' ' | '?' | '!' | ',' | '/')
                    })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenises_camel_case_and_separators() {
        let t = tokens("articleBody ad-slot");
        assert!(t.contains(&"article".to_string()));
        assert!(t.contains(&"body".to_string()));
        assert!(t.contains(&"ad".to_string()));
        assert!(t.contains(&"adslot".to_string()));
    }

    #[test]
    fn ad_token_does_not_match_inside_words() {
        assert!(match_tokens(&tokens("download-link header-image")).map(|r| r.0.kind) != Some(Ad));
        assert_eq!(
            match_tokens(&tokens("gpt-ad-container")).map(|r| r.0.kind),
            Some(Ad)
        );
        assert!(match_tokens(&tokens("bmg-content-box bmg-author-box"))
            .is_some_and(|r| r.0.pattern.starts_with("author")));
        assert_eq!(
            match_tokens(&tokens("ez-toc-container")).map(|r| r.0.kind),
            Some(Navigation)
        );
        assert!(has_content_token(&tokens("widget Blog")));
        assert_eq!(
            match_tokens(&tokens("third-party-services--placeholder")).map(|r| r.0.kind),
            Some(Consent)
        );
        assert_eq!(
            match_tokens(&tokens("post-ratings")).map(|r| r.0.kind),
            Some(Other)
        );
        assert!(
            names_another_site("auch auf gofeminin.de")
                && names_another_site("more on theverge.com")
        );
        assert!(
            !names_another_site("auch auf dem land") && !names_another_site("more on this story")
        );
        assert_eq!(
            match_tokens(&tokens("related-box ad")).map(|r| r.0.kind),
            Some(Ad)
        );
    }

    #[test]
    fn taxonomy_classes_are_ignored() {
        assert!(match_tokens(&tokens(
            "post type-post category-no-newsletter-rss tag-ads has-sidebar entry"
        ))
        .is_none());
        assert!(
            match_tokens(&tokens("o-section o-section--has-ads js-section--has-ads")).is_none()
        );
        assert!(match_tokens(&tokens("row non-paywall")).is_none());
        // Adobe's core components are all `cmp-*`; a consent manager says so.
        assert!(match_tokens(&tokens("cmp-text cmp-container")).is_none());
        assert_eq!(
            match_tokens(&tokens("cmpbox cmpBoxWrapper")).map(|r| r.0.kind),
            Some(Consent)
        );
    }

    #[test]
    fn commentary_is_not_comments() {
        assert!(match_tokens(&tokens("commentary")).is_none());
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
    fn hosts_match_on_domain_boundaries() {
        assert!(url_matches_host(
            "https://securepubads.g.doubleclick.net/x",
            AD_HOSTS
        ));
        assert!(url_matches_host(
            "https://www.youtube.com/embed/abc",
            EMBED_HOSTS
        ));
        assert!(!url_matches_host(
            "https://notyoutube.company/x",
            EMBED_HOSTS
        ));
        assert!(url_matches_host(
            "//www.youtube-nocookie.com/embed/abc",
            EMBED_HOSTS
        ));
        assert!(url_matches_host(
            "https://archive.org/embed/item",
            EMBED_HOSTS
        ));
    }

    #[test]
    fn hosts_are_read_as_browsers_read_them() {
        // A path that merely contains an allowed entry, or a backslash that
        // browsers read as a slash, must not pass for the allowed host.
        assert!(!url_matches_host(
            "https://attacker.example/archive.org/embed/x.html",
            EMBED_HOSTS
        ));
        assert!(!url_matches_host(
            "https://attacker.example\\.youtube.com/embed/x",
            EMBED_HOSTS
        ));
        assert!(!url_matches_host(
            "https://www.youtube.com@attacker.example/embed/x",
            EMBED_HOSTS
        ));
        assert!(!url_matches_host(
            "javascript:alert(1)//youtube.com",
            EMBED_HOSTS
        ));
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
}
