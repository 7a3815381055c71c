//! The HTTP response inside a WARC `response` record: the status line and the headers the
//! extraction needs, then the body with its transfer coding (chunked) and content coding (gzip,
//! deflate) undone.

use std::io::{BufRead, Read};

use encoding_rs::Encoding;
use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};

use super::record::{header_field, is_blank, read_line, MAX_HEADER_LINES};
use super::Skip;

/// How the body's bytes were compressed (`Content-Encoding`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Coding {
    Identity,
    Gzip,
    Deflate,
    /// Brotli, zstd, several codings: not decoded.
    Unsupported,
}

/// What the extraction reads of a response's status line and headers.
#[derive(Debug)]
pub(super) struct Head {
    pub status: u16,
    /// The media type of `Content-Type`, lowercased, without its parameters.
    pub media_type: Option<String>,
    /// The `charset` parameter of `Content-Type`.
    pub charset: Option<&'static Encoding>,
    pub chunked: bool,
    pub coding: Coding,
}

/// The media types read as HTML.
const HTML_TYPES: [&str; 2] = ["text/html", "application/xhtml+xml"];

pub(super) fn is_html(media_type: Option<&str>) -> bool {
    media_type.is_some_and(|m| HTML_TYPES.contains(&m))
}

/// `text/html; charset=UTF-8` as its media type and charset.
pub(super) fn media_type_and_charset(value: &str) -> (String, Option<&'static Encoding>) {
    let mut parts = value.split(';');
    let media_type = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let charset = parts.find_map(|param| {
        let (name, label) = param.split_once('=')?;
        let label = label.trim().trim_matches(['"', '\'']);
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| Encoding::for_label(label.as_bytes()))
            .flatten()
    });
    (media_type, charset)
}

/// The status line and headers; `None` when they are not an HTTP response head.
pub(super) fn read_head(input: &mut impl BufRead) -> Option<Head> {
    let mut line = Vec::new();
    read_line(input, &mut line).ok()?;
    let mut head = Head {
        status: status_code(&line)?,
        media_type: None,
        charset: None,
        chunked: false,
        coding: Coding::Identity,
    };
    for _ in 0..MAX_HEADER_LINES {
        if !read_line(input, &mut line).ok()? {
            return None;
        }
        if is_blank(&line) {
            return Some(head);
        }
        if let Some((name, value)) = header_field(&line) {
            head.read_field(name, &value);
        }
    }
    None
}

/// `HTTP/1.1 200 OK` (or `HTTP/2 200`) → 200.
fn status_code(line: &[u8]) -> Option<u16> {
    let line = std::str::from_utf8(line).ok()?;
    let mut words = line.split_ascii_whitespace();
    words
        .next()
        .filter(|version| version.starts_with("HTTP/"))?;
    let code = words.next().filter(|code| code.len() == 3)?;
    code.parse().ok()
}

impl Head {
    fn read_field(&mut self, name: &[u8], value: &str) {
        let name = name.to_ascii_lowercase();
        match name.as_slice() {
            b"content-type" if self.media_type.is_none() => {
                let (media_type, charset) = media_type_and_charset(value);
                self.media_type = Some(media_type);
                self.charset = charset;
            }
            b"transfer-encoding" => {
                self.chunked = value
                    .split(',')
                    .any(|coding| coding.trim().eq_ignore_ascii_case("chunked"))
            }
            b"content-encoding" => self.coding = coding_named(value),
            _ => {}
        }
    }
}

/// `gzip`, `x-gzip`, `deflate`, `identity` (or a list of them where one at most is not
/// `identity`).
fn coding_named(value: &str) -> Coding {
    let mut codings = value
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty() && !c.eq_ignore_ascii_case("identity"));
    let coding = match codings.next() {
        None => return Coding::Identity,
        Some(c) if c.eq_ignore_ascii_case("gzip") || c.eq_ignore_ascii_case("x-gzip") => {
            Coding::Gzip
        }
        Some(c) if c.eq_ignore_ascii_case("deflate") => Coding::Deflate,
        Some(_) => Coding::Unsupported,
    };
    match codings.next() {
        None => coding,
        Some(_) => Coding::Unsupported,
    }
}

/// The body as the server meant it: de-chunked, then decompressed, at most `limit` bytes.
pub(super) fn decode_body(raw: Vec<u8>, head: &Head, limit: usize) -> Result<Vec<u8>, Skip> {
    let body = if head.chunked {
        dechunk(&raw).unwrap_or(raw)
    } else {
        raw
    };
    match head.coding {
        Coding::Identity => Ok(body),
        // Archives that store the body decoded (Common Crawl renames the header, others keep
        // it): no gzip magic, no gzip.
        Coding::Gzip if !body.starts_with(&[0x1f, 0x8b]) => Ok(body),
        Coding::Gzip => inflate(MultiGzDecoder::new(&body[..]), limit),
        // `deflate` is zlib by the RFC; some servers send raw deflate.
        Coding::Deflate => inflate(ZlibDecoder::new(&body[..]), limit)
            .or_else(|_| inflate(DeflateDecoder::new(&body[..]), limit)),
        Coding::Unsupported => Err(Skip::Undecodable),
    }
}

/// The decompressed bytes, at most `limit`. A stream that breaks off after some output (a body
/// the crawler cut at its size limit) gives what it had: the start of the page.
fn inflate(decoder: impl Read, limit: usize) -> Result<Vec<u8>, Skip> {
    let mut out = Vec::new();
    let read = decoder
        .take((limit as u64).saturating_add(1))
        .read_to_end(&mut out);
    if out.len() > limit {
        return Err(Skip::TooLarge);
    }
    match read {
        Ok(_) => Ok(out),
        Err(_) if !out.is_empty() => Ok(out),
        Err(_) => Err(Skip::Undecodable),
    }
}

/// The data of a chunked body (RFC 9112, 7.1): hexadecimal size lines, each followed by that many
/// bytes and a line end, up to a zero size. `None` when the body does not start with a size line:
/// it was stored de-chunked with the header kept. A body cut short gives the chunks it has.
fn dechunk(raw: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(raw.len());
    let mut rest = raw;
    let mut first = true;
    while let Some(end) = rest.iter().position(|&b| b == b'\n') {
        let size_text = rest[..end].split(|&b| b == b';').next().unwrap_or(&[]);
        let size = std::str::from_utf8(size_text.trim_ascii())
            .ok()
            .and_then(|hex| usize::from_str_radix(hex, 16).ok());
        let Some(size) = size else {
            return if first { None } else { Some(out) };
        };
        first = false;
        rest = &rest[end + 1..];
        if size == 0 {
            break;
        }
        let data = &rest[..size.min(rest.len())];
        out.extend_from_slice(data);
        rest = &rest[data.len()..];
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
    }
    (!first).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_are_joined() {
        let raw = b"5\r\nHello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n";
        assert_eq!(dechunk(raw).unwrap(), b"Hello, world");
        assert_eq!(dechunk(b"<html>not chunked</html>\r\n"), None);
        // Cut short: the chunks that are there.
        assert_eq!(dechunk(b"5\r\nHello\r\n7\r\n, wo").unwrap(), b"Hello, wo");
    }

    #[test]
    fn status_lines() {
        assert_eq!(status_code(b"HTTP/1.1 200 OK\r\n"), Some(200));
        assert_eq!(status_code(b"HTTP/2 404\r\n"), Some(404));
        assert_eq!(status_code(b"GET / HTTP/1.1\r\n"), None);
        assert_eq!(status_code(b"HTTP/1.1 2000 OK\r\n"), None);
    }

    #[test]
    fn content_types() {
        let (media, charset) = media_type_and_charset("Text/HTML; Charset=\"ISO-8859-1\"");
        assert_eq!(media, "text/html");
        assert_eq!(charset, Some(encoding_rs::WINDOWS_1252));
        assert!(is_html(Some("application/xhtml+xml")));
        assert!(!is_html(Some("image/png")) && !is_html(None));
    }

    #[test]
    fn codings() {
        assert_eq!(coding_named("gzip"), Coding::Gzip);
        assert_eq!(coding_named("identity, x-gzip"), Coding::Gzip);
        assert_eq!(coding_named("deflate"), Coding::Deflate);
        assert_eq!(coding_named("br"), Coding::Unsupported);
        assert_eq!(coding_named("gzip, br"), Coding::Unsupported);
    }
}
