//! The top-level blocks of an article's HTML, as slices of it.
//!
//! The input is the core's own output (`Article::content`): well-formed, every non-void element
//! closed, text and attribute values escaped (so a `>` inside a tag only ever closes it). That
//! needs a scanner that counts nesting, not a parser; a second HTML parse would also cost wasm
//! size. Single wrappers (`<div>` around everything) are looked through.

/// Elements without an end tag (the HTML standard's void elements).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen",
];

/// Wrapper levels looked through: the sanitizer writes at most a few around the article.
const MAX_WRAPPERS: usize = 4;

/// An article's HTML cut into `before`, the blocks and `after` (`before` and `after` hold the
/// open and close tags of wrappers that were looked through). Concatenated they give the input.
#[derive(Debug)]
pub struct Blocks<'h> {
    pub before: &'h str,
    pub items: Vec<&'h str>,
    pub after: &'h str,
}

impl<'h> Blocks<'h> {
    pub fn of(html: &'h str) -> Blocks<'h> {
        let (mut start, mut end) = (0, html.len());
        for _ in 0..MAX_WRAPPERS {
            match only_element(&html[start..end]) {
                Some((open_end, close_start)) => {
                    end = start + close_start;
                    start += open_end;
                }
                None => break,
            }
        }
        Blocks {
            before: &html[..start],
            items: top_level(&html[start..end]),
            after: &html[end..],
        }
    }
}

/// Slices of `html` that each hold one top-level element with the text before it (the last may
/// be text only). Together they cover `html`.
fn top_level(html: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut item_start, mut at) = (0usize, 0usize, 0usize);
    while let Some(offset) = html[at..].find('<') {
        let tag_start = at + offset;
        let (tag_end, change) = read_tag(html, tag_start);
        match change {
            Depth::Open => depth += 1,
            Depth::Close => depth = depth.saturating_sub(1),
            Depth::Same => {}
        }
        at = tag_end;
        // An item ends where its element closes, or right after a void element at the top.
        let void_on_top = change == Depth::Same && is_element(html, tag_start);
        if depth == 0 && (change == Depth::Close || void_on_top) {
            items.push(&html[item_start..at]);
            item_start = at;
        }
    }
    if item_start < html.len() {
        items.push(&html[item_start..]);
    }
    items
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Depth {
    Open,
    Close,
    Same,
}

/// Where the tag starting at `start` ends, and what it does to the nesting.
fn read_tag(html: &str, start: usize) -> (usize, Depth) {
    let rest = &html[start..];
    if rest.starts_with("<!--") {
        let end = rest.find("-->").map_or(html.len(), |e| start + e + 3);
        return (end, Depth::Same);
    }
    let end = rest.find('>').map_or(html.len(), |e| start + e + 1);
    let tag = &html[start..end];
    if tag.starts_with("</") {
        return (end, Depth::Close);
    }
    let name = tag_name(tag);
    if name.is_empty() {
        return (end, Depth::Same);
    }
    let void = VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) || tag.ends_with("/>");
    (end, if void { Depth::Same } else { Depth::Open })
}

fn tag_name(tag: &str) -> &str {
    let name = tag.trim_start_matches('<');
    let end = name
        .find(|c: char| c.is_ascii_whitespace() || c == '>' || c == '/')
        .unwrap_or(name.len());
    &name[..end]
}

fn is_element(html: &str, start: usize) -> bool {
    html[start..]
        .chars()
        .nth(1)
        .is_some_and(|c| c.is_ascii_alphabetic())
}

/// When `html` is one wrapper element (`div`, `article`, `section`, `main`) and whitespace: the
/// end of its open tag and the start of its close tag.
fn only_element(html: &str) -> Option<(usize, usize)> {
    let items = top_level(html);
    let mut elements = items.iter().filter(|item| !item.trim().is_empty());
    let item = elements.next()?;
    if elements.next().is_some() {
        return None;
    }
    let offset = item.as_ptr() as usize - html.as_ptr() as usize;
    let open_start = offset + item.find('<')?;
    if !item[..item.find('<')?].trim().is_empty() {
        return None;
    }
    let (open_end, _) = read_tag(html, open_start);
    let name = tag_name(&html[open_start..open_end]);
    let wrapper = matches!(name, "div" | "article" | "section" | "main");
    let close_start = offset + item.rfind("</")?;
    (wrapper && close_start >= open_end).then_some((open_end, close_start))
}

/// The text of a block: tags dropped, the output's escapes decoded, whitespace collapsed.
pub fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        text.push_str(&html[at..at + offset]);
        text.push(' ');
        at = read_tag(html, at + offset).0;
    }
    text.push_str(&html[at..]);
    let decoded = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", " ")
        .replace("&#13;", " ")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether the block holds a link.
pub fn has_link(html: &str) -> bool {
    html.contains("<a ") || html.contains("<a>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_cover_the_input_and_look_through_wrappers() {
        let html = "<div><div>\n<h2>Part two</h2>\n<p>One <em>two</em><br>three</p><figure><img src=\"a.jpg\"><figcaption>A &amp; B</figcaption></figure>\n</div></div>";
        let blocks = Blocks::of(html);
        assert_eq!(blocks.before, "<div><div>");
        assert_eq!(blocks.after, "</div></div>");
        let texts: Vec<String> = blocks.items.iter().map(|item| text_of(item)).collect();
        assert_eq!(texts, ["Part two", "One two three", "A & B", ""]);
        let joined = format!("{}{}{}", blocks.before, blocks.items.concat(), blocks.after);
        assert_eq!(joined, html);
    }

    #[test]
    fn several_top_level_elements_are_the_blocks() {
        let html = "<p>a</p><div><p>b</p></div>tail";
        let blocks = Blocks::of(html);
        assert_eq!(blocks.before, "");
        assert_eq!(blocks.items, ["<p>a</p>", "<div><p>b</p></div>", "tail"]);
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for html in [
            "<p",
            "</p></div>",
            "<div><p>x",
            "<",
            "<!-- x",
            "<a href=\"é\">ü</a><",
        ] {
            let blocks = Blocks::of(html);
            let joined = format!("{}{}{}", blocks.before, blocks.items.concat(), blocks.after);
            assert_eq!(joined, html);
        }
    }
}
