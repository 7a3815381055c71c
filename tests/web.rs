//! Browser tests of the page layer: extraction in wasm, the reader view's restore guarantees,
//! style isolation and hostile markup. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use declutter::page::{self, in_place, observer, InPlaceOptions, Preferences};
use declutter::{extract, is_probably_readerable, Article, ClutterKind, Options};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    Document, Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit, MouseEvent,
    MouseEventInit, ShadowRoot, Window,
};

wasm_bindgen_test_configure!(run_in_browser);

const PORTAL_PAGE: &str = include_str!("../www/samples/portal-news.html");
const PORTAL_URL: &str = "https://www.example-portal.de/nachrichten/politik/usa-japan-sicherheit";

/// The global every payload below would set if any of it ran.
const PWNED_FLAG: &str = "__declutterPwned";

/// Markup that runs script if any layer lets it through. Each payload names itself in the flag.
const HOSTILE_BODY: &str = r##"
<h1>Hostile article</h1>
<p>First paragraph of a hostile article, long enough to be taken for prose by the engine. It talks
about nothing in particular but goes on for a while so that the scorer keeps it as the article body
and its hostile neighbours are kept as part of it rather than dropped for being short.</p>
<img src="/does-not-exist.png" onerror="window.__declutterPwned='img onerror'" alt="broken">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.__declutterPwned='img onload'" alt="">
<p onclick="window.__declutterPwned='p onclick'">Second paragraph with an inline click handler and
more words so that it counts as body text for any reasonable content scorer out there today.</p>
<a id="js-link" href="javascript:window.__declutterPwned='javascript link'">a script link</a>
<a id="js-link-obfuscated" href=" jAvA&#x09;sCrIpT:window.__declutterPwned='obfuscated link'">an obfuscated script link</a>
<a id="data-link" href="data:text/html,<script>parent.__declutterPwned='data link'</script>">a data link</a>
<svg width="10" height="10" onload="window.__declutterPwned='svg onload'"><script>window.__declutterPwned='svg script'</script>
  <a id="svg-animated-link"><animate attributeName="href" values="javascript:window.__declutterPwned='svg animate'"/><text y="10">x</text></a>
  <set attributeName="onmouseover" to="window.__declutterPwned='svg set'"/>
  <image href="x" onerror="window.__declutterPwned='svg image onerror'"/></svg>
<math><maction actiontype="statusline" xlink:href="javascript:window.__declutterPwned='mathml maction'">m</maction>
  <mi href="javascript:window.__declutterPwned='mathml href'">n</mi></math>
<iframe srcdoc="<script>parent.__declutterPwned='srcdoc iframe'</script>"></iframe>
<meta http-equiv="refresh" content="0;url=javascript:window.__declutterPwned='meta refresh'">
<base href="javascript:window.__declutterPwned='base hijack'//">
<a id="relative-link" href="#after-base">a relative link after the base element</a>
<details open ontoggle="window.__declutterPwned='details ontoggle'"><summary>more</summary>hidden</details>
<object data="javascript:window.__declutterPwned='object data'"></object>
<embed src="data:text/html,<script>parent.__declutterPwned='embed'</script>">
<form action="javascript:window.__declutterPwned='form action'"><button id="form-button">send</button></form>
<input autofocus onfocus="window.__declutterPwned='input autofocus'">
<noscript><p title="</noscript><img src=x onerror=window.__declutterPwned='noscript mxss'>"></p></noscript>
<video src="/missing.mp4" onerror="window.__declutterPwned='video onerror'"></video>
<style>@import url("javascript:window.__declutterPwned='css import'"); .dr-toolbar{display:none}</style>
<script>window.__declutterPwned='plain script'</script>
<p>Closing paragraph of the hostile article with enough words to end the article properly, after all
the hostile elements above, so that the engine keeps everything between the first and the last one.</p>
"##;

fn window() -> Window {
    web_sys::window().expect("window")
}

fn document() -> Document {
    window().document().expect("document")
}

fn hostile_page() -> String {
    format!("<!DOCTYPE html><html><head><title>Hostile</title><base href=\"https://attacker.invalid/\"></head><body><article>{HOSTILE_BODY}</article></body></html>")
}

fn sample_article() -> Article {
    Article {
        title: String::from("A sample article"),
        byline: Some(String::from("Ada Reader")),
        site_name: Some(String::from("Sample Site")),
        published_time: Some(String::from("2024-07-28")),
        lang: Some(String::from("en")),
        content: String::from(
            "<p id=\"first\">First paragraph of the sample.</p><figure><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"pixel\"><figcaption>A caption</figcaption></figure>\
             <table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table><pre><code>fn main() {\n    println!(\"hi\");\n}</code></pre>\
             <p><a href=\"https://example.org/\">a link</a> and <a href=\"#first\">a footnote link</a>.</p>",
        ),
        text: String::from("First paragraph of the sample."),
        markdown: String::from("# A sample article\n\nFirst paragraph of the sample.\n"),
        length: 30,
        reading_minutes: 1,
        ..Article::default()
    }
}

/// Inserts the test's own page content (trusted markup) and returns its container.
fn install_page_fixture() -> Element {
    let fixture = document().create_element("div").unwrap();
    fixture.set_id("page-fixture");
    fixture.set_inner_html(
        "<article><h1>Page heading</h1><p>Page text that the reader view covers while it is open.</p></article>\
         <label>Name <input id=\"page-input\" type=\"text\"></label><div style=\"height: 5000px\"></div>",
    );
    document().body().unwrap().append_child(&fixture).unwrap();
    fixture
}

fn page_html() -> String {
    document().document_element().unwrap().outer_html()
}

fn shadow() -> ShadowRoot {
    page::shadow_root().expect("reader view open")
}

fn in_view(selector: &str) -> Element {
    shadow()
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in the reader view"))
}

fn click(selector: &str) {
    in_view(selector).unchecked_into::<HtmlElement>().click();
}

fn pwned_flag() -> JsValue {
    js_sys::Reflect::get(&window(), &JsValue::from_str(PWNED_FLAG)).unwrap()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

fn press(key: &str, shift: bool, target: &web_sys::EventTarget) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_composed(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap()
}

#[wasm_bindgen_test]
fn clean_keeps_the_portal_article_and_drops_teasers_and_ads() {
    let options = Options {
        url: Some(String::from(PORTAL_URL)),
        ..Options::default()
    };
    let article = extract(PORTAL_PAGE, &options).expect("extract");
    assert!(
        article
            .title
            .contains("USA und Japan stärken Sicherheitszusammenarbeit"),
        "title: {}",
        article.title
    );
    assert!(article
        .text
        .contains("Die USA und Japan wollen angesichts der Bedrohungen"));
    // The photo credit stays with its picture (content), not in the body's text.
    assert!(article.content.contains("© Hiro Komae/AP/dpa"));
    assert!(!article.text.contains("© Hiro Komae/AP/dpa"));
    for clutter in [
        "Kimmich redet Klartext",
        "Empfehlungen der Redaktion",
        "Anzeige",
        "Alle akzeptieren",
        "Auch interessant",
    ] {
        assert!(
            !article.text.contains(clutter),
            "{clutter:?} left in the article text"
        );
    }
    assert!(article
        .removed
        .iter()
        .any(|removed| removed.kind == ClutterKind::Recommendation));
    assert!(article
        .removed
        .iter()
        .any(|removed| removed.kind == ClutterKind::Ad));
    assert!(is_probably_readerable(PORTAL_PAGE));
}

#[wasm_bindgen_test]
fn closing_restores_scroll_focus_form_values_and_dom() {
    page::close();
    let fixture = install_page_fixture();
    let input: HtmlInputElement = document()
        .get_element_by_id("page-input")
        .unwrap()
        .unchecked_into();
    input.set_value("typed before opening");
    input.focus().unwrap();
    window().scroll_to_with_x_and_y(0.0, 900.0);
    let (html_before, sheets_before) = (page_html(), document().adopted_style_sheets().length());

    page::open(&sample_article(), &Preferences::default()).expect("open");
    let host = page::host_element().expect("host");
    assert_eq!(
        document().document_element().unwrap().last_element_child(),
        Some(host.clone())
    );
    let host_markup = host.outer_html();
    assert_eq!(
        page_html().replacen(&host_markup, "", 1),
        html_before,
        "page DOM changed beyond the host"
    );
    assert!(
        shadow().active_element().is_some(),
        "focus did not move into the reader view"
    );
    assert_eq!(
        document().adopted_style_sheets().length(),
        sheets_before + 1
    );

    assert!(page::close());
    assert_eq!(page_html(), html_before);
    assert_eq!(window().scroll_y().unwrap(), 900.0);
    assert_eq!(
        document().active_element(),
        Some(input.clone().unchecked_into())
    );
    assert_eq!(input.value(), "typed before opening");
    assert_eq!(document().adopted_style_sheets().length(), sheets_before);
    assert!(!page::close(), "second close reported an open view");
    fixture.remove();
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

#[wasm_bindgen_test]
fn toggle_reads_the_live_document() {
    page::close();
    let fixture = install_page_fixture();
    let paragraph = (0..8).map(|i| format!("<p>Live document paragraph {i} with enough words in it to be read as running prose by the engine, a sentence or two at least.</p>")).collect::<String>();
    fixture
        .query_selector("article")
        .unwrap()
        .unwrap()
        .insert_adjacent_html("beforeend", &paragraph)
        .unwrap();
    assert!(
        page::toggle_reader_mode(&Options::default(), &Preferences::default(), 1)
            .expect("toggle on")
    );
    let text = in_view(".dr-content").text_content().unwrap_or_default();
    assert!(
        text.contains("Live document paragraph 3"),
        "reader view text: {text}"
    );
    assert!(
        !page::toggle_reader_mode(&Options::default(), &Preferences::default(), 1)
            .expect("toggle off")
    );
    assert!(page::host_element().is_none());
    fixture.remove();
}

#[wasm_bindgen_test]
fn escape_closes_and_tab_cycles_inside_the_view() {
    page::close();
    page::open(&sample_article(), &Preferences::default()).expect("open");
    let root: web_sys::EventTarget = in_view(".dr-root").unchecked_into();
    assert_eq!(
        in_view(".dr-root").get_attribute("role").as_deref(),
        Some("dialog")
    );
    assert_eq!(
        in_view(".dr-root").get_attribute("aria-modal").as_deref(),
        Some("true")
    );
    let focusables = shadow().query_selector_all("button, a[href]").unwrap();
    let last: HtmlElement = focusables
        .get(focusables.length() - 1)
        .unwrap()
        .unchecked_into();
    last.focus().unwrap();
    let not_cancelled = press("Tab", false, &last);
    assert!(!not_cancelled, "Tab on the last control was not trapped");
    assert_eq!(
        shadow().active_element(),
        Some(in_view("[data-action=close]"))
    );
    press("Tab", true, &in_view("[data-action=close]"));
    assert_eq!(shadow().active_element(), Some(last.unchecked_into()));
    press("Escape", false, &root);
    assert!(!page::is_open(), "Escape did not close the view");
}

#[wasm_bindgen_test]
fn page_styles_do_not_reach_the_reader_view() {
    page::close();
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some(
        "p { color: rgb(255, 0, 0) !important; font-size: 3px !important; }\
         * { font-family: monospace !important; letter-spacing: 9px !important; }\
         declutter-reader { display: none !important; opacity: 0 !important; }",
    ));
    document()
        .query_selector("head")
        .unwrap()
        .unwrap()
        .append_child(&style)
        .unwrap();
    page::open(&sample_article(), &Preferences::default()).expect("open");
    let paragraph = in_view(".dr-content p");
    let computed = window().get_computed_style(&paragraph).unwrap().unwrap();
    assert_ne!(
        computed.get_property_value("color").unwrap(),
        "rgb(255, 0, 0)"
    );
    assert_ne!(computed.get_property_value("font-size").unwrap(), "3px");
    assert_ne!(
        computed.get_property_value("letter-spacing").unwrap(),
        "9px"
    );
    assert!(!computed
        .get_property_value("font-family")
        .unwrap()
        .starts_with("monospace"));
    let host_box = page::host_element().unwrap().get_bounding_client_rect();
    assert!(
        host_box.width() > 0.0 && host_box.height() > 0.0,
        "page CSS hid the host"
    );
    page::close();
    style.remove();
}

#[wasm_bindgen_test]
fn toolbar_settings_apply_and_persist() {
    page::close();
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item("declutter:reader-settings").unwrap();
    page::open(&sample_article(), &Preferences::default()).expect("open");
    click("[data-action=theme-sepia]");
    click("[data-action=text-larger]");
    click("[data-action=font-sans]");
    assert_eq!(
        in_view(".dr-root").get_attribute("data-theme").as_deref(),
        Some("sepia")
    );
    assert_eq!(
        in_view("[data-action=theme-sepia]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    page::close();
    page::open(&sample_article(), &Preferences::default()).expect("reopen");
    let root = in_view(".dr-root");
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("sepia"));
    assert_eq!(root.get_attribute("data-font").as_deref(), Some("sans"));
    assert!(root
        .get_attribute("style")
        .unwrap_or_default()
        .contains("--dr-font-size: 21px"));
    page::close();
    storage.remove_item("declutter:reader-settings").unwrap();
}

#[wasm_bindgen_test]
fn reader_view_renders_header_figures_tables_code_and_rtl() {
    page::close();
    let article = Article {
        dir: Some(String::from("rtl")),
        lang: Some(String::from("ar")),
        ..sample_article()
    };
    page::open(&article, &Preferences::default()).expect("open");
    assert_eq!(
        in_view(".dr-title").text_content().as_deref(),
        Some("A sample article")
    );
    assert_eq!(
        in_view(".dr-site").text_content().as_deref(),
        Some("Sample Site")
    );
    assert!(in_view(".dr-meta")
        .text_content()
        .unwrap_or_default()
        .contains("Ada Reader"));
    assert_eq!(
        in_view(".dr-article").get_attribute("dir").as_deref(),
        Some("rtl")
    );
    assert_eq!(
        in_view(".dr-article")
            .get_attribute("data-page-kind")
            .as_deref(),
        Some("article")
    );
    assert!(
        shadow()
            .query_selector(".dr-table-scroll > table")
            .unwrap()
            .is_some(),
        "table not wrapped for scrolling"
    );
    let pre = window()
        .get_computed_style(&in_view(".dr-content pre"))
        .unwrap()
        .unwrap();
    assert_eq!(pre.get_property_value("white-space").unwrap(), "pre");
    assert!(shadow()
        .query_selector("figure figcaption")
        .unwrap()
        .is_some());
    page::close();
}

/// Every element in the view: no handler attributes, no script URLs, no inline documents.
fn assert_view_is_inert(shadow: &ShadowRoot) {
    let forbidden =
        "script, iframe, frame, object, embed, meta, base, form, input, noscript, set, animate";
    assert!(
        shadow.query_selector(forbidden).unwrap().is_none(),
        "forbidden element survived"
    );
    let all = shadow.query_selector_all("*").unwrap();
    for index in 0..all.length() {
        let element: Element = all.get(index).unwrap().unchecked_into();
        for name in element
            .get_attribute_names()
            .iter()
            .filter_map(|name| name.as_string())
        {
            let value = element
                .get_attribute(&name)
                .unwrap_or_default()
                .to_ascii_lowercase()
                .replace(['\t', '\n', ' '], "");
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "{name} on <{}>",
                element.local_name()
            );
            assert!(name != "srcdoc", "srcdoc survived");
            assert!(
                !value.starts_with("javascript:") && !value.starts_with("data:text/html"),
                "{name}={value}"
            );
        }
    }
}

/// Clicks every link (HTML, SVG, MathML) without an http(s) target; those would navigate the
/// test page away. A trusted-looking `MouseEvent` runs link activation like a real click.
fn click_local_links(shadow: &ShadowRoot) {
    let links = shadow
        .query_selector_all("a, area, [href], [*|href]")
        .unwrap();
    for index in 0..links.length() {
        let link: Element = links.get(index).unwrap().unchecked_into();
        let href = link
            .get_attribute("href")
            .or_else(|| link.get_attribute("xlink:href"))
            .unwrap_or_default();
        if !href.starts_with("http") {
            let init = MouseEventInit::new();
            init.set_bubbles(true);
            init.set_cancelable(true);
            let click = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
            link.dispatch_event(&click).unwrap();
        }
    }
}

async fn assert_no_script_runs(article: &Article) {
    let _ = js_sys::Reflect::delete_property(&window(), &JsValue::from_str(PWNED_FLAG));
    let (base_before, location_before) = (
        document().base_uri().unwrap(),
        window().location().href().unwrap(),
    );
    page::open(article, &Preferences::default()).expect("open");
    let shadow = shadow();
    sleep(300).await;
    click_local_links(&shadow);
    sleep(100).await;
    assert_view_is_inert(&shadow);
    assert_eq!(pwned_flag(), JsValue::UNDEFINED, "a payload ran");
    assert_eq!(
        document().base_uri().unwrap(),
        base_before,
        "<base> changed the page's base URL"
    );
    assert_eq!(
        window().location().href().unwrap(),
        location_before,
        "the page navigated"
    );
    page::close();
}

#[wasm_bindgen_test]
async fn hostile_content_given_straight_to_the_view_cannot_run_script() {
    page::close();
    let article = Article {
        title: String::from("Hostile"),
        content: String::from(HOSTILE_BODY),
        ..Article::default()
    };
    assert_no_script_runs(&article).await;
}

#[wasm_bindgen_test]
async fn hostile_page_through_the_engine_cannot_run_script() {
    page::close();
    let article = extract(&hostile_page(), &Options::default()).expect("extract");
    let content = article.content.to_ascii_lowercase();
    for needle in [
        "onerror",
        "onload",
        "onclick",
        "ontoggle",
        "onfocus",
        "javascript:",
        "<script",
        "srcdoc",
        "<iframe",
        "<base",
        "<meta",
    ] {
        assert!(
            !content.contains(needle),
            "the engine left {needle:?} in the content"
        );
    }
    assert_no_script_runs(&article).await;
}

// ---------------------------------------------------------------------------------------------
// In-place mode: declutterPage / restorePage, filter lists, late clutter, "What was removed".

const INPLACE_FIXTURE: &str = r#"
<article class="story" id="fx-story">
  <h1>Stadtrat beschließt neues Radwegenetz</h1>
  <p>Der Stadtrat hat am Dienstagabend mit großer Mehrheit ein neues Radwegenetz beschlossen. Bis 2030 sollen
  rund vierzig Kilometer geschützte Radwege entstehen, die die Außenbezirke mit der Innenstadt verbinden.</p>
  <p>Die Kosten von etwa achtzig Millionen Euro teilen sich Stadt und Land. Kritik kam von Anwohnern, die den
  Wegfall von Parkplätzen fürchten; die Verwaltung verweist auf neue Quartiersgaragen am Stadtrand.</p>
  <div class="ad-slot" id="fx-ad" style="margin: 12px 0" data-ad-unit="/1234/fixture/inarticle">
    <span class="ad-label">Anzeige</span>
    <a href="https://ads.example.invalid/click?id=1" rel="sponsored"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Jetzt Tarif wechseln" width="300" height="250"></a>
  </div>
  <p>Als erstes Teilstück wird die Verbindung vom Hauptbahnhof zur Universität gebaut. Die Arbeiten beginnen im
  Frühjahr und sollen den Verkehr so wenig wie möglich behindern, versprach die Baudezernentin.</p>
  <p>Verkehrsverbände begrüßten den Beschluss als überfällig. Sie fordern aber, dass die Stadt auch die Ampelschaltungen
  anpasst und an Kreuzungen sichere Aufstellflächen für Radfahrende schafft, damit das Netz angenommen wird.</p>
</article>
<div class="box-17" id="fx-custom"><p>Kurz notiert: Die Stadtbibliothek öffnet ab Juli auch sonntags von zehn bis sechzehn Uhr.</p></div>
<section class="recommendations" id="fx-teasers">
  <h2>Das könnte Dich auch interessieren</h2>
  <ul class="teaser-grid">
    <li><a href="/a">Einigung im Abhörskandal: Zeitung entschuldigt sich</a></li>
    <li><a href="/b">Regisseurin: Der Krimi öffnet Türen in der Streaming-Welt</a></li>
    <li><a href="/c">Was kostet Netflix 2025 – und welches Abo lohnt sich?</a></li>
    <li><a href="/d">Bluesky, Signal und Co: Neustart ohne X und Meta</a></li>
    <li><a href="/e">Return to Monkey Island mit Guybrush Threepwood</a></li>
    <li><a href="/f">Samsung Galaxy S25 gegen S23: Lohnt sich der Wechsel?</a></li>
    <li><a href="/g">Kimmich redet Klartext: Momentan keine Spitzenmannschaft</a></li>
    <li><a href="/h">Trügerische Kurve: Warum Kurscharts manchmal täuschen</a></li>
  </ul>
</section>"#;

/// Late clutter: an ad slot the page's scripts add after load.
const LATE_AD: &str = r#"<div class="ad-slot" data-ad-unit="/1234/fixture/late"><span class="ad-label">Anzeige</span>
  <a href="https://ads.example.invalid/click?id=2" rel="sponsored"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Angebot" width="300" height="250"></a></div>"#;

fn install_inplace_fixture() -> Element {
    let fixture = document().create_element("div").unwrap();
    fixture.set_id("inplace-fixture");
    fixture.set_inner_html(INPLACE_FIXTURE);
    document().body().unwrap().append_child(&fixture).unwrap();
    fixture
}

fn by_id(id: &str) -> Element {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no #{id}"))
}

fn is_displayed(element: &Element) -> bool {
    let style = window().get_computed_style(element).unwrap().unwrap();
    style.get_property_value("display").unwrap() != "none"
        && element.unchecked_ref::<HtmlElement>().offset_height() > 0
}

fn body_html() -> String {
    document().body().unwrap().outer_html()
}

fn in_place_options(observe: bool) -> InPlaceOptions {
    InPlaceOptions {
        observe,
        ..InPlaceOptions::default()
    }
}

/// Calls the JS API the way a page does, with options written as JSON.
fn js_declutter_page(options_json: &str) -> JsValue {
    let options = js_sys::JSON::parse(options_json).unwrap();
    declutter::wasm::declutter_page(Some(options.unchecked_into()))
        .map_err(JsValue::from)
        .expect("declutterPage")
        .into()
}

fn get(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |value, key| {
        js_sys::Reflect::get(&value, &JsValue::from_str(key)).unwrap()
    })
}

#[wasm_bindgen_test]
fn declutter_page_hides_teasers_and_ads_and_restore_gives_the_page_back() {
    in_place::restore_page();
    let fixture = install_inplace_fixture();
    let (body_before, sheets_before) = (body_html(), document().adopted_style_sheets().length());

    let report = page::declutter_page(&in_place_options(false)).expect("declutter");
    assert!(!is_displayed(&by_id("fx-ad")), "ad slot still shown");
    assert!(
        !is_displayed(&by_id("fx-teasers")),
        "teaser grid still shown"
    );
    assert!(
        is_displayed(&by_id("fx-story")) && is_displayed(&by_id("fx-custom")),
        "article text hidden"
    );
    assert_eq!(
        by_id("fx-ad").get_attribute("style").as_deref(),
        Some("margin: 12px 0"),
        "inline style touched"
    );
    let hidden_ids: Vec<String> = report
        .removed
        .iter()
        .filter(|block| block.hidden)
        .filter_map(|block| page::locate::follow_path(&document(), &block.removed.selector).ok())
        .map(|element| element.id())
        .collect();
    assert!(
        hidden_ids.contains(&String::from("fx-ad"))
            && hidden_ids.contains(&String::from("fx-teasers")),
        "{hidden_ids:?}"
    );
    assert_eq!(report.unresolved, 0, "{:?}", report.removed);
    assert_eq!(report.hidden, report.removed.len());
    assert!(
        report
            .removed
            .iter()
            .all(|block| block.removed.kind != ClutterKind::Navigation),
        "navigation hidden by default"
    );

    assert!(in_place::restore_page());
    assert_eq!(body_html(), body_before, "restore left the page changed");
    assert_eq!(document().adopted_style_sheets().length(), sheets_before);
    assert!(is_displayed(&by_id("fx-ad")) && is_displayed(&by_id("fx-teasers")));
    assert!(
        !in_place::restore_page(),
        "second restore reported a session"
    );
    fixture.remove();
}

#[wasm_bindgen_test]
fn filters_hide_a_custom_block_and_malformed_lines_are_reported_with_their_line() {
    in_place::restore_page();
    let fixture = install_inplace_fixture();
    let result = js_declutter_page(
        r#"{"observe": false, "filters": "! my rules\n##div[data-x=\n##.box-17\n"}"#,
    );
    assert!(
        !is_displayed(&by_id("fx-custom")),
        "filter rule did not hide .box-17"
    );
    assert!(is_displayed(&by_id("fx-story")));
    let errors: js_sys::Array = get(&result, "filterErrors").unchecked_into();
    assert_eq!(
        errors.length(),
        1,
        "filterErrors: {:?}",
        js_sys::JSON::stringify(&errors)
    );
    assert_eq!(get(&errors.get(0), "line").as_f64(), Some(2.0));
    assert_eq!(
        get(&errors.get(0), "text").as_string().as_deref(),
        Some("##div[data-x=")
    );
    let reasons = js_sys::JSON::stringify(&get(&result, "removed"))
        .unwrap()
        .as_string()
        .unwrap();
    assert!(
        reasons.contains("filter rule `##.box-17` (line 3)"),
        "{reasons}"
    );
    assert!(declutter::wasm::restore_page());

    let unfiltered = js_declutter_page(r#"{"observe": false, "kinds": ["ad"]}"#);
    assert!(
        is_displayed(&by_id("fx-custom")),
        "the block is hidden without the rule"
    );
    assert!(
        is_displayed(&by_id("fx-teasers")),
        "kinds: [\"ad\"] hid a recommendation block"
    );
    assert_eq!(
        js_sys::Array::from(&get(&unfiltered, "filterErrors")).length(),
        0
    );
    declutter::wasm::restore_page();
    fixture.remove();
}

#[wasm_bindgen_test]
async fn the_observer_hides_late_ads_and_stops_on_restore() {
    in_place::restore_page();
    let fixture = install_inplace_fixture();
    page::declutter_page(&in_place_options(true)).expect("declutter");
    let late = document().create_element("div").unwrap();
    late.set_inner_html(LATE_AD);
    fixture
        .query_selector("article p:last-of-type")
        .unwrap()
        .unwrap()
        .after_with_node_1(&late)
        .unwrap();
    let late_ad = late.first_element_child().unwrap();
    sleep(observer::DEBOUNCE_MS as i32 + 400).await;
    assert!(
        late_ad.has_attribute(in_place::HIDDEN_ATTR) || late.has_attribute(in_place::HIDDEN_ATTR),
        "late ad not hidden"
    );
    assert!(!is_displayed(&late_ad));
    let passes = in_place::status().expect("status").passes;
    assert_eq!(passes, 2);

    by_id("fx-teasers")
        .query_selector("ul")
        .unwrap()
        .unwrap()
        .insert_adjacent_html("beforeend", "<li><a href=\"/i\">Noch ein Teaser</a></li>")
        .unwrap();
    sleep(observer::DEBOUNCE_MS as i32 + 400).await;
    assert_eq!(
        in_place::status().unwrap().passes,
        passes,
        "a mutation inside a hidden block triggered a pass"
    );

    assert!(in_place::restore_page());
    assert!(!observer::is_watching());
    let after_restore = document().create_element("div").unwrap();
    after_restore.set_inner_html(LATE_AD);
    fixture.append_child(&after_restore).unwrap();
    sleep(observer::DEBOUNCE_MS as i32 + 400).await;
    assert!(
        document()
            .query_selector(&format!("[{}]", in_place::HIDDEN_ATTR))
            .unwrap()
            .is_none(),
        "hidden after restore"
    );
    fixture.remove();
}

#[wasm_bindgen_test]
fn every_removed_block_of_the_portal_sample_maps_to_its_live_element() {
    in_place::restore_page();
    let fixture = document().create_element("div").unwrap();
    fixture.set_inner_html(
        PORTAL_PAGE
            .split("<body>")
            .nth(1)
            .unwrap()
            .split("<script>")
            .next()
            .unwrap(),
    );
    document().body().unwrap().append_child(&fixture).unwrap();
    let article = page::extract_live_document(&Options::default()).expect("extract");
    let portal_blocks: Vec<_> = article
        .removed
        .iter()
        .filter(|removed| {
            page::locate::follow_path(&document(), &removed.selector)
                .is_ok_and(|element| fixture.contains(Some(&element)))
        })
        .collect();
    assert!(portal_blocks.len() >= 6, "{:?}", article.removed);
    for removed in portal_blocks {
        let element = page::locate::resolve(&document(), removed)
            .unwrap_or_else(|problem| panic!("{}: {}", removed.selector, problem.describe()));
        let query = document().query_selector_all(&removed.selector).unwrap();
        assert_eq!(query.length(), 1, "{}", removed.selector);
        assert_eq!(query.get(0), Some(element.unchecked_into()));
    }
    let wrong = declutter::Removed {
        text_length: 5000,
        ..article.removed[0].clone()
    };
    assert!(matches!(
        page::locate::resolve(&document(), &wrong),
        Err(page::locate::Problem::TextMismatch { .. })
    ));
    fixture.remove();
}

#[wasm_bindgen_test]
fn the_reader_view_lists_what_was_removed_and_outlines_it_on_the_page() {
    page::close();
    in_place::restore_page();
    let fixture = install_inplace_fixture();
    let article =
        page::enter_reader_mode(&Options::default(), &Preferences::default(), 1).expect("reader");
    let toggle = in_view("[data-action=toggle-removed]");
    assert_eq!(
        toggle.text_content().unwrap(),
        format!("What was removed ({})", article.removed.len())
    );
    assert!(in_view("#dr-removed").has_attribute("hidden"));
    click("[data-action=toggle-removed]");
    assert!(!in_view("#dr-removed").has_attribute("hidden"));
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let entries = shadow().query_selector_all(".dr-removed-entry").unwrap();
    assert_eq!(entries.length() as usize, article.removed.len());
    let teaser_index = article
        .removed
        .iter()
        .position(|removed| {
            page::locate::follow_path(&document(), &removed.selector)
                .is_ok_and(|element| element.id() == "fx-teasers")
        })
        .expect("teasers listed");
    let entry: HtmlElement = entries.get(teaser_index as u32).unwrap().unchecked_into();
    assert!(entry.text_content().unwrap().contains("recommendation"));
    entry.click();
    assert!(!page::is_open(), "the reader view stayed open");
    assert!(
        by_id("fx-teasers").has_attribute(in_place::OUTLINE_ATTR),
        "block not outlined"
    );
    in_place::clear_outline();
    assert!(!by_id("fx-teasers").has_attribute(in_place::OUTLINE_ATTR));
    fixture.remove();
}

/// JSON.stringify of a JS value.
fn stringify(value: &JsValue) -> String {
    js_sys::JSON::stringify(value).unwrap().as_string().unwrap()
}

fn js_options(json: &str) -> Option<declutter::wasm::CleanOptionsArg> {
    Some(js_sys::JSON::parse(json).unwrap().unchecked_into())
}

fn error_message(error: wasm_bindgen::JsError) -> String {
    get(&JsValue::from(error), "message").as_string().unwrap()
}

#[wasm_bindgen_test]
fn clean_returns_a_plain_object_with_every_field_of_the_article() {
    // The portal page has metadata and removed blocks; a bare page leaves the optional fields None.
    let bare = "<html><body><p>Just one paragraph of text, with nothing else around it at all.</p></body></html>";
    for (html, options) in [
        (
            PORTAL_PAGE,
            format!(r#"{{"url": "{PORTAL_URL}", "theme": null, "someOtherKey": [1]}}"#),
        ),
        (bare, String::from("{}")),
    ] {
        let result: JsValue = declutter::wasm::clean(html, js_options(&options))
            .map_err(JsValue::from)
            .expect("clean")
            .into();
        let url = (html == PORTAL_PAGE).then(|| String::from(PORTAL_URL));
        let article = extract(
            html,
            &Options {
                url,
                ..Options::default()
            },
        )
        .unwrap();
        // The Rust value as JSON (serde: camelCase keys, `null` for None, kinds in lower case),
        // read back by JSON.parse: the object clean() returns must be the same, key for key.
        let expected = js_sys::JSON::parse(&serde_json::to_string(&article).unwrap()).unwrap();
        assert_eq!(stringify(&result), stringify(&expected));
        assert_eq!(
            js_sys::Object::get_prototype_of(&result),
            js_sys::Object::get_prototype_of(&js_sys::Object::new()),
            "not a plain object"
        );
        assert!(get(&result, "removed").is_instance_of::<js_sys::Array>());
    }
    let portal: JsValue = declutter::wasm::clean(PORTAL_PAGE, None)
        .map_err(JsValue::from)
        .unwrap()
        .into();
    assert!(js_sys::Array::from(&get(&portal, "removed")).length() > 0);
    let bare: JsValue = declutter::wasm::clean(bare, None)
        .map_err(JsValue::from)
        .unwrap()
        .into();
    assert!(
        get(&bare, "byline").is_null(),
        "a missing byline is not null"
    );
}

#[wasm_bindgen_test]
fn options_are_read_and_invalid_ones_are_errors_naming_the_field() {
    let html = "<p>A short page.</p>";
    let too_large = declutter::wasm::clean(html, js_options(r#"{"maxBytes": 10, "url": null}"#))
        .map(|_| ())
        .unwrap_err();
    assert!(error_message(too_large).contains("more than the limit of 10 bytes"));
    assert!(declutter::wasm::clean(
        html,
        js_options(r#"{"maxBytes": null, "charThreshold": 0}"#)
    )
    .is_ok());
    assert!(declutter::wasm::clean(html, Some(JsValue::UNDEFINED.unchecked_into())).is_ok());
    for (options, problem) in [
        (
            r#"{"charThreshold": "500"}"#,
            "`charThreshold` must be a whole number, 0 or more",
        ),
        (
            r#"{"maxBytes": -1}"#,
            "`maxBytes` must be a whole number, 0 or more",
        ),
        (
            r#"{"maxBytes": 1.5}"#,
            "`maxBytes` must be a whole number, 0 or more",
        ),
        (
            r#"{"fontSize": 5000000000}"#,
            "`fontSize` must be a whole number, 0 or more",
        ),
        (r#"{"url": 3}"#, "`url` must be a string"),
        (
            r###"{"filters": ["##.ad"]}"###,
            "`filters` must be a string",
        ),
        (
            r#"{"kinds": ["ad", 3]}"#,
            "`kinds` must be an array of strings",
        ),
        (r#"{"kinds": "ad"}"#, "`kinds` must be an array of strings"),
        (r#"{"observe": "yes"}"#, "`observe` must be a boolean"),
        (r#""url""#, "it is not an object"),
    ] {
        let error = declutter::wasm::clean(html, js_options(options))
            .map(|_| ())
            .unwrap_err();
        assert_eq!(
            error_message(error),
            format!("declutter: invalid options: {problem}"),
            "options {options}"
        );
    }
}

#[wasm_bindgen_test]
fn a_removed_block_from_clean_document_locates_its_element_and_check_filters_counts() {
    in_place::restore_page();
    let fixture = install_inplace_fixture();
    let article: JsValue = declutter::wasm::clean_document(None)
        .map_err(JsValue::from)
        .expect("cleanDocument")
        .into();
    let removed = js_sys::Array::from(&get(&article, "removed"));
    let ad = removed
        .iter()
        .find(|block| get(block, "kind").as_string().as_deref() == Some("ad"))
        .expect("an ad block");
    let element = declutter::wasm::locate_removed(ad.clone().unchecked_into(), None)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(
        element.map(|element| element.id()).as_deref(),
        Some("fx-ad")
    );
    // Only selector and textLength are needed; without them it is an error.
    let minimal = js_sys::JSON::parse(&format!(
        r#"{{"selector": {}, "textLength": {}}}"#,
        stringify(&get(&ad, "selector")),
        stringify(&get(&ad, "textLength"))
    ))
    .unwrap();
    assert!(
        declutter::wasm::locate_removed(minimal.unchecked_into(), Some(document()))
            .map_err(JsValue::from)
            .unwrap()
            .is_some()
    );
    for (block, problem) in [
        (r#"{"textLength": 3}"#, "`selector` is missing"),
        (
            r#"{"selector": "html", "textLength": "3"}"#,
            "`textLength` must be a whole number, 0 or more",
        ),
    ] {
        let error = declutter::wasm::locate_removed(
            js_sys::JSON::parse(block).unwrap().unchecked_into(),
            None,
        )
        .unwrap_err();
        assert_eq!(
            error_message(error),
            format!("declutter: expected a removed block {{selector, textLength}}: {problem}")
        );
    }
    fixture.remove();

    let check: JsValue = declutter::wasm::check_filters(
        "! comment\n##.ad\nexample.com##.box\n||ads.example^\n##div[\n",
    )
    .map_err(JsValue::from)
    .unwrap()
    .into();
    let message = get(&check, "errors.0.message").as_string().unwrap();
    assert!(!message.is_empty());
    let expected = format!(
        r###"{{"rules":2,"unsupported":1,"errors":[{{"line":5,"text":"##div[","message":{}}}]}}"###,
        serde_json::to_string(&message).unwrap()
    );
    assert_eq!(
        stringify(&check),
        stringify(&js_sys::JSON::parse(&expected).unwrap())
    );
}

#[wasm_bindgen_test]
fn declutter_page_and_status_return_every_field_of_the_report() {
    in_place::restore_page();
    let fixture = install_inplace_fixture();
    let result = js_declutter_page(r#"{"observe": false}"#);
    let report = in_place::status().expect("a session");
    let status: JsValue = declutter::wasm::declutter_status()
        .map_err(JsValue::from)
        .unwrap()
        .into();
    assert_eq!(stringify(&status), stringify(&result));
    let blocks: Vec<String> = report
        .removed
        .iter()
        .map(|block| {
            let removed = &block.removed;
            format!(
                r#"{{"kind":"{}","reason":{},"textLength":{},"selector":{},"hidden":{},"problem":{}}}"#,
                removed.kind.name(),
                serde_json::to_string(&removed.reason).unwrap(),
                removed.text_length,
                serde_json::to_string(&removed.selector).unwrap(),
                block.hidden,
                serde_json::to_string(&block.problem).unwrap()
            )
        })
        .collect();
    assert!(!blocks.is_empty());
    let expected = format!(
        r#"{{"removed":[{}],"hidden":{},"unresolved":{},"passes":{},"filterErrors":[]}}"#,
        blocks.join(","),
        report.hidden,
        report.unresolved,
        report.passes
    );
    assert_eq!(
        stringify(&result),
        stringify(&js_sys::JSON::parse(&expected).unwrap())
    );
    assert!(declutter::wasm::restore_page());
    assert!(JsValue::from(
        declutter::wasm::declutter_status()
            .map_err(JsValue::from)
            .unwrap()
    )
    .is_null());
    fixture.remove();
}

// ---- open shadow roots (src/page/shadow.js through src/page/shadow_dom.rs) ----

/// A story component with its content in an open shadow root attached by script: a named slot
/// for the headline, the default slot for the light paragraphs, an ad inside the shadow tree.
fn install_shadow_story() -> Element {
    let host = document().create_element("story-card").unwrap();
    host.set_inner_html(
        "<span slot=\"headline\">Ferries return to the isles</span>\
         <p>Light paragraph one: the overnight ferry sailed again on Tuesday for the first time in eleven weeks, after the gearbox was replaced.</p>\
         <p>Light paragraph two: islanders had relied on a single daytime crossing and on flights that fog often cancelled all spring.</p>",
    );
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    shadow.set_inner_html(
        "<article><h2><slot name=\"headline\"></slot></h2><div class=\"story-body\"><slot></slot></div>\
         <div class=\"ad-slot\"><p>Anzeige</p><p>Book your island holiday now at twenty per cent off every cabin.</p></div>\
         <p>Shadow paragraph: the timetable will be back to normal by the end of the month, with two night sailings a week.</p></article>",
    );
    document().body().unwrap().append_child(&host).unwrap();
    host
}

#[wasm_bindgen_test]
fn the_live_document_is_read_with_its_shadow_roots_and_their_slots_filled() {
    in_place::restore_page();
    let host = install_shadow_story();
    let html = page::document_html(&document());
    assert!(
        html.contains("<template shadowrootmode=\"open\">"),
        "{html}"
    );
    let article = page::extract_live_document(&Options::default()).expect("extract");
    let order = [
        "Light paragraph one",
        "Light paragraph two",
        "Shadow paragraph",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|part| {
            article
                .text
                .find(part)
                .unwrap_or_else(|| panic!("{part} missing: {}", article.text))
        })
        .collect();
    assert!(
        positions.windows(2).all(|pair| pair[0] < pair[1]),
        "{}",
        article.text
    );
    assert!(!article.text.contains("island holiday"));
    // Without getHTML() (older browsers) the copy-and-walk serialization gives the same article.
    let prototype = js_sys::Reflect::get(&window(), &"Element".into())
        .and_then(|element| js_sys::Reflect::get(&element, &"prototype".into()))
        .unwrap();
    let get_html = js_sys::Reflect::get(&prototype, &"getHTML".into()).unwrap();
    js_sys::Reflect::delete_property(
        prototype.unchecked_ref::<js_sys::Object>(),
        &"getHTML".into(),
    )
    .unwrap();
    let walked = page::extract_live_document(&Options::default());
    js_sys::Reflect::set(&prototype, &"getHTML".into(), &get_html).unwrap();
    assert_eq!(walked.expect("extract").text, article.text);
    host.remove();
}

#[wasm_bindgen_test]
fn a_block_inside_a_shadow_root_locates_and_hides_there() {
    in_place::restore_page();
    let host = install_shadow_story();
    let article = page::extract_live_document(&Options::default()).expect("extract");
    let ad = article
        .removed
        .iter()
        .find(|removed| removed.kind == ClutterKind::Ad && removed.selector.contains("story-card"))
        .unwrap_or_else(|| panic!("{:?}", article.removed));
    let element = page::locate::resolve(&document(), ad)
        .unwrap_or_else(|problem| panic!("{}: {}", ad.selector, problem.describe()));
    let shadow = host.shadow_root().unwrap();
    assert_eq!(element.get_root_node(), web_sys::Node::from(shadow.clone()));
    assert_eq!(element.class_name(), "ad-slot");
    let report = in_place::declutter_page(&in_place_options(false)).expect("declutter");
    assert!(report
        .removed
        .iter()
        .any(|block| block.hidden && block.removed.selector == ad.selector));
    assert!(
        !is_displayed(&element),
        "the ad inside the shadow root is still shown"
    );
    assert!(in_place::restore_page());
    assert!(is_displayed(&element));
    assert_eq!(
        shadow.adopted_style_sheets().length(),
        0,
        "the sheet stayed in the shadow root"
    );
    host.remove();
}
