//! declutter: from the HTML of a page to a clean article.
//!
//! Data flows one way through one module per stage:
//! `decode` → `parse` (scraper) → `clutter` → `score` → `clean` → `metadata` → `output`.
//! The core is plain Rust over scraper's tree; only `wasm` touches `JsValue`.

mod article;
pub mod clean;
pub mod clutter;
pub mod decode;
pub mod dom;
mod json;
pub mod metadata;
pub mod multipage;
pub mod output;
pub mod parse;
pub mod score;
mod shadow;

pub use article::{extract, extract_bytes, is_probably_readerable, Article, Error, Options};
pub use clutter::filters::{FilterError, FilterList, HostFilters};
pub use clutter::{ClutterKind, Removed};

#[cfg(target_arch = "wasm32")]
pub mod page;
/// The JS API (public only so that the browser tests can call it as JavaScript would).
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
