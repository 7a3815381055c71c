//! Text to tree. html5ever checks "is there a `<p>` in button scope" at every
//! block start tag by walking the stack of open elements, so a page nesting
//! 200,000 `<div>`s would take minutes. Browsers cap the tree depth (Chromium
//! at 512); we do the same before parsing: start tags beyond [`MAX_DEPTH`]
//! open elements are dropped (their content stays, one level up), which
//! keeps parsing linear. Pages that don't nest that deep pass unchanged.
//!
//! The same scan counts the nodes the page will have, so that scraper's node
//! arena is allocated once at about its final size instead of doubling (which
//! leaves up to half of the largest structure of the run unused).

mod shadow;

#[cfg(test)]
use std::borrow::Cow;

use ego_tree::Tree;
use html5ever::tendril::{StrTendril, TendrilSink};
use scraper::{Html, HtmlTreeSink, Node};

/// Open elements (counted as below) beyond which start tags are dropped.
pub const MAX_DEPTH: usize = 256;

/// Pieces of a page with cut tags are handed to the parser in chunks of about this size.
const CHUNK: usize = 64 * 1024;

/// Parses a document with nesting capped at [`MAX_DEPTH`], as a browser that
/// runs scripts does (`<noscript>` content is text).
pub fn parse_document(html: &str) -> Html {
    parse_document_with(html, true)
}

/// [`parse_document`], as a browser with scripting on or off: off, the
/// content of `<noscript>` is markup, as such a browser shows it.
pub fn parse_document_with(html: &str, scripting: bool) -> Html {
    let scan = scan(html);
    let mut doc = Html::new_document();
    doc.tree = Tree::with_capacity(Node::Document, scan.nodes + scan.nodes / 16 + 16);
    let mut opts = html5ever::ParseOpts::default();
    opts.tree_builder.scripting_enabled = scripting;
    let mut parser = html5ever::driver::parse_document(HtmlTreeSink::new(doc), opts);
    if scan.cuts.is_empty() {
        return trimmed(parser.one(html));
    }
    // The kept pieces go straight to the parser: no copy of the page without the cut tags.
    let mut chunk = String::with_capacity(CHUNK);
    for piece in kept(html, &scan.cuts) {
        if chunk.len() + piece.len() > CHUNK && !chunk.is_empty() {
            parser.process(StrTendril::from_slice(&chunk));
            chunk.clear();
        }
        chunk.push_str(piece);
    }
    parser.process(StrTendril::from_slice(&chunk));
    trimmed(parser.finish())
}

/// The document with every element's attribute list at its length: scraper
/// keeps the tokenizer's vector, room for four attributes (160 bytes) even
/// when the element has one.
fn trimmed(mut doc: Html) -> Html {
    shadow::attach_declarative_roots(&mut doc);
    for node in doc.tree.values_mut() {
        if let Node::Element(el) = node {
            el.attrs.shrink_to_fit();
        }
    }
    doc
}

/// How a tag name bears on the depth count.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NameClass {
    /// Elements that never have content.
    Void,
    /// Elements whose end tag is usually implied: not counted, so pages that
    /// leave them open don't drift towards the cap.
    ImpliedEnd,
    /// Elements whose content is raw text: `<` inside them starts no tag.
    RawText,
    Counted,
}

/// The class of a tag name, in any letter case (as the tokenizer reads it).
fn classify(name: &[u8]) -> NameClass {
    let mut lower = [0u8; 10];
    if name.len() > lower.len() {
        return NameClass::Counted;
    }
    let lower = &mut lower[..name.len()];
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    match &*lower {
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input" | b"link"
        | b"meta" | b"param" | b"source" | b"track" | b"wbr" | b"keygen" | b"frame" | b"image" => {
            NameClass::Void
        }
        b"p" | b"li" | b"dt" | b"dd" | b"option" | b"optgroup" | b"tr" | b"td" | b"th"
        | b"tbody" | b"thead" | b"tfoot" | b"colgroup" | b"caption" | b"rb" | b"rt" | b"rtc"
        | b"rp" | b"html" | b"head" | b"body" => NameClass::ImpliedEnd,
        b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed"
        | b"noframes" | b"noscript" | b"plaintext" => NameClass::RawText,
        _ => NameClass::Counted,
    }
}

/// The input with start tags beyond the depth cap removed (borrowed when
/// nothing had to go): what [`parse_document_with`] hands the parser, for the
/// tests.
#[cfg(test)]
pub fn limit_nesting(html: &str) -> Cow<'_, str> {
    let scan = scan(html);
    if scan.cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    kept(html, &scan.cuts).for_each(|piece| out.push_str(piece));
    Cow::Owned(out)
}

/// The pieces of the page around the cuts.
fn kept<'h>(html: &'h str, cuts: &'h [(usize, usize)]) -> impl Iterator<Item = &'h str> {
    let starts = std::iter::once(0).chain(cuts.iter().map(|&(_, end)| end));
    let ends = cuts
        .iter()
        .map(|&(start, _)| start)
        .chain(std::iter::once(html.len()));
    starts.zip(ends).map(|(start, end)| &html[start..end])
}

/// What the scan before parsing finds.
struct Scan {
    /// Byte ranges of the start tags beyond the depth cap, in order (adjacent ones merged).
    cuts: Vec<(usize, usize)>,
    /// About how many nodes the parsed page has (elements, text runs,
    /// comments; a close upper bound for most pages, since only implied
    /// elements are not counted).
    nodes: usize,
}

/// One pass over the markup: the start tags beyond the depth cap, and the node count.
fn scan(html: &str) -> Scan {
    let bytes = html.as_bytes();
    // The document, and html, head and body when they are implied.
    let mut scan = Scanner {
        cuts: Vec::new(),
        depth: 0,
        nodes: 4,
        in_text: false,
    };
    let mut i = 0;
    while let Some(off) = memchr_lt(&bytes[i..]) {
        let start = i + off;
        if off > 0 && !scan.in_text {
            scan.nodes += 1;
            scan.in_text = true;
        }
        let tag = scan_tag(bytes, start);
        i = tag.end;
        match tag.kind {
            TagKind::Start { name, self_closing } => {
                scan.in_text = false;
                i = scan.start_tag(bytes, start, tag.end, &bytes[name.0..name.1], self_closing);
            }
            TagKind::End { name } => {
                scan.in_text = false;
                if classify(&bytes[name.0..name.1]) != NameClass::ImpliedEnd {
                    scan.depth = scan.depth.saturating_sub(1);
                }
            }
            TagKind::Other if tag.end == start + 1 => {
                // A lone `<` is text.
                scan.nodes += usize::from(!scan.in_text);
                scan.in_text = true;
            }
            TagKind::Other => {
                scan.in_text = false;
                scan.nodes += 1;
            }
        }
    }
    let nodes = scan.nodes + usize::from(i < bytes.len() && !scan.in_text);
    Scan {
        cuts: scan.cuts,
        nodes,
    }
}

/// The running state of [`scan`].
struct Scanner {
    cuts: Vec<(usize, usize)>,
    /// Open counted elements.
    depth: usize,
    nodes: usize,
    /// Inside a text run (which counts as one node).
    in_text: bool,
}

impl Scanner {
    /// Counts a start tag `start..end`, cutting it when the cap is reached;
    /// returns where the scan goes on (after the raw text of `<script>`,
    /// `<style>` and the like).
    fn start_tag(
        &mut self,
        bytes: &[u8],
        start: usize,
        end: usize,
        name: &[u8],
        self_closing: bool,
    ) -> usize {
        let class = classify(name);
        if class == NameClass::RawText {
            let after = skip_raw_text(bytes, end, name);
            self.nodes += 1 + usize::from(after > end);
            return after;
        }
        if self_closing || class != NameClass::Counted {
            self.nodes += 1;
        } else if self.depth >= MAX_DEPTH {
            match self.cuts.last_mut() {
                Some(last) if last.1 == start => last.1 = end,
                _ => self.cuts.push((start, end)),
            }
        } else {
            self.depth += 1;
            self.nodes += 1;
        }
        end
    }
}

fn memchr_lt(hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == b'<')
}

enum TagKind {
    Start {
        name: (usize, usize),
        self_closing: bool,
    },
    End {
        name: (usize, usize),
    },
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
        return Tag {
            kind: TagKind::Other,
            end,
        };
    }
    let (is_end, name_start) = if rest.get(1) == Some(&b'/') {
        (true, start + 2)
    } else {
        (false, start + 1)
    };
    if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        let end = if rest.get(1).is_some_and(|&b| b == b'!' || b == b'?') {
            first_gt(bytes, start + 1)
        } else {
            start + 1
        };
        return Tag {
            kind: TagKind::Other,
            end,
        };
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

/// Where the tokenizer is inside a tag's attributes.
#[derive(Clone, Copy)]
enum AttrState {
    BeforeName,
    Name,
    AfterName,
    BeforeValue,
    Quoted(u8),
    Unquoted,
}

/// One past the `>` closing a tag, skipping quoted attribute values. Follows
/// the tokenizer's attribute states: a quote opens a value only after `=`
/// (`<a href="x" " b>` ends at its own `>`).
fn tag_end(bytes: &[u8], from: usize) -> usize {
    use AttrState::*;
    let mut state = BeforeName;
    for (k, &b) in bytes[from..].iter().enumerate() {
        let space = b.is_ascii_whitespace();
        state = match (state, b) {
            (Quoted(q), _) if b == q => BeforeName,
            (Quoted(q), _) => Quoted(q),
            (_, b'>') => return from + k + 1,
            (BeforeValue, b'"' | b'\'') => Quoted(b),
            (BeforeValue, _) if space => BeforeValue,
            (BeforeValue, _) => Unquoted,
            (Unquoted, _) if space => BeforeName,
            (Unquoted, _) => Unquoted,
            (Name | AfterName, b'=') => BeforeValue,
            (_, b'/') => BeforeName,
            (Name, _) if space => AfterName,
            (BeforeName | AfterName, _) if space => state,
            _ => Name,
        };
    }
    bytes.len()
}

/// One past the first `>`: where a doctype or bogus comment (`<!x>`, `<?x>`) ends.
fn first_gt(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'>')
        .map_or(bytes.len(), |p| from + p + 1)
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
    bytes[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
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
    fn tag_names_in_any_case() {
        let page = format!(
            "{}<P>x</P>{}",
            "<BR>".repeat(MAX_DEPTH + 10),
            "<DIV><Script>'<div>'</SCRIPT></Div>".repeat(MAX_DEPTH + 10)
        );
        assert!(matches!(limit_nesting(&page), Cow::Borrowed(_)));
    }

    #[test]
    fn comments_and_raw_text_hide_tags() {
        let inner = "<div>".repeat(MAX_DEPTH + 10);
        let page =
            format!("<!-- {inner} --><style>{inner}</style><textarea>{inner}</textarea><p>ok");
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
