//! The JavaScript API: the only module that converts between Rust values and `JsValue`.
//!
//! Results are plain JS objects built field by field (JSON-compatible: `null` for missing values),
//! so callers never hold wasm handles that need `.free()`. Failures are thrown as JS `Error`s with
//! a message.
use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::page::in_place::{self, InPlaceOptions, Report, DEFAULT_KINDS};
use crate::page::{self, FontFamily, Preferences, Theme};
use crate::{
    Article, ClutterKind, FilterError, FilterList, MarkdownHeader, Options, Removed, Scorer,
};

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT_TYPES: &str = r#"
/** What kind of clutter a removed block was. */
export type ClutterKind =
  | "ad" | "recommendation" | "navigation" | "social"
  | "comments" | "newsletter" | "consent" | "other";

/** A block declutter took out of the page. */
export interface Removed {
  kind: ClutterKind;
  /** Why it was removed, e.g. `label "Anzeige"` or `class "teaser-grid"`. */
  reason: string;
  /** Characters of text in the removed block. */
  textLength: number;
  /** CSS path of the block in the parsed page, e.g. `html > body > div:nth-child(3)`. */
  selector: string;
}

/** The cleaned article and its metadata. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** As found in the page, usually ISO 8601. */
  publishedTime: string | null;
  lang: string | null;
  /** Text direction: "ltr", "rtl" or "auto". */
  dir: string | null;
  excerpt: string | null;
  leadImage: string | null;
  /** Sanitized HTML of the article body. */
  content: string;
  /** Plain text, blocks separated by blank lines. */
  text: string;
  /** CommonMark with GFM tables. */
  markdown: string;
  /** Length of `text` in characters. */
  length: number;
  readingMinutes: number;
  /** The blocks taken out, in document order. */
  removed: Removed[];
  /** What kind of page it is: threads, listings and products are shown as such. */
  pageKind: PageKind;
}

/** The kinds of page the engine tells apart. */
export type PageKind =
  | "article" | "documentation" | "forum" | "service"
  | "listing" | "collection" | "product";

/** Options for extraction. */
export interface CleanOptions {
  /** URL of the page, the base for relative links. `cleanDocument` defaults it to `location.href`. */
  url?: string;
  /** Minimum article length before the engine retries with gentler rules (default 500). */
  charThreshold?: number;
  /** Inputs larger than this many bytes are refused (default 64 MiB). */
  maxBytes?: number;
  /**
   * Element-hiding rules in the EasyList syntax (`##.selector`, `example.com##.selector`,
   * `#@#` exceptions), one per line. Malformed lines are skipped with a console warning
   * (`declutterPage` returns them as `filterErrors` instead).
   */
  filters?: string;
  /**
   * Who decides what the article is: "rules", the learned block "model", or "both" (default:
   * the rules on article-like pages, the model on threads, listings, products and landing pages).
   */
  scorer?: "rules" | "model" | "both";
  /**
   * How `markdown` starts: "plain" (default: `# Title`, a line with byline, date and source URL,
   * and a rule), "yaml" (front matter with title, author, published, source, site) or "none".
   */
  markdownHeader?: "plain" | "yaml" | "none";
}

/** A filter line that could not be used; it was skipped. */
export interface FilterError {
  /** 1-based line number. */
  line: number;
  /** The line as written (trimmed). */
  text: string;
  message: string;
}

/** What `checkFilters` found in a filter list. */
export interface FilterCheck {
  /** Usable element-hiding rules. */
  rules: number;
  /** Lines of other syntaxes (network rules, scriptlets, procedural filters), skipped quietly. */
  unsupported: number;
  errors: FilterError[];
}

/** Options for `declutterPage`. */
export interface DeclutterOptions extends CleanOptions {
  /**
   * Kinds of blocks to hide (default: every kind but "navigation", so the site's header, menus,
   * breadcrumbs and footer stay; "other" covers sidebars and asides outside the article).
   */
  kinds?: ClutterKind[];
  /** Keep hiding clutter the page adds later (default true); `restorePage()` stops it. */
  observe?: boolean;
}

/** A block of a chosen kind found on the page, and whether its live element was hidden. */
export interface DeclutteredBlock extends Removed {
  hidden: boolean;
  /** Why the block's live element was not found, when it was not. */
  problem: string | null;
}

/** What `declutterPage` did (and, from `declutterStatus`, every pass since). */
export interface DeclutterResult {
  /** The blocks of the chosen kinds, in document order per pass. */
  removed: DeclutteredBlock[];
  /** Elements hidden. */
  hidden: number;
  /** Blocks whose live element could not be found with confidence (left visible). */
  unresolved: number;
  /** Passes run: the first one plus one per batch of late clutter. */
  passes: number;
  /** Filter lines skipped (empty without `filters`). */
  filterErrors: FilterError[];
}

/** Options for `cleanAllPages`. */
export interface AllPagesOptions extends CleanOptions {
  /** Pages to read at most, the live document included (default 10). */
  maxPages?: number;
}

/** An article joined from its pages by `cleanAllPages`. */
export interface MultiPageArticle extends Article {
  /** The URLs of the pages used, the live document's first. */
  pages: string[];
  /**
   * Why the pages stopped before the article's last page: a fetch that failed (`"https://…/3: HTTP 404"`),
   * a page without an article, `maxPages`. `null` when the last page was reached.
   */
  pagesNote: string | null;
}

/**
 * The live document's article joined with the pages it continues on (`<link rel=next>`, "Next"
 * and numbered page links; same origin only, each page fetched once). Defined in `pages.js`.
 */
export function cleanAllPages(options?: AllPagesOptions): Promise<MultiPageArticle>;

/**
 * What fetches a further page when `fetch` cannot make the request (a network error): the
 * extension routes such requests through its background, since Firefox applies a page's CSP to
 * a content script's `fetch`. `null` removes it. Defined in `pages.js`.
 */
export function setPageFetchFallback(
  fallback: ((url: string) => Promise<{ ok: boolean; status: number; url: string; headers: { get(name: string): string | null }; arrayBuffer(): Promise<ArrayBuffer> }>) | null,
): void;

/** Options for the reader view. The reader's own choices, saved in localStorage, win over these. */
export interface ReaderOptions extends CleanOptions {
  /** Pages of a multi-page article to show, appended as they arrive (default 10; 1: this page only). */
  maxPages?: number;
  /** Default "auto" follows prefers-color-scheme. */
  theme?: "auto" | "light" | "dark" | "sepia";
  /** Body text size in CSS pixels, 12 to 32 (default 19). */
  fontSize?: number;
  /** Maximum line length in em, 24 to 60 (default 36). */
  contentWidth?: number;
  fontFamily?: "serif" | "sans";
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "CleanOptions")]
    pub type CleanOptionsArg;
    #[wasm_bindgen(typescript_type = "ReaderOptions")]
    pub type ReaderOptionsArg;
    #[wasm_bindgen(typescript_type = "Article")]
    pub type ArticleValue;
    #[wasm_bindgen(typescript_type = "string | Document")]
    pub type HtmlOrDocument;
    #[wasm_bindgen(typescript_type = "DeclutterOptions")]
    pub type DeclutterOptionsArg;
    #[wasm_bindgen(typescript_type = "DeclutterResult")]
    pub type DeclutterResultValue;
    #[wasm_bindgen(typescript_type = "DeclutterResult | null")]
    pub type DeclutterStatusValue;
    #[wasm_bindgen(typescript_type = "FilterCheck")]
    pub type FilterCheckValue;
    #[wasm_bindgen(typescript_type = "Removed")]
    pub type RemovedArg;

    #[wasm_bindgen(js_namespace = console, js_name = warn)]
    fn console_warn(message: &str);
}

/// Options as they come from JavaScript; unknown keys are ignored, `null` and `undefined` mean
/// "not given".
#[derive(Debug, Default)]
struct JsOptions {
    url: Option<String>,
    char_threshold: Option<u32>,
    max_bytes: Option<u32>,
    theme: Option<String>,
    font_size: Option<u32>,
    content_width: Option<u32>,
    font_family: Option<String>,
    filters: Option<String>,
    kinds: Option<Vec<String>>,
    observe: Option<bool>,
    max_pages: Option<u32>,
    scorer: Option<Scorer>,
    markdown_header: Option<MarkdownHeader>,
}

impl JsOptions {
    fn from_js(value: Option<JsValue>) -> Result<JsOptions, JsError> {
        let Some(value) = value.filter(|value| !value.is_undefined() && !value.is_null()) else {
            return Ok(JsOptions::default());
        };
        let fields = Fields::of(&value, "invalid options")?;
        Ok(JsOptions {
            url: fields.string("url")?,
            char_threshold: fields.integer("charThreshold")?,
            max_bytes: fields.integer("maxBytes")?,
            theme: fields.string("theme")?,
            font_size: fields.integer("fontSize")?,
            content_width: fields.integer("contentWidth")?,
            font_family: fields.string("fontFamily")?,
            filters: fields.string("filters")?,
            kinds: fields.strings("kinds")?,
            observe: fields.boolean("observe")?,
            max_pages: fields.integer("maxPages")?,
            scorer: fields.named("scorer", Scorer::named)?,
            markdown_header: fields.named("markdownHeader", MarkdownHeader::named)?,
        })
    }

    fn max_pages(&self) -> usize {
        self.max_pages
            .map_or(crate::multipage::DEFAULT_MAX_PAGES, |n| n as usize)
    }

    /// Extraction options and the filter lines that were skipped.
    fn core(&self) -> (Options, Vec<FilterError>) {
        let defaults = Options::default();
        let (filters, errors) = match self.filters.as_deref() {
            Some(text) => {
                let (list, errors) = FilterList::parse(text);
                (Some(list), errors)
            }
            None => (None, Vec::new()),
        };
        let options = Options {
            url: self.url.clone().or(defaults.url),
            char_threshold: self
                .char_threshold
                .map_or(defaults.char_threshold, |n| n as usize),
            max_bytes: self.max_bytes.map_or(defaults.max_bytes, |n| n as usize),
            filters,
            scorer: self.scorer.unwrap_or(defaults.scorer),
            kinds: defaults.kinds,
            markdown_header: self.markdown_header.unwrap_or(defaults.markdown_header),
        };
        (options, errors)
    }

    /// Extraction options; skipped filter lines become console warnings.
    fn core_warning(&self) -> Options {
        let (options, errors) = self.core();
        warn_filter_errors(&errors);
        options
    }

    fn in_place(&self) -> Result<(InPlaceOptions, Vec<FilterError>), JsError> {
        let kinds = match &self.kinds {
            Some(names) => names
                .iter()
                .map(|name| parse_kind(name))
                .collect::<Result<Vec<_>, _>>()?,
            None => DEFAULT_KINDS.to_vec(),
        };
        let (core, errors) = self.core();
        Ok((
            InPlaceOptions {
                core,
                kinds,
                observe: self.observe.unwrap_or(true),
            },
            errors,
        ))
    }

    fn preferences(&self) -> Result<Preferences, JsError> {
        Ok(Preferences {
            theme: parse_choice(self.theme.as_deref(), "theme", Theme::parse)?,
            font_size: self.font_size,
            content_width: self.content_width,
            font_family: parse_choice(
                self.font_family.as_deref(),
                "fontFamily",
                FontFamily::parse,
            )?,
        })
    }
}

fn parse_kind(name: &str) -> Result<ClutterKind, JsError> {
    ClutterKind::named(name)
        .ok_or_else(|| JsError::new(&format!("declutter: unknown kind \"{name}\" in kinds")))
}

fn warn_filter_errors(errors: &[FilterError]) {
    for error in errors {
        console_warn(&format!(
            "declutter: filter line {} skipped: {} (\"{}\")",
            error.line, error.message, error.text
        ));
    }
}

fn parse_choice<T>(
    value: Option<&str>,
    option: &str,
    parse: fn(&str) -> Option<T>,
) -> Result<Option<T>, JsError> {
    value
        .map(|name| {
            parse(name)
                .ok_or_else(|| JsError::new(&format!("declutter: unknown {option} \"{name}\"")))
        })
        .transpose()
}

/// Runs once when the module is initialised. (wasm-bindgen also exports it to JS; it is kept out
/// of the TypeScript types, and calling it again does nothing.)
#[wasm_bindgen(start, skip_typescript)]
fn install_panic_hook() {
    console_error_panic_hook::set_once();
}

/// Extracts the article from an HTML string.
#[wasm_bindgen(js_name = clean)]
pub fn clean(html: &str, options: Option<CleanOptionsArg>) -> Result<ArticleValue, JsError> {
    let options = JsOptions::from_js(options.map(JsValue::from))?;
    let article = crate::extract(html, &options.core_warning())
        .map_err(|error| JsError::new(&error.to_string()))?;
    Ok(article_to_js(&article))
}

/// Extracts the article from the live document, with `location.href` as the base URL.
#[wasm_bindgen(js_name = cleanDocument)]
pub fn clean_document(options: Option<CleanOptionsArg>) -> Result<ArticleValue, JsError> {
    let options = JsOptions::from_js(options.map(JsValue::from))?;
    let article = page::extract_live_document(&options.core_warning()).map_err(page_error)?;
    Ok(article_to_js(&article))
}

/// A quick check whether an HTML string or a `Document` looks like it holds an article.
#[wasm_bindgen(js_name = isProbablyReaderable)]
pub fn is_probably_readerable(input: HtmlOrDocument) -> Result<bool, JsError> {
    let input = JsValue::from(input);
    if let Some(html) = input.as_string() {
        return Ok(crate::is_probably_readerable(&html));
    }
    match input.dyn_ref::<web_sys::Document>() {
        Some(document) => Ok(crate::is_probably_readerable(&page::document_html(
            document,
        ))),
        None => Err(JsError::new(
            "declutter: isProbablyReaderable expects an HTML string or a Document",
        )),
    }
}

/// Shows the live document's article in the reader view and returns it.
#[wasm_bindgen(js_name = enterReaderMode)]
pub fn enter_reader_mode(options: Option<ReaderOptionsArg>) -> Result<ArticleValue, JsError> {
    let options = JsOptions::from_js(options.map(JsValue::from))?;
    let preferences = options.preferences()?;
    let article =
        page::enter_reader_mode(&options.core_warning(), &preferences, options.max_pages())
            .map_err(page_error)?;
    Ok(article_to_js(&article))
}

/// Closes the reader view and restores the page; `true` when one was open.
#[wasm_bindgen(js_name = exitReaderMode)]
pub fn exit_reader_mode() -> bool {
    page::exit_reader_mode()
}

/// Opens the reader view when closed, closes it when open; returns whether it is open now.
#[wasm_bindgen(js_name = toggleReaderMode)]
pub fn toggle_reader_mode(options: Option<ReaderOptionsArg>) -> Result<bool, JsError> {
    let options = JsOptions::from_js(options.map(JsValue::from))?;
    let preferences = options.preferences()?;
    page::toggle_reader_mode(&options.core_warning(), &preferences, options.max_pages())
        .map_err(page_error)
}

/// Reads the open reader view aloud, or pauses or resumes; returns whether it is reading now
/// (`false` when no view is open or the browser cannot speak).
#[wasm_bindgen(js_name = toggleReadAloud)]
pub fn toggle_read_aloud() -> bool {
    page::is_open() && page::toggle_read_aloud()
}

/// For `pages.js`: a further page of a multi-page article (its HTML, fetched from `url`) for the
/// reader view of `generation`, which extracts it with its own options and joins it. `false` when
/// that view has closed or the page has no article: following stops.
#[wasm_bindgen(js_name = appendReaderPage, skip_typescript)]
#[doc(hidden)]
pub fn append_reader_page(generation: u32, html: &str, url: &str) -> bool {
    page::reader_view::append_page(generation, html, url)
}

/// For `pages.js`' `cleanAllPages`: the live document's article joined with the further pages
/// fetched (`urls[i]` gave `htmls[i]`), each extracted with `options` and its own URL. Stops at
/// a page without an article; the result has `pages` (the URLs used, the live document's first)
/// and `pagesNote` (why it stopped early, else `null`).
#[wasm_bindgen(js_name = joinPages, skip_typescript)]
#[doc(hidden)]
pub fn join_pages(
    urls: Vec<String>,
    htmls: Vec<String>,
    options: Option<CleanOptionsArg>,
) -> Result<JsValue, JsError> {
    let options = JsOptions::from_js(options.map(JsValue::from))?.core_warning();
    let first = page::extract_live_page(&options).map_err(page_error)?;
    let first_url = options.url.clone().or_else(page::live_url);
    let mut used: Vec<String> = first_url.into_iter().collect();
    let mut joiner = crate::multipage::Joiner::new(first);
    let mut note = JsValue::NULL;
    for (url, html) in urls.iter().zip(&htmls) {
        let page_options = Options {
            url: Some(url.clone()),
            ..options.clone()
        };
        match crate::multipage::extract_page(html, &page_options) {
            Ok(page) if !page.content.trim().is_empty() => joiner.add(&page),
            _ => {
                note = JsValue::from_str(&format!("{url}: no article on the page"));
                break;
            }
        };
        used.push(url.clone());
    }
    let pages: js_sys::Array = used.into_iter().map(JsValue::from).collect();
    Ok(article_object(&joiner.article())
        .set("pages", pages)
        .set("pagesNote", note)
        .into_js())
}

/// Whether the reader view is open.
#[wasm_bindgen(js_name = isReaderModeOpen)]
pub fn is_reader_mode_open() -> bool {
    page::is_open()
}

/// Hides the live page's clutter in place, keeping its design; `restorePage()` undoes it.
#[wasm_bindgen(js_name = declutterPage)]
pub fn declutter_page(
    options: Option<DeclutterOptionsArg>,
) -> Result<DeclutterResultValue, JsError> {
    let options = JsOptions::from_js(options.map(JsValue::from))?;
    let (mut in_place, filter_errors) = options.in_place()?;
    if in_place.core.url.is_none() {
        in_place.core.url = page::live_url();
    }
    let report = page::declutter_page(&in_place).map_err(page_error)?;
    Ok(declutter_result(&report, &filter_errors).unchecked_into())
}

/// Shows everything `declutterPage` hid and stops watching; `true` when it was on.
#[wasm_bindgen(js_name = restorePage)]
pub fn restore_page() -> bool {
    page::restore_page()
}

/// What in-place mode has hidden so far (late clutter included), or `null` when it is off.
#[wasm_bindgen(js_name = declutterStatus)]
pub fn declutter_status() -> Result<DeclutterStatusValue, JsError> {
    match in_place::status() {
        Some(report) => Ok(declutter_result(&report, &[]).unchecked_into()),
        None => Ok(JsValue::NULL.unchecked_into()),
    }
}

/// Parses a filter list without using it: counts and the lines that would be skipped.
#[wasm_bindgen(js_name = checkFilters)]
pub fn check_filters(text: &str) -> Result<FilterCheckValue, JsError> {
    let (list, errors) = FilterList::parse(text);
    let check = Object::new()
        .set("rules", number(list.len()))
        .set("unsupported", number(list.unsupported()))
        .set("errors", array(&errors, filter_error));
    Ok(check.into_js().unchecked_into())
}

/// The live element of a removed block (from `clean`, `cleanDocument` or `declutterPage`) in
/// `document` (default: this page's), or `null` when the page no longer has it.
#[wasm_bindgen(js_name = locateRemoved)]
pub fn locate_removed(
    removed: RemovedArg,
    document: Option<web_sys::Document>,
) -> Result<Option<web_sys::Element>, JsError> {
    let removed = removed_from_js(removed)?;
    let document = match document {
        Some(document) => document,
        None => page::live_document().map_err(page_error)?,
    };
    Ok(page::locate::resolve(&document, &removed).ok())
}

/// Outlines a removed block on this page for a few seconds and scrolls to it; `false` when the
/// page no longer has it.
#[wasm_bindgen(js_name = showRemoved)]
pub fn show_removed(removed: RemovedArg) -> Result<bool, JsError> {
    Ok(in_place::show_removed(&removed_from_js(removed)?).is_ok())
}

/// The parts of a `Removed` the page layer needs; the kind is not needed to find the block.
fn removed_from_js(removed: RemovedArg) -> Result<Removed, JsError> {
    let removed = JsValue::from(removed);
    let fields = Fields::of(&removed, "expected a removed block {selector, textLength}")?;
    Ok(Removed {
        kind: ClutterKind::Other,
        reason: fields.string("reason")?.unwrap_or_default(),
        text_length: fields.required("textLength", Fields::integer::<u32>)? as usize,
        selector: fields.required("selector", Fields::string)?,
    })
}

/// Reads the fields of a JS object; errors start with `context` and name the field.
struct Fields<'a> {
    object: &'a JsValue,
    context: &'static str,
}

impl<'a> Fields<'a> {
    fn of(object: &'a JsValue, context: &'static str) -> Result<Fields<'a>, JsError> {
        let fields = Fields { object, context };
        match object.is_object() {
            true => Ok(fields),
            false => Err(fields.error("", "it is not an object")),
        }
    }

    fn error(&self, key: &str, problem: &str) -> JsError {
        let key = if key.is_empty() {
            String::new()
        } else {
            format!("`{key}` ")
        };
        JsError::new(&format!("declutter: {}: {key}{problem}", self.context))
    }

    /// The field's value; `None` when it is missing, `undefined` or `null`.
    fn get(&self, key: &str) -> Result<Option<JsValue>, JsError> {
        js_sys::Reflect::get(self.object, &JsValue::from_str(key))
            .map(|value| Some(value).filter(|value| !value.is_undefined() && !value.is_null()))
            .map_err(|_| self.error(key, "could not be read"))
    }

    fn read<T>(
        &self,
        key: &str,
        expected: &str,
        convert: impl FnOnce(JsValue) -> Option<T>,
    ) -> Result<Option<T>, JsError> {
        match self.get(key)? {
            Some(value) => convert(value)
                .map(Some)
                .ok_or_else(|| self.error(key, &format!("must be {expected}"))),
            None => Ok(None),
        }
    }

    fn required<T>(
        &self,
        key: &str,
        read: fn(&Self, &str) -> Result<Option<T>, JsError>,
    ) -> Result<T, JsError> {
        read(self, key)?.ok_or_else(|| self.error(key, "is missing"))
    }

    fn string(&self, key: &str) -> Result<Option<String>, JsError> {
        self.read(key, "a string", |value| value.as_string())
    }

    /// An option whose value is one of a set of names (`scorer: "rules"`).
    fn named<T>(
        &self,
        key: &str,
        parse: fn(&str) -> Result<T, String>,
    ) -> Result<Option<T>, JsError> {
        self.string(key)?
            .map(|name| parse(&name))
            .transpose()
            .map_err(|e| JsError::new(&format!("declutter: {e}")))
    }

    fn boolean(&self, key: &str) -> Result<Option<bool>, JsError> {
        self.read(key, "a boolean", |value| value.as_bool())
    }

    /// A whole number from 0 to `T::MAX`.
    fn integer<T: TryFrom<u64>>(&self, key: &str) -> Result<Option<T>, JsError> {
        self.read(key, "a whole number, 0 or more", |value| {
            let number = value
                .as_f64()
                .filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n < u64::MAX as f64)?;
            T::try_from(number as u64).ok()
        })
    }

    fn strings(&self, key: &str) -> Result<Option<Vec<String>>, JsError> {
        self.read(key, "an array of strings", |value| {
            value
                .dyn_into::<js_sys::Array>()
                .ok()?
                .iter()
                .map(|item| item.as_string())
                .collect()
        })
    }
}

#[wasm_bindgen]
extern "C" {
    /// A plain JS object built field by field (nothing for the caller to `.free()`).
    #[wasm_bindgen(extends = js_sys::Object)]
    type PlainObject;
    /// `object[key] = value`, without the try/catch wrapper of `Reflect.set`.
    #[wasm_bindgen(method, indexing_setter)]
    fn put(this: &PlainObject, key: &JsValue, value: &JsValue);
}

thread_local! {
    /// JS strings for property and kind names, made on first use and then reused: making a JS
    /// string is a call into JS and a UTF-8 decode, dearer than setting the property itself.
    static JS_NAMES: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// The index of `name` in `JS_NAMES`, added when new.
fn js_name(name: &'static str) -> usize {
    JS_NAMES.with_borrow_mut(|names| {
        match names
            .iter()
            .position(|(known, _)| std::ptr::eq(*known, name))
        {
            Some(index) => index,
            None => {
                names.push((name, JsValue::from_str(name)));
                names.len() - 1
            }
        }
    })
}

struct Object(PlainObject);

impl Object {
    fn new() -> Object {
        Object(js_sys::Object::new().unchecked_into())
    }

    fn set(self, key: &'static str, value: impl Into<JsValue>) -> Object {
        let (key, value) = (js_name(key), value.into());
        JS_NAMES.with_borrow(|names| self.0.put(&names[key].1, &value));
        self
    }

    /// Sets `key` to one of a few fixed strings (kind names).
    fn set_name(self, key: &'static str, value: &'static str) -> Object {
        let (key, value) = (js_name(key), js_name(value));
        JS_NAMES.with_borrow(|names| self.0.put(&names[key].1, &names[value].1));
        self
    }

    fn into_js(self) -> JsValue {
        self.0.into()
    }
}

fn number(n: usize) -> JsValue {
    JsValue::from_f64(n as f64)
}

/// A string, or `null` for `None`.
fn nullable(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from_str)
}

fn array<T>(items: &[T], convert: impl Fn(&T) -> JsValue) -> js_sys::Array {
    items.iter().map(convert).collect()
}

fn article_to_js(article: &Article) -> ArticleValue {
    article_object(article).into_js().unchecked_into()
}

/// The article as a plain JS object, fields as the Rust struct's in camelCase.
fn article_object(article: &Article) -> Object {
    Object::new()
        .set("title", article.title.as_str())
        .set("byline", nullable(article.byline.as_deref()))
        .set("siteName", nullable(article.site_name.as_deref()))
        .set("publishedTime", nullable(article.published_time.as_deref()))
        .set("lang", nullable(article.lang.as_deref()))
        .set("dir", nullable(article.dir.as_deref()))
        .set("excerpt", nullable(article.excerpt.as_deref()))
        .set("leadImage", nullable(article.lead_image.as_deref()))
        .set("content", article.content.as_str())
        .set("text", article.text.as_str())
        .set("markdown", article.markdown.as_str())
        .set("length", number(article.length))
        .set("readingMinutes", article.reading_minutes)
        .set(
            "removed",
            array(&article.removed, |removed| removed_block(removed).into_js()),
        )
        .set_name("pageKind", article.page_kind.name())
}

fn removed_block(removed: &Removed) -> Object {
    Object::new()
        .set_name("kind", removed.kind.name())
        .set("reason", removed.reason.as_str())
        .set("textLength", number(removed.text_length))
        .set("selector", removed.selector.as_str())
}

fn declutter_result(report: &Report, filter_errors: &[FilterError]) -> JsValue {
    let blocks = array(&report.removed, |block| {
        removed_block(&block.removed)
            .set("hidden", block.hidden)
            .set("problem", nullable(block.problem.as_deref()))
            .into_js()
    });
    Object::new()
        .set("removed", blocks)
        .set("hidden", number(report.hidden))
        .set("unresolved", number(report.unresolved))
        .set("passes", report.passes)
        .set("filterErrors", array(filter_errors, filter_error))
        .into_js()
}

fn filter_error(error: &FilterError) -> JsValue {
    Object::new()
        .set("line", number(error.line))
        .set("text", error.text.as_str())
        .set("message", error.message.as_str())
        .into_js()
}

fn page_error(error: page::PageError) -> JsError {
    JsError::new(error.message())
}
