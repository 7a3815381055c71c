//! The JavaScript API: the only module that converts between Rust values and `JsValue`.
//!
//! Results are plain JS objects (serde-wasm-bindgen, JSON-compatible: `null` for missing values,
//! objects rather than `Map`s), so callers never hold wasm handles that need `.free()`. Failures
//! are thrown as JS `Error`s with a message.
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::page::{self, FontFamily, Preferences, Theme};
use crate::{Article, Options};

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
}

impl JsOptions {
    fn from_js(value: Option<JsValue>) -> Result<JsOptions, JsError> {
        match value {
            Some(value) if !value.is_undefined() && !value.is_null() => serde_wasm_bindgen::from_value(value)
                .map_err(|error| JsError::new(&format!("declutter: invalid options: {error}"))),
            _ => Ok(JsOptions::default()),
        }
    }

    fn core(&self) -> Options {
        let defaults = Options::default();
        Options {
            url: self.url.clone().or(defaults.url),
            char_threshold: self.char_threshold.unwrap_or(defaults.char_threshold),
            max_bytes: self.max_bytes.unwrap_or(defaults.max_bytes),
            filters: None,
        }
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
    let article = crate::extract(html, &options.core()).map_err(|error| JsError::new(&error.to_string()))?;
    article_to_js(&article)
}

/// Extracts the article from the live document, with `location.href` as the base URL.
#[wasm_bindgen(js_name = cleanDocument)]
pub fn clean_document(options: Option<CleanOptionsArg>) -> Result<ArticleValue, JsError> {
    let options = JsOptions::from_js(options.map(JsValue::from))?;
    let article = page::extract_live_document(&options.core()).map_err(page_error)?;
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
    let article = page::enter_reader_mode(&options.core(), &options.preferences()?).map_err(page_error)?;
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
    page::toggle_reader_mode(&options.core(), &options.preferences()?).map_err(page_error)
}

/// Whether the reader view is open.
#[wasm_bindgen(js_name = isReaderModeOpen)]
pub fn is_reader_mode_open() -> bool {
    page::is_open()
}

fn article_to_js(article: &Article) -> Result<ArticleValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(article, &serializer)
        .map(JsCast::unchecked_into)
        .map_err(|error| JsError::new(&format!("declutter: could not convert the article: {error}")))
}

fn page_error(error: page::PageError) -> JsError {
    JsError::new(error.message())
}
