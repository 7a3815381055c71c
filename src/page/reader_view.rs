//! The reader view over the page: one `<declutter-reader>` host element appended to `<html>`,
//! everything else inside its shadow root, so page CSS does not reach it.
//!
//! The page itself is never re-serialized or replaced. Opening records the scroll position and
//! the focused element, hides the page's scrollbar through a constructed style sheet in
//! `document.adoptedStyleSheets` (not a DOM node), and appends the host. Closing removes the host
//! and the sheet, re-focuses the element and scrolls back: the page's DOM, form values and
//! scroll position are as they were.
use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, Document, Element, Event, FocusOptions, HtmlElement, KeyboardEvent,
    ScrollBehavior, ScrollToOptions, ShadowRoot, ShadowRootInit, ShadowRootMode, Window,
};

use super::in_place;
use super::live_document::{document, window};
use super::locate;
use super::render::{apply_settings, build_view, REMOVED_PANEL_ID};
use super::settings::{Preferences, ReaderSettings};
use super::PageError;
use crate::multipage::{self, Joiner};
use crate::{Article, Options, Removed};

#[wasm_bindgen(module = "/src/page/speech.js")]
extern "C" {
    #[wasm_bindgen(js_name = attachReadAloud)]
    fn attach_read_aloud(shadow: &ShadowRoot, storage_key: &str);
    #[wasm_bindgen(js_name = detachReadAloud)]
    fn detach_read_aloud();
    /// Starts reading the open view aloud, pauses or resumes; whether it is reading now.
    #[wasm_bindgen(js_name = toggleReadAloud)]
    pub fn toggle_read_aloud() -> bool;
}

/// Tag of the one element the reader view adds to the page.
pub const HOST_TAG: &str = "declutter-reader";

const READER_CSS: &str = include_str!("reader.css");

/// Page-level rules, adopted while the view is open: no page scrolling on screen, and only the
/// article when printing.
const PAGE_CSS: &str = "@media screen { html { overflow: hidden !important; } }
@media print {
  html > :not(declutter-reader) { display: none !important; }
  html, body { overflow: visible !important; height: auto !important; }
}";

const SETTINGS_KEY: &str = "declutter:reader-settings";

thread_local! {
    static OPEN_VIEW: RefCell<Option<OpenView>> = const { RefCell::new(None) };
    /// Counts the views opened, so that pages fetched for a view that has closed since are dropped.
    static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Created once and kept for the life of the module, so a handler is never dropped while it
    /// runs (the close button closes the view from inside its own click handler).
    static HANDLERS: Handlers = Handlers::new();
}

struct OpenView {
    generation: u32,
    host: Element,
    shadow: ShadowRoot,
    root: HtmlElement,
    status: Element,
    page_sheet: CssStyleSheet,
    page_state: PageState,
    settings: ReaderSettings,
    markdown: String,
    removed: Vec<Removed>,
    /// The article's pages so far, when further pages are followed.
    pages: Option<FurtherPages>,
}

/// The pages of a multi-page article the view shows, and the options every page is extracted
/// with (the caller's: filters, picked rules, kinds, scorer).
pub struct FurtherPages {
    pub joiner: Joiner,
    pub options: Options,
}

/// What closing must give back to the page.
struct PageState {
    scroll_x: f64,
    scroll_y: f64,
    focused: Option<HtmlElement>,
}

struct Handlers {
    keydown: Closure<dyn FnMut(KeyboardEvent)>,
    click: Closure<dyn FnMut(Event)>,
}

impl Handlers {
    fn new() -> Handlers {
        Handlers {
            keydown: Closure::new(on_keydown),
            click: Closure::new(on_click),
        }
    }
}

/// Whether the reader view is open.
pub fn is_open() -> bool {
    OPEN_VIEW.with(|view| view.borrow().is_some())
}

/// The host element while the view is open.
pub fn host_element() -> Option<Element> {
    OPEN_VIEW.with(|view| view.borrow().as_ref().map(|open| open.host.clone()))
}

/// The view's shadow root while it is open (for tests and embedders that want to look inside).
pub fn shadow_root() -> Option<ShadowRoot> {
    OPEN_VIEW.with(|view| view.borrow().as_ref().map(|open| open.shadow.clone()))
}

/// Shows `article` over the page (an open view is closed first); returns the view's generation
/// (see [`append_page`]).
pub fn open(article: &Article, preferences: &Preferences) -> Result<u32, PageError> {
    open_with_pages(article, preferences, None)
}

/// [`open`], ready to append the further pages of `pages` (page 1 in its joiner).
pub fn open_with_pages(
    article: &Article,
    preferences: &Preferences,
    pages: Option<FurtherPages>,
) -> Result<u32, PageError> {
    close();
    let window = window()?;
    let document = document()?;
    let page_state = PageState::capture(&window, &document);
    let settings = ReaderSettings::default()
        .with(preferences)
        .with(&stored_preferences(&window));
    let host = document.create_element(HOST_TAG)?;
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let style = document.create_element("style")?;
    style.set_text_content(Some(READER_CSS));
    shadow.append_child(&style)?;
    let view = build_view(&document, article)?;
    apply_settings(&view.root, settings, prefers_dark(&window))?;
    shadow.append_child(&view.root)?;
    let page_sheet = adopt_page_sheet(&document)?;
    let root_element = document
        .document_element()
        .ok_or_else(|| PageError::new("document has no root element"))?;
    root_element.append_child(&host)?;
    listen(&document, &shadow)?;
    let _ = view.root.focus_with_options(&prevent_scroll());
    attach_read_aloud(&shadow, SETTINGS_KEY);
    let generation = GENERATION.with(|count| count.get().wrapping_add(1));
    GENERATION.with(|count| count.set(generation));
    let open = OpenView {
        generation,
        host,
        shadow,
        root: view.root,
        status: view.status,
        page_sheet,
        page_state,
        settings,
        markdown: article.markdown.clone(),
        removed: article.removed.clone(),
        pages,
    };
    OPEN_VIEW.with(|slot| *slot.borrow_mut() = Some(open));
    Ok(generation)
}

/// Extracts a further page of a multi-page article (`html`, fetched from `url`) with the view's
/// options, joins it to the pages before and shows what it adds after a "Page N" separator; the
/// reading time and "Copy as Markdown" cover the joined article. `false` when the view of
/// `generation` is gone or the page holds no article: following stops.
pub fn append_page(generation: u32, html: &str, url: &str) -> bool {
    OPEN_VIEW.with(|view| {
        let mut view = view.borrow_mut();
        let Some(open) = view.as_mut().filter(|open| open.generation == generation) else {
            return false;
        };
        let Some(pages) = open.pages.as_mut() else {
            return false;
        };
        let options = Options {
            url: Some(url.to_string()),
            ..pages.options.clone()
        };
        let page = match multipage::extract_page(html, &options) {
            Ok(page) if !page.content.trim().is_empty() => page,
            _ => return false,
        };
        let content = pages.joiner.add(&page).content.clone();
        let joined = pages.joiner.article();
        let number = pages.joiner.parts().len();
        let separator = format!("{} {number}", multipage::page_word(joined.lang.as_deref()));
        let _ = super::render::append_page(&open.root, &separator, &content, &joined);
        open.markdown = joined.markdown;
        true
    })
}

/// Closes the view and gives the page back as it was; `true` when a view was open.
pub fn close() -> bool {
    let Some(open) = OPEN_VIEW.with(|view| view.borrow_mut().take()) else {
        return false;
    };
    detach_read_aloud();
    if let Ok(document) = document() {
        unlisten(&document, &open.shadow);
        drop_page_sheet(&document, &open.page_sheet);
    }
    open.host.remove();
    if let Ok(window) = window() {
        open.page_state.restore(&window);
    }
    true
}

impl PageState {
    fn capture(window: &Window, document: &Document) -> PageState {
        PageState {
            scroll_x: window.scroll_x().unwrap_or(0.0),
            scroll_y: window.scroll_y().unwrap_or(0.0),
            focused: deep_active_element(document)
                .and_then(|element| element.dyn_into::<HtmlElement>().ok()),
        }
    }

    fn restore(&self, window: &Window) {
        if let Some(element) = self
            .focused
            .as_ref()
            .filter(|element| element.is_connected())
        {
            let _ = element.focus_with_options(&prevent_scroll());
        }
        let position = ScrollToOptions::new();
        position.set_left(self.scroll_x);
        position.set_top(self.scroll_y);
        position.set_behavior(ScrollBehavior::Instant);
        window.scroll_to_with_scroll_to_options(&position);
    }
}

/// The focused element, looking into open shadow roots; `None` when only the body has focus.
fn deep_active_element(document: &Document) -> Option<Element> {
    let mut active = document.active_element()?;
    while let Some(inner) = active.shadow_root().and_then(|root| root.active_element()) {
        active = inner;
    }
    let is_page_root = document.body().is_some_and(|body| *body == active)
        || document.document_element() == Some(active.clone());
    (!is_page_root).then_some(active)
}

fn prevent_scroll() -> FocusOptions {
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    options
}

fn adopt_page_sheet(document: &Document) -> Result<CssStyleSheet, PageError> {
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(PAGE_CSS)?;
    let sheets = document.adopted_style_sheets();
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
    Ok(sheet)
}

fn drop_page_sheet(document: &Document, sheet: &CssStyleSheet) {
    let remaining: js_sys::Array = document
        .adopted_style_sheets()
        .iter()
        .filter(|adopted| adopted != AsRef::<wasm_bindgen::JsValue>::as_ref(sheet))
        .collect();
    document.set_adopted_style_sheets(&remaining);
}

fn listen(document: &Document, shadow: &ShadowRoot) -> Result<(), PageError> {
    HANDLERS.with(|handlers| {
        document.add_event_listener_with_callback_and_bool(
            "keydown",
            handlers.keydown.as_ref().unchecked_ref(),
            true,
        )?;
        shadow
            .add_event_listener_with_callback("click", handlers.click.as_ref().unchecked_ref())?;
        Ok(())
    })
}

fn unlisten(document: &Document, shadow: &ShadowRoot) {
    HANDLERS.with(|handlers| {
        let _ = document.remove_event_listener_with_callback_and_bool(
            "keydown",
            handlers.keydown.as_ref().unchecked_ref(),
            true,
        );
        let _ = shadow
            .remove_event_listener_with_callback("click", handlers.click.as_ref().unchecked_ref());
    });
}

/// Document-level capture listener while the view is open. Keys stop here so that page
/// shortcuts (say "/" focusing the page's search box) cannot pull focus out of the view.
fn on_keydown(event: KeyboardEvent) {
    event.stop_propagation();
    match event.key().as_str() {
        "Escape" => {
            event.prevent_default();
            close();
        }
        "Tab" => keep_focus_inside(&event),
        _ => {}
    }
}

/// Focus trap: Tab and Shift+Tab cycle through the view's controls and links.
fn keep_focus_inside(event: &KeyboardEvent) {
    let Some((shadow, root)) = OPEN_VIEW.with(|view| {
        view.borrow()
            .as_ref()
            .map(|open| (open.shadow.clone(), open.root.clone()))
    }) else {
        return;
    };
    let focusable = focusable_elements(&shadow);
    let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else {
        return;
    };
    let shift = event.shift_key();
    let target = match shadow.active_element() {
        None => {
            if shift {
                last
            } else {
                first
            }
        }
        Some(active)
            if shift && (active == *first || active == *AsRef::<Element>::as_ref(&root)) =>
        {
            last
        }
        Some(active) if !shift && active == *last => first,
        _ => return,
    };
    event.prevent_default();
    if let Some(element) = target.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}

const FOCUSABLE: &str = "button, select, a[href], summary, audio[controls], video[controls], \
     [tabindex]:not([tabindex='-1'])";

fn focusable_elements(shadow: &ShadowRoot) -> Vec<Element> {
    let Ok(list) = shadow.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.get(index)?.dyn_into::<Element>().ok())
        .filter(|element| matches!(element.closest("[hidden]"), Ok(None)))
        .collect()
}

fn on_click(event: Event) {
    let Some(target) = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
    else {
        return;
    };
    if let Ok(Some(button)) = target.closest("[data-action]") {
        let action = button.get_attribute("data-action").unwrap_or_default();
        run_action(&action, &button);
    } else if let Ok(Some(link)) = target.closest("a[href^='#']") {
        event.prevent_default();
        scroll_to_fragment(&link.get_attribute("href").unwrap_or_default());
    }
}

fn run_action(action: &str, button: &Element) {
    match action {
        "toggle-removed" => toggle_removed_panel(button),
        "show-removed" => show_removed_block(button),
        "close" => {
            close();
        }
        "print" => {
            if let Ok(window) = window() {
                let _ = window.print();
            }
        }
        "copy-markdown" => copy_markdown(),
        _ => change_settings(|settings| settings_after(action, settings)),
    }
}

/// Shows or hides the "What was removed" panel.
fn toggle_removed_panel(toggle: &Element) {
    let Some(panel) = OPEN_VIEW.with(|view| {
        view.borrow()
            .as_ref()
            .and_then(|open| open.shadow.get_element_by_id(REMOVED_PANEL_ID))
    }) else {
        return;
    };
    let opening = panel.has_attribute("hidden");
    let _ = if opening {
        panel.remove_attribute("hidden")
    } else {
        panel.set_attribute("hidden", "")
    };
    let _ = toggle.set_attribute("aria-expanded", if opening { "true" } else { "false" });
    if opening {
        panel.scroll_into_view();
    }
}

/// Closes the view and outlines the block on the page; says so in the view when the page no
/// longer has the block.
fn show_removed_block(entry: &Element) {
    let index = entry
        .get_attribute("data-index")
        .and_then(|index| index.parse::<usize>().ok());
    let Some((block, status)) = OPEN_VIEW.with(|view| {
        let view = view.borrow();
        let open = view.as_ref()?;
        Some((open.removed.get(index?)?.clone(), open.status.clone()))
    }) else {
        return;
    };
    let document = match document() {
        Ok(document) => document,
        Err(_) => return,
    };
    match locate::resolve(&document, &block) {
        Ok(element) => {
            close();
            in_place::outline(&element);
        }
        Err(problem) => status.set_text_content(Some(&format!(
            "Not on the page any more: {}",
            problem.describe()
        ))),
    }
}

fn settings_after(action: &str, settings: ReaderSettings) -> ReaderSettings {
    use super::render::{FONT_ACTIONS, THEME_ACTIONS};
    if let Some((_, theme)) = THEME_ACTIONS.iter().find(|(name, _)| *name == action) {
        return ReaderSettings {
            theme: *theme,
            ..settings
        };
    }
    if let Some((_, font_family)) = FONT_ACTIONS.iter().find(|(name, _)| *name == action) {
        return ReaderSettings {
            font_family: *font_family,
            ..settings
        };
    }
    match action {
        "text-smaller" => settings.smaller_text(),
        "text-larger" => settings.larger_text(),
        "narrower" => settings.narrower(),
        "wider" => settings.wider(),
        _ => settings,
    }
}

/// Applies a settings change to the open view and saves it.
fn change_settings(change: impl FnOnce(ReaderSettings) -> ReaderSettings) {
    let Ok(window) = window() else { return };
    let updated = OPEN_VIEW.with(|view| {
        let mut view = view.borrow_mut();
        let open = view.as_mut()?;
        open.settings = change(open.settings);
        apply_settings(&open.root, open.settings, prefers_dark(&window)).ok()?;
        Some(open.settings)
    });
    if let Some(settings) = updated {
        save_settings(&window, settings);
    }
}

/// Fragment links (footnotes, tables of contents) scroll within the view, not the page behind.
fn scroll_to_fragment(href: &str) {
    let id = href.trim_start_matches('#');
    let target = OPEN_VIEW.with(|view| {
        view.borrow()
            .as_ref()
            .and_then(|open| open.shadow.get_element_by_id(id))
    });
    if let Some(target) = target {
        target.scroll_into_view();
    }
}

fn copy_markdown() {
    let Some((markdown, status, shadow)) = OPEN_VIEW.with(|view| {
        view.borrow().as_ref().map(|open| {
            (
                open.markdown.clone(),
                open.status.clone(),
                open.shadow.clone(),
            )
        })
    }) else {
        return;
    };
    super::clipboard::copy_text(&markdown, &shadow, status);
}

fn prefers_dark(window: &Window) -> bool {
    matches!(window.match_media("(prefers-color-scheme: dark)"), Ok(Some(query)) if query.matches())
}

/// The reader's saved choices. `localStorage` may be missing or throw (privacy modes, sandboxed
/// frames): then nothing is restored.
fn stored_preferences(window: &Window) -> Preferences {
    match window.local_storage() {
        Ok(Some(storage)) => match storage.get_item(SETTINGS_KEY) {
            Ok(Some(stored)) => Preferences::from_storage_string(&stored),
            _ => Preferences::default(),
        },
        _ => Preferences::default(),
    }
}

fn save_settings(window: &Window, settings: ReaderSettings) {
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.set_item(SETTINGS_KEY, &settings.to_storage_string());
    }
}
