//! Builds the reader view's elements from an [`Article`]. Article text goes in through
//! `textContent`; the article body goes through [`sanitize`](super::sanitize) first.
use wasm_bindgen::JsCast;
use web_sys::{Document, DocumentFragment, Element, HtmlElement};

use super::sanitize::{is_safe_url, sanitized_fragment};
use super::settings::{FontFamily, ReaderSettings, Theme};
use super::PageError;
use crate::Article;

/// Id of the "What was removed" panel (`removed.js`), toggled by the toolbar's `toggle-removed` button.
pub(crate) const REMOVED_PANEL_ID: &str = "dr-removed";

/// The elements of a built view that the controller needs later.
pub(crate) struct RenderedView {
    /// The dialog: scroll container, focus target, carrier of theme and font attributes.
    pub root: HtmlElement,
    /// Live region for "Copied" messages.
    pub status: Element,
}

/// Toolbar actions, stored in `data-action` attributes.
pub(crate) const THEME_ACTIONS: [(&str, Theme); 3] = [
    ("theme-light", Theme::Light),
    ("theme-dark", Theme::Dark),
    ("theme-sepia", Theme::Sepia),
];
pub(crate) const FONT_ACTIONS: [(&str, FontFamily); 3] = [
    ("font-serif", FontFamily::Serif),
    ("font-sans", FontFamily::Sans),
    ("font-legible", FontFamily::Legible),
];

pub(crate) fn build_view(
    document: &Document,
    article: &Article,
) -> Result<RenderedView, PageError> {
    let root: HtmlElement = element(document, "div", "dr-root")?.unchecked_into();
    root.set_attribute("role", "dialog")?;
    root.set_attribute("aria-modal", "true")?;
    root.set_attribute("aria-labelledby", "dr-title")?;
    root.set_attribute("tabindex", "-1")?;
    let toolbar = build_toolbar(document, u32::try_from(article.removed.len()).unwrap_or(0));
    let status = toolbar
        .query_selector(".dr-status")?
        .ok_or_else(|| PageError::new("toolbar without status"))?;
    root.append_child(&toolbar)?;
    let removed = &article.removed;
    root.append_child(&removed_panel(
        document,
        removed
            .iter()
            .map(|block| block.kind.name().to_string())
            .collect(),
        removed.iter().map(|block| block.reason.clone()).collect(),
        removed
            .iter()
            .map(|block| u32::try_from(block.text_length).unwrap_or(u32::MAX))
            .collect(),
    ))?;
    root.append_child(build_article(document, article)?.as_ref())?;
    Ok(RenderedView { root, status })
}

fn build_article(document: &Document, article: &Article) -> Result<Element, PageError> {
    let container = element(document, "article", "dr-article")?;
    if let Some(lang) = article.lang.as_deref().and_then(valid_language_tag) {
        container.set_attribute("lang", &lang)?;
    }
    if let Some(dir) = article
        .dir
        .as_deref()
        .filter(|dir| matches!(*dir, "ltr" | "rtl" | "auto"))
    {
        container.set_attribute("dir", dir)?;
    }
    // The kind lets the reader's style (and a site's or user's) set threads,
    // listings and products apart from articles.
    container.set_attribute("data-page-kind", article.page_kind.name())?;
    container.append_child(build_header(document, article)?.as_ref())?;
    let content = sanitized_fragment(&article.content, document)?;
    if let Some(lead) = article
        .lead_image
        .as_deref()
        .filter(|url| shows_lead_image(url, &content))
    {
        container.append_child(build_lead_image(document, lead)?.as_ref())?;
    }
    let body = element(document, "div", "dr-content")?;
    body.append_child(&content)?;
    container.append_child(&body)?;
    Ok(container)
}

fn build_header(document: &Document, article: &Article) -> Result<Element, PageError> {
    let header = element(document, "header", "dr-header")?;
    if let Some(site) = non_empty(&article.site_name) {
        header.append_child(text_element(document, "p", "dr-site", site)?.as_ref())?;
    }
    let title = text_element(document, "h1", "dr-title", &article.title)?;
    title.set_id("dr-title");
    header.append_child(&title)?;
    let meta = element(document, "p", "dr-meta")?;
    if let Some(byline) = non_empty(&article.byline) {
        meta.append_child(text_element(document, "span", "dr-byline", byline)?.as_ref())?;
    }
    if let Some(published) = non_empty(&article.published_time) {
        meta.append_child(date_element(document, published, article.lang.as_deref())?.as_ref())?;
    }
    if article.reading_minutes > 0 {
        meta.append_child(
            reading_time_element(document, article.reading_minutes, article.lang.as_deref())?
                .as_ref(),
        )?;
    }
    if meta.child_element_count() > 0 {
        header.append_child(&meta)?;
    }
    Ok(header)
}

/// "5 min read" in the article's language where known; the English fallback is isolated so it
/// keeps its word order inside right-to-left text.
fn reading_time_element(
    document: &Document,
    minutes: u32,
    lang: Option<&str>,
) -> Result<Element, PageError> {
    let primary = lang
        .unwrap_or("en")
        .split(['-', '_'])
        .next()
        .unwrap_or("en")
        .to_ascii_lowercase();
    let (label, localized) = match primary.as_str() {
        "de" => (format!("{minutes} Min. Lesezeit"), true),
        "fr" => (format!("{minutes} min de lecture"), true),
        "es" => (format!("{minutes} min de lectura"), true),
        "ar" => (format!("مدة القراءة: {minutes} د"), true),
        "he" => (format!("{minutes} דקות קריאה"), true),
        _ => (format!("{minutes} min read"), primary == "en"),
    };
    let span = text_element(document, "span", "dr-reading-time", &label)?;
    if !localized {
        span.set_attribute("dir", "ltr")?;
        span.set_attribute("lang", "en")?;
    }
    Ok(span)
}

/// Adds a further page of a multi-page article to the content after a quiet separator saying
/// `separator` ("Seite 2"), and shows the joined article's reading time. The HTML goes through
/// the view's sanitizer like page 1's.
pub(crate) fn append_page(
    root: &Element,
    separator: &str,
    content: &str,
    joined: &Article,
) -> Result<(), PageError> {
    let (Some(body), Some(document)) = (root.query_selector(".dr-content")?, root.owner_document())
    else {
        return Ok(());
    };
    let rule = text_element(&document, "p", "dr-page-break", separator)?;
    rule.set_attribute("role", "separator")?;
    body.append_child(&rule)?;
    body.append_child(sanitized_fragment(content, &document)?.as_ref())?;
    if let Some(label) = root.query_selector(".dr-reading-time")? {
        let minutes = joined.reading_minutes;
        let updated = reading_time_element(&document, minutes, joined.lang.as_deref())?;
        label.replace_with_with_node_1(updated.as_ref())?;
    }
    Ok(())
}

fn date_element(
    document: &Document,
    published: &str,
    lang: Option<&str>,
) -> Result<Element, PageError> {
    let wrapper = element(document, "span", "dr-date")?;
    let time = text_element(document, "time", "", &format_date(published, lang))?;
    time.set_attribute("datetime", published)?;
    wrapper.append_child(&time)?;
    Ok(wrapper)
}

/// A localized long date ("28. Juli 2024"), or the raw value when it is not a date.
fn format_date(value: &str, lang: Option<&str>) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(value));
    if date.get_time().is_nan() {
        return value.to_string();
    }
    let options = js_sys::Object::new();
    let set = |key: &str, val: &str| js_sys::Reflect::set(&options, &key.into(), &val.into());
    let date_only = value.len() <= 10;
    let applied = set("year", "numeric")
        .and(set("month", "long"))
        .and(set("day", "numeric"));
    let applied = if date_only {
        applied.and(set("timeZone", "UTC"))
    } else {
        applied
    };
    if applied.is_err() {
        return value.to_string();
    }
    let locale = lang
        .and_then(valid_language_tag)
        .unwrap_or_else(|| String::from("en"));
    String::from(date.to_locale_date_string(&locale, &options))
}

/// A structurally valid BCP 47 tag (what `Intl` accepts without throwing), `_` read as `-`.
fn valid_language_tag(lang: &str) -> Option<String> {
    let tag = lang.trim().replace('_', "-");
    let mut parts = tag.split('-');
    let primary = parts.next()?;
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok = parts.all(|part| {
        (1..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
    });
    (primary_ok && rest_ok).then_some(tag)
}

/// The lead image is shown unless it is unsafe or the content already shows the same picture.
fn shows_lead_image(url: &str, content: &DocumentFragment) -> bool {
    if !is_safe_url(url, true) {
        return false;
    }
    let Ok(images) = content.query_selector_all("img") else {
        return true;
    };
    let lead_name = file_name(url);
    !(0..images.length())
        .filter_map(|index| {
            images
                .get(index)?
                .dyn_into::<Element>()
                .ok()?
                .get_attribute("src")
        })
        .any(|src| src == url || (lead_name.len() > 4 && file_name(&src) == lead_name))
}

/// Last path segment without query or fragment: the same picture often comes in several sizes
/// under different directories.
fn file_name(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.rsplit('/').next().unwrap_or(path)
}

fn build_lead_image(document: &Document, url: &str) -> Result<Element, PageError> {
    let figure = element(document, "figure", "dr-lead")?;
    let image = element(document, "img", "")?;
    image.set_attribute("src", url)?;
    image.set_attribute("alt", "")?;
    figure.append_child(&image)?;
    Ok(figure)
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/page/reader-ui.js")]
extern "C" {
    /// The toolbar (`reader-ui.js`: built there for the wasm's size); its buttons carry the
    /// `data-action`s [`super::reader_view`] runs.
    #[wasm_bindgen(js_name = buildToolbar)]
    fn build_toolbar(document: &Document, removed: u32) -> Element;
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/page/removed.js")]
extern "C" {
    /// The "What was removed" panel, in plain words (`removed.js`).
    #[wasm_bindgen(js_name = removedPanel)]
    fn removed_panel(
        document: &Document,
        kinds: Vec<String>,
        reasons: Vec<String>,
        lengths: Vec<u32>,
    ) -> Element;
}

/// Puts `settings` on the view: attributes for CSS, and `aria-pressed` on the toolbar toggles.
/// `prefers_dark` picks the pressed theme button while the theme is `Auto`.
pub(crate) fn apply_settings(
    root: &HtmlElement,
    settings: ReaderSettings,
    prefers_dark: bool,
) -> Result<(), PageError> {
    root.set_attribute("data-theme", settings.theme.name())?;
    root.set_attribute("data-font", settings.font_family.name())?;
    let style = root.style();
    style.set_property("--dr-font-size", &format!("{}px", settings.font_size))?;
    style.set_property("--dr-width", &format!("{}em", settings.content_width))?;
    let shown_theme = match settings.theme {
        Theme::Auto if prefers_dark => Theme::Dark,
        Theme::Auto => Theme::Light,
        theme => theme,
    };
    for (action, theme) in THEME_ACTIONS {
        set_pressed(root, action, theme == shown_theme)?;
    }
    for (action, family) in FONT_ACTIONS {
        set_pressed(root, action, family == settings.font_family)?;
    }
    Ok(())
}

fn set_pressed(root: &Element, action: &str, pressed: bool) -> Result<(), PageError> {
    if let Some(button) = root.query_selector(&format!("[data-action=\"{action}\"]"))? {
        button.set_attribute("aria-pressed", if pressed { "true" } else { "false" })?;
    }
    Ok(())
}

fn element(document: &Document, tag: &str, class: &str) -> Result<Element, PageError> {
    let element = document.create_element(tag)?;
    if !class.is_empty() {
        element.set_attribute("class", class)?;
    }
    Ok(element)
}

fn text_element(
    document: &Document,
    tag: &str,
    class: &str,
    text: &str,
) -> Result<Element, PageError> {
    let element = element(document, tag, class)?;
    element.set_text_content(Some(text));
    Ok(element)
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|text| !text.is_empty())
}
