#![cfg(not(target_arch = "wasm32"))]
//! `declutter::warc` (feature `warc`): WARC files as crawls write them, and as they break.
#![cfg(feature = "warc")]

mod common;

use std::io::{Cursor, Write};

use common::*;
use declutter::warc::{Articles, Stats, WarcArticle, WarcError};
use declutter::Options;
use flate2::write::{DeflateEncoder, GzEncoder, ZlibEncoder};
use flate2::Compression;

const NEWS: &str = "news-with-clutter.html";
const BLOG: &str = "tech-blog-post.html";
const PORTAL: &str = "portal-news-page.html";

/// HTTP header lines as name and value.
type Headers<'a> = &'a [(&'a str, &'a str)];

/// A WARC/1.0 record with the block's length.
fn record(warc_type: &str, url: Option<&str>, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:{}>\r\n",
        block.len()
    );
    if let Some(url) = url {
        out += &format!("WARC-Target-URI: {url}\r\n");
    }
    out += &format!(
        "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    );
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(block);
    bytes.extend_from_slice(b"\r\n\r\n");
    bytes
}

/// An HTTP response record: status line, headers, body.
fn response(url: &str, status: &str, headers: Headers, body: &[u8]) -> Vec<u8> {
    let mut block = format!("HTTP/1.1 {status}\r\n");
    for (name, value) in headers {
        block += &format!("{name}: {value}\r\n");
    }
    block += "\r\n";
    let mut block = block.into_bytes();
    block.extend_from_slice(body);
    record(
        "response",
        Some(url),
        "application/http; msgtype=response",
        &block,
    )
}

fn html_response(url: &str, body: &[u8]) -> Vec<u8> {
    response(
        url,
        "200 OK",
        &[("Content-Type", "text/html; charset=UTF-8")],
        body,
    )
}

fn request(url: &str) -> Vec<u8> {
    let block = format!("GET {url} HTTP/1.1\r\nHost: example.com\r\n\r\n");
    record(
        "request",
        Some(url),
        "application/http; msgtype=request",
        block.as_bytes(),
    )
}

fn warcinfo() -> Vec<u8> {
    record(
        "warcinfo",
        None,
        "application/warc-fields",
        b"software: tests\r\nformat: WARC File Format 1.0\r\n",
    )
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// The records, one gzip member each (as Common Crawl writes them).
fn per_record_gzip(records: &[Vec<u8>]) -> Vec<u8> {
    records.iter().flat_map(|r| gzip(r)).collect()
}

/// A crawl of three pages: warcinfo, then per page a request, the response and a metadata
/// record; a PNG and a redirect among them.
fn crawl() -> Vec<Vec<u8>> {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let mut records = vec![warcinfo()];
    for (url, page) in [
        ("https://coastal.example/kelp", NEWS),
        ("https://bytes.example/interner", BLOG),
        ("https://www.vodafone.de/featured/usa-japan/", PORTAL),
    ] {
        records.push(request(url));
        records.push(html_response(url, fixture(page).as_bytes()));
        records.push(record(
            "metadata",
            Some(url),
            "application/warc-fields",
            b"fetchTimeMs: 80\r\n",
        ));
    }
    records.insert(
        3,
        response(
            "https://coastal.example/logo.png",
            "200 OK",
            &[("Content-Type", "image/png")],
            png,
        ),
    );
    records.push(response(
        "https://coastal.example/old",
        "301 Moved Permanently",
        &[("Location", "/kelp"), ("Content-Type", "text/html")],
        b"<p>Moved</p>",
    ));
    records
}

/// Every article and the stats; panics on a `WarcError`.
fn read_all(bytes: Vec<u8>, options: Options) -> (Vec<WarcArticle>, Stats) {
    let mut articles = Articles::new(Cursor::new(bytes), options).expect("open");
    let pages: Vec<WarcArticle> = (&mut articles).map(|a| a.expect("a WARC")).collect();
    (pages, articles.stats().clone())
}

#[test]
fn a_crawl_gives_its_three_html_pages() {
    let (pages, stats) = read_all(per_record_gzip(&crawl()), Options::default());
    let titles: Vec<&str> = pages.iter().map(|p| p.article.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Volunteer divers are bringing California’s kelp forests back, one urchin at a time",
            "Building a tiny string interner in Rust",
            "USA und Japan stärken Sicherheitszusammenarbeit",
        ]
    );
    assert_eq!(
        pages[0].url.as_deref(),
        Some("https://coastal.example/kelp")
    );
    assert_eq!(pages[0].date.as_deref(), Some("2024-05-01T12:00:00Z"));
    assert!(pages[1].article.text.contains("interner"));
    let expected = Stats {
        records: 12,
        articles: 3,
        requests: 3,
        other_records: 4,
        not_html: 1,
        not_ok: 1,
        ..Stats::default()
    };
    assert_eq!(stats, expected);
}

#[test]
fn plain_whole_file_gzip_and_per_record_gzip_read_alike() {
    let records = crawl();
    let plain: Vec<u8> = records.concat();
    let whole = gzip(&plain);
    let titles = |bytes: Vec<u8>| -> Vec<String> {
        let (pages, _) = read_all(bytes, Options::default());
        pages.into_iter().map(|p| p.article.title).collect()
    };
    let expected = titles(per_record_gzip(&records));
    assert_eq!(expected.len(), 3);
    assert_eq!(titles(plain), expected);
    assert_eq!(titles(whole), expected);
}

#[test]
fn the_article_is_the_one_extract_gives_for_the_page_and_url() {
    let url = "https://coastal.example/kelp";
    let (pages, _) = read_all(
        per_record_gzip(&[html_response(url, fixture(NEWS).as_bytes())]),
        Options::default(),
    );
    assert_eq!(pages[0].article, extract_fixture(NEWS, Some(url)));
}

#[test]
fn an_empty_file_has_no_records() {
    let (pages, stats) = read_all(Vec::new(), Options::default());
    assert!(pages.is_empty());
    assert_eq!(stats, Stats::default());
}

#[test]
fn a_truncated_gzip_member_ends_the_file_after_the_complete_records() {
    let records = crawl();
    let mut bytes = per_record_gzip(&records[..5]);
    let last = gzip(&records[5]);
    bytes.extend_from_slice(&last[..last.len() / 2]);
    let (pages, stats) = read_all(bytes, Options::default());
    assert_eq!(pages.len(), 1, "the first page only");
    assert_eq!(stats.truncated, 1);
    assert_eq!(
        stats.records, 5,
        "the truncated record's headers came through"
    );
}

#[test]
fn a_plain_file_cut_inside_a_block_counts_one_truncated_record() {
    let records = crawl();
    let mut bytes = records[..3].concat();
    bytes.extend_from_slice(&records[3][..records[3].len() - 10]);
    let (pages, stats) = read_all(bytes, Options::default());
    assert_eq!(pages.len(), 1, "the page before the cut PNG response");
    assert_eq!((stats.records, stats.truncated), (4, 1));
    // Cut inside the headers.
    let mut bytes = records[..2].concat();
    bytes.extend_from_slice(&records[2][..40]);
    let (_, stats) = read_all(bytes, Options::default());
    assert_eq!((stats.records, stats.truncated), (2, 1));
}

#[test]
fn a_file_that_is_no_warc_is_an_error() {
    let mut articles =
        Articles::new(Cursor::new(fixture(NEWS).into_bytes()), Options::default()).unwrap();
    assert!(matches!(articles.next(), Some(Err(WarcError::NotWarc))));
    assert!(articles.next().is_none());
    let mut gzipped = Articles::new(
        Cursor::new(gzip(fixture(NEWS).as_bytes())),
        Options::default(),
    )
    .unwrap();
    assert!(matches!(gzipped.next(), Some(Err(WarcError::NotWarc))));
}

#[test]
fn encoded_and_chunked_bodies_are_decoded() {
    let page = fixture(BLOG).into_bytes();
    let html = ("Content-Type", "text/html");
    let mut zlib = ZlibEncoder::new(Vec::new(), Compression::default());
    zlib.write_all(&page).unwrap();
    let mut raw_deflate = DeflateEncoder::new(Vec::new(), Compression::default());
    raw_deflate.write_all(&page).unwrap();
    let chunks: Vec<u8> = gzip(&page)
        .chunks(500)
        .flat_map(|c| {
            [
                format!("{:x}\r\n", c.len()).into_bytes(),
                c.to_vec(),
                b"\r\n".to_vec(),
            ]
            .concat()
        })
        .chain(b"0\r\n\r\n".iter().copied())
        .collect();
    let url = "https://bytes.example/interner";
    let gzip_header = [html, ("Content-Encoding", "gzip")];
    let deflate_header = [html, ("Content-Encoding", "deflate")];
    let chunked_gzip_header = [
        html,
        ("Transfer-Encoding", "chunked"),
        ("Content-Encoding", "gzip"),
    ];
    let bodies: [(Headers, Vec<u8>); 6] = [
        (&gzip_header, gzip(&page)),
        (&deflate_header, zlib.finish().unwrap()),
        (&deflate_header, raw_deflate.finish().unwrap()),
        (&chunked_gzip_header, chunks),
        // Stored decoded with the server's headers kept.
        (&chunked_gzip_header, page.clone()),
        (
            &[html, ("Content-Encoding", "br")],
            b"\x1b\x00\x00".to_vec(),
        ),
    ];
    let records: Vec<Vec<u8>> = bodies
        .iter()
        .map(|(headers, body)| response(url, "200 OK", headers, body))
        .collect();
    let (pages, stats) = read_all(per_record_gzip(&records), Options::default());
    let expected = extract_fixture(BLOG, Some(url));
    assert_eq!(pages.len(), 5);
    for page in &pages {
        assert_eq!(page.article, expected);
    }
    assert_eq!(stats.undecodable, 1, "brotli is not decoded");
}

#[test]
fn the_http_charset_is_a_hint_for_pages_that_declare_none() {
    // "Привет, мир" in windows-1251, a page without <meta charset>.
    let cyrillic = b"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0";
    let body = |meta: &str| {
        let mut page =
            format!("<html><head>{meta}<title>T</title></head><body><article><p>").into_bytes();
        page.extend_from_slice(cyrillic);
        page.extend_from_slice(b"</p></article></body></html>");
        page
    };
    let url = "https://ru.example/";
    let header = [("Content-Type", "text/html; charset=windows-1251")];
    let records = [
        response(url, "200 OK", &header, &body("")),
        // The page's own declaration wins over the header.
        response(url, "200 OK", &header, &body("<meta charset=\"koi8-r\">")),
    ];
    let (pages, _) = read_all(records.concat(), Options::default());
    assert!(
        pages[0].article.text.contains("Привет, мир"),
        "{}",
        pages[0].article.text
    );
    assert!(!pages[1].article.text.contains("Привет"));
}

#[test]
fn a_block_longer_than_its_length_is_skipped_up_to_the_next_record() {
    let records = crawl();
    let mut broken = html_response("https://coastal.example/kelp", fixture(NEWS).as_bytes());
    // Claim 200 bytes fewer than the block has: the tail is junk before the next record.
    let text = String::from_utf8(broken.clone()).unwrap();
    let length = text
        .split("Content-Length: ")
        .nth(1)
        .unwrap()
        .split("\r\n")
        .next()
        .unwrap();
    let shorter = (length.parse::<usize>().unwrap() - 200).to_string();
    broken = text
        .replacen(
            &format!("Content-Length: {length}"),
            &format!("Content-Length: {shorter}"),
            1,
        )
        .into_bytes();
    let bytes = [broken, records[6].clone()].concat();
    let (pages, stats) = read_all(bytes, Options::default());
    assert_eq!(stats.malformed, 1);
    assert_eq!(pages.len(), 2);
    assert_eq!(
        pages[1].article.title,
        "Building a tiny string interner in Rust"
    );
}

#[test]
fn bodies_over_the_limit_and_resources_and_bracketed_uris() {
    let page = fixture(NEWS).into_bytes();
    let resource = record(
        "resource",
        Some("<https://coastal.example/saved>"),
        "text/html; charset=utf-8",
        &page,
    );
    let options = Options {
        max_bytes: page.len() - 1,
        ..Options::default()
    };
    let (pages, stats) = read_all(
        [
            resource.clone(),
            html_response("https://coastal.example/kelp", &page),
        ]
        .concat(),
        options,
    );
    assert!(pages.is_empty());
    assert_eq!(stats.too_large, 2);
    let (pages, _) = read_all(resource, Options::default());
    assert_eq!(
        pages[0].url.as_deref(),
        Some("https://coastal.example/saved")
    );
    assert!(pages[0].article.text.contains("urchin"));
}

#[test]
fn a_body_the_crawler_cut_short_gives_the_start_of_the_page() {
    // Crawlers stop at a size limit and mark the record `WARC-Truncated: length`; with a gzip
    // body the cut falls inside the stream.
    let page = fixture(NEWS).into_bytes();
    let packed = gzip(&page);
    let cut = &packed[..packed.len() * 2 / 3];
    let record = response(
        "https://coastal.example/kelp",
        "200 OK",
        &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
        cut,
    );
    let (pages, stats) = read_all(record, Options::default());
    assert_eq!(stats.articles, 1, "{stats:?}");
    let article = &pages[0].article;
    assert_eq!(
        article.title,
        "Volunteer divers are bringing California’s kelp forests back, one urchin at a time"
    );
    let whole = extract_fixture(NEWS, Some("https://coastal.example/kelp"));
    assert!(article.text.len() < whole.text.len());
    assert!(article.text.starts_with(&whole.text[..200]));
}
