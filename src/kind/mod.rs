//! What kind of page this is — an article, documentation, a forum thread, a
//! service or landing page, a listing, a collection of products, a product —
//! read from what the page declares (schema.org types, `og:type`, the
//! generator), its URL, and its shape; a small learned classifier weighs them
//! (a multinomial logistic regression, `weights.rs`, written by `make train`).

mod weights;

use crate::blocks::features::{Feature, Features};
use crate::blocks::Block;
use crate::metadata::Metadata;
use crate::schema::{assert_schema, feature_vector};
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

feature_vector! {
    /// What the page-kind classifier reads of a page, in the order of its vector.
    pub enum PageFeature / PageFeatures {
        DeclaresForum = "declares_forum",
        DeclaresProduct = "declares_product",
        DeclaresList = "declares_list",
        DeclaresArticle = "declares_article",
        DeclaresDocs = "declares_docs",
        DeclaresService = "declares_service",
        DeclaresBreadcrumbs = "declares_breadcrumbs",
        OgArticle = "og_article",
        OgProduct = "og_product",
        OgWebsite = "og_website",
        MadeByForumSoftware = "made_by_forum_software",
        MadeByDocsSoftware = "made_by_docs_software",
        MadeByShopSoftware = "made_by_shop_software",
        PathForum = "path_forum",
        PathDocs = "path_docs",
        PathProduct = "path_product",
        PathCollection = "path_collection",
        PathListing = "path_listing",
        PathHasDate = "path_has_date",
        PathDepth = "path_depth",
        PathIsRoot = "path_is_root",
        SlugWords = "slug_words",
        LogPageLen = "log_page_len",
        LogBlocks = "log_blocks",
        PageLinkDensity = "page_link_density",
        SelectionShare = "selection_share",
        LogMaxRepeats = "log_max_repeats",
        CurrencyPerBlock = "currency_per_block",
        CodeShare = "code_share",
        LogArticles = "log_articles",
        LogTimes = "log_times",
        HeadingShare = "heading_share",
        CommentShare = "comment_share",
    }
}

assert_schema!(weights::SCHEMA, PageFeature);

/// What the page features read besides the page itself.
pub struct PageFacts<'a> {
    pub meta: &'a Metadata,
    pub url: Option<&'a str>,
    pub blocks: &'a [Block],
    /// Per block, the features of `blocks::features`.
    pub block_features: &'a [Features],
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
pub fn page_features(doc: Doc, facts: &PageFacts) -> PageFeatures {
    let mut f = PageFeatures::default();
    declared_features(facts.meta, &mut f);
    url_features(facts.url, &mut f);
    shape_features(doc, facts, &mut f);
    f
}

/// What the page says it is.
fn declared_features(meta: &Metadata, f: &mut PageFeatures) {
    f[PageFeature::DeclaresForum] = any_type(meta, FORUM_TYPES);
    f[PageFeature::DeclaresProduct] = any_type(meta, PRODUCT_TYPES);
    f[PageFeature::DeclaresList] = any_type(meta, LIST_TYPES);
    f[PageFeature::DeclaresArticle] = any_type(meta, ARTICLE_TYPES);
    f[PageFeature::DeclaresDocs] = any_type(meta, DOCS_TYPES);
    f[PageFeature::DeclaresService] = any_type(meta, SERVICE_TYPES);
    f[PageFeature::DeclaresBreadcrumbs] = any_type(meta, &["BreadcrumbList"]);
    let og = meta.og_type.as_deref().unwrap_or("");
    f[PageFeature::OgArticle] = f32::from(og == "article");
    f[PageFeature::OgProduct] = f32::from(og.contains("product"));
    f[PageFeature::OgWebsite] = f32::from(og == "website");
    f[PageFeature::MadeByForumSoftware] = made_by(meta, FORUM_SOFTWARE);
    f[PageFeature::MadeByDocsSoftware] = made_by(meta, DOCS_SOFTWARE);
    f[PageFeature::MadeByShopSoftware] = made_by(meta, SHOP_SOFTWARE);
}

/// What the URL's path says.
fn url_features(url: Option<&str>, f: &mut PageFeatures) {
    let path = url
        .and_then(crate::urls::host_and_path)
        .map(|(_, p)| p.to_ascii_lowercase());
    let path = path.unwrap_or_default();
    let path = path.split(['?', '#']).next().unwrap_or("");
    f[PageFeature::PathForum] = path_has(path, FORUM_PATHS);
    f[PageFeature::PathDocs] = path_has(path, DOCS_PATHS);
    f[PageFeature::PathProduct] = path_has(path, PRODUCT_PATHS);
    f[PageFeature::PathCollection] = path_has(path, COLLECTION_PATHS);
    f[PageFeature::PathListing] = path_has(path, LISTING_PATHS);
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let is_year =
        |p: &&str| p.len() == 4 && p.starts_with("20") && p.bytes().all(|b| b.is_ascii_digit());
    f[PageFeature::PathHasDate] = f32::from(parts.iter().any(is_year));
    f[PageFeature::PathDepth] = parts.len() as f32;
    f[PageFeature::PathIsRoot] = f32::from(parts.is_empty());
    // The last part's words: an article's slug reads like its headline.
    f[PageFeature::SlugWords] = parts
        .last()
        .map_or(0, |p| p.split(['-', '_']).filter(|w| !w.is_empty()).count())
        as f32;
}

/// The page's shape, read from its blocks.
fn shape_features(doc: Doc, facts: &PageFacts, f: &mut PageFeatures) {
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
    f[PageFeature::LogPageLen] = (1.0 + text as f32).log2();
    f[PageFeature::LogBlocks] = (1.0 + n).log2();
    f[PageFeature::PageLinkDensity] = links as f32 / text.max(1) as f32;
    f[PageFeature::SelectionShare] = facts.selection_share;
    f[PageFeature::LogMaxRepeats] = bf
        .iter()
        .map(|x| x[Feature::LogRepeats])
        .fold(0.0, f32::max);
    f[PageFeature::CurrencyPerBlock] = blocks.iter().map(|b| b.currency).sum::<u32>() as f32 / n;
    f[PageFeature::CodeShare] = share(&|k| bf[k][Feature::IsCode] > 0.0);
    f[PageFeature::LogArticles] = (1.0 + count_tag(doc, "article") as f32).log2();
    f[PageFeature::LogTimes] = (1.0 + count_tag(doc, "time") as f32).log2();
    f[PageFeature::HeadingShare] = share(&|k| bf[k][Feature::HeadingLevel] > 0.0);
    f[PageFeature::CommentShare] = share(&|k| bf[k][Feature::NamesComments] > 0.0);
}

fn count_tag(doc: Doc, tag: &str) -> usize {
    doc.live_elements(doc.body())
        .filter(|&e| doc.tag(e) == tag)
        .count()
}

/// How likely the page is of each kind.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KindProbabilities(pub [f32; KINDS]);

/// Kinds of page the classifier tells apart.
const KINDS: usize = PageKind::ALL.len();

impl KindProbabilities {
    /// The probability that the page is of that kind.
    pub fn of(&self, kind: PageKind) -> f32 {
        self.0[kind as usize]
    }

    /// The most probable kind.
    pub fn most_probable(&self) -> PageKind {
        let best = (0..KINDS)
            .max_by(|&a, &b| self.0[a].total_cmp(&self.0[b]))
            .unwrap_or(0);
        PageKind::ALL[best]
    }
}

/// The probability of each kind for a page's features: a softmax over one
/// linear score per kind.
pub fn kind_probabilities(x: &PageFeatures) -> KindProbabilities {
    let mut scores = [0f32; KINDS];
    for (k, score) in scores.iter_mut().enumerate() {
        let w = &weights::WEIGHTS[k];
        *score = weights::INTERCEPTS[k] + w.iter().zip(&x.0).map(|(a, b)| a * b).sum::<f32>();
    }
    let top = scores.iter().copied().fold(f32::MIN, f32::max);
    let exp: Vec<f32> = scores.iter().map(|s| (s - top).exp()).collect();
    let total: f32 = exp.iter().sum();
    let mut out = [0f32; KINDS];
    for (o, e) in out.iter_mut().zip(exp) {
        *o = e / total;
    }
    KindProbabilities(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::page_records;
    use crate::Options;

    /// The page's features as extraction computes them, and the kind probabilities.
    fn classify(html: &str, url: &str) -> (PageFeatures, KindProbabilities) {
        let options = Options {
            url: Some(url.to_string()),
            ..Options::default()
        };
        let page = page_records(html, &options)
            .expect("a page the rules read")
            .page;
        (page, kind_probabilities(&page))
    }

    fn post(author: &str, time: &str, text: &str) -> String {
        format!(
            "<article class=\"topic-post\"><div class=\"names\"><a href=\"/u/{author}\">{author}</a>\
             </div><time datetime=\"{time}\">{time}</time><div class=\"cooked\"><p>{text}</p></div>\
             <div class=\"post-controls\"><button>Reply</button></div></article>"
        )
    }

    /// A Discourse thread: generator, DiscussionForumPosting JSON-LD, /t/ URL, posts.
    fn forum_thread() -> String {
        let posts = [
            ("marta", "2024-03-01", "Since Monday the harbour webcam shows a black picture. Does anyone know whether it was taken down on purpose, or is it broken?"),
            ("jon_k", "2024-03-01", "Same here. I think the storm damaged the mast it hangs on, the port office said they would look at it this week."),
            ("marta", "2024-03-02", "Thanks, that makes sense. I will check the port office page for news then."),
            ("lighthouse", "2024-03-04", "It is back online since this morning, they moved it to the roof of the ferry terminal."),
            ("jon_k", "2024-03-04", "Great, the new view of the breakwater is even better than the old one."),
        ];
        let body: String = posts.iter().map(|(a, t, x)| post(a, t, x)).collect();
        format!(
            "<html><head><title>Harbour webcam offline? - Coast Forum</title>\
             <meta name=\"generator\" content=\"Discourse 3.2.0 - https://github.com/discourse/discourse\">\
             <script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\
             \"@type\":\"DiscussionForumPosting\",\"headline\":\"Harbour webcam offline?\",\
             \"author\":{{\"@type\":\"Person\",\"name\":\"marta\"}}}}</script></head><body>\
             <header><a href=\"/\">Coast Forum</a> <a href=\"/latest\">Latest</a> \
             <a href=\"/categories\">Categories</a></header>\
             <main><h1>Harbour webcam offline?</h1><div class=\"topic-posts\">{body}</div></main>\
             <footer><a href=\"/tos\">Terms</a> <a href=\"/privacy\">Privacy</a></footer></body></html>"
        )
    }

    /// A shop's product page: Product JSON-LD with an offer, og:type product, prices.
    const PRODUCT: &str = "<html><head><title>Trail Runner 3 - Coast Outdoor</title>\
        <meta property=\"og:type\" content=\"product\">\
        <script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\
        \"name\":\"Trail Runner 3\",\"offers\":{\"@type\":\"Offer\",\"price\":\"129.00\",\
        \"priceCurrency\":\"USD\"}}</script></head><body>\
        <nav><a href=\"/\">Shop</a> <a href=\"/collections/shoes\">Shoes</a> <a href=\"/cart\">Cart</a></nav>\
        <main><div class=\"product\"><h1>Trail Runner 3</h1>\
        <div class=\"price\"><span class=\"now\">$129.00</span> <s>$159.00</s></div>\
        <form action=\"/cart/add\"><select><option>EU 42</option><option>EU 43</option></select>\
        <button>Add to cart</button></form>\
        <div class=\"description\"><p>A light shoe for wet coastal paths, with a sole that grips on \
        rock and mud and an upper that dries within the hour. Ships in two days.</p>\
        <ul><li>Weight: 280 g</li><li>Drop: 6 mm</li><li>Free returns within 30 days</li></ul></div>\
        <h2>You may also like</h2><ul class=\"related\"><li><a href=\"/p/1\">Trail Sock</a> $12.00</li>\
        <li><a href=\"/p/2\">Rain Jacket</a> $89.00</li><li><a href=\"/p/3\">Gaiters</a> $25.00</li></ul>\
        </div></main><footer><a href=\"/shipping\">Shipping</a> <a href=\"/returns\">Returns</a></footer>\
        </body></html>";

    /// A news story: og:type article, NewsArticle JSON-LD, a dated URL, prose.
    const NEWS: &str = "<html><head><title>Harbour reopens after the storm | Coast News</title>\
        <meta property=\"og:type\" content=\"article\">\
        <script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\
        \"headline\":\"Harbour reopens after the storm\",\"datePublished\":\"2024-05-12\"}</script>\
        </head><body><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a> <a href=\"/sport\">Sport</a></nav>\
        <article><h1>Harbour reopens after the storm</h1><p class=\"byline\">By Ana Ruiz</p>\
        <p>The harbour reopened on Wednesday morning, two days after the storm tore three boats from \
        their moorings and flooded the fish market. Divers spent Tuesday checking the quay walls.</p>\
        <p>Fishermen said the repairs would take weeks. Many of them lost nets and pots, and the cold \
        store behind the market was without power for most of the night.</p>\
        <p>The town council has promised help for the families who depend on the harbour, and the \
        regional government said it would pay for the new breakwater engineers had asked for.</p>\
        </article><footer><a href=\"/contact\">Contact</a></footer></body></html>";

    #[test]
    fn a_discourse_thread_is_a_forum() {
        let url = "https://forum.coast.example/t/harbour-webcam-offline/1234";
        let (page, p) = classify(&forum_thread(), url);
        assert_eq!(page[PageFeature::DeclaresForum], 1.0);
        assert_eq!(page[PageFeature::MadeByForumSoftware], 1.0);
        assert_eq!(page[PageFeature::PathForum], 1.0);
        assert_eq!(page[PageFeature::LogArticles], (1.0f32 + 5.0).log2());
        assert_eq!(page[PageFeature::LogTimes], (1.0f32 + 5.0).log2());
        assert_eq!(p.most_probable(), PageKind::Forum, "{p:?}");
    }

    #[test]
    fn a_shop_s_product_page_is_a_product() {
        let url = "https://shop.coast.example/products/trail-runner-3";
        let (page, p) = classify(PRODUCT, url);
        assert_eq!(page[PageFeature::DeclaresProduct], 1.0);
        assert_eq!(page[PageFeature::OgProduct], 1.0);
        assert_eq!(page[PageFeature::PathProduct], 1.0);
        assert!(page[PageFeature::CurrencyPerBlock] > 0.2);
        assert_eq!(p.most_probable(), PageKind::Product, "{p:?}");
    }

    #[test]
    fn a_news_story_is_an_article() {
        let url = "https://news.coast.example/2024/05/12/harbour-reopens-after-the-storm";
        let (page, p) = classify(NEWS, url);
        assert_eq!(page[PageFeature::DeclaresArticle], 1.0);
        assert_eq!(page[PageFeature::OgArticle], 1.0);
        assert_eq!(page[PageFeature::PathHasDate], 1.0);
        assert_eq!(page[PageFeature::SlugWords], 5.0);
        assert_eq!(page[PageFeature::DeclaresForum], 0.0);
        assert_eq!(p.most_probable(), PageKind::Article, "{p:?}");
        assert!(p.of(PageKind::Article) > 0.5, "{p:?}");
    }

    #[test]
    fn the_path_is_the_page_s_own_url_not_its_base_href() {
        let canonical = "<head><link rel=\"canonical\" \
            href=\"https://news.coast.example/2024/05/12/harbour-reopens-after-the-storm\">\
            <base href=\"/\">";
        let html = NEWS.replacen("<head>", canonical, 1);
        let page = page_records(&html, &Options::default())
            .expect("a page")
            .page;
        assert_eq!(page[PageFeature::PathHasDate], 1.0);
        assert_eq!(page[PageFeature::PathDepth], 4.0);
        assert_eq!(page[PageFeature::SlugWords], 5.0);
        assert_eq!(page[PageFeature::PathIsRoot], 0.0);
    }

    #[test]
    fn the_url_s_path_is_read_without_host_query_or_fragment() {
        let features = |url: &str| {
            let mut f = PageFeatures::default();
            url_features(Some(url), &mut f);
            f
        };
        let thread = features("https://forum.example/t/some-topic/77?page=2#post-9");
        assert_eq!(thread[PageFeature::PathForum], 1.0);
        assert_eq!(thread[PageFeature::PathDepth], 3.0);
        assert_eq!(thread[PageFeature::SlugWords], 1.0, "the last part is 77");
        let docs = features("https://Example.COM/Docs/Getting-Started");
        assert_eq!(docs[PageFeature::PathDocs], 1.0, "lowercased");
        assert_eq!(docs[PageFeature::SlugWords], 2.0);
        let root = features("https://example.com/?utm_source=/docs/");
        assert_eq!(root[PageFeature::PathIsRoot], 1.0);
        assert_eq!(
            root[PageFeature::PathDocs],
            0.0,
            "the query is not the path"
        );
        let shop = features("https://example.com/collections/summer-2024");
        assert_eq!(shop[PageFeature::PathCollection], 1.0);
        assert_eq!(
            shop[PageFeature::PathHasDate],
            0.0,
            "2024 inside a slug is no date part"
        );
        // Without a URL the path is empty, as a home page's is.
        let mut none = PageFeatures::default();
        url_features(None, &mut none);
        assert_eq!(none, features("not a url"));
        let on: Vec<PageFeature> = PageFeature::ALL
            .iter()
            .copied()
            .filter(|&k| none[k] > 0.0)
            .collect();
        assert_eq!(on, [PageFeature::PathIsRoot]);
    }

    #[test]
    fn declared_types_og_type_and_generator_are_read() {
        let meta = Metadata {
            schema_types: vec![
                "WebPage".into(),
                "BreadcrumbList".into(),
                "TechArticle".into(),
            ],
            og_type: Some("website".into()),
            generator: Some("Docusaurus v3.1".into()),
            ..Metadata::default()
        };
        let mut f = PageFeatures::default();
        declared_features(&meta, &mut f);
        let on: Vec<&str> = PageFeature::ALL
            .iter()
            .filter(|&&k| f[k] > 0.0)
            .map(|k| k.name())
            .collect();
        assert_eq!(
            on,
            [
                "declares_docs",
                "declares_breadcrumbs",
                "og_website",
                "made_by_docs_software"
            ]
        );
    }

    #[test]
    fn kind_probabilities_are_a_distribution_even_for_extreme_features() {
        let mut extreme = PageFeatures::default();
        for (k, x) in extreme.0.iter_mut().enumerate() {
            *x = if k % 2 == 0 { 1e4 } else { -1e4 };
        }
        let ones = PageFeatures([1.0; PageFeature::COUNT]);
        for x in [PageFeatures::default(), ones, extreme] {
            let p = kind_probabilities(&x).0;
            let total: f32 = p.iter().sum();
            assert!((total - 1.0).abs() < 1e-5, "{p:?}");
            assert!(
                p.iter().all(|v| v.is_finite() && (0.0..=1.0).contains(v)),
                "{p:?}"
            );
        }
        // Different pages get different distributions (the weights are not all zero).
        assert_ne!(
            kind_probabilities(&PageFeatures::default()),
            kind_probabilities(&ones)
        );
    }

    #[test]
    fn most_probable_is_the_kind_of_the_largest_probability() {
        for (k, kind) in PageKind::ALL.iter().enumerate() {
            let mut p = [0.1f32; KINDS];
            p[k] = 0.4;
            assert_eq!(KindProbabilities(p).most_probable(), *kind);
            assert_eq!(KindProbabilities(p).of(*kind), 0.4);
            assert_eq!(
                PageKind::ALL.iter().position(|x| x.name() == kind.name()),
                Some(k)
            );
        }
    }
}
