//! Metadata: JSON-LD (`Article` family, `@graph` included; `Recipe`, `Product`),
//! OpenGraph, Twitter cards, Dublin Core, `meta name=author`, `rel=author`,
//! `<time>`, `lang`, `dir`.

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
    /// The JSON-LD `Product` (or `ProductGroup`) the page is about (none on
    /// a page whose JSON-LD says it is an article or a review of it).
    pub product: Option<Product>,
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

/// A product as its JSON-LD `Product` or `ProductGroup` describes it: shops
/// that render the description and the specifications with script keep
/// them only there.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Product {
    /// The description's paragraphs, as plain text (any markup taken out).
    pub description: Vec<String>,
    pub brand: Option<String>,
    /// The offer's price and currency as written (`110 USD`).
    pub price: Option<String>,
    /// The `additionalProperty` names and values (with their unit).
    pub properties: Vec<(String, String)>,
}

/// Most description paragraphs or properties read from one product.
const PRODUCT_MAX_ITEMS: usize = 100;

/// Most products noted on one page: a listing's dozens say only that the
/// page is about none of them.
const MAX_PRODUCTS: usize = 8;

/// A product found in the JSON-LD: its name, whether it is a `ProductGroup`
/// (the product of a page whose variants are `Product`s), and what it says.
struct FoundProduct {
    name: Option<String>,
    group: bool,
    product: Product,
}

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
    products: Vec<FoundProduct>,
    /// Whether an object of the `Article` family (a review, a recipe
    /// included) is among them: the page is about its products, not theirs.
    is_article: bool,
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
        let ld_is_article = self.json_ld.is_article;
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
            product: the_product(self.json_ld.products).filter(|_| !ld_is_article),
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
                note_products(map, &mut out.products);
                out.is_article |= is_article_type(map.get("@type"));
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

const PRODUCT_TYPES: &[&str] = &[
    "Product",
    "ProductGroup",
    "IndividualProduct",
    "ProductModel",
];

/// Notes the product an object is, or the one it names as its `mainEntity`
/// (a `WebPage` or `ItemPage` about a product).
fn note_products(map: &Map, products: &mut Vec<FoundProduct>) {
    let main = match map.get("mainEntity") {
        Some(Value::Object(m)) => Some(m),
        _ => None,
    };
    for m in std::iter::once(map).chain(main) {
        if products.len() < MAX_PRODUCTS && type_is(m.get("@type"), PRODUCT_TYPES) {
            products.extend(take_product(m));
        }
    }
}

fn take_product(map: &Map) -> Option<FoundProduct> {
    let description = map
        .get("description")
        .and_then(Value::as_str)
        .map(text_paragraphs)
        .unwrap_or_default();
    let properties = product_properties(map.get("additionalProperty"));
    if description.is_empty() && properties.is_empty() {
        return None;
    }
    let product = Product {
        description,
        brand: names(map.get("brand")).into_iter().next(),
        price: offer_price(map.get("offers")),
        properties,
    };
    Some(FoundProduct {
        name: string_field(map.get("name")),
        group: type_is(map.get("@type"), &["ProductGroup"]),
        product,
    })
}

/// The product the page is about: its `ProductGroup`, else its one product
/// (by name); none on a page that lists several.
fn the_product(mut found: Vec<FoundProduct>) -> Option<Product> {
    if let Some(at) = found.iter().position(|f| f.group) {
        return Some(found.swap_remove(at).product);
    }
    let first = found.first()?;
    let one = found.iter().all(|f| f.name == first.name);
    one.then(|| found.swap_remove(0).product)
}

/// `additionalProperty` `PropertyValue`s as name and value (and unit).
fn product_properties(field: Option<&Value>) -> Vec<(String, String)> {
    let items = match field {
        Some(Value::Array(items)) => items.as_slice(),
        Some(v @ Value::Object(_)) => std::slice::from_ref(v),
        _ => &[],
    };
    let mut properties = Vec::new();
    for p in items.iter().take(PRODUCT_MAX_ITEMS) {
        let name = string_field(p.get("name"));
        let value = p.get("value").and_then(scalar_text);
        if let (Some(name), Some(value)) = (name, value) {
            properties.push((name, with_unit(value, p.get("unitText"))));
        }
    }
    properties
}

/// A string (markup taken out) or a number as written.
fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(clean_value(&strip_tags(s, ' '))).filter(|t| !t.is_empty()),
        Value::Number(n) => Some(n.clone()),
        _ => None,
    }
}

/// A value followed by its unit (or currency), when there is one.
fn with_unit(mut value: String, unit: Option<&Value>) -> String {
    if let Some(unit) = string_field(unit) {
        value.push(' ');
        value.push_str(&unit);
    }
    value
}

/// The first offer's `price` (else `lowPrice`) and `priceCurrency`.
fn offer_price(offers: Option<&Value>) -> Option<String> {
    let offer = match offers? {
        Value::Array(items) => items.first()?,
        other => other,
    };
    let price = offer.get("price").or_else(|| offer.get("lowPrice"));
    Some(with_unit(scalar_text(price?)?, offer.get("priceCurrency")))
}

/// The paragraphs of a text that may carry markup (`<p>`, `<br>`, entities
/// written once or twice): block tags and line breaks end a paragraph, the
/// other tags go, and what is left is plain text. A text written
/// percent-encoded, as in a URL (no space, `%20` between its words), is no
/// text to read.
fn text_paragraphs(s: &str) -> Vec<String> {
    if !s.contains(char::is_whitespace) && s.contains("%20") {
        return Vec::new();
    }
    let mut paragraphs: Vec<String> = strip_tags(&unescape_entities(s), '\n')
        .split('\n')
        .map(clean_value)
        .filter(|p| !p.is_empty())
        .collect();
    paragraphs.truncate(PRODUCT_MAX_ITEMS);
    paragraphs
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
                out.extend(Some(clean_value(&strip_tags(s, ' '))).filter(|t| !t.is_empty()))
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

/// Text with `<…>` tags taken out (recipe steps and product descriptions
/// sometimes carry markup); block tags leave `block_break`. A `<` that opens
/// no tag (`size < 40`) is text.
fn strip_tags(s: &str, block_break: char) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let opens_tag = rest[open + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        if !opens_tag {
            out.push('<');
            rest = &rest[open + 1..];
            continue;
        }
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
            out.push(block_break);
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
    fn json_ld_product_in_a_graph_with_markup_properties_and_offer() {
        let m = meta_of(
            r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Shop"},
            {"@type":"Product","name":"Kettle","brand":{"@type":"Brand","name":"Stahlwerk"},
             "description":"<p>Boils 1.7 litres in &lt;b&gt;three&lt;/b&gt; minutes.</p><p>Cord store &amp; a size < 40 cm base.<br>Made in Portugal.</p>",
             "additionalProperty":[{"@type":"PropertyValue","name":"Capacity","value":1.7,"unitText":"l"},
               {"@type":"PropertyValue","name":"Colour","value":"Brushed steel"},{"name":"Broken"}],
             "offers":{"@type":"Offer","price":49.90,"priceCurrency":"EUR"}}]}</script></head><body></body></html>"#,
        );
        let product = m.product.expect("product read");
        assert_eq!(
            product.description,
            [
                "Boils 1.7 litres in three minutes.",
                "Cord store & a size < 40 cm base.",
                "Made in Portugal."
            ]
        );
        assert_eq!(product.brand.as_deref(), Some("Stahlwerk"));
        assert_eq!(product.price.as_deref(), Some("49.90 EUR"));
        assert_eq!(
            product.properties,
            [
                ("Capacity".to_string(), "1.7 l".to_string()),
                ("Colour".to_string(), "Brushed steel".to_string())
            ]
        );
    }

    #[test]
    fn json_ld_product_group_wins_and_a_listing_of_products_has_none() {
        let group = meta_of(
            r#"<html><head><script type="application/ld+json">[{"@type":"Product","name":"Runner, size 9","description":"One size."},
            {"@type":"ProductGroup","name":"Runner","description":"The runner in every size."}]</script></head></html>"#,
        );
        assert_eq!(
            group.product.map(|p| p.description),
            Some(vec!["The runner in every size.".to_string()])
        );
        let encoded = meta_of(
            r#"<html><head><script type="application/ld+json">{"@type":"Product","name":"Sofa","description":"A%20curved%20sofa%20in%20velvet."}</script></head></html>"#,
        );
        assert_eq!(encoded.product, None);
        let listing = meta_of(
            r#"<html><head><script type="application/ld+json">[{"@type":"Product","name":"Kettle","description":"A kettle."},
            {"@type":"Product","name":"Toaster","description":"A toaster."}]</script></head></html>"#,
        );
        assert_eq!(listing.product, None);
        let main_entity = meta_of(
            r#"<html><head><script type="application/ld+json">{"@type":"ItemPage","mainEntity":{"@type":"Product","name":"Lamp","description":"A lamp."}}</script></head></html>"#,
        );
        assert!(main_entity.product.is_some());
        let review = meta_of(
            r#"<html><head><script type="application/ld+json">[{"@type":"Review","name":"Lamp review","itemReviewed":{"@type":"Product","name":"Lamp"}},
            {"@type":"Product","name":"Lamp","description":"A lamp."}]</script></head></html>"#,
        );
        assert_eq!(review.product, None);
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
