//! Articles split over several pages: finding the next page's link, and joining the pages'
//! articles into one.
//!
//! Both work over the public API: [`next_page_url`] reads a page's HTML, [`Joiner`] takes the
//! [`Article`](crate::Article)s that [`extract`](crate::extract) made of each page. Fetching is
//! the caller's business (the browser's `fetch` in the page layer; the CLI joins files it is
//! given), so nothing here does I/O.
//!
//! - `next_link`: `<link rel=next>`, `rel=next` anchors, "Next"/"Weiter"/"Suivant"/... links and
//!   numbered links in pagination blocks; same origin and the same article's URL only.
//! - `blocks`: the top-level blocks of an article's sanitized HTML.
//! - `join`: page 2 onwards without the headers repeated from page 1 (title, byline, standfirst),
//!   every page without its pagination block.
mod blocks;
mod join;
mod next_link;
mod words;

pub use join::{join, Joiner, Part};
pub use next_link::next_page_url;

/// How many pages `cleanAllPages` follows unless told otherwise: long enough for the long reads
/// that magazines split up, short enough that a never-ending "next" chain stops soon.
pub const DEFAULT_MAX_PAGES: usize = 10;
