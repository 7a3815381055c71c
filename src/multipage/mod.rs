//! Articles split over several pages: the pages' articles joined into one.
//!
//! [`Joiner`] takes the [`Article`](crate::Article)s that [`extract_page`] made of each page, in
//! order, and gives one article: page 1's metadata, every page's body, the headers that later
//! pages repeat from page 1 and the pagination blocks left out. It is the one join: the CLI's
//! `--join`, `cleanAllPages()` and the reader view's further pages use it (in the browser,
//! `src/page/pages.js` only finds and fetches the next pages).
//!
//! - `join`: page 2 onwards without the headers repeated from page 1 (title, byline, standfirst),
//!   every page without its pagination block.
//! - `words`: the words of pagination, and "page" in the languages of the clutter tables.
mod join;
mod words;

pub use crate::extract::Part;
pub use join::{extract_page, extract_page_bytes, join, Joiner};
pub use words::page_word;

/// How many pages `cleanAllPages` and the reader view follow unless told otherwise: long enough for
/// the long reads that magazines split up, short enough that a never-ending "next" chain stops soon.
pub const DEFAULT_MAX_PAGES: usize = 10;
