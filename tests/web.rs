//! Browser tests of the page layer: extraction in wasm, the reader view's restore guarantees,
//! style isolation and hostile markup. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver wasm-pack test --headless --chrome`.
#![cfg(target_arch = "wasm32")]

use declutter::page::{self, Preferences};
use declutter::{extract, is_probably_readerable, Article, ClutterKind, Options};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit, ShadowRoot, Window};

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
    shadow().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector} in the reader view"))
}

fn click(selector: &str) {
    in_view(selector).unchecked_into::<HtmlElement>().click();
}

fn pwned_flag() -> JsValue {
    js_sys::Reflect::get(&window(), &JsValue::from_str(PWNED_FLAG)).unwrap()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
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
    let options = Options { url: Some(String::from(PORTAL_URL)), ..Options::default() };
    let article = extract(PORTAL_PAGE, &options).expect("extract");
    assert!(article.title.contains("USA und Japan stärken Sicherheitszusammenarbeit"), "title: {}", article.title);
    assert!(article.text.contains("Die USA und Japan wollen angesichts der Bedrohungen"));
    assert!(article.text.contains("© Hiro Komae/AP/dpa"));
    for clutter in ["Kimmich redet Klartext", "Empfehlungen der Redaktion", "Anzeige", "Alle akzeptieren", "Auch interessant"] {
        assert!(!article.text.contains(clutter), "{clutter:?} left in the article text");
    }
    assert!(article.removed.iter().any(|removed| removed.kind == ClutterKind::Recommendation));
    assert!(article.removed.iter().any(|removed| removed.kind == ClutterKind::Ad));
    assert!(is_probably_readerable(PORTAL_PAGE));
}

#[wasm_bindgen_test]
fn closing_restores_scroll_focus_form_values_and_dom() {
    page::close();
    let fixture = install_page_fixture();
    let input: HtmlInputElement = document().get_element_by_id("page-input").unwrap().unchecked_into();
    input.set_value("typed before opening");
    input.focus().unwrap();
    window().scroll_to_with_x_and_y(0.0, 900.0);
    let (html_before, sheets_before) = (page_html(), document().adopted_style_sheets().length());

    page::open(&sample_article(), &Preferences::default()).expect("open");
    let host = page::host_element().expect("host");
    assert_eq!(document().document_element().unwrap().last_element_child(), Some(host.clone()));
    let host_markup = host.outer_html();
    assert_eq!(page_html().replacen(&host_markup, "", 1), html_before, "page DOM changed beyond the host");
    assert!(shadow().active_element().is_some(), "focus did not move into the reader view");
    assert_eq!(document().adopted_style_sheets().length(), sheets_before + 1);

    assert!(page::close());
    assert_eq!(page_html(), html_before);
    assert_eq!(window().scroll_y().unwrap(), 900.0);
    assert_eq!(document().active_element(), Some(input.clone().unchecked_into()));
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
    fixture.query_selector("article").unwrap().unwrap().insert_adjacent_html("beforeend", &paragraph).unwrap();
    assert!(page::toggle_reader_mode(&Options::default(), &Preferences::default()).expect("toggle on"));
    let text = in_view(".dr-content").text_content().unwrap_or_default();
    assert!(text.contains("Live document paragraph 3"), "reader view text: {text}");
    assert!(!page::toggle_reader_mode(&Options::default(), &Preferences::default()).expect("toggle off"));
    assert!(page::host_element().is_none());
    fixture.remove();
}

#[wasm_bindgen_test]
fn escape_closes_and_tab_cycles_inside_the_view() {
    page::close();
    page::open(&sample_article(), &Preferences::default()).expect("open");
    let root: web_sys::EventTarget = in_view(".dr-root").unchecked_into();
    assert_eq!(in_view(".dr-root").get_attribute("role").as_deref(), Some("dialog"));
    assert_eq!(in_view(".dr-root").get_attribute("aria-modal").as_deref(), Some("true"));
    let focusables = shadow().query_selector_all("button, a[href]").unwrap();
    let last: HtmlElement = focusables.get(focusables.length() - 1).unwrap().unchecked_into();
    last.focus().unwrap();
    let not_cancelled = press("Tab", false, &last);
    assert!(!not_cancelled, "Tab on the last control was not trapped");
    assert_eq!(shadow().active_element(), Some(in_view("[data-action=close]")));
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
    document().query_selector("head").unwrap().unwrap().append_child(&style).unwrap();
    page::open(&sample_article(), &Preferences::default()).expect("open");
    let paragraph = in_view(".dr-content p");
    let computed = window().get_computed_style(&paragraph).unwrap().unwrap();
    assert_ne!(computed.get_property_value("color").unwrap(), "rgb(255, 0, 0)");
    assert_ne!(computed.get_property_value("font-size").unwrap(), "3px");
    assert_ne!(computed.get_property_value("letter-spacing").unwrap(), "9px");
    assert!(!computed.get_property_value("font-family").unwrap().starts_with("monospace"));
    let host_box = page::host_element().unwrap().get_bounding_client_rect();
    assert!(host_box.width() > 0.0 && host_box.height() > 0.0, "page CSS hid the host");
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
    assert_eq!(in_view(".dr-root").get_attribute("data-theme").as_deref(), Some("sepia"));
    assert_eq!(in_view("[data-action=theme-sepia]").get_attribute("aria-pressed").as_deref(), Some("true"));
    page::close();
    page::open(&sample_article(), &Preferences::default()).expect("reopen");
    let root = in_view(".dr-root");
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("sepia"));
    assert_eq!(root.get_attribute("data-font").as_deref(), Some("sans"));
    assert!(root.get_attribute("style").unwrap_or_default().contains("--dr-font-size: 21px"));
    page::close();
    storage.remove_item("declutter:reader-settings").unwrap();
}

#[wasm_bindgen_test]
fn reader_view_renders_header_figures_tables_code_and_rtl() {
    page::close();
    let article = Article { dir: Some(String::from("rtl")), lang: Some(String::from("ar")), ..sample_article() };
    page::open(&article, &Preferences::default()).expect("open");
    assert_eq!(in_view(".dr-title").text_content().as_deref(), Some("A sample article"));
    assert_eq!(in_view(".dr-site").text_content().as_deref(), Some("Sample Site"));
    assert!(in_view(".dr-meta").text_content().unwrap_or_default().contains("Ada Reader"));
    assert_eq!(in_view(".dr-article").get_attribute("dir").as_deref(), Some("rtl"));
    assert!(shadow().query_selector(".dr-table-scroll > table").unwrap().is_some(), "table not wrapped for scrolling");
    let pre = window().get_computed_style(&in_view(".dr-content pre")).unwrap().unwrap();
    assert_eq!(pre.get_property_value("white-space").unwrap(), "pre");
    assert!(shadow().query_selector("figure figcaption").unwrap().is_some());
    page::close();
}

/// Every element in the view: no handler attributes, no script URLs, no inline documents.
fn assert_view_is_inert(shadow: &ShadowRoot) {
    let forbidden = "script, iframe, frame, object, embed, meta, base, form, input, noscript, set, animate";
    assert!(shadow.query_selector(forbidden).unwrap().is_none(), "forbidden element survived");
    let all = shadow.query_selector_all("*").unwrap();
    for index in 0..all.length() {
        let element: Element = all.get(index).unwrap().unchecked_into();
        for name in element.get_attribute_names().iter().filter_map(|name| name.as_string()) {
            let value = element.get_attribute(&name).unwrap_or_default().to_ascii_lowercase().replace(['\t', '\n', ' '], "");
            assert!(!name.to_ascii_lowercase().starts_with("on"), "{name} on <{}>", element.local_name());
            assert!(name != "srcdoc", "srcdoc survived");
            assert!(!value.starts_with("javascript:") && !value.starts_with("data:text/html"), "{name}={value}");
        }
    }
}

/// Clicks every link (HTML, SVG, MathML) without an http(s) target; those would navigate the
/// test page away. A trusted-looking `MouseEvent` runs link activation like a real click.
fn click_local_links(shadow: &ShadowRoot) {
    let links = shadow.query_selector_all("a, area, [href], [*|href]").unwrap();
    for index in 0..links.length() {
        let link: Element = links.get(index).unwrap().unchecked_into();
        let href = link.get_attribute("href").or_else(|| link.get_attribute("xlink:href")).unwrap_or_default();
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
    let (base_before, location_before) = (document().base_uri().unwrap(), window().location().href().unwrap());
    page::open(article, &Preferences::default()).expect("open");
    let shadow = shadow();
    sleep(300).await;
    click_local_links(&shadow);
    sleep(100).await;
    assert_view_is_inert(&shadow);
    assert_eq!(pwned_flag(), JsValue::UNDEFINED, "a payload ran");
    assert_eq!(document().base_uri().unwrap(), base_before, "<base> changed the page's base URL");
    assert_eq!(window().location().href().unwrap(), location_before, "the page navigated");
    page::close();
}

#[wasm_bindgen_test]
async fn hostile_content_given_straight_to_the_view_cannot_run_script() {
    page::close();
    let article = Article { title: String::from("Hostile"), content: String::from(HOSTILE_BODY), ..Article::default() };
    assert_no_script_runs(&article).await;
}

#[wasm_bindgen_test]
async fn hostile_page_through_the_engine_cannot_run_script() {
    page::close();
    let article = extract(&hostile_page(), &Options::default()).expect("extract");
    let content = article.content.to_ascii_lowercase();
    for needle in ["onerror", "onload", "onclick", "ontoggle", "onfocus", "javascript:", "<script", "srcdoc", "<iframe", "<base", "<meta"] {
        assert!(!content.contains(needle), "the engine left {needle:?} in the content");
    }
    assert_no_script_runs(&article).await;
}
