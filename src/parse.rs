//! Text to tree. html5ever checks "is there a `<p>` in button scope" at every
//! block start tag by walking the stack of open elements, so a page nesting
//! 200,000 `<div>`s would take minutes. Browsers cap the tree depth (Chromium
//! at 512); we do the same before parsing: start tags beyond [`MAX_DEPTH`]
//! open elements are dropped (their content stays, one level up), which
//! keeps parsing linear. Pages that don't nest that deep pass unchanged.

use std::borrow::Cow;

use scraper::Html;

/// Open elements (counted as below) beyond which start tags are dropped.
pub const MAX_DEPTH: usize = 256;

/// Parses a document with nesting capped at [`MAX_DEPTH`].
pub fn parse_document(html: &str) -> Html {
    Html::parse_document(&limit_nesting(html))
}

/// Elements that never have content.
fn is_void(name: &[u8]) -> bool {
    matches!(
        name,
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link" | b"meta" | b"param"
            | b"source" | b"track" | b"wbr" | b"keygen" | b"frame" | b"image"
    )
}

/// Elements whose end tag is usually implied: not counted, so pages that leave
/// them open don't drift towards the cap.
fn is_implied_end(name: &[u8]) -> bool {
    matches!(
        name,
        b"p" | b"li" | b"dt" | b"dd" | b"option" | b"optgroup" | b"tr" | b"td" | b"th" | b"tbody" | b"thead"
            | b"tfoot" | b"colgroup" | b"caption" | b"rb" | b"rt" | b"rtc" | b"rp" | b"html" | b"head" | b"body"
    )
}

/// Elements whose content is raw text: `<` inside them starts no tag.
fn is_raw_text(name: &[u8]) -> bool {
    matches!(name, b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed" | b"noframes" | b"noscript" | b"plaintext")
}

/// The input with start tags beyond the depth cap removed (borrowed when
/// nothing had to go).
pub fn limit_nesting(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(off) = memchr_lt(&bytes[i..]) {
        let start = i + off;
        let tag = scan_tag(bytes, start);
        i = tag.end;
        match tag.kind {
            TagKind::Start { name, self_closing } => {
                let name = &bytes[name.0..name.1];
                if is_raw_text(name) {
                    i = skip_raw_text(bytes, i, name);
                } else if !self_closing && !is_void(name) && !is_implied_end(name) {
                    if depth >= MAX_DEPTH {
                        cuts.push((start, tag.end));
                    } else {
                        depth += 1;
                    }
                }
            }
            TagKind::End { name } => {
                if !is_implied_end(&bytes[name.0..name.1]) {
                    depth = depth.saturating_sub(1);
                }
            }
            TagKind::Other => {}
        }
    }
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for (s, e) in cuts {
        out.push_str(&html[last..s]);
        last = e;
    }
    out.push_str(&html[last..]);
    Cow::Owned(out)
}

fn memchr_lt(hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == b'<')
}

enum TagKind {
    Start { name: (usize, usize), self_closing: bool },
    End { name: (usize, usize) },
    Other,
}

struct Tag {
    kind: TagKind,
    end: usize,
}

/// Reads the markup starting at `<` (a tag, a comment, a doctype, or a lone `<`).
fn scan_tag(bytes: &[u8], start: usize) -> Tag {
    let rest = &bytes[start..];
    if rest.starts_with(b"<!--") {
        let end = find(bytes, start + 4, b"-->").map_or(bytes.len(), |e| e + 3);
        return Tag { kind: TagKind::Other, end };
    }
    let (is_end, name_start) = if rest.get(1) == Some(&b'/') { (true, start + 2) } else { (false, start + 1) };
    if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        let end = if rest.get(1).is_some_and(|&b| b == b'!' || b == b'?') { tag_end(bytes, start + 1) } else { start + 1 };
        return Tag { kind: TagKind::Other, end };
    }
    let name_end = bytes[name_start..]
        .iter()
        .position(|b| b.is_ascii_whitespace() || *b == b'/' || *b == b'>')
        .map_or(bytes.len(), |p| name_start + p);
    let end = tag_end(bytes, name_end);
    let name = (name_start, name_end);
    let kind = if is_end {
        TagKind::End { name }
    } else {
        let self_closing = end >= 2 && bytes[end - 2] == b'/' && bytes[end - 1] == b'>';
        TagKind::Start { name, self_closing }
    };
    Tag { kind, end }
}

/// One past the `>` closing a tag, skipping quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (k, &b) in bytes[from..].iter().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return from + k + 1,
            None => {}
        }
    }
    bytes.len()
}

/// Skips to the end tag of a raw-text element (case-insensitive).
fn skip_raw_text(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut i = from;
    while let Some(off) = find(bytes, i, b"</") {
        let candidate = &bytes[off + 2..];
        if candidate.len() >= name.len() && candidate[..name.len()].eq_ignore_ascii_case(name) {
            return off;
        }
        i = off + 2;
    }
    bytes.len()
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= bytes.len() {
        return None;
    }
    bytes[from..].windows(needle.len()).position(|w| w == needle).map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_pass_unchanged() {
        let page = "<!doctype html><html><body><div class='a>b'><p>x<p>y<ul><li>1<li>2</ul><img src=a><br/></div>\
                    <script>if (a < b) { document.write('<div><div><div>') }</script></body></html>";
        assert!(matches!(limit_nesting(page), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_capped_and_text_kept() {
        let n = 10_000;
        let page = format!("{}deep text{}", "<div>".repeat(n), "</div>".repeat(n));
        let limited = limit_nesting(&page);
        assert_eq!(limited.matches("<div>").count(), MAX_DEPTH);
        assert!(limited.contains("deep text"));
    }

    #[test]
    fn comments_and_raw_text_hide_tags() {
        let inner = "<div>".repeat(MAX_DEPTH + 10);
        let page = format!("<!-- {inner} --><style>{inner}</style><textarea>{inner}</textarea><p>ok");
        assert!(matches!(limit_nesting(&page), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_parse_keeps_content() {
        let n = 200_000;
        let page = format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n));
        let html = parse_document(&page);
        assert!(html.root_element().text().any(|t| t == "x"));
    }
}
