//! Metadata: JSON-LD (`Article` family, `@graph` included), OpenGraph, Twitter
//! cards, Dublin Core, `meta name=author`, `rel=author`, `<time>`, `lang`, `dir`.

use std::collections::HashMap;

use crate::json::{self, Map, Value};
use crate::text::collapse;
use crate::view::View;

/// What the page says about itself.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Metadata {
    pub title: String,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
    pub canonical_url: Option<String>,
    pub base_href: Option<String>,
    /// A JSON-LD `Recipe`'s ingredients and steps.
    pub recipe: Option<Recipe>,
    /// The schema.org types the page declares (JSON-LD `@type`, microdata
    /// `itemtype`), at most [`MAX_SCHEMA_TYPES`]: what kind of page it says it is.
    pub schema_types: Vec<String>,
    /// `og:type` (`article`, `product`, `website`, …).
    pub og_type: Option<String>,
    /// `<meta name="generator">`: the CMS or forum software.
    pub generator: Option<String>,
}

/// Most schema.org types kept of one page.
pub const MAX_SCHEMA_TYPES: usize = 32;

/// A recipe's ingredients and steps as its JSON-LD gives them: pages that
/// render the recipe with script keep it only there.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Recipe {
    pub ingredients: Vec<String>,
    pub steps: Vec<String>,
}

/// Most ingredients or steps read from one recipe.
const RECIPE_MAX_ITEMS: usize = 200;

/// Facts found in JSON-LD.
#[derive(Default)]
struct JsonLd {
    title: Option<String>,
    authors: Vec<String>,
    published: Option<String>,
    publisher: Option<String>,
    description: Option<String>,
    image: Option<String>,
    url: Option<String>,
    recipe: Option<Recipe>,
    types: Vec<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "MedicalScholarlyArticle",
    "SatiricalArticle",
    "AdvertiserContentArticle",
    "Review",
    "Recipe",
    "HowTo",
];

/// What one walk over the page finds.
#[derive(Default)]
struct Found {
    metas: HashMap<String, String>,
    json_ld: JsonLd,
    links: Links,
    title_element: Option<String>,
    first_time: Option<String>,
    first_h1: Option<String>,
}

/// Reads the metadata of the whole page (call before clutter removal).
pub fn read(view: &View) -> Metadata {
    let mut found = Found::default();
    for i in 0..view.len() as u32 {
        found.collect(view, i);
    }
    found.assemble(view)
}

/// `<meta>` names and properties, first match wins.
const SITE_NAME_KEYS: &[&str] = &["og:site_name", "application-name", "twitter:site:name"];
const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "dcterms.title",
    "og:title",
    "twitter:title",
    "title",
    "parsely-title",
    "sailthru.title",
];
const BYLINE_KEYS: &[&str] = &[
    "dc:creator",
    "dcterm:creator",
    "dcterms.creator",
    "author",
    "parsely-author",
    "sailthru.author",
    "article:author",
];
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "dc:date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "pubdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "datepublished",
];
const EXCERPT_KEYS: &[&str] = &[
    "dc:description",
    "dcterm:description",
    "og:description",
    "description",
    "twitter:description",
];
const IMAGE_KEYS: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "thumbnail",
];
const LANGUAGE_KEYS: &[&str] = &["content-language", "dc.language", "language"];

impl Found {
    /// Takes what node `i` says about the page.
    fn collect(&mut self, view: &View, i: u32) {
        if let Some(types) = view.attr(i, "itemtype") {
            types
                .split_whitespace()
                .for_each(|t| add_schema_type(&mut self.json_ld.types, t));
        }
        match view.tag(i) {
            "meta" => collect_meta(view, i, &mut self.metas),
            "script" if is_json_ld(view, i) => read_json_ld(&raw_text(view, i), &mut self.json_ld),
            "link" => self.links.collect(view, i),
            "base" if self.links.base.is_none() => {
                self.links.base = view.attr(i, "href").map(str::to_string)
            }
            "title"
                if self.title_element.is_none() && !view.has_ancestor_tag(i, &["svg", "math"]) =>
            {
                self.title_element = Some(collapse(&raw_text(view, i)))
            }
            "time" if self.first_time.is_none() => {
                self.first_time = view.attr(i, "datetime").map(str::to_string)
            }
            "h1" if self.first_h1.is_none() => self.first_h1 = Some(view.full_text(i)),
            "a" if self.links.author.is_none() && is_author_link(view, i) => {
                self.links.author =
                    Some(view.full_text(i)).filter(|t| !t.is_empty() && t.len() < 100)
            }
            _ => {}
        }
    }

    /// The first `<meta>` value of the keys, cleaned, if not empty.
    fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter()
            .find_map(|k| self.metas.get(*k))
            .map(|v| clean_value(v))
            .filter(|v| !v.is_empty())
    }

    /// JSON-LD first, then `<meta>`, then the page's own elements.
    fn assemble(self, view: &View) -> Metadata {
        let site_name = self.meta(SITE_NAME_KEYS).or(self.json_ld.publisher.clone());
        let raw_title = self.json_ld.title.clone().or_else(|| self.meta(TITLE_KEYS));
        let raw_title = raw_title
            .or(self.title_element.clone())
            .or(self.first_h1.clone());
        let lang = self.language(view);
        let ld = &self.json_ld;
        Metadata {
            title: strip_site_suffix(
                &clean_value(&raw_title.unwrap_or_default()),
                site_name.as_deref(),
            ),
            byline: self.byline(),
            published_time: ld
                .published
                .clone()
                .or_else(|| self.meta(PUBLISHED_KEYS))
                .or(self.first_time.clone()),
            dir: text_direction(view, lang.as_deref()),
            lang,
            excerpt: ld.description.clone().or_else(|| self.meta(EXCERPT_KEYS)),
            lead_image: ld
                .image
                .clone()
                .or_else(|| self.meta(IMAGE_KEYS))
                .or(self.links.image.clone()),
            canonical_url: self
                .links
                .canonical
                .clone()
                .or(ld.url.clone())
                .or_else(|| self.meta(&["og:url"])),
            base_href: self.links.base.clone(),
            site_name,
            og_type: self.meta(&["og:type"]).map(|t| t.to_ascii_lowercase()),
            generator: self.meta(&["generator"]),
            schema_types: self.json_ld.types,
            recipe: self.json_ld.recipe,
        }
    }

    /// JSON-LD authors, else a `<meta>` author that is not a URL, else `rel=author`.
    fn byline(&self) -> Option<String> {
        let authors = &self.json_ld.authors;
        (!authors.is_empty())
            .then(|| authors.join(", "))
            .or_else(|| self.meta(BYLINE_KEYS).filter(|a| !a.starts_with("http")))
            .or(self.links.author.clone())
    }

    /// `lang` of `<html>`, else the language `<meta>`s, else `og:locale`.
    fn language(&self, view: &View) -> Option<String> {
        let html = view.html_element();
        html.and_then(|h| view.attr(h, "lang"))
            .or_else(|| html.and_then(|h| view.attr(h, "xml:lang")))
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .or_else(|| self.meta(LANGUAGE_KEYS))
            .or_else(|| self.meta(&["og:locale"]).map(|l| l.replace('_', "-")))
    }
}

/// `<script type="application/ld+json">`.
fn is_json_ld(view: &View, i: u32) -> bool {
    view.attr(i, "type")
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
}

/// `<a rel="author">`.
fn is_author_link(view: &View, i: u32) -> bool {
    view.attr(i, "rel")
        .is_some_and(|r| r.split_whitespace().any(|t| t == "author"))
}

/// `dir` of `<html>` or `<body>`, else right-to-left for a right-to-left language.
fn text_direction(view: &View, lang: Option<&str>) -> Option<String> {
    let html = view.html_element();
    html.and_then(|h| view.attr(h, "dir"))
        .or_else(|| view.attr(view.body(), "dir"))
        .map(|d| d.trim().to_ascii_lowercase())
        .filter(|d| matches!(d.as_str(), "rtl" | "ltr" | "auto"))
        .or_else(|| {
            lang.filter(|l| is_rtl_language(l))
                .map(|_| "rtl".to_string())
        })
}

#[derive(Default)]
struct Links {
    canonical: Option<String>,
    author: Option<String>,
    image: Option<String>,
    base: Option<String>,
}

impl Links {
    fn collect(&mut self, view: &View, i: u32) {
        let (Some(rel), Some(href)) = (view.attr(i, "rel"), view.attr(i, "href")) else {
            return;
        };
        for r in rel.split_whitespace() {
            match r.to_ascii_lowercase().as_str() {
                "canonical" if self.canonical.is_none() => self.canonical = Some(href.to_string()),
                "image_src" if self.image.is_none() => self.image = Some(href.to_string()),
                _ => {}
            }
        }
    }
}

/// Text content of an element's text children, unprocessed (for `<script>` and `<title>`).
fn raw_text(view: &View, i: u32) -> String {
    view.children(i).filter_map(|c| view.text_node(c)).collect()
}

fn collect_meta(view: &View, i: u32, metas: &mut HashMap<String, String>) {
    let Some(content) = view.attr(i, "content") else {
        return;
    };
    let keys = ["property", "name", "itemprop", "http-equiv"]
        .iter()
        .filter_map(|a| view.attr(i, a))
        .collect::<Vec<_>>();
    for key in keys.iter().flat_map(|k| k.split_whitespace()) {
        let key = key.to_ascii_lowercase();
        let key = key
            .strip_prefix("dc.")
            .map(|k| format!("dc:{k}"))
            .unwrap_or(key);
        metas.entry(key).or_insert_with(|| content.to_string());
    }
}

fn read_json_ld(raw: &str, out: &mut JsonLd) {
    let cleaned = raw
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim();
    let Some(value) = json::parse(cleaned) else {
        return;
    };
    let mut stack = vec![&value];
    let mut visited = 0;
    while let Some(v) = stack.pop() {
        visited += 1;
        if visited > 10_000 {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if let Some(graph) = map.get("@graph") {
                    stack.push(graph);
                }
                note_types(map.get("@type"), &mut out.types);
                if out.recipe.is_none() && type_is(map.get("@type"), &["Recipe"]) {
                    out.recipe = take_recipe(map);
                }
                if is_article_type(map.get("@type")) && out.title.is_none() {
                    take_article(map, out);
                } else if out.publisher.is_none()
                    && type_is(
                        map.get("@type"),
                        &["WebSite", "Organization", "NewsMediaOrganization"],
                    )
                {
                    out.publisher = string_field(map.get("name"));
                }
            }
            _ => {}
        }
    }
}

fn take_article(map: &Map, out: &mut JsonLd) {
    out.title = string_field(map.get("headline")).or_else(|| string_field(map.get("name")));
    out.authors = names(map.get("author"));
    out.published =
        string_field(map.get("datePublished")).or_else(|| string_field(map.get("dateCreated")));
    if let Some(p) = map
        .get("publisher")
        .and_then(|p| names(Some(p)).into_iter().next())
    {
        out.publisher = Some(p);
    }
    out.description = string_field(map.get("description"));
    out.image = image_url(map.get("image"));
    out.url = string_field(map.get("url")).or_else(|| {
        map.get("mainEntityOfPage")
            .and_then(|m| string_field(m.get("@id")).or_else(|| string_field(Some(m))))
    });
}

fn take_recipe(map: &Map) -> Option<Recipe> {
    let ingredients = texts_of(
        map.get("recipeIngredient")
            .or_else(|| map.get("ingredients")),
    );
    let steps = texts_of(map.get("recipeInstructions"));
    (!ingredients.is_empty() || !steps.is_empty()).then_some(Recipe { ingredients, steps })
}

/// The texts of a recipe field: a string, a list of strings, `HowToStep`s
/// (`text`, else `name`) and `HowToSection`s (`itemListElement`), in order.
fn texts_of(field: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack: Vec<&Value> = field.into_iter().collect();
    while let Some(v) = stack.pop() {
        if out.len() >= RECIPE_MAX_ITEMS {
            break;
        }
        match v {
            Value::String(s) => {
                out.extend(Some(clean_value(&strip_tags(s))).filter(|t| !t.is_empty()))
            }
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(m) => stack.extend(
                m.get("itemListElement")
                    .or_else(|| m.get("text"))
                    .or_else(|| m.get("name")),
            ),
            _ => {}
        }
    }
    out
}

/// Text with `<…>` tags taken out (recipe steps sometimes carry markup); block
/// tags leave a space.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = &rest[open..];
            break;
        };
        let tag = rest[open + 1..open + close]
            .trim_start_matches('/')
            .to_ascii_lowercase();
        let name = tag
            .split(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        if matches!(
            name,
            "br" | "p" | "div" | "li" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
        ) {
            out.push(' ');
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// Adds the types of an `@type` value (a string or an array of strings).
fn note_types(t: Option<&Value>, types: &mut Vec<String>) {
    let names: Vec<&str> = match t {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(|v| v.as_str()).collect(),
        _ => Vec::new(),
    };
    for name in names {
        add_schema_type(types, name);
    }
}

/// Adds a type once, by its last path part (`https://schema.org/Product` is `Product`).
fn add_schema_type(types: &mut Vec<String>, name: &str) {
    let name = name.trim().rsplit(['/', ':']).next().unwrap_or("");
    if !name.is_empty() && types.len() < MAX_SCHEMA_TYPES && !types.iter().any(|t| t == name) {
        types.push(name.to_string());
    }
}

fn type_is(t: Option<&Value>, types: &[&str]) -> bool {
    match t {
        Some(Value::String(s)) => types.contains(&s.as_str()),
        Some(Value::Array(a)) => a
            .iter()
            .any(|v| v.as_str().is_some_and(|s| types.contains(&s))),
        _ => false,
    }
}

fn is_article_type(t: Option<&Value>) -> bool {
    type_is(t, ARTICLE_TYPES)
}

fn string_field(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(clean_value(s)).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| string_field(Some(x))),
        _ => None,
    }
}

/// Names from a string, an object with `name`, or a list of either.
fn names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![clean_value(s)]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect(),
        Some(Value::Object(o)) => string_field(o.get("name")).into_iter().collect(),
        Some(Value::Array(a)) => a.iter().flat_map(|x| names(Some(x))).collect(),
        _ => Vec::new(),
    }
}

fn image_url(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(o) => {
            string_field(o.get("url")).or_else(|| string_field(o.get("contentUrl")))
        }
        Value::Array(a) => a.iter().find_map(|x| image_url(Some(x))),
        _ => None,
    }
}

/// Collapses whitespace and decodes the HTML entities some pages leave in metadata.
pub fn clean_value(s: &str) -> String {
    collapse(&unescape_entities(s.trim()))
}

/// Decodes named (`&amp;`, `&eacute;`) and numeric character references.
pub fn unescape_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(pos) = rest.find('&') {
        out.push_str(&rest[..pos]);
        rest = &rest[pos..];
        let end = rest[1..].find(';').map(|e| e + 1).filter(|&e| e <= 34);
        let decoded = end.and_then(|e| decode_entity(&rest[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_entity(name: &str) -> Option<char> {
    let Some(num) = name.strip_prefix('#') else {
        // Named references with one codepoint (the few with two stay as written).
        let &(first, second) = web_atoms::NAMED_ENTITIES.get(&format!("{name};"))?;
        return char::from_u32(first).filter(|_| first != 0 && second == 0);
    };
    let code = match num.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => num.parse().ok()?,
    };
    char::from_u32(code).filter(|&c| c != '\0')
}

const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " · ", " :: ", " / ", " » ", " \\ ", " ~ ",
];

/// Drops a " | Site" / " - Site" part from a title: the part naming the site,
/// or else a short last part after a separator.
pub fn strip_site_suffix(title: &str, site_name: Option<&str>) -> String {
    let Some(sep) = SEPARATORS
        .iter()
        .filter(|s| title.contains(*s))
        .max_by_key(|s| title.rfind(*s))
    else {
        return title.to_string();
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    if let Some(site) = site_name.map(normalise_site) {
        let kept: Vec<&str> = parts
            .iter()
            .copied()
            .filter(|p| normalise_site(p) != site)
            .collect();
        if !kept.is_empty() && kept.len() < parts.len() {
            return kept.join(sep);
        }
    }
    let (head, last) = title
        .rsplit_once(sep)
        .map(|(h, l)| (h.trim(), l.trim()))
        .unwrap_or((title, ""));
    if word_count(last) <= 4 && word_count(head) >= 3 {
        return head.to_string();
    }
    let (first, tail) = title
        .split_once(sep)
        .map(|(f, t)| (f.trim(), t.trim()))
        .unwrap_or((title, ""));
    if word_count(first) <= 2 && word_count(tail) >= 4 && *sep == " | " {
        return tail.to_string();
    }
    title.to_string()
}

fn normalise_site(s: &str) -> String {
    let lower = crate::case::lowercase(s.trim());
    let no_www = lower.strip_prefix("www.").unwrap_or(&lower);
    no_www.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Languages written right to left.
pub fn is_rtl_language(lang: &str) -> bool {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        primary.as_str(),
        "ar" | "he" | "iw" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "dv" | "ckb" | "syr"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn meta_of(src: &str) -> Metadata {
        let html = Html::parse_document(src);
        read(&View::build(&html))
    }

    #[test]
    fn json_ld_graph_wins() {
        let m = meta_of(
            r#"<html lang="de"><head><title>Ignored | Site</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Beispiel"},
            {"@type":"NewsArticle","headline":"Die Schlagzeile &amp; mehr","author":[{"@type":"Person","name":"Anna A."},{"name":"Ben B."}],
            "datePublished":"2025-01-02T10:00:00+01:00","image":{"url":"https://x.example/a.jpg"}}]}</script></head><body></body></html>"#,
        );
        assert_eq!(m.title, "Die Schlagzeile & mehr");
        assert_eq!(m.byline.as_deref(), Some("Anna A., Ben B."));
        assert_eq!(m.site_name.as_deref(), Some("Beispiel"));
        assert_eq!(
            m.published_time.as_deref(),
            Some("2025-01-02T10:00:00+01:00")
        );
        assert_eq!(m.lead_image.as_deref(), Some("https://x.example/a.jpg"));
        assert_eq!(m.lang.as_deref(), Some("de"));
    }

    #[test]
    fn json_ld_recipe_steps_sections_and_entities() {
        let m = meta_of(
            r#"<html><head><title>Biscoitos</title><script type="application/ld+json">{"@type":"Recipe","name":"Biscoitos",
            "recipeIngredient":["2 x&iacute;caras de farinha","1 ovo"],
            "recipeInstructions":[{"@type":"HowToSection","name":"Massa","itemListElement":[{"@type":"HowToStep","text":"Misture at&eacute; obter <b>uma massa</b>."}]},
            {"@type":"HowToStep","name":"Forno","text":"Asse por<br>20 minutos."},"Sirva."]}</script></head><body></body></html>"#,
        );
        let recipe = m.recipe.expect("recipe read");
        assert_eq!(recipe.ingredients, ["2 xícaras de farinha", "1 ovo"]);
        assert_eq!(
            recipe.steps,
            [
                "Misture até obter uma massa.",
                "Asse por 20 minutos.",
                "Sirva."
            ]
        );
        assert_eq!(m.title, "Biscoitos");
    }

    #[test]
    fn title_suffixes() {
        assert_eq!(
            strip_site_suffix(
                "USA und Japan stärken Sicherheitszusammenarbeit | vodafone.de",
                Some("vodafone.de")
            ),
            "USA und Japan stärken Sicherheitszusammenarbeit"
        );
        assert_eq!(
            strip_site_suffix("A long headline about things - The Site", None),
            "A long headline about things"
        );
        assert_eq!(
            strip_site_suffix("Spider-Man: a review", None),
            "Spider-Man: a review"
        );
        assert_eq!(
            strip_site_suffix("News — Ein Titel mit vielen Worten hier", Some("News")),
            "Ein Titel mit vielen Worten hier"
        );
    }

    #[test]
    fn open_graph_and_rtl() {
        let m = meta_of(
            r#"<html lang="ar"><head><meta property="og:title" content="عنوان"><meta property="og:site_name" content="موقع">
            <meta name="description" content="وصف"></head><body></body></html>"#,
        );
        assert_eq!(m.title, "عنوان");
        assert_eq!(m.dir.as_deref(), Some("rtl"));
        assert_eq!(m.excerpt.as_deref(), Some("وصف"));
    }
}
