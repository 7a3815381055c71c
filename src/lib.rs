//! declutter: from the HTML of a page to a clean article.
//!
//! Data flows one way: `decode` → `parse` (scraper) → `view` (the flat page
//! view and its removal mask) → `metadata`, `clutter` → `score` → `clean` →
//! `output`, chained by `article`. The layers, lowest first, and what each may
//! use are listed in README.md's design section; `tests/architecture.rs`
//! checks them. The core is plain Rust over scraper's tree; only `wasm` (and
//! the page layer below it) touches `JsValue`.

// Below everything: Unicode case mapping (std's own, from smaller tables).
mod case;
// Foundations: plain text, bytes, the parser, JSON, URLs, the reports.
pub mod decode;
mod json;
pub mod parse;
pub mod report;
pub mod text;
pub mod urls;
// The page as the stages read it.
pub mod view;
// What blocks say about themselves, user rules, what the page says about itself.
pub mod filters;
pub mod metadata;
pub mod signals;
// The stages.
pub mod blocks;
pub mod clean;
pub mod clutter;
pub mod kind;
pub mod score;
// The cleaned article and its writers.
pub mod output;
pub mod tree;
// The entry points.
mod article;
// Built on the entry points: multi-page articles.
pub mod multipage;

pub use article::{
    extract, extract_bytes, is_probably_readerable, Article, Error, Options, Scorer,
};
#[doc(hidden)]
pub use article::{page_records, BlockRecord, PageRecord};
pub use filters::{FilterError, FilterList, HostFilters};
pub use kind::PageKind;
pub use output::header::MarkdownHeader;
pub use report::{ClutterKind, Removed};

#[cfg(target_arch = "wasm32")]
pub mod page;
/// The JS API (public only so that the browser tests can call it as JavaScript would).
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
