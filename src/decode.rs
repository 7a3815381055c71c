//! Bytes to text: BOM first, then `<meta charset>` / `http-equiv` in the first
//! kilobytes, else UTF-8 with replacement characters.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};

/// How far into the document a charset declaration is looked for.
const SNIFF_BYTES: usize = 4096;

/// Decodes an HTML document to a `String`. Never fails: undecodable bytes
/// become U+FFFD.
pub fn decode_html(bytes: &[u8]) -> String {
    decode(bytes).into_owned()
}

/// [`decode_html`], borrowing the bytes when they are the text already (UTF-8
/// without BOM): no copy of the page.
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    let (encoding, skip) = match Encoding::for_bom(bytes) {
        Some((enc, bom_len)) => (enc, bom_len),
        None => match std::str::from_utf8(bytes) {
            // Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page declares:
            // legacy-encoded text almost never forms valid multi-byte sequences, while
            // pages saved as UTF-8 often keep their old `<meta charset>`.
            Ok(text) if !text.is_ascii() => return Cow::Borrowed(text),
            _ => (declared_encoding(bytes).unwrap_or(UTF_8), 0),
        },
    };
    encoding.decode_without_bom_handling(&bytes[skip..]).0
}

/// The encoding named by a `<meta charset>` or `<meta http-equiv content="...charset=">`.
pub fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos + 5;
        let tag_end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        if let Some(enc) = charset_in_tag(&lower[start..tag_end]) {
            return Some(normalise(enc));
        }
        from = tag_end;
    }
    None
}

fn charset_in_tag(tag: &[u8]) -> Option<&'static Encoding> {
    let pos = find(tag, b"charset")?;
    let rest = &tag[pos + 7..];
    let rest = skip_while(rest, |b| b.is_ascii_whitespace());
    let rest = rest.strip_prefix(b"=")?;
    let rest = skip_while(rest, |b| b.is_ascii_whitespace() || b == b'"' || b == b'\'');
    let label_len = rest
        .iter()
        .position(|&b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'/' | b'>'))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..label_len])
}

/// A page can't really be UTF-16 if its declaration was readable as ASCII.
fn normalise(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE
        || enc == encoding_rs::UTF_16BE
        || enc == encoding_rs::X_USER_DEFINED
    {
        UTF_8
    } else {
        enc
    }
}

fn skip_while(s: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let n = s.iter().position(|&b| !pred(b)).unwrap_or(s.len());
    &s[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_latin1() {
        let mut bytes = b"<html><head><meta charset=\"iso-8859-1\"></head><body>".to_vec();
        bytes.extend_from_slice(&[0x47, 0x72, 0xFC, 0xDF, 0x65]); // "Grüße" in Latin-1
        assert!(decode_html(&bytes).contains("Grüße"));
    }

    #[test]
    fn http_equiv_cyrillic() {
        let mut bytes =
            b"<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>".to_vec();
        bytes.extend_from_slice(&[0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]); // "Привет"
        assert!(decode_html(&bytes).contains("Привет"));
    }

    #[test]
    fn bom_wins_over_meta() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice("<meta charset=latin1>ü".as_bytes());
        assert!(decode_html(&bytes).ends_with('ü'));
    }

    #[test]
    fn valid_utf8_beats_a_wrong_declaration() {
        let bytes = "<meta charset=gb2312><p>中文站</p>".as_bytes();
        assert!(decode_html(bytes).contains("中文站"));
    }

    #[test]
    fn utf16_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "<p>Hallo</p>".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode_html(&bytes), "<p>Hallo</p>");
    }

    #[test]
    fn invalid_utf8_is_replaced() {
        let text = decode_html(b"<p>ok \xFF\xFE bad\0</p>");
        assert!(text.contains('\u{FFFD}'));
        assert!(text.starts_with("<p>ok"));
    }
}
