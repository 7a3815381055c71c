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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{page_records, Options};

    fn index(name: &str) -> usize {
        PAGE_FEATURE_NAMES.iter().position(|&n| n == name).unwrap()
    }

    /// The page's features as extraction computes them, and the kind probabilities.
    fn classify(html: &str, url: &str) -> ([f32; PAGE_FEATURES], [f32; 7]) {
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
        assert_eq!(page[index("declares_forum")], 1.0);
        assert_eq!(page[index("made_by_forum_software")], 1.0);
        assert_eq!(page[index("path_forum")], 1.0);
        assert_eq!(page[index("log_articles")], (1.0f32 + 5.0).log2());
        assert_eq!(page[index("log_times")], (1.0f32 + 5.0).log2());
        assert_eq!(most_probable(&p), PageKind::Forum, "{p:?}");
    }

    #[test]
    fn a_shop_s_product_page_is_a_product() {
        let url = "https://shop.coast.example/products/trail-runner-3";
        let (page, p) = classify(PRODUCT, url);
        assert_eq!(page[index("declares_product")], 1.0);
        assert_eq!(page[index("og_product")], 1.0);
        assert_eq!(page[index("path_product")], 1.0);
        assert!(page[index("currency_per_block")] > 0.2);
        assert_eq!(most_probable(&p), PageKind::Product, "{p:?}");
    }

    #[test]
    fn a_news_story_is_an_article() {
        let url = "https://news.coast.example/2024/05/12/harbour-reopens-after-the-storm";
        let (page, p) = classify(NEWS, url);
        assert_eq!(page[index("declares_article")], 1.0);
        assert_eq!(page[index("og_article")], 1.0);
        assert_eq!(page[index("path_has_date")], 1.0);
        assert_eq!(page[index("slug_words")], 5.0);
        assert_eq!(page[index("declares_forum")], 0.0);
        assert_eq!(most_probable(&p), PageKind::Article, "{p:?}");
        assert!(p[0] > 0.5, "{p:?}");
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
        assert_eq!(page[index("path_has_date")], 1.0);
        assert_eq!(page[index("path_depth")], 4.0);
        assert_eq!(page[index("slug_words")], 5.0);
        assert_eq!(page[index("path_is_root")], 0.0);
    }

    #[test]
    fn the_url_s_path_is_read_without_host_query_or_fragment() {
        let features = |url: &str| {
            let mut f = [0f32; PAGE_FEATURES];
            url_features(Some(url), &mut f);
            f
        };
        let thread = features("https://forum.example/t/some-topic/77?page=2#post-9");
        assert_eq!(thread[index("path_forum")], 1.0);
        assert_eq!(thread[index("path_depth")], 3.0);
        assert_eq!(thread[index("slug_words")], 1.0, "the last part is 77");
        let docs = features("https://Example.COM/Docs/Getting-Started");
        assert_eq!(docs[index("path_docs")], 1.0, "lowercased");
        assert_eq!(docs[index("slug_words")], 2.0);
        let root = features("https://example.com/?utm_source=/docs/");
        assert_eq!(root[index("path_is_root")], 1.0);
        assert_eq!(root[index("path_docs")], 0.0, "the query is not the path");
        let shop = features("https://example.com/collections/summer-2024");
        assert_eq!(shop[index("path_collection")], 1.0);
        assert_eq!(
            shop[index("path_has_date")],
            0.0,
            "2024 inside a slug is no date part"
        );
        // Without a URL the path is empty, as a home page's is.
        let mut none = [0f32; PAGE_FEATURES];
        url_features(None, &mut none);
        assert_eq!(none, features("not a url"));
        let on: Vec<usize> = (0..PAGE_FEATURES).filter(|&k| none[k] > 0.0).collect();
        assert_eq!(on, [index("path_is_root")]);
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
        let mut f = [0f32; PAGE_FEATURES];
        declared_features(&meta, &mut f);
        let on: Vec<&str> = (0..PAGE_FEATURES)
            .filter(|&k| f[k] > 0.0)
            .map(|k| PAGE_FEATURE_NAMES[k])
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
        let mut extreme = [0f32; PAGE_FEATURES];
        for (k, x) in extreme.iter_mut().enumerate() {
            *x = if k % 2 == 0 { 1e4 } else { -1e4 };
        }
        for x in [[0f32; PAGE_FEATURES], [1f32; PAGE_FEATURES], extreme] {
            let p = kind_probabilities(&x);
            let total: f32 = p.iter().sum();
            assert!((total - 1.0).abs() < 1e-5, "{p:?}");
            assert!(
                p.iter().all(|v| v.is_finite() && (0.0..=1.0).contains(v)),
                "{p:?}"
            );
        }
        // Different pages get different distributions (the weights are not all zero).
        assert_ne!(
            kind_probabilities(&[0f32; PAGE_FEATURES]),
            kind_probabilities(&[1f32; PAGE_FEATURES])
        );
    }

    #[test]
    fn most_probable_is_the_kind_of_the_largest_probability() {
        for (k, kind) in PageKind::ALL.iter().enumerate() {
            let mut p = [0.1f32; 7];
            p[k] = 0.4;
            assert_eq!(most_probable(&p), *kind);
            assert_eq!(
                PageKind::ALL.iter().position(|x| x.name() == kind.name()),
                Some(k)
            );
        }
    }
}
