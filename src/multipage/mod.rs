//! Articles split over several pages: the pages' articles joined into one.
//!
//! [`Joiner`] takes the [`Article`](crate::Article)s that [`extract`](crate::extract) made of each
//! page, in order, and gives one article: page 1's metadata, every page's body, the headers that
//! later pages repeat from page 1 and the pagination blocks left out. The CLI's `--join` uses it.
//! In the browser the same rules (and the same word tables) are in `src/page/pages.js`, which
//! also finds and fetches the next pages: there the DOM and `fetch` do the work at no cost to the
//! wasm module's size, which this module would have added to by some 18 KB gzipped.
//!
//! - `blocks`: the top-level blocks of an article's sanitized HTML.
//! - `join`: page 2 onwards without the headers repeated from page 1 (title, byline, standfirst),
//!   every page without its pagination block.
//! - `words`: the words of pagination.
mod blocks;
mod join;
mod words;

pub use join::{join, Joiner, Part};

/// How many pages `cleanAllPages` and the reader view follow unless told otherwise: long enough for
/// the long reads that magazines split up, short enough that a never-ending "next" chain stops soon.
pub const DEFAULT_MAX_PAGES: usize = 10;
