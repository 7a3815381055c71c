//! Generated pathological pages, shared by `tests/pathological.rs` and `benches/extract.rs`
//! (both pull this file in with `#[path]`).
//!
//! Every page carries a known paragraph of prose (`MARKER` plus `PROSE`) at the hard spot
//! (the bottom of the nesting, among the siblings...) so callers can check that the article
//! really came through, not only that nothing crashed.
#![allow(dead_code)]

/// A word that occurs in no generated filler, to find the prose in the output.
pub const MARKER: &str = "Quuxwistle";

/// One paragraph of article prose (about 450 characters), starting with `MARKER`.
pub const PROSE: &str = "Quuxwistle is the name the survey team gave to the valley after three weeks of rain, \
when the river rose over the footbridge, the supply road turned to mud and the only way out was a goat path along \
the eastern ridge. The geologists stayed on to measure the new channel, the botanists pressed what flowers were left, \
and the cook, who had seen worse, baked bread every morning in a clay oven dug into the bank above the camp.";

/// A page whose body is `body`, with a title and charset.
pub fn page(body: &str) -> String {
    format!("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Pathological page</title></head><body>{body}</body></html>")
}

/// `depth` nested `open`…`close` pairs around a paragraph of prose.
pub fn nested(open: &str, close: &str, depth: usize) -> String {
    let mut body = String::with_capacity(depth * (open.len() + close.len()) + PROSE.len() + 16);
    (0..depth).for_each(|_| body.push_str(open));
    body.push_str("<p>");
    body.push_str(PROSE);
    body.push_str("</p>");
    (0..depth).for_each(|_| body.push_str(close));
    page(&body)
}

/// `depth` elements opened and never closed, the prose at the bottom.
pub fn unclosed(open: &str, depth: usize) -> String {
    page(&format!("{}<p>{PROSE}", open.repeat(depth)))
}

/// Tables nested `depth` deep, each holding the next one in its only cell.
pub fn nested_tables(depth: usize) -> String {
    nested(
        "<table><tbody><tr><td>",
        "</td></tr></tbody></table>",
        depth,
    )
}

/// An article of `count` sibling paragraphs, each numbered (`Paragraph 17 …`).
pub fn sibling_paragraphs(count: usize) -> String {
    let mut body = String::with_capacity(count * 120);
    body.push_str("<article>");
    for i in 0..count {
        body.push_str(&format!("<p>Paragraph {i} of the long article, with enough words, commas, and clauses to count.</p>"));
    }
    body.push_str("</article>");
    page(&body)
}

/// The prose followed by `count` sibling link blocks (a huge menu) in one container.
pub fn sibling_links(count: usize) -> String {
    let mut body = String::with_capacity(count * 60 + PROSE.len());
    body.push_str("<div><article><p>");
    body.push_str(PROSE);
    body.push_str("</p></article>");
    for i in 0..count {
        body.push_str(&format!(
            "<div class=\"item\"><a href=\"/p/{i}\">Item {i}</a></div>"
        ));
    }
    body.push_str("</div>");
    page(&body)
}

/// One paragraph whose single text node is `bytes` long (words of prose, no markup).
pub fn big_text_node(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + PROSE.len());
    while text.len() < bytes {
        text.push_str(PROSE);
        text.push(' ');
    }
    page(&format!(
        "<article><h1>One long paragraph</h1><p>{text}</p></article>"
    ))
}

/// A realistic-looking page of about `bytes` bytes: navigation, many sections of
/// paragraphs with links and inline markup, asides and ad slots, a footer.
pub fn big_page(bytes: usize) -> String {
    let mut body = String::with_capacity(bytes + 4096);
    body.push_str("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav></header><main><article><h1>A very long report</h1>");
    let mut section = 0usize;
    while body.len() < bytes {
        body.push_str(&big_page_section(section));
        section += 1;
    }
    body.push_str("</article></main><footer><p>Copyright, all rights reserved.</p></footer>");
    page(&body)
}

fn big_page_section(n: usize) -> String {
    format!(
        "<section id=\"s{n}\"><h2>Section {n}</h2><p>{PROSE}</p><p>In section {n} the <a href=\"/ref/{n}\">reference</a> \
         is <em>cited</em>, and <strong>several</strong> points are made, one after another.</p>\
         <div class=\"ad-slot advertisement\"><a href=\"https://ads.example/{n}\">Buy now</a></div>\
         <aside class=\"related\"><ul><li><a href=\"/r/{n}/1\">Related one</a></li><li><a href=\"/r/{n}/2\">Related two</a></li></ul></aside>\
         <figure><img src=\"/img/{n}.jpg\" alt=\"figure {n}\"><figcaption>Figure {n}</figcaption></figure></section>"
    )
}

/// The prose surrounded by malformed, out-of-range, unterminated and surrogate character references.
pub fn malformed_entities() -> String {
    const REFS: &[&str] = &[
        "&",
        "&;",
        "&#",
        "&#;",
        "&#x",
        "&#x;",
        "&#xZZ;",
        "&#0;",
        "&#x0;",
        "&#xD800;",
        "&#55296;",
        "&#xDFFF;",
        "&#x110000;",
        "&#1114112;",
        "&#xFFFFFFFF;",
        "&#99999999999999999999999999;",
        "&#x0000000000000041;",
        "&#128;",
        "&#x9F;",
        "&#13;",
        "&#xFFFE;",
        "&amp",
        "&ampamp;",
        "&notin",
        "&notit;",
        "&unknownentity;",
        "&AMP;",
        "&LT",
        "&#65",
        "&#x41",
        "&nbsp&nbsp;",
        "&&&;;;",
        "&#-1;",
        "&#+65;",
        "&#x-41;",
    ];
    let refs = REFS.join(" ");
    page(&format!(
        "<article><h1 title=\"{refs}\">Entities {refs}</h1><p>{PROSE} {refs}</p><p><a href=\"/a?b=1&c=2&#0;&#xD800;\">{refs}</a> {PROSE}</p></article>{refs}"
    ))
}

/// Bytes that are not UTF-8 (lone continuation bytes, overlong forms, surrogates,
/// truncated sequences, 0xFF) and NUL bytes in text, tag names, attribute names and values.
pub fn invalid_utf8_and_nul() -> Vec<u8> {
    const BAD: &[&[u8]] = &[
        b"\x80",
        b"\xBF",
        b"\xC0\xAF",
        b"\xE0\x80\xAF",
        b"\xED\xA0\x80",
        b"\xF4\x90\x80\x80",
        b"\xFF\xFE",
        b"\xF0\x9F\x98",
        b"\xE2\x82",
        b"\x00",
        b"\x00\x00",
    ];
    let mut out = Vec::new();
    out.extend_from_slice(
        b"<!DOCTYPE html><html><head><title>Bad\x00 bytes \xFF</title></head><body><article>",
    );
    for bad in BAD {
        out.extend_from_slice(b"<p title=\"a\x00b");
        out.extend_from_slice(bad);
        out.extend_from_slice(b"\" data-\x00x=1>");
        out.extend_from_slice(PROSE.as_bytes());
        out.extend_from_slice(bad);
        out.extend_from_slice(b"</p><d\x00iv>");
        out.extend_from_slice(bad);
        out.extend_from_slice(b"</d\x00iv>");
    }
    out.extend_from_slice(b"</article></body></html>\xF0\x9F");
    out
}
