//! The JavaScript API: the only module that converts between Rust values and `JsValue`.
//!
//! Results are plain JS objects (serde-wasm-bindgen, JSON-compatible: `null` for missing values,
//! objects rather than `Map`s), so callers never hold wasm handles that need `.free()`. Failures
//! are thrown as JS `Error`s with a message.
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::page::in_place::{self, InPlaceOptions, Report, DEFAULT_KINDS};
use crate::page::{self, FontFamily, Preferences, Theme};
use crate::{Article, ClutterKind, FilterError, FilterList, Options, Removed};

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
}

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

/** Options for the reader view. The reader's own choices, saved in localStorage, win over these. */
export interface ReaderOptions extends CleanOptions {
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

/// Options as they come from JavaScript; unknown keys are ignored.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
struct JsOptions {
    url: Option<String>,
    char_threshold: Option<usize>,
    max_bytes: Option<usize>,
    theme: Option<String>,
    font_size: Option<u32>,
    content_width: Option<u32>,
    font_family: Option<String>,
    filters: Option<String>,
    kinds: Option<Vec<String>>,
    observe: Option<bool>,
}

impl JsOptions {
    fn from_js(value: Option<JsValue>) -> Result<JsOptions, JsError> {
        match value {
            Some(value) if !value.is_undefined() && !value.is_null() => serde_wasm_bindgen::from_value(value)
                .map_err(|error| JsError::new(&format!("declutter: invalid options: {error}"))),
            _ => Ok(JsOptions::default()),
        }
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
            char_threshold: self.char_threshold.unwrap_or(defaults.char_threshold),
            max_bytes: self.max_bytes.unwrap_or(defaults.max_bytes),
            filters,
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
            Some(names) => names.iter().map(|name| parse_kind(name)).collect::<Result<Vec<_>, _>>()?,
            None => DEFAULT_KINDS.to_vec(),
        };
        let (core, errors) = self.core();
        Ok((InPlaceOptions { core, kinds, observe: self.observe.unwrap_or(true) }, errors))
    }

    fn preferences(&self) -> Result<Preferences, JsError> {
        Ok(Preferences {
            theme: parse_choice(self.theme.as_deref(), "theme", Theme::parse)?,
            font_size: self.font_size,
            content_width: self.content_width,
            font_family: parse_choice(self.font_family.as_deref(), "fontFamily", FontFamily::parse)?,
        })
    }
}

const ALL_KINDS: [ClutterKind; 8] = [
    ClutterKind::Ad,
    ClutterKind::Recommendation,
    ClutterKind::Navigation,
    ClutterKind::Social,
    ClutterKind::Comments,
    ClutterKind::Newsletter,
    ClutterKind::Consent,
    ClutterKind::Other,
];

fn parse_kind(name: &str) -> Result<ClutterKind, JsError> {
    ALL_KINDS
        .into_iter()
        .find(|kind| kind.name() == name)
        .ok_or_else(|| JsError::new(&format!("declutter: unknown kind {name:?} in kinds")))
}

fn warn_filter_errors(errors: &[FilterError]) {
    for error in errors {
        console_warn(&format!("declutter: filter line {} skipped: {} ({:?})", error.line, error.message, error.text));
    }
}

fn parse_choice<T>(value: Option<&str>, option: &str, parse: fn(&str) -> Option<T>) -> Result<Option<T>, JsError> {
    value
        .map(|name| parse(name).ok_or_else(|| JsError::new(&format!("declutter: unknown {option} {name:?}"))))
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
    let article = crate::extract(html, &options.core_warning()).map_err(|error| JsError::new(&error.to_string()))?;
    article_to_js(&article)
}

/// Extracts the article from the live document, with `location.href` as the base URL.
#[wasm_bindgen(js_name = cleanDocument)]
pub fn clean_document(options: Option<CleanOptionsArg>) -> Result<ArticleValue, JsError> {
    let options = JsOptions::from_js(options.map(JsValue::from))?;
    let article = page::extract_live_document(&options.core_warning()).map_err(page_error)?;
    article_to_js(&article)
}

/// A quick check whether an HTML string or a `Document` looks like it holds an article.
#[wasm_bindgen(js_name = isProbablyReaderable)]
pub fn is_probably_readerable(input: HtmlOrDocument) -> Result<bool, JsError> {
    let input = JsValue::from(input);
    if let Some(html) = input.as_string() {
        return Ok(crate::is_probably_readerable(&html));
    }
    match input.dyn_ref::<web_sys::Document>() {
        Some(document) => Ok(crate::is_probably_readerable(&page::document_html(document))),
        None => Err(JsError::new("declutter: isProbablyReaderable expects an HTML string or a Document")),
    }
}

/// Shows the live document's article in the reader view and returns it.
#[wasm_bindgen(js_name = enterReaderMode)]
pub fn enter_reader_mode(options: Option<ReaderOptionsArg>) -> Result<ArticleValue, JsError> {
    let options = JsOptions::from_js(options.map(JsValue::from))?;
    let article = page::enter_reader_mode(&options.core_warning(), &options.preferences()?).map_err(page_error)?;
    article_to_js(&article)
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
    page::toggle_reader_mode(&options.core_warning(), &options.preferences()?).map_err(page_error)
}

/// Whether the reader view is open.
#[wasm_bindgen(js_name = isReaderModeOpen)]
pub fn is_reader_mode_open() -> bool {
    page::is_open()
}

/// Hides the live page's clutter in place, keeping its design; `restorePage()` undoes it.
#[wasm_bindgen(js_name = declutterPage)]
pub fn declutter_page(options: Option<DeclutterOptionsArg>) -> Result<DeclutterResultValue, JsError> {
    let options = JsOptions::from_js(options.map(JsValue::from))?;
    let (mut in_place, filter_errors) = options.in_place()?;
    if in_place.core.url.is_none() {
        in_place.core.url = page::live_url();
    }
    let report = page::declutter_page(&in_place).map_err(page_error)?;
    to_js(&DeclutterResult::new(report, &filter_errors))
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
        Some(report) => to_js(&DeclutterResult::new(report, &[])),
        None => Ok(JsValue::NULL.unchecked_into()),
    }
}

/// Parses a filter list without using it: counts and the lines that would be skipped.
#[wasm_bindgen(js_name = checkFilters)]
pub fn check_filters(text: &str) -> Result<FilterCheckValue, JsError> {
    let (list, errors) = FilterList::parse(text);
    let check = FilterCheck { rules: list.len(), unsupported: list.unsupported(), errors: errors.iter().map(JsFilterError::from).collect() };
    to_js(&check)
}

/// The live element of a removed block (from `clean`, `cleanDocument` or `declutterPage`) in
/// `document` (default: this page's), or `null` when the page no longer has it.
#[wasm_bindgen(js_name = locateRemoved)]
pub fn locate_removed(removed: RemovedArg, document: Option<web_sys::Document>) -> Result<Option<web_sys::Element>, JsError> {
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
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsRemoved {
    selector: String,
    text_length: usize,
    #[serde(default)]
    reason: String,
}

fn removed_from_js(removed: RemovedArg) -> Result<Removed, JsError> {
    let removed: JsRemoved = serde_wasm_bindgen::from_value(removed.into())
        .map_err(|error| JsError::new(&format!("declutter: expected a removed block {{selector, textLength}}: {error}")))?;
    Ok(Removed { kind: ClutterKind::Other, reason: removed.reason, text_length: removed.text_length, selector: removed.selector })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DeclutterResult {
    #[serde(flatten)]
    report: Report,
    filter_errors: Vec<JsFilterError>,
}

impl DeclutterResult {
    fn new(report: Report, filter_errors: &[FilterError]) -> DeclutterResult {
        DeclutterResult { report, filter_errors: filter_errors.iter().map(JsFilterError::from).collect() }
    }
}

#[derive(Serialize)]
struct JsFilterError {
    line: usize,
    text: String,
    message: String,
}

impl From<&FilterError> for JsFilterError {
    fn from(error: &FilterError) -> JsFilterError {
        JsFilterError { line: error.line, text: error.text.clone(), message: error.message.clone() }
    }
}

#[derive(Serialize)]
struct FilterCheck {
    rules: usize,
    unsupported: usize,
    errors: Vec<JsFilterError>,
}

fn to_js<T: Serialize, R: JsCast>(value: &T) -> Result<R, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value
        .serialize(&serializer)
        .map(JsCast::unchecked_into)
        .map_err(|error| JsError::new(&format!("declutter: could not convert the result: {error}")))
}

fn article_to_js(article: &Article) -> Result<ArticleValue, JsError> {
    to_js(article)
}

fn page_error(error: page::PageError) -> JsError {
    JsError::new(error.message())
}
