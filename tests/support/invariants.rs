//! What must hold for any `Article::content`, whatever the input: it is well-formed
//! (balanced, fully escaped, and a browser's parser reads back exactly the tree that was
//! written), and the sanitizer let nothing scriptable through.
//!
//! Shared by `tests/properties.rs`, `tests/pathological.rs`, `tests/fuzz_regressions.rs`
//! and the fuzz target (all pull this file in with `#[path]`); depends only on `scraper`.
#![allow(dead_code)]

use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// One piece of serialized content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// Tag name (ASCII-lowercased) and attributes (values unescaped) sorted by name.
    Open(String, Vec<(String, String)>),
    Close(String),
    Text(String),
}

/// Elements the serializer writes without an end tag.
const VOID: &[&str] = &["img", "br", "hr", "source", "track", "col", "wbr"];

/// Elements that must never appear in content.
const FORBIDDEN_TAGS: &[&str] = &[
    "script",
    "style",
    "form",
    "input",
    "base",
    "meta",
    "link",
    "object",
    "embed",
    "applet",
    "frame",
    "frameset",
    "textarea",
    "button",
    "select",
    "option",
    "template",
    "noscript",
    "foreignobject",
    "annotation-xml",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
    "portal",
    "head",
    "body",
    "html",
];

/// Attributes that must never appear in content (besides every `on*`).
const FORBIDDEN_ATTRS: &[&str] = &[
    "srcdoc",
    "style",
    "formaction",
    "action",
    "http-equiv",
    "xlink:href",
    "background",
    "dynsrc",
    "lowsrc",
];

/// Checks every invariant; the error says which one broke.
pub fn check_content(content: &str) -> Result<(), String> {
    check_raw(content)?;
    let tokens = tokenize(content)?;
    check_balanced(&tokens)?;
    check_safe(&tokens)?;
    check_reparse(content, &tokens)
}

/// Substrings that cannot occur in well-escaped safe output (text `<` is always `&lt;`).
fn check_raw(content: &str) -> Result<(), String> {
    let lower = content.to_ascii_lowercase();
    for needle in [
        "<script",
        "<style",
        "<form",
        "<input",
        "<base",
        "<meta",
        "<iframe srcdoc",
        "\0",
    ] {
        if lower.contains(needle) {
            return Err(format!("content contains {needle:?}"));
        }
    }
    Ok(())
}

/// Strict tokenizer for the serializer's output: `<tag a="v">`, `</tag>`, and text in which
/// `&` only starts `&amp;` `&lt;` `&gt;` `&quot;` `&nbsp;` and `<`, `>` never appear raw.
pub fn tokenize(content: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut rest = content;
    while !rest.is_empty() {
        let at = content.len() - rest.len();
        rest = if let Some(tag) = rest.strip_prefix("</") {
            let end = tag
                .find('>')
                .ok_or_else(|| format!("unterminated end tag at byte {at}"))?;
            tokens.push(Token::Close(tag_name(&tag[..end], at)?));
            &tag[end + 1..]
        } else if let Some(tag) = rest.strip_prefix('<') {
            let (token, after) = start_tag(tag, at)?;
            tokens.push(token);
            after
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            push_text(
                &mut tokens,
                unescape(&rest[..end], false).map_err(|e| format!("{e} in text at byte {at}"))?,
            );
            &rest[end..]
        };
    }
    Ok(tokens)
}

fn tag_name(name: &str, at: usize) -> Result<String, String> {
    let ok = !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && name.as_bytes()[0].is_ascii_alphabetic();
    if ok {
        Ok(name.to_ascii_lowercase())
    } else {
        Err(format!("bad tag name {name:?} at byte {at}"))
    }
}

/// Parses `name a="v" b="w">…` (the `<` already consumed); returns the token and what follows `>`.
fn start_tag(s: &str, at: usize) -> Result<(Token, &str), String> {
    let name_end = s
        .find([' ', '>'])
        .ok_or_else(|| format!("unterminated start tag at byte {at}"))?;
    let name = tag_name(&s[..name_end], at)?;
    let mut rest = &s[name_end..];
    let mut attrs = Vec::new();
    while let Some(attr) = rest.strip_prefix(' ') {
        let eq = attr
            .find("=\"")
            .ok_or_else(|| format!("attribute without quoted value in <{name}> at byte {at}"))?;
        let attr_name = &attr[..eq];
        if attr_name.is_empty()
            || !attr_name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '_'))
        {
            return Err(format!(
                "bad attribute name {attr_name:?} in <{name}> at byte {at}"
            ));
        }
        let value_start = &attr[eq + 2..];
        let close = value_start
            .find('"')
            .ok_or_else(|| format!("unterminated attribute value in <{name}> at byte {at}"))?;
        let value = unescape(&value_start[..close], true)
            .map_err(|e| format!("{e} in attribute {attr_name} of <{name}> at byte {at}"))?;
        attrs.push((attr_name.to_ascii_lowercase(), value));
        rest = &value_start[close + 1..];
    }
    let after = rest.strip_prefix('>').ok_or_else(|| {
        format!(
            "junk in <{name}> at byte {at}: {:?}",
            &rest[..rest.len().min(40)]
        )
    })?;
    attrs.sort();
    if attrs.windows(2).any(|w| w[0].0 == w[1].0) {
        return Err(format!("duplicate attribute in <{name}> at byte {at}"));
    }
    Ok((Token::Open(name, attrs), after))
}

/// Resolves the references the serializer writes (the five, `&nbsp;` and `&#13;`);
/// anything else is an error. Raw CR and CRLF read as LF, as a parser reads them;
/// an escaped CR stays a CR.
fn unescape(s: &str, attribute: bool) -> Result<String, String> {
    let normalised = s.replace("\r\n", "\n").replace('\r', "\n");
    let s = normalised.as_str();
    if s.contains('>') || (attribute && s.contains('<')) {
        return Err("raw '<' or '>'".to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut parts = s.split('&');
    out.push_str(parts.next().unwrap_or(""));
    for part in parts {
        let (ch, tail) = [
            ("amp;", '&'),
            ("lt;", '<'),
            ("gt;", '>'),
            ("quot;", '"'),
            ("nbsp;", '\u{a0}'),
            ("#13;", '\r'),
        ]
        .iter()
        .find_map(|(name, ch)| part.strip_prefix(name).map(|tail| (*ch, tail)))
        .ok_or_else(|| {
            format!(
                "raw or unknown '&' before {:?}",
                part.chars().take(12).collect::<String>()
            )
        })?;
        out.push(ch);
        out.push_str(tail);
    }
    Ok(out)
}

fn push_text(tokens: &mut Vec<Token>, text: String) {
    if text.is_empty() {
        return;
    }
    if let Some(Token::Text(prev)) = tokens.last_mut() {
        prev.push_str(&text);
    } else {
        tokens.push(Token::Text(text));
    }
}

/// Every element is closed, in order; void elements are never closed explicitly.
/// Adds the implicit closes of void elements so the stream can be compared with a parse.
fn check_balanced(tokens: &[Token]) -> Result<(), String> {
    let mut stack: Vec<&str> = Vec::new();
    for token in tokens {
        match token {
            Token::Open(name, _) if !VOID.contains(&name.as_str()) => stack.push(name),
            Token::Close(name) if VOID.contains(&name.as_str()) => {
                return Err(format!("end tag for void element </{name}>"))
            }
            Token::Close(name) => match stack.pop() {
                Some(open) if open == name => {}
                Some(open) => return Err(format!("</{name}> closes <{open}>")),
                None => return Err(format!("</{name}> without a start tag")),
            },
            _ => {}
        }
    }
    match stack.last() {
        Some(open) => Err(format!("<{open}> never closed ({} open)", stack.len())),
        None => Ok(()),
    }
}

/// No forbidden element, no `on*` or other forbidden attribute, no script URL anywhere,
/// `data:` only as an image.
fn check_safe(tokens: &[Token]) -> Result<(), String> {
    for token in tokens {
        let Token::Open(tag, attrs) = token else {
            continue;
        };
        if FORBIDDEN_TAGS.contains(&tag.as_str()) {
            return Err(format!("forbidden element <{tag}>"));
        }
        for (name, value) in attrs {
            if name.starts_with("on") || FORBIDDEN_ATTRS.contains(&name.as_str()) {
                return Err(format!("forbidden attribute {name}={value:?} on <{tag}>"));
            }
            check_url_value(tag, name, value)?;
        }
    }
    Ok(())
}

/// A value as a browser reads it as a URL: ASCII white space and controls gone, lowercase.
fn normalized_url(value: &str) -> String {
    value
        .chars()
        .filter(|c| !(c.is_ascii_whitespace() || c.is_control()))
        .collect::<String>()
        .to_ascii_lowercase()
}

fn check_url_value(tag: &str, name: &str, value: &str) -> Result<(), String> {
    let candidates: Vec<String> = if name == "srcset" {
        value
            .split(',')
            .map(|c| normalized_url(c.split_whitespace().next().unwrap_or("")))
            .collect()
    } else {
        vec![normalized_url(value)]
    };
    for url in candidates {
        for scheme in ["javascript:", "vbscript:", "livescript:", "mocha:"] {
            if is_url_attr(name) && url.starts_with(scheme) {
                return Err(format!("script URL {name}={value:?} on <{tag}>"));
            }
        }
        let is_media = matches!(name, "src" | "srcset" | "poster")
            && matches!(tag, "img" | "source" | "video" | "audio");
        if is_url_attr(name)
            && url.starts_with("data:")
            && !(is_media && url.starts_with("data:image/"))
        {
            return Err(format!("data URL {name}={value:?} on <{tag}>"));
        }
    }
    Ok(())
}

fn is_url_attr(name: &str) -> bool {
    matches!(
        name,
        "href"
            | "src"
            | "srcset"
            | "poster"
            | "cite"
            | "action"
            | "formaction"
            | "data"
            | "background"
            | "xlink:href"
            | "ping"
            | "longdesc"
            | "usemap"
            | "codebase"
            | "manifest"
            | "icon"
            | "dynsrc"
            | "lowsrc"
    )
}

/// Parses `content` as a browser would (an HTML fragment in `<body>`) and requires the very
/// tree that was written: same elements, nesting, attributes and text. A difference means
/// the output is not well-formed HTML (the parser had to repair it) or is open to mutation.
fn check_reparse(content: &str, tokens: &[Token]) -> Result<(), String> {
    let parsed = parsed_tokens(&Html::parse_fragment(content));
    let written = as_parser_reads(tokens);
    match written
        .iter()
        .zip(&parsed)
        .position(|(w, p)| !same_token(w, p))
    {
        Some(i) => Err(format!(
            "re-parse differs at token {i}: wrote {:?}, parsed {:?}",
            written[i], parsed[i]
        )),
        None if written.len() != parsed.len() => Err(format!(
            "re-parse differs in length: wrote {} tokens, parsed {}",
            written.len(),
            parsed.len()
        )),
        None => Ok(()),
    }
}

fn same_token(written: &Token, parsed: &Token) -> bool {
    match (written, parsed) {
        (Token::Open(a, x), Token::Open(b, y)) => a.eq_ignore_ascii_case(b) && x == y,
        (Token::Close(a), Token::Close(b)) => a.eq_ignore_ascii_case(b),
        _ => written == parsed,
    }
}

/// The written tokens as an HTML parser reads them back: void elements closed, and the one newline right after `<pre>` dropped. That last quirk makes
/// content whose `<pre>` text starts with a newline lose it; `pre_newline_lost` tells.
fn as_parser_reads(tokens: &[Token]) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    for token in tokens {
        let after_pre = matches!(out.last(), Some(Token::Open(name, _)) if name == "pre");
        match token {
            Token::Text(t) => {
                let t = t.clone();
                let t = if after_pre {
                    t.strip_prefix('\n').unwrap_or(&t).to_string()
                } else {
                    t
                };
                push_text(&mut out, t);
            }
            Token::Open(name, _) if VOID.contains(&name.as_str()) => {
                out.push(token.clone());
                out.push(Token::Close(name.clone()));
            }
            _ => out.push(token.clone()),
        }
    }
    out
}

/// Whether some `<pre>` of the content starts with a newline that an HTML parser drops
/// (the serializer must write an extra one, as browsers' serializers do).
pub fn pre_newline_lost(content: &str) -> bool {
    // A serializer that keeps the newline writes one more after `<pre>` (as
    // browsers do), so exactly one newline there means the text's own was lost.
    let lower = content.to_ascii_lowercase();
    lower.match_indices("<pre").any(|(at, _)| {
        lower[at..].find('>').is_some_and(|end| {
            let after = &lower[at + end + 1..];
            after.starts_with(['\n', '\r']) && !after[1..].starts_with(['\n', '\r'])
        })
    })
}

/// The token stream of a parsed fragment, without the `<html>` wrapper; iterative.
fn parsed_tokens(doc: &Html) -> Vec<Token> {
    let mut out = Vec::new();
    let wrapper = doc.root_element().id();
    for edge in doc.root_element().traverse() {
        match edge {
            Edge::Open(node) if node.id() != wrapper => match node.value() {
                Node::Element(el) => {
                    let mut attrs: Vec<(String, String)> = el
                        .attrs()
                        .map(|(n, v)| (n.to_ascii_lowercase(), v.to_string()))
                        .collect();
                    attrs.sort();
                    out.push(Token::Open(el.name().to_ascii_lowercase(), attrs));
                }
                Node::Text(t) => push_text(&mut out, t.to_string()),
                _ => {}
            },
            Edge::Close(node) if node.id() != wrapper => {
                if let Node::Element(el) = node.value() {
                    out.push(Token::Close(el.name().to_ascii_lowercase()));
                }
            }
            _ => {}
        }
    }
    out
}

/// Text with every run of white space (NBSP included) collapsed to one space, trimmed.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
