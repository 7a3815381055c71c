//! Builds the reader view's elements from an [`Article`]. Article text goes in through
//! `textContent`; the article body goes through [`sanitize`](super::sanitize) first.
use wasm_bindgen::JsCast;
use web_sys::{Document, DocumentFragment, Element, HtmlElement};

use super::sanitize::{is_safe_url, sanitized_fragment};
use super::settings::{FontFamily, ReaderSettings, Theme};
use super::PageError;
use crate::{Article, Removed};

/// Id of the "What was removed" panel, toggled by the toolbar's `toggle-removed` button.
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
pub(crate) const FONT_ACTIONS: [(&str, FontFamily); 2] = [
    ("font-serif", FontFamily::Serif),
    ("font-sans", FontFamily::Sans),
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
    let (toolbar, status) = build_toolbar(document, article.removed.len())?;
    root.append_child(&toolbar)?;
    root.append_child(build_removed_panel(document, &article.removed)?.as_ref())?;
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

/// The "What was removed" panel: one button per removed block; pressing one shows it on the page.
fn build_removed_panel(document: &Document, removed: &[Removed]) -> Result<Element, PageError> {
    let panel = element(document, "section", "dr-removed")?;
    panel.set_id(REMOVED_PANEL_ID);
    panel.set_attribute("aria-labelledby", "dr-removed-title")?;
    panel.set_attribute("hidden", "")?;
    let title = text_element(document, "h2", "dr-removed-title", "What was removed")?;
    title.set_id("dr-removed-title");
    panel.append_child(&title)?;
    let hint = if removed.is_empty() {
        "Nothing: the page had no clutter declutter recognized."
    } else {
        "Select a block to close the reader view and see it outlined on the page."
    };
    panel.append_child(text_element(document, "p", "dr-removed-hint", hint)?.as_ref())?;
    let list = element(document, "ol", "dr-removed-list")?;
    for (index, block) in removed.iter().enumerate() {
        let item = element(document, "li", "")?;
        item.append_child(removed_entry(document, index, block)?.as_ref())?;
        list.append_child(&item)?;
    }
    panel.append_child(&list)?;
    Ok(panel)
}

fn removed_entry(document: &Document, index: usize, block: &Removed) -> Result<Element, PageError> {
    let entry = element(document, "button", "dr-removed-entry")?;
    entry.set_attribute("type", "button")?;
    entry.set_attribute("data-action", "show-removed")?;
    entry.set_attribute("data-index", &index.to_string())?;
    let kind = block.kind.name();
    entry.append_child(
        text_element(document, "span", &format!("dr-kind dr-kind-{kind}"), kind)?.as_ref(),
    )?;
    entry.append_child(text_element(document, "span", "dr-reason", &block.reason)?.as_ref())?;
    entry.append_child(
        text_element(
            document,
            "span",
            "dr-chars",
            &format!("{} characters", block.text_length),
        )?
        .as_ref(),
    )?;
    Ok(entry)
}

fn build_toolbar(document: &Document, removed: usize) -> Result<(Element, Element), PageError> {
    let toolbar = element(document, "div", "dr-toolbar")?;
    toolbar.set_attribute("role", "toolbar")?;
    toolbar.set_attribute("aria-label", "Reader view settings")?;
    let close = button(
        document,
        "close",
        "✕ Close",
        Some("Close reader view (Escape)"),
    )?;
    close.set_attribute("class", "dr-close")?;
    toolbar.append_child(&close)?;
    let themes = [
        ("theme-light", "Light", None),
        ("theme-dark", "Dark", None),
        ("theme-sepia", "Sepia", None),
    ];
    toolbar.append_child(button_group(document, "Theme", &themes)?.as_ref())?;
    let sizes = [
        ("text-smaller", "A−", Some("Smaller text")),
        ("text-larger", "A+", Some("Larger text")),
    ];
    toolbar.append_child(button_group(document, "Text size", &sizes)?.as_ref())?;
    let widths = [
        ("narrower", "→←", Some("Narrower column")),
        ("wider", "←→", Some("Wider column")),
    ];
    toolbar.append_child(button_group(document, "Width", &widths)?.as_ref())?;
    let fonts = [("font-serif", "Serif", None), ("font-sans", "Sans", None)];
    toolbar.append_child(button_group(document, "Font", &fonts)?.as_ref())?;
    // Pressed while reading; speech.js runs it (and hides it without speechSynthesis).
    let read_aloud = text_element(document, "button", "dr-read-aloud", "▶ Read aloud")?;
    read_aloud.set_attribute("type", "button")?;
    read_aloud.set_attribute("aria-label", "Read aloud")?;
    read_aloud.set_attribute("aria-pressed", "false")?;
    toolbar.append_child(&read_aloud)?;
    toolbar.append_child(element(document, "span", "dr-spacer")?.as_ref())?;
    let removed_toggle = button(
        document,
        "toggle-removed",
        &format!("What was removed ({removed})"),
        None,
    )?;
    removed_toggle.set_attribute("aria-expanded", "false")?;
    removed_toggle.set_attribute("aria-controls", REMOVED_PANEL_ID)?;
    toolbar.append_child(&removed_toggle)?;
    toolbar.append_child(button(document, "copy-markdown", "Copy as Markdown", None)?.as_ref())?;
    toolbar.append_child(button(document, "print", "Print", Some("Print article"))?.as_ref())?;
    let status = element(document, "span", "dr-status")?;
    status.set_attribute("role", "status")?;
    status.set_attribute("aria-live", "polite")?;
    toolbar.append_child(&status)?;
    Ok((toolbar, status))
}

/// One toolbar button: its action, visible text and, when the text is a symbol, a spoken label.
type ButtonSpec<'a> = (&'a str, &'a str, Option<&'a str>);

fn button_group(
    document: &Document,
    label: &str,
    buttons: &[ButtonSpec],
) -> Result<Element, PageError> {
    let group = element(document, "div", "dr-group")?;
    group.set_attribute("role", "group")?;
    group.set_attribute("aria-label", label)?;
    let caption = text_element(document, "span", "dr-group-label", label)?;
    caption.set_attribute("aria-hidden", "true")?;
    group.append_child(&caption)?;
    for (action, text, aria_label) in buttons {
        let button = button(document, action, text, *aria_label)?;
        if let Some(theme) = action.strip_prefix("theme-") {
            button.set_attribute("class", &format!("dr-swatch-{theme}"))?;
        }
        group.append_child(&button)?;
    }
    Ok(group)
}

fn button(
    document: &Document,
    action: &str,
    text: &str,
    aria_label: Option<&str>,
) -> Result<Element, PageError> {
    let button = text_element(document, "button", "", text)?;
    button.set_attribute("type", "button")?;
    button.set_attribute("data-action", action)?;
    if let Some(label) = aria_label {
        button.set_attribute("aria-label", label)?;
        button.set_attribute("title", label)?;
    }
    Ok(button)
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
