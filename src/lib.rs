//! declutter: from the HTML of a page to a clean article.
//!
//! ```
//! let html = "<html><head><title>Harbour reopens</title></head><body>\
//!     <nav><a href=/>Home</a></nav><article><h1>Harbour reopens</h1>\
//!     <p>The harbour reopened on Wednesday morning, two days after the storm.</p>\
//!     </article></body></html>";
//! let article = declutter::extract(html, &declutter::Options::default())?;
//! assert_eq!(article.title, "Harbour reopens");
//! assert!(article.text.contains("two days after the storm"));
//! assert!(!article.text.contains("Home"));
//! # Ok::<(), declutter::Error>(())
//! ```
//!
//! The crate's API is what this file exports: the entry points ([`extract`],
//! [`extract_bytes`], [`is_probably_readerable`], [`multipage`]) and their
//! types. The engine's modules are private. Data flows one way: `decode` →
//! `parse` (scraper) → `view` (the flat page view and its removal mask) →
//! `metadata`, `clutter` → `score` → `clean` → `output`, chained by
//! `extract`. The layers, lowest first, and what each may use are listed in
//! README.md's design section; `tests/architecture.rs` checks them. The core
//! is plain Rust over scraper's tree; only `wasm` (and the page layer below
//! it) touches `JsValue`.

// Below everything: Unicode case mapping (std's own, from smaller tables).
mod case;
// Foundations: plain text, bytes, the parser, JSON, URLs, the reports, named feature vectors.
mod decode;
mod json;
mod parse;
mod report;
mod schema;
mod stages;
mod text;
mod urls;
// The page as the stages read it.
mod view;
// What blocks say about themselves, user rules, what the page says about itself.
mod filters;
mod metadata;
mod signals;
// The stages.
mod blocks;
mod clean;
mod clutter;
mod kind;
mod score;
// The cleaned article and its writers.
mod output;
mod tree;
// The entry points.
mod extract;
// Built on the entry points: multi-page articles; the articles of WARC files.
pub mod multipage;
#[cfg(feature = "warc")]
pub mod warc;

pub use extract::{
    extract, extract_bytes, is_probably_readerable, Article, Error, Options, Scorer,
};
pub use filters::{FilterError, FilterList, HostFilters};
pub use kind::PageKind;
pub use output::header::MarkdownHeader;
pub use report::{ClutterKind, Removed};

/// What the crate's own tools reach below the API: the training dump
/// (`examples/blocks.rs`), the stage tracer (`examples/trace.rs`), the
/// benchmarks and the tests of the engine's parts. Not part of the API.
#[doc(hidden)]
pub mod internals {
    pub use crate::blocks::features::Feature;
    pub use crate::clutter::{remove_clutter, silent_mask, Pass};
    pub use crate::decode::decode_html;
    pub use crate::extract::{page_records, BlockRecord, PageRecord};
    pub use crate::kind::PageFeature;
    pub use crate::parse::parse_document_with;
    pub use crate::score::{find_article, provisional_article, score_candidates};
    #[cfg(all(feature = "stage-times", not(target_arch = "wasm32")))]
    pub use crate::stages::take as stage_times;
    pub use crate::stages::Stage;
    pub use crate::urls::host_of;
    pub use crate::view::{Doc, View};
}

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod page;
/// The JS API (public only so that the browser tests can call it as JavaScript would).
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
