//! What kind of page this is — an article, documentation, a forum thread, a
//! service or landing page, a listing, a collection of products, a product —
//! read from what the page declares (schema.org types, `og:type`, the
//! generator), its URL, and its shape; a small learned classifier weighs them
//! (a multinomial logistic regression, `weights.rs`, written by `make train`).

mod weights;

use crate::blocks::Block;
use crate::metadata::Metadata;
use crate::view::Doc;

/// The kinds of page a reader view meets (WCXB's page types).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    #[default]
    Article,
    Documentation,
    Forum,
    Service,
    Listing,
    Collection,
    Product,
}

impl PageKind {
    /// In the classifier's order.
    pub const ALL: [PageKind; 7] = [
        PageKind::Article,
        PageKind::Documentation,
        PageKind::Forum,
        PageKind::Service,
        PageKind::Listing,
        PageKind::Collection,
        PageKind::Product,
    ];

    pub fn name(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::Documentation => "documentation",
            PageKind::Forum => "forum",
            PageKind::Service => "service",
            PageKind::Listing => "listing",
            PageKind::Collection => "collection",
            PageKind::Product => "product",
        }
    }
}

/// Groups of schema.org types, by the kind of page they declare.
const FORUM_TYPES: &[&str] = &[
    "DiscussionForumPosting",
    "QAPage",
    "Question",
    "Answer",
    "SocialMediaPosting",
];
const PRODUCT_TYPES: &[&str] = &[
    "Product",
    "ProductGroup",
    "IndividualProduct",
    "Offer",
    "AggregateOffer",
    "Vehicle",
];
const LIST_TYPES: &[&str] = &[
    "ItemList",
    "CollectionPage",
    "SearchResultsPage",
    "OfferCatalog",
];
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "Report",
    "ReportageNewsArticle",
    "LiveBlogPosting",
];
const DOCS_TYPES: &[&str] = &["TechArticle", "APIReference", "SoftwareSourceCode", "HowTo"];
const SERVICE_TYPES: &[&str] = &[
    "Service",
    "LocalBusiness",
    "SoftwareApplication",
    "WebApplication",
    "FAQPage",
    "ProfessionalService",
    "Course",
];

/// Generators (CMS, forum and documentation software), lowercased, by kind.
const FORUM_SOFTWARE: &[&str] = &[
    "discourse",
    "vbulletin",
    "xenforo",
    "phpbb",
    "invision",
    "mybb",
    "nodebb",
    "flarum",
    "vanilla",
    "simple machines",
];
const DOCS_SOFTWARE: &[&str] = &[
    "sphinx",
    "docusaurus",
    "mkdocs",
    "gitbook",
    "antora",
    "vuepress",
    "vitepress",
    "starlight",
    "mintlify",
    "docfx",
    "hugo-book",
    "just the docs",
];
const SHOP_SOFTWARE: &[&str] = &[
    "shopify",
    "woocommerce",
    "magento",
    "prestashop",
    "shopware",
];

/// URL path parts, lowercased, by the kind of page they name.
const FORUM_PATHS: &[&str] = &[
    "/t/",
    "/thread",
    "/topic",
    "/forum",
    "/questions/",
    "/comments/",
    "/discussion",
    "showthread",
    "viewtopic",
    "/community/",
    "/d/",
];
const DOCS_PATHS: &[&str] = &[
    "/docs/",
    "/doc/",
    "/documentation/",
    "/reference/",
    "/api/",
    "/manual/",
    "/guide",
    "/learn/",
    "/tutorial",
    "/developer",
];
const PRODUCT_PATHS: &[&str] = &[
    "/product/",
    "/products/",
    "/p/",
    "/item/",
    "/dp/",
    "/itm/",
    "/app/",
];
const COLLECTION_PATHS: &[&str] = &[
    "/collections/",
    "/category/",
    "/categories/",
    "/c/",
    "/shop/",
    "/catalog/",
    "/browse/",
    "/department",
    "/store/",
];
const LISTING_PATHS: &[&str] = &[
    "/tag/", "/tags/", "/topics/", "/search", "/list", "/latest", "/archive",
];

/// Names of the page features, in the order of a feature vector.
pub const PAGE_FEATURE_NAMES: &[&str] = &[
    "declares_forum",
    "declares_product",
    "declares_list",
    "declares_article",
    "declares_docs",
    "declares_service",
    "declares_breadcrumbs",
    "og_article",
    "og_product",
    "og_website",
    "made_by_forum_software",
    "made_by_docs_software",
    "made_by_shop_software",
    "path_forum",
    "path_docs",
    "path_product",
    "path_collection",
    "path_listing",
    "path_has_date",
    "path_depth",
    "path_is_root",
    "slug_words",
    "log_page_len",
    "log_blocks",
    "page_link_density",
    "selection_share",
    "log_max_repeats",
    "currency_per_block",
    "code_share",
    "log_articles",
    "log_times",
    "heading_share",
    "comment_share",
];

/// Page features per page.
pub const PAGE_FEATURES: usize = PAGE_FEATURE_NAMES.len();

/// What the page features read besides the page itself.
pub struct PageFacts<'a> {
    pub meta: &'a Metadata,
    pub url: Option<&'a str>,
    pub blocks: &'a [Block],
    /// Per block, the features of `blocks::features`.
    pub block_features: &'a [[f32; crate::blocks::features::FEATURES]],
    pub selection_share: f32,
}

fn any_type(meta: &Metadata, group: &[&str]) -> f32 {
    f32::from(
        meta.schema_types
            .iter()
            .any(|t| group.contains(&t.as_str())),
    )
}

fn made_by(meta: &Metadata, software: &[&str]) -> f32 {
    let generator = meta.generator.as_deref().unwrap_or("").to_ascii_lowercase();
    f32::from(software.iter().any(|s| generator.contains(s)))
}

fn path_has(path: &str, parts: &[&str]) -> f32 {
    f32::from(parts.iter().any(|p| path.contains(p)))
}

/// The feature vector of a page (`doc`: the page without its silent parts).
pub fn page_features(doc: Doc, facts: &PageFacts) -> [f32; PAGE_FEATURES] {
    let mut f = [0f32; PAGE_FEATURES];
    declared_features(facts.meta, &mut f);
    url_features(facts.url, &mut f);
    shape_features(doc, facts, &mut f);
    f
}

/// What the page says it is.
fn declared_features(meta: &Metadata, f: &mut [f32; PAGE_FEATURES]) {
    f[0] = any_type(meta, FORUM_TYPES);
    f[1] = any_type(meta, PRODUCT_TYPES);
    f[2] = any_type(meta, LIST_TYPES);
    f[3] = any_type(meta, ARTICLE_TYPES);
    f[4] = any_type(meta, DOCS_TYPES);
    f[5] = any_type(meta, SERVICE_TYPES);
    f[6] = any_type(meta, &["BreadcrumbList"]);
    let og = meta.og_type.as_deref().unwrap_or("");
    f[7] = f32::from(og == "article");
    f[8] = f32::from(og.contains("product"));
    f[9] = f32::from(og == "website");
    f[10] = made_by(meta, FORUM_SOFTWARE);
    f[11] = made_by(meta, DOCS_SOFTWARE);
    f[12] = made_by(meta, SHOP_SOFTWARE);
}

/// What the URL's path says.
fn url_features(url: Option<&str>, f: &mut [f32; PAGE_FEATURES]) {
    let path = url
        .and_then(crate::urls::host_and_path)
        .map(|(_, p)| p.to_ascii_lowercase());
    let path = path.unwrap_or_default();
    let path = path.split(['?', '#']).next().unwrap_or("");
    f[13] = path_has(path, FORUM_PATHS);
    f[14] = path_has(path, DOCS_PATHS);
    f[15] = path_has(path, PRODUCT_PATHS);
    f[16] = path_has(path, COLLECTION_PATHS);
    f[17] = path_has(path, LISTING_PATHS);
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let is_year =
        |p: &&str| p.len() == 4 && p.starts_with("20") && p.bytes().all(|b| b.is_ascii_digit());
    f[18] = f32::from(parts.iter().any(is_year));
    f[19] = parts.len() as f32;
    f[20] = f32::from(parts.is_empty());
    // The last part's words: an article's slug reads like its headline.
    f[21] = parts
        .last()
        .map_or(0, |p| p.split(['-', '_']).filter(|w| !w.is_empty()).count()) as f32;
}

/// The page's shape, read from its blocks.
fn shape_features(doc: Doc, facts: &PageFacts, f: &mut [f32; PAGE_FEATURES]) {
    let blocks = facts.blocks;
    let n = blocks.len().max(1) as f32;
    let text: u32 = blocks.iter().map(|b| b.text_len).sum();
    let links: u32 = blocks.iter().map(|b| b.link_len).sum();
    let share = |pick: &dyn Fn(usize) -> bool| {
        let part: u32 = (0..blocks.len())
            .filter(|&k| pick(k))
            .map(|k| blocks[k].text_len)
            .sum();
        part as f32 / text.max(1) as f32
    };
    let bf = facts.block_features;
    f[22] = (1.0 + text as f32).log2();
    f[23] = (1.0 + n).log2();
    f[24] = links as f32 / text.max(1) as f32;
    f[25] = facts.selection_share;
    f[26] = bf.iter().map(|x| x[37]).fold(0.0, f32::max);
    f[27] = blocks.iter().map(|b| b.currency).sum::<u32>() as f32 / n;
    f[28] = share(&|k| bf[k][14] > 0.0);
    f[29] = (1.0 + count_tag(doc, "article") as f32).log2();
    f[30] = (1.0 + count_tag(doc, "time") as f32).log2();
    f[31] = share(&|k| bf[k][10] > 0.0);
    f[32] = share(&|k| bf[k][34] > 0.0);
}

fn count_tag(doc: Doc, tag: &str) -> usize {
    doc.live_elements(doc.body())
        .filter(|&e| doc.tag(e) == tag)
        .count()
}

/// The probability of each kind (in [`PageKind::ALL`]'s order) for a page's
/// features: a softmax over one linear score per kind.
pub fn kind_probabilities(x: &[f32; PAGE_FEATURES]) -> [f32; 7] {
    let mut scores = [0f32; 7];
    for (k, score) in scores.iter_mut().enumerate() {
        let w = &weights::WEIGHTS[k];
        *score = weights::INTERCEPTS[k] + w.iter().zip(x).map(|(a, b)| a * b).sum::<f32>();
    }
    let top = scores.iter().copied().fold(f32::MIN, f32::max);
    let exp: Vec<f32> = scores.iter().map(|s| (s - top).exp()).collect();
    let total: f32 = exp.iter().sum();
    let mut out = [0f32; 7];
    for (o, e) in out.iter_mut().zip(exp) {
        *o = e / total;
    }
    out
}

/// The most probable kind.
pub fn most_probable(probabilities: &[f32; 7]) -> PageKind {
    let best = (0..7)
        .max_by(|&a, &b| probabilities[a].total_cmp(&probabilities[b]))
        .unwrap_or(0);
    PageKind::ALL[best]
}
