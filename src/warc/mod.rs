//! Articles from WARC files (feature `warc`, on with `cli`; never in the wasm build): the HTML
//! responses of a web archive, extracted one by one as the file is read.
//!
//! ```no_run
//! let mut articles = declutter::warc::Articles::open("crawl.warc.gz", declutter::Options::default())?;
//! for item in &mut articles {
//!     let page = item?;
//!     println!("{} {}: {}", page.date.unwrap_or_default(), page.url.unwrap_or_default(), page.article.title);
//! }
//! eprintln!("{:?}", articles.stats());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The file is streamed: gzip members (one per record, as Common Crawl writes them, or one for
//! the whole file) are unpacked as they are read, skipped records are never held in memory, and a
//! response's body is read only when its head says it is an HTML page. `response` records with a
//! 2xx status and an HTML `Content-Type` are extracted, and `resource` records of an HTML type;
//! requests, `warcinfo`, `metadata`, `revisit` and the rest, other media types, other statuses,
//! bodies in codings other than gzip and deflate, bodies over `Options::max_bytes` and records the
//! file ends inside are skipped and counted in [`Stats`].

mod http;
mod record;

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use encoding_rs::Encoding;
use flate2::bufread::MultiGzDecoder;

use crate::{extract, Article, Error, Options};
use record::{Next, RecordHeader, Records};

/// Read buffer for the file and for the unpacked stream: large enough that a record's block is
/// copied in a few reads, small beside a page.
const BUFFER_BYTES: usize = 256 * 1024;

/// An article from a WARC response.
#[derive(Debug, Clone)]
pub struct WarcArticle {
    /// `WARC-Target-URI`: the page's URL (also the base for its relative links).
    pub url: Option<String>,
    /// `WARC-Date`: when the page was captured (ISO 8601, as the file has it).
    pub date: Option<String>,
    pub article: Article,
}

/// Why a file can't be read as WARC.
#[derive(Debug)]
pub enum WarcError {
    /// The input does not start with a WARC record (after gzip, when it is gzip).
    NotWarc,
}

impl std::fmt::Display for WarcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WarcError::NotWarc => write!(f, "not a WARC file (no WARC/1.x record at its start)"),
        }
    }
}

impl std::error::Error for WarcError {}

/// What was read, and why records were skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Records read (with their headers complete).
    pub records: u64,
    /// Articles extracted.
    pub articles: u64,
    /// `request` records.
    pub requests: u64,
    /// `warcinfo`, `metadata`, `revisit`, `conversion`, `continuation` records.
    pub other_records: u64,
    /// Responses and resources of a media type other than HTML.
    pub not_html: u64,
    /// Responses with a status other than 2xx (redirects, errors).
    pub not_ok: u64,
    /// Records the input ends inside (a file or gzip member cut short).
    pub truncated: u64,
    /// Bodies over `Options::max_bytes`.
    pub too_large: u64,
    /// Bodies in a coding that can't be undone (brotli, zstd, broken gzip).
    pub undecodable: u64,
    /// Lines that are no record where a record should start, skipped up to the next one; HTTP
    /// responses without a status line.
    pub malformed: u64,
}

impl Stats {
    /// The counts by name, in a fixed order (the CLI's summary, Python's `stats`).
    pub fn counts(&self) -> [(&'static str, u64); 10] {
        [
            ("records", self.records),
            ("articles", self.articles),
            ("requests", self.requests),
            ("other_records", self.other_records),
            ("not_html", self.not_html),
            ("not_ok", self.not_ok),
            ("truncated", self.truncated),
            ("too_large", self.too_large),
            ("undecodable", self.undecodable),
            ("malformed", self.malformed),
        ]
    }

    fn count(&mut self, skip: Skip) {
        let counter = match skip {
            Skip::Request => &mut self.requests,
            Skip::OtherRecord => &mut self.other_records,
            Skip::NotHtml => &mut self.not_html,
            Skip::NotOk => &mut self.not_ok,
            Skip::Truncated => &mut self.truncated,
            Skip::TooLarge => &mut self.too_large,
            Skip::Undecodable => &mut self.undecodable,
            Skip::Malformed => &mut self.malformed,
        };
        *counter += 1;
    }
}

/// Why a record gave no article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Skip {
    Request,
    OtherRecord,
    NotHtml,
    NotOk,
    Truncated,
    TooLarge,
    Undecodable,
    Malformed,
}

/// An HTML page taken out of a record.
struct Page {
    bytes: Vec<u8>,
    /// The charset its HTTP header (or the record's `Content-Type`) names.
    charset: Option<&'static Encoding>,
}

/// The articles of a WARC file, in the file's order (an iterator; each item is an article or the
/// one error of a file that is no WARC).
pub struct Articles {
    records: Records,
    options: Options,
    stats: Stats,
    finished: bool,
}

impl Articles {
    /// Reads the WARC file at `path` (gzip or not).
    pub fn open(path: impl AsRef<Path>, options: Options) -> io::Result<Articles> {
        Articles::new(File::open(path)?, options)
    }

    /// Reads WARC data from `input` (gzip or not: gzip is recognised by its magic bytes).
    pub fn new(input: impl Read + Send + 'static, options: Options) -> io::Result<Articles> {
        let mut input = BufReader::with_capacity(BUFFER_BYTES, input);
        let unpacked: Box<record::Input> = if input.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
            let members = MultiGzDecoder::new(input);
            Box::new(BufReader::with_capacity(BUFFER_BYTES, members))
        } else {
            Box::new(input)
        };
        Ok(Articles {
            records: Records::new(unpacked),
            options,
            stats: Stats::default(),
            finished: false,
        })
    }

    /// What was read so far.
    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// The record's article, or why it has none. Reads the record's block to its end.
    fn read_record(&mut self, header: &RecordHeader) -> Result<WarcArticle, Skip> {
        let limit = self.options.max_bytes;
        let mut block = self.records.block(header.length);
        let page = match header.warc_type.as_str() {
            "response" => http_page(&mut block, limit),
            "resource" => resource_page(&mut block, header, limit),
            "request" => Err(Skip::Request),
            _ => Err(Skip::OtherRecord),
        };
        // What is left of the block is skipped unread; a block the input ends inside is a
        // truncated record, whatever was read of it.
        let drained = io::copy(&mut block, &mut io::sink()).is_ok();
        if !drained || block.limit() > 0 {
            return Err(Skip::Truncated);
        }
        let page = page?;
        self.options.url = header.target_uri.clone();
        let article = match extract(&page_text(&page.bytes, page.charset), &self.options) {
            Ok(article) => article,
            Err(Error::TooLarge { .. }) => return Err(Skip::TooLarge),
        };
        Ok(WarcArticle {
            url: header.target_uri.clone(),
            date: header.date.clone(),
            article,
        })
    }
}

impl Iterator for Articles {
    type Item = Result<WarcArticle, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.finished {
            let header = match self.records.next_header() {
                Next::Record(header) => header,
                Next::Malformed => {
                    self.stats.malformed += 1;
                    continue;
                }
                Next::Truncated => {
                    self.stats.truncated += 1;
                    break;
                }
                Next::End => break,
                Next::NotWarc => {
                    self.finished = true;
                    return Some(Err(WarcError::NotWarc));
                }
            };
            self.stats.records += 1;
            match self.read_record(&header) {
                Ok(article) => {
                    self.stats.articles += 1;
                    return Some(Ok(article));
                }
                Err(skip) => {
                    self.stats.count(skip);
                    // The input ended inside the record: nothing follows it.
                    self.finished = skip == Skip::Truncated;
                }
            }
        }
        self.finished = true;
        None
    }
}

/// The HTML page of a `response` record: a 2xx response with an HTML `Content-Type`.
fn http_page(block: &mut impl BufRead, limit: usize) -> Result<Page, Skip> {
    let head = http::read_head(block).ok_or(Skip::Malformed)?;
    if !(200..300).contains(&head.status) {
        return Err(Skip::NotOk);
    }
    if !http::is_html(head.media_type.as_deref()) {
        return Err(Skip::NotHtml);
    }
    let raw = read_at_most(block, limit)?;
    let bytes = http::decode_body(raw, &head, limit)?;
    Ok(Page {
        bytes,
        charset: head.charset,
    })
}

/// The page of a `resource` record of an HTML type (a capture without HTTP).
fn resource_page(
    block: &mut impl BufRead,
    header: &RecordHeader,
    limit: usize,
) -> Result<Page, Skip> {
    let (media_type, charset) =
        http::media_type_and_charset(header.content_type.as_deref().unwrap_or(""));
    if !http::is_html(Some(&media_type)) {
        return Err(Skip::NotHtml);
    }
    Ok(Page {
        bytes: read_at_most(block, limit)?,
        charset,
    })
}

/// The rest of `input`, if it is at most `limit` bytes.
fn read_at_most(input: &mut impl Read, limit: usize) -> Result<Vec<u8>, Skip> {
    let mut bytes = Vec::new();
    input
        .take((limit as u64).saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|_| Skip::Truncated)?;
    if bytes.len() > limit {
        return Err(Skip::TooLarge);
    }
    Ok(bytes)
}

/// The page's text. The HTTP charset is a hint for a page that says nothing itself: with a BOM,
/// valid UTF-8 or a `<meta charset>`, the page is decoded as `extract_bytes` decodes it.
fn page_text<'a>(bytes: &'a [u8], http_charset: Option<&'static Encoding>) -> Cow<'a, str> {
    match http_charset {
        Some(encoding)
            if Encoding::for_bom(bytes).is_none()
                && std::str::from_utf8(bytes).is_err()
                && crate::decode::declared_encoding(bytes).is_none() =>
        {
            encoding.decode_without_bom_handling(bytes).0
        }
        _ => crate::decode::decode(bytes),
    }
}
