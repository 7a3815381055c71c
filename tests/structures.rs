#![cfg(not(target_arch = "wasm32"))]
//! Article structures that must survive extraction: tables, code, figures, headings, quotes,
//! lists; right-to-left pages; lazy images and relative URLs; and an English news page whose
//! related links, share bars, comments, newsletter box, author box and breadcrumbs must go.
mod common;

use common::*;
use declutter::ClutterKind;

// ---------------------------------------------------------------------------------------------
// Technical blog post
// ---------------------------------------------------------------------------------------------

const BLOG: &str = "tech-blog-post.html";
const BLOG_URL: &str = "https://blog.example.dev/posts/tiny-interner/";

const INTERNER_CODE: &str = "use std::collections::HashMap;

/// Hands out a small integer for every distinct string.
pub struct Interner<'a> {
    map: HashMap<&'a str, u32>,
    strings: Vec<&'a str>,
}

impl<'a> Interner<'a> {
    pub fn intern(&mut self, s: &'a str) -> u32 {
        if let Some(&id) = self.map.get(s) {
            return id;
        }

        let id = self.strings.len() as u32;
        self.map.insert(s, id);
        self.strings.push(s);
        id
    }
}";

/// Syntax-highlighted in the page (one `<span>` per token); must come out as plain code.
const ARENA_CODE: &str = "pub struct Arena {
    buf: String,
    spans: Vec<(usize, usize)>,
}

impl Arena {
    pub fn push(&mut self, s: &str) -> usize {
        let start = self.buf.len();
        self.buf.push_str(s);
        self.spans.push((start, self.buf.len()));
        self.spans.len() - 1
    }

    pub fn get(&self, id: usize) -> &str {
        let (start, end) = self.spans[id];
        &self.buf[start..end]
    }
}";

const TOML_CODE: &str = "[dependencies]
hashbrown = { version = \"0.14\", default-features = false }

[profile.bench]
debug = true";

/// Recipe lines start with a tab, which must stay a tab.
const MAKEFILE_CODE: &str = "bench:
\tcargo bench --bench intern -- --save-baseline main

compare:
\tcargo bench --bench intern -- --baseline main";

const BLOG_PARAGRAPHS: [&str; 4] = [
    "Almost every program that reads text ends up comparing the same strings over and over again.",
    "The simplest interner keeps a hash map from strings to ids and a vector from ids back to strings.",
    "Because the arena only ever appends, a span handed out once stays valid for the lifetime of the interner",
    "An interner is one of those small data structures that pays for itself almost immediately.",
];

const BLOG_STEPS: [&str; 4] = [
    "Hash the string and look it up in the map.",
    "If it is there, return the stored id.",
    "Otherwise copy it into the arena, record its span and insert it.",
    "Hand the new id back to the caller.",
];

const BLOG_BULLETS: [&str; 4] = [
    "Symbol tables in compilers and interpreters",
    "Column dictionaries in analytical databases",
    "Tag and attribute names in HTML parsers",
    "Field names when deserializing large JSON documents",
];

const QUOTE: &str =
    "There are only two hard things in Computer Science: cache invalidation and naming things.";

fn blog() -> declutter::Article {
    extract_fixture(BLOG, Some(BLOG_URL))
}

#[test]
fn blog_table_survives_in_content() {
    let a = blog();
    let doc = parse(&a.content);
    let tables = select(&doc, "table");
    assert_eq!(
        tables.len(),
        1,
        "the benchmark table is missing:\n{}",
        a.content
    );
    let table = tables[0];
    let headers: Vec<String> = table.select(&sel("thead th")).map(text_of).collect();
    assert_eq!(
        headers,
        ["Approach", "Allocations", "Lookup (ns)", "Memory (MB)"]
    );
    let rows: Vec<Vec<String>> = table
        .select(&sel("tbody tr"))
        .map(|tr| tr.select(&sel("td")).map(text_of).collect())
        .collect();
    assert_eq!(
        rows,
        [
            ["String keys", "1,000,000", "41", "96"],
            ["Borrowed &str keys", "0", "38", "52"],
            ["Arena and spans", "14", "35", "31"],
        ]
    );
    // Inline code inside cells is kept as code.
    assert_eq!(table.select(&sel("td code")).count(), 2);
}

#[test]
fn blog_table_is_a_gfm_table_in_markdown() {
    let a = blog();
    let table = gfm_table(&a.markdown, "Approach");
    assert_eq!(
        table,
        [
            ["Approach", "Allocations", "Lookup (ns)", "Memory (MB)"],
            ["`String` keys", "1,000,000", "41", "96"],
            ["Borrowed `&str` keys", "0", "38", "52"],
            ["Arena and spans", "14", "35", "31"],
        ]
    );
}

#[test]
fn blog_code_is_preserved_byte_for_byte_in_text() {
    let a = blog();
    for code in [INTERNER_CODE, ARENA_CODE, TOML_CODE, MAKEFILE_CODE] {
        assert!(
            a.text.contains(code),
            "code block not preserved in text:\n{code}\n--- text:\n{}",
            a.text
        );
    }
}

#[test]
fn blog_code_is_preserved_in_content() {
    let a = blog();
    let doc = parse(&a.content);
    let codes: Vec<String> = select(&doc, "pre").into_iter().map(raw_text_of).collect();
    for code in [INTERNER_CODE, ARENA_CODE, TOML_CODE, MAKEFILE_CODE] {
        assert!(
            codes.iter().any(|c| c.trim_end_matches('\n') == code),
            "no <pre> holds exactly\n{code}\n--- <pre> texts: {codes:#?}"
        );
    }
    // The language hint survives on the code element.
    assert!(
        select(&doc, "pre code").iter().any(|c| c
            .value()
            .attr("class")
            .is_some_and(|k| k.contains("language-rust"))),
        "language-rust class lost:\n{}",
        a.content
    );
}

#[test]
fn blog_code_is_fenced_with_language_in_markdown() {
    let a = blog();
    assert_fenced(&a.markdown, "rust", INTERNER_CODE);
    assert_fenced(&a.markdown, "rust", ARENA_CODE);
    assert_fenced(&a.markdown, "toml", TOML_CODE);
    assert_fenced(&a.markdown, "makefile", MAKEFILE_CODE);
}

#[test]
fn blog_headings_are_kept() {
    let a = blog();
    let doc = parse(&a.content);
    let h2: Vec<String> = select(&doc, "h2").into_iter().map(text_of).collect();
    let h3: Vec<String> = select(&doc, "h3").into_iter().map(text_of).collect();
    for h in [
        "Why intern strings at all?",
        "A first version",
        "Owning the bytes: an arena",
        "Benchmarks",
        "Where interners show up",
        "Wrapping up",
    ] {
        assert!(h2.iter().any(|x| x == h), "h2 {h:?} missing; h2s: {h2:?}");
    }
    for h in ["Measuring allocations", "Keeping ids stable"] {
        assert!(h3.iter().any(|x| x == h), "h3 {h:?} missing; h3s: {h3:?}");
    }
    let lines = md_lines(&a.markdown);
    assert!(
        lines.contains(&"## Why intern strings at all?"),
        "markdown:\n{}",
        a.markdown
    );
    assert!(
        lines.contains(&"## Owning the bytes: an arena"),
        "markdown:\n{}",
        a.markdown
    );
    assert!(
        lines.contains(&"### Measuring allocations"),
        "markdown:\n{}",
        a.markdown
    );
    assert!(
        lines.contains(&"### Keeping ids stable"),
        "markdown:\n{}",
        a.markdown
    );
    // Headings are their own blocks in the text.
    assert!(blocks(&a.text).contains(&"Benchmarks"), "text:\n{}", a.text);
}

#[test]
fn blog_lists_are_kept() {
    let a = blog();
    let doc = parse(&a.content);
    let ol: Vec<String> = select(&doc, "ol > li").into_iter().map(text_of).collect();
    assert_eq!(ol, BLOG_STEPS);
    let ul: Vec<String> = select(&doc, "ul > li").into_iter().map(text_of).collect();
    assert_eq!(ul, BLOG_BULLETS);

    let lines = md_lines(&a.markdown);
    for (i, step) in BLOG_STEPS.iter().enumerate() {
        let line = lines
            .iter()
            .find(|l| l.ends_with(step))
            .unwrap_or_else(|| panic!("step {step:?} missing from markdown:\n{}", a.markdown));
        let marker = line.strip_suffix(step).unwrap();
        let number = marker.trim_end().trim_end_matches(['.', ')']);
        assert!(
            marker.ends_with(". ") || marker.ends_with(") "),
            "step {i} is not an ordered list item: {line:?}"
        );
        assert!(
            number.parse::<u32>().is_ok(),
            "step {i} is not an ordered list item: {line:?}"
        );
    }
    for bullet in BLOG_BULLETS {
        assert!(
            ["- ", "* ", "+ "]
                .iter()
                .any(|m| lines.contains(&format!("{m}{bullet}").as_str())),
            "bullet {bullet:?} missing from markdown:\n{}",
            a.markdown
        );
    }
}

#[test]
fn blog_blockquote_is_kept() {
    let a = blog();
    let doc = parse(&a.content);
    let quotes = select(&doc, "blockquote");
    assert_eq!(quotes.len(), 1, "content:\n{}", a.content);
    assert_in_order(&text_of(quotes[0]), &[QUOTE, "Phil Karlton"]);
    assert!(
        md_lines(&a.markdown)
            .iter()
            .any(|l| l.starts_with('>') && l.contains(QUOTE)),
        "quote is not a Markdown blockquote:\n{}",
        a.markdown
    );
    assert!(a.text.contains(QUOTE));
}

#[test]
fn blog_figure_is_kept_with_absolute_image() {
    let a = blog();
    let doc = parse(&a.content);
    let figure = select(&doc, "figure")
        .into_iter()
        .next()
        .expect("figure in content");
    let img = figure.select(&sel("img")).next().expect("img in figure");
    assert_eq!(
        img.value().attr("src"),
        Some("https://blog.example.dev/images/2024/interner-layout.png")
    );
    assert_eq!(
        img.value().attr("alt"),
        Some("Memory layout of the arena interner")
    );
    let caption = figure
        .select(&sel("figcaption"))
        .next()
        .expect("figcaption");
    assert_eq!(
        text_of(caption),
        "Figure 1: the arena stores every string once, the map and the vector only hold offsets."
    );
    // The caption is the picture's, not the body's: in the HTML and the Markdown, not the text.
    assert!(a
        .markdown
        .contains("Figure 1: the arena stores every string once"));
    assert!(!a
        .text
        .contains("Figure 1: the arena stores every string once"));
    assert!(
        a.markdown.contains("![Memory layout of the arena interner](https://blog.example.dev/images/2024/interner-layout.png"),
        "markdown:\n{}",
        a.markdown
    );
}

#[test]
fn blog_prose_kept_and_chrome_removed() {
    let a = blog();
    assert_eq!(a.title, "Building a tiny string interner in Rust");
    assert_in_order(&a.text, &BLOG_PARAGRAPHS);
    assert_all_absent(
        &a,
        &[
            "Popular posts",
            "Zero-copy deserialization with serde",
            "A checklist for unsafe blocks",
            "Subscribe via RSS",
            "Atom feed",
            "Built with Zola",
            "Opinions are my own",
            "Previous: Arena allocation",
            "Next: Choosing a hash function",
            "Talks",
        ],
    );
    assert_length_consistent(&a);
}

// ---------------------------------------------------------------------------------------------
// Right-to-left Arabic article
// ---------------------------------------------------------------------------------------------

const RTL: &str = "rtl-arabic-article.html";
const RTL_TITLE: &str = "مشروع جديد لحماية الشعاب المرجانية في خليج العقبة";
const RTL_PARAGRAPHS: [&str; 5] = [
    "أطلقت مجموعة من الباحثين والغواصين المتطوعين مشروعاً جديداً لحماية الشعاب المرجانية في خليج العقبة، بعد أن رصدت الدراسات الأخيرة تراجعاً ملحوظاً في صحة بعض المواقع القريبة من الشاطئ. ويهدف المشروع إلى مراقبة الشعاب بشكل دوري، وإزالة المخلفات البلاستيكية وشباك الصيد المهجورة التي تعلق بها، إضافة إلى توعية الزوار بأهمية هذه البيئة البحرية الفريدة.",
    "ويقول القائمون على المشروع إن الشعاب المرجانية في شمال البحر الأحمر تتمتع بقدرة استثنائية على تحمّل ارتفاع درجات حرارة المياه، مقارنة بشعاب أخرى في مناطق مختلفة من العالم تعرّضت لموجات ابيضاض واسعة خلال السنوات الماضية. ولهذا السبب يرى العلماء أن حماية هذه الشعاب قد تساعد في فهم كيفية تكيّف المرجان مع التغير المناخي، وربما في إنقاذ شعاب أخرى في المستقبل.",
    "وخلال الأشهر الستة الأولى، نفّذ الغواصون أكثر من مئة وعشرين غطسة في اثني عشر موقعاً مختلفاً، وجمعوا ما يزيد على طنّين من النفايات، معظمها من الأكياس البلاستيكية والعبوات وبقايا معدات الصيد. كما وثّقوا بالصور حالة المرجان في كل موقع، لتكون هذه البيانات أساساً لمقارنة التغيرات التي قد تطرأ عليه في السنوات المقبلة.",
    "ولا يقتصر المشروع على العمل تحت الماء، إذ يعقد المنظمون ورشات عمل مع الصيادين المحليين لمناقشة طرق صيد أقل ضرراً بالشعاب، ويشجعونهم على الإبلاغ عن الشباك المفقودة بدلاً من تركها في البحر. ويؤكد عدد من الصيادين أن تراجع أعداد الأسماك في بعض المناطق دفعهم إلى الاهتمام بحماية البيئة التي يعتمد عليها رزقهم.",
    "ويأمل الباحثون أن يتوسع المشروع في العام المقبل ليشمل مدارس المدينة، من خلال رحلات تعليمية تتيح للطلاب مشاهدة الشعاب عن قرب، والتعرف على الكائنات التي تعيش فيها. ويقول أحد المشرفين على المشروع إن حماية البحر تبدأ من المعرفة، وإن الجيل الجديد هو الأقدر على حمل هذه الرسالة إلى المستقبل.",
];

#[test]
fn rtl_article_is_extracted() {
    let a = extract_fixture(
        RTL,
        Some("https://alofuq.example/news/2024/09/18/aqaba-coral-reefs"),
    );
    assert_eq!(a.dir.as_deref(), Some("rtl"));
    assert_eq!(a.lang.as_deref(), Some("ar"));
    assert_eq!(a.title, RTL_TITLE);
    assert_eq!(a.site_name.as_deref(), Some("صحيفة الأفق"));
    let bs = blocks(&a.text);
    for p in RTL_PARAGRAPHS {
        assert!(
            bs.contains(&p),
            "paragraph missing or altered:\n{p}\n--- text:\n{}",
            a.text
        );
    }
    assert_in_order(&a.text, &RTL_PARAGRAPHS);
    assert!(
        blocks(&a.text).contains(&"تعاون مع الصيادين"),
        "subheading missing:\n{}",
        a.text
    );
    assert!(
        a.length >= 1500,
        "the whole article must be kept, got {} characters",
        a.length
    );
    assert_length_consistent(&a);
}

#[test]
fn rtl_chrome_and_read_also_block_are_removed() {
    let a = extract_fixture(RTL, None);
    assert_all_absent(
        &a,
        &[
            "الرئيسية",
            "محليات",
            "تكنولوجيا",
            "اقرأ أيضاً",
            "توسعة جديدة لميناء العقبة",
            "مهرجان البتراء",
            "شارك على فيسبوك",
            "سياسة الخصوصية",
            "جميع الحقوق محفوظة",
        ],
    );
}

#[test]
fn rtl_page_is_readerable() {
    assert!(declutter::is_probably_readerable(&fixture(RTL)));
}

// ---------------------------------------------------------------------------------------------
// Lazy images and URL resolution
// ---------------------------------------------------------------------------------------------

const LAZY: &str = "lazy-images.html";
const LAZY_URL: &str =
    "https://www.example-travel.com/en/stories/lisbon-tram-28?utm_source=newsletter";
const LAZY_BASE_TAG: &str = r#"<base href="https://www.example-travel.com/en/">"#;

/// Image sources in document order; `{}` is the directory the page's relative URLs resolve
/// against. The miradouro image only has a `data-srcset`, so either candidate may become `src`.
fn expected_images(dir: &str) -> Vec<Vec<String>> {
    vec![
        vec![format!("{dir}img/2024/tram-28-graca.jpg")],
        vec![
            format!("{dir}img/2024/miradouro-640.jpg"),
            format!("{dir}img/2024/miradouro-1280.jpg"),
        ],
        vec![format!("{dir}img/2024/alfama-squeeze.jpg")],
        vec!["https://cdn.example-travel.com/en/img/2024/pasteis.jpg".to_owned()],
        vec![format!("{dir}img/2024/tram-depot.jpg")],
        vec!["https://www.example-travel.com/img/maps/tram-28-route.png".to_owned()],
    ]
}

fn assert_images(article: &declutter::Article, dir: &str) {
    let doc = parse(&article.content);
    let imgs = select(&doc, "img");
    let srcs: Vec<&str> = imgs
        .iter()
        .map(|i| i.value().attr("src").unwrap_or(""))
        .collect();
    let expected = expected_images(dir);
    assert_eq!(
        srcs.len(),
        expected.len(),
        "one img per picture: placeholders and <noscript> duplicates must be merged; got {srcs:#?}\n{}",
        article.content
    );
    for (src, allowed) in srcs.iter().zip(&expected) {
        assert!(
            allowed.iter().any(|a| a == src),
            "img src {src:?}, expected one of {allowed:?}"
        );
    }
    for img in &imgs {
        for attr in ["srcset", "data-srcset"] {
            if let Some(set) = img.value().attr(attr) {
                for candidate in set.split(',') {
                    let url = candidate.split_whitespace().next().unwrap_or("");
                    assert!(
                        url.starts_with("https://"),
                        "{attr} candidate {url:?} is not absolute"
                    );
                }
            }
        }
    }
    for source in select(&doc, "source") {
        let set = source.value().attr("srcset").unwrap_or("");
        for candidate in set.split(',').filter(|c| !c.trim().is_empty()) {
            let url = candidate.split_whitespace().next().unwrap_or("");
            assert!(
                url.starts_with("https://"),
                "<source> srcset candidate {url:?} is not absolute"
            );
        }
    }
    assert!(
        !article.content.contains("data:image"),
        "a placeholder image survived:\n{}",
        article.content
    );
    assert!(
        !article.content.contains("<noscript"),
        "<noscript> left in content:\n{}",
        article.content
    );
    assert!(
        !article.markdown.contains("data:image"),
        "a placeholder image survived in markdown"
    );
}

fn hrefs(article: &declutter::Article) -> Vec<String> {
    let doc = parse(&article.content);
    select(&doc, "a[href]")
        .into_iter()
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect()
}

#[test]
fn lazy_images_become_real_and_resolve_against_base_href() {
    let a = extract_fixture(LAZY, Some(LAZY_URL));
    assert_images(&a, "https://www.example-travel.com/en/");
    assert_eq!(
        hrefs(&a),
        [
            "https://www.example-travel.com/en/guides/lisbon/transport",
            "https://www.example-travel.com/en/guides/lisbon/",
            "https://www.example-travel.com/en/stories/porto-by-train",
        ]
    );
    assert_eq!(
        a.lead_image.as_deref(),
        Some("https://www.example-travel.com/en/img/2024/tram-28-graca.jpg")
    );
    // Captions of every figure stay, beside their pictures (the text is the body alone).
    assert!(!a.text.contains("The route of tram 28."));
    assert_in_order(
        &a.markdown,
        &[
            "A Remodelado car on the climb to Graça.",
            "In the Alfama the houses are close enough to touch.",
            "The route of tram 28.",
        ],
    );
}

#[test]
fn relative_base_href_is_itself_resolved_against_the_page_url() {
    let html = fixture(LAZY).replace(LAZY_BASE_TAG, r#"<base href="/en/">"#);
    let a = extract_html(&html, Some(LAZY_URL));
    assert_images(&a, "https://www.example-travel.com/en/");
}

#[test]
fn without_base_href_urls_resolve_against_options_url() {
    let html = fixture(LAZY).replace(LAZY_BASE_TAG, "");
    let a = extract_html(&html, Some(LAZY_URL));
    assert_images(&a, "https://www.example-travel.com/en/stories/");
    assert_eq!(
        hrefs(&a),
        [
            "https://www.example-travel.com/en/stories/guides/lisbon/transport",
            "https://www.example-travel.com/en/guides/lisbon/",
            "https://www.example-travel.com/en/stories/stories/porto-by-train",
        ]
    );
}

#[test]
fn without_base_or_url_the_canonical_url_is_the_base() {
    let html = fixture(LAZY).replace(LAZY_BASE_TAG, "");
    let a = extract_html(&html, None);
    assert_images(&a, "https://www.example-travel.com/en/stories/");
}

// ---------------------------------------------------------------------------------------------
// English news page full of clutter
// ---------------------------------------------------------------------------------------------

const NEWS: &str = "news-with-clutter.html";
const NEWS_URL: &str = "https://www.coastalchronicle.example/science/2024/05/14/kelp-forest-restoration-volunteer-divers";

const NEWS_STANDFIRST: &str = "Volunteers have cleared purple sea urchins from a handful of reefs off Mendocino, and the kelp is returning. Scientists say the patches are tiny compared with what was lost.";
const NEWS_CAPTION: &str =
    "A volunteer removes purple sea urchins from a reef off Mendocino County.";
const NEWS_PARAGRAPHS: [&str; 8] = [
    "On a grey Saturday morning off the coast of Mendocino, eleven volunteer divers rolled backwards off the side of a chartered fishing boat, each carrying a mesh bag, a short steel tool that looks like a butter knife, and a waterproof tally sheet. Their target was not fish or abalone but purple sea urchins, the spiny grazers that have turned much of Northern California’s once-towering kelp forests into barren rock over the past decade.",
    "Scientists estimate that more than 90 percent of the bull kelp canopy along a 350-kilometre stretch of coast vanished after 2014, when a marine heatwave nicknamed “the Blob” coincided with a disease that wiped out sunflower sea stars, the urchins’ main predator. Without the sea stars, urchin numbers exploded, and the animals moved out of their crevices to mow down whatever kelp remained.",
    "The volunteers are part of a programme run by a coalition of commercial urchin divers, university researchers and the state’s fish and wildlife agency. Since 2021 they have cleared urchins from a handful of carefully chosen reefs, aiming to push densities below two animals per square metre, the threshold at which studies suggest young kelp can take hold again.",
    "The early results are encouraging but modest. On the three most intensively cleared sites, surveys last autumn counted kelp stipes at densities not seen since before the heatwave, and divers reported returning rockfish, kelp greenling and the occasional harbour seal. On neighbouring reefs that were left alone, the seabed remains a carpet of purple spines with barely a frond in sight.",
    "Researchers caution that the restored patches are tiny compared with the scale of the loss. Together they cover a little over four hectares, while the area of barren reef along the north coast is measured in thousands of hectares. Each site also has to be revisited several times a year, because urchins from surrounding barrens slowly creep back in unless they are removed again.",
    "That is why some scientists argue that volunteer culling should be combined with other measures, such as expanding the commercial urchin fishery, breeding sunflower sea stars in captivity for eventual release, and protecting the few remaining kelp refuges from further disturbance. A captive breeding programme at a marine laboratory in Washington state has already raised several hundred young sea stars from eggs.",
    "For the divers themselves, the work is slow and physically demanding. A good day might see a team remove several thousand urchins, cracking each one and leaving it on the seabed as food for fish and crabs. Many of them say they keep coming back because they can see the difference with their own eyes, in a place where they grew up watching the forests disappear.",
    "“When I started diving here as a teenager you could not see the surface for the kelp,” said one volunteer, a retired schoolteacher from Fort Bragg who has joined every dive this season. “Now at least there are places where my grandchildren can see what it used to look like. That feels like something worth getting cold for.”",
];

const NEWS_CLUTTER: &[&str] = &[
    // masthead and top strip
    "Subscribe for $1 a week",
    "Log in",
    "Politics",
    // breadcrumbs
    "Oceans & Coasts",
    // share bars
    "Share on Facebook",
    "Tweet",
    "Share on LinkedIn",
    "Share on WhatsApp",
    "Email this story",
    "Copy link",
    "1.2k shares",
    // related articles (inline aside) and the inline "Read more:" line
    "Related articles",
    "cause of sea star wasting disease",
    "abalone fishery closure",
    "What is a marine heatwave",
    "Read more",
    "Should sea otters be brought back",
    // newsletter box
    "Sign up for our newsletter",
    "The Coastal Briefing",
    "delivered to your inbox",
    "Enter your email address",
    "Subscribe",
    "unsubscribe at any time",
    // author box
    "environment correspondent",
    "six years reporting on fisheries",
    "qualified rescue diver",
    "More from Jane Smith",
    // you may also like
    "You may also like",
    "Gray whale calves return",
    "Salmon season cancelled",
    "Humboldt offshore wind farm",
    "if the cables can be laid",
    // comments
    "Comments (3)",
    "Join the conversation",
    "Post comment",
    "SaltyDog77",
    "marinebio_kate",
    "heartbreaking",
    "mowing a lawn",
    "My uncle fished red urchin",
    "Load more comments",
    // footer
    "Terms of Service",
    "Advertise with us",
    "Coastal Chronicle Media Group",
];

fn news() -> declutter::Article {
    extract_fixture(NEWS, Some(NEWS_URL))
}

#[test]
fn news_keeps_every_article_paragraph_in_order() {
    let a = news();
    let bs = blocks(&a.text);
    for p in NEWS_PARAGRAPHS {
        assert!(
            bs.contains(&p),
            "paragraph missing or altered:\n{p}\n--- text:\n{}",
            a.text
        );
    }
    let mut order = vec![NEWS_STANDFIRST];
    order.extend(NEWS_PARAGRAPHS);
    assert_in_order(&a.text, &order);
    // The lead picture's caption is in the Markdown before the story, not in the body's text.
    assert!(!a.text.contains(NEWS_CAPTION));
    assert_in_order(&a.markdown, &[NEWS_CAPTION, NEWS_PARAGRAPHS[0]]);
    assert!(
        bs.contains(&"Small patches, big questions"),
        "subheading missing:\n{}",
        a.text
    );
    assert_in_order(&a.markdown, &NEWS_PARAGRAPHS);
}

#[test]
fn news_clutter_is_removed() {
    let a = news();
    assert_all_absent(&a, NEWS_CLUTTER);
    let doc = parse(&a.content);
    assert!(
        select(&doc, "form, input, button, textarea").is_empty(),
        "form controls left:\n{}",
        a.content
    );
    assert!(
        select(&doc, "nav").is_empty(),
        "navigation left:\n{}",
        a.content
    );
}

#[test]
fn news_removed_blocks_are_reported_by_kind() {
    let a = news();
    for kind in [
        ClutterKind::Recommendation,
        ClutterKind::Social,
        ClutterKind::Comments,
        ClutterKind::Newsletter,
        ClutterKind::Navigation,
    ] {
        assert_removed_kind(&a, kind);
    }
    let comments = a
        .removed
        .iter()
        .filter(|r| r.kind == ClutterKind::Comments)
        .map(|r| r.text_length)
        .sum::<usize>();
    assert!(
        comments >= 300,
        "the comment section should be reported with its text length, got {comments}"
    );
}

#[test]
fn news_metadata() {
    let a = news();
    assert_eq!(
        a.title,
        "Volunteer divers are bringing California’s kelp forests back, one urchin at a time"
    );
    assert_eq!(a.site_name.as_deref(), Some("The Coastal Chronicle"));
    assert_eq!(a.lang.as_deref(), Some("en-US"));
    assert!(
        a.byline
            .as_deref()
            .unwrap_or_default()
            .contains("Jane Smith"),
        "byline: {:?}",
        a.byline
    );
    assert!(
        a.published_time
            .as_deref()
            .unwrap_or_default()
            .starts_with("2024-05-14"),
        "published: {:?}",
        a.published_time
    );
    assert_eq!(
        a.lead_image.as_deref(),
        Some("https://media.coastalchronicle.example/2024/05/kelp-diver-urchins-1600.jpg")
    );
    assert_length_consistent(&a);
}
