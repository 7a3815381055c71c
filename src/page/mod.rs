//! The page layer: reads the live document and shows the reader view over it.
//!
//! Nothing here decides what the article is: that is the core's job (`crate::extract`). This
//! layer only reads the page, renders an [`Article`] and puts the page back exactly as it was.
//! JavaScript values appear here only as the error type of web-sys calls, turned into
//! [`PageError`] at once; the JS-facing API lives in `src/wasm.rs`.
mod clipboard;
pub mod in_place;
mod live_document;
pub mod locate;
pub mod observer;
pub mod overlays;
pub mod reader_view;
mod render;
pub mod sanitize;
pub mod settings;
mod shadow_dom;

use crate::{Article, Options};

pub use in_place::{declutter_page, restore_page, InPlaceOptions};
pub use live_document::{document_html, live_document, live_document_html, live_url};
pub use reader_view::{
    close, host_element, is_open, open, shadow_root, toggle_read_aloud, HOST_TAG,
};
pub use settings::{FontFamily, Preferences, ReaderSettings, Theme};

/// Something the browser refused, or extraction failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageError {
    message: String,
}

impl PageError {
    pub fn new(message: impl Into<String>) -> PageError {
        PageError {
            message: message.into(),
        }
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PageError {}

impl From<wasm_bindgen::JsValue> for PageError {
    fn from(value: wasm_bindgen::JsValue) -> PageError {
        use wasm_bindgen::JsCast;
        let message = match value.dyn_ref::<js_sys::Error>() {
            Some(error) => String::from(error.message()),
            None => value.as_string().unwrap_or_else(|| format!("{value:?}")),
        };
        PageError { message }
    }
}

impl From<crate::Error> for PageError {
    fn from(error: crate::Error) -> PageError {
        PageError {
            message: error.to_string(),
        }
    }
}

/// Extracts the article from the live document (base URL: `location.href` unless
/// `options.url` is set).
pub fn extract_live_document(options: &Options) -> Result<Article, PageError> {
    Ok(crate::extract(
        &live_document_html()?,
        &with_live_url(options),
    )?)
}

/// The live document's article as page 1 of an article that may go on over further pages
/// (its top-level blocks kept for joining).
pub fn extract_live_page(options: &Options) -> Result<Article, PageError> {
    let html = live_document_html()?;
    Ok(crate::multipage::extract_page(
        &html,
        &with_live_url(options),
    )?)
}

/// The options, with `location.href` as the URL when they name none.
fn with_live_url(options: &Options) -> Options {
    let mut options = options.clone();
    if options.url.is_none() {
        options.url = live_url();
    }
    options
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/page/follow.js")]
extern "C" {
    #[wasm_bindgen(js_name = followPages)]
    fn follow_pages(url: &str, max_pages: usize, generation: u32);
}

/// Extracts the live document's article and shows it in the reader view. If the view is
/// already open it is rebuilt from the current page. When the article goes on over further pages,
/// `pages.js` fetches them (up to `max_pages` pages in all) and the view appends them as they
/// arrive, each extracted with the same options and joined to the pages before
/// ([`reader_view::append_page`]); page 1 is shown without its pagination blocks.
pub fn enter_reader_mode(
    options: &Options,
    preferences: &Preferences,
    max_pages: usize,
) -> Result<Article, PageError> {
    close();
    if max_pages < 2 {
        let article = has_text(extract_live_document(options)?)?;
        open(&article, preferences)?;
        return Ok(article);
    }
    let joiner = crate::multipage::Joiner::new(has_text(extract_live_page(options)?)?);
    let article = joiner.article();
    let pages = reader_view::FurtherPages {
        joiner,
        options: with_live_url(options),
    };
    let url = pages.options.url.clone();
    let generation = reader_view::open_with_pages(&article, preferences, Some(pages))?;
    if let Some(url) = url {
        follow_pages(&url, max_pages, generation);
    }
    Ok(article)
}

/// The article, or an error when it is empty.
fn has_text(article: Article) -> Result<Article, PageError> {
    if article.content.trim().is_empty() {
        return Err(PageError::new("declutter found no article on this page"));
    }
    Ok(article)
}

/// Closes the reader view; `true` when one was open.
pub fn exit_reader_mode() -> bool {
    close()
}

/// Opens the reader view when closed, closes it when open; returns whether it is open now.
pub fn toggle_reader_mode(
    options: &Options,
    preferences: &Preferences,
    max_pages: usize,
) -> Result<bool, PageError> {
    if close() {
        return Ok(false);
    }
    enter_reader_mode(options, preferences, max_pages)?;
    Ok(true)
}
