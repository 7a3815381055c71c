//! A small lexer over CSS selectors, enough to index rules: the key an element
//! must carry for a selector's rightmost compound to match (id, class,
//! attribute, tag) and the attribute-value conditions checked before the
//! (much slower) full selector match.

/// A necessary condition on an attribute value (ASCII case ignored, so it
/// never rejects a match).
#[derive(Debug, PartialEq)]
pub(super) struct AttrCheck {
    name: String,
    op: CheckOp,
    value: String,
}

#[derive(Debug, PartialEq, Clone, Copy)]
enum CheckOp {
    Equals,
    StartsWith,
    EndsWith,
    Contains,
}

impl AttrCheck {
    pub(super) fn holds(&self, el: &scraper::node::Element) -> bool {
        let Some(v) = el.attr(&self.name) else {
            return false;
        };
        let (v, n) = (v.as_bytes(), self.value.as_bytes());
        match self.op {
            CheckOp::Equals => v.eq_ignore_ascii_case(n),
            CheckOp::StartsWith => v.len() >= n.len() && v[..n.len()].eq_ignore_ascii_case(n),
            CheckOp::EndsWith => {
                v.len() >= n.len() && v[v.len() - n.len()..].eq_ignore_ascii_case(n)
            }
            CheckOp::Contains => {
                n.is_empty() || v.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
            }
        }
    }
}

/// What an element must have for a selector's rightmost compound to match it.
#[derive(Debug, PartialEq)]
pub(super) enum Key {
    Id(String),
    Class(String),
    /// The attribute, whatever its value.
    Attr(String),
    /// The attribute with this value (lowercased).
    AttrExact(String, String),
    /// The attribute with a value containing this needle (lowercased, 3+ bytes).
    AttrSub(String, String),
    Tag(String),
}

/// One key per selector of the list (`a, b`), or `None` when some selector has
/// no usable key (then the rule is tested on every element).
pub(super) fn index_keys(selector: &str) -> Option<Vec<Key>> {
    let mut keys = Vec::new();
    for alternative in split_top_level(selector) {
        keys.push(compound_key(rightmost_compound(alternative.trim()))?);
    }
    (!keys.is_empty()).then_some(keys)
}

/// The attribute-value conditions of a selector's rightmost compound (none
/// for a selector list: any one of them may match).
pub(super) fn attr_checks(selector: &str) -> Box<[AttrCheck]> {
    let parts = split_top_level(selector);
    if parts.len() != 1 {
        return Box::new([]);
    }
    let chars: Vec<char> = rightmost_compound(parts[0].trim()).chars().collect();
    let mut checks = Vec::new();
    let mut pos = 0;
    while pos < chars.len() {
        match chars[pos] {
            '[' => {
                pos += 1;
                if let Some(AttrSel {
                    name,
                    op: Some(op),
                    value: Some(value),
                }) = read_attribute(&chars, &mut pos)
                {
                    let op = match op.as_str() {
                        "=" => CheckOp::Equals,
                        "^=" | "|=" => CheckOp::StartsWith,
                        "$=" => CheckOp::EndsWith,
                        _ => CheckOp::Contains,
                    };
                    // `[a^=""]`, `[a$=""]`, `[a*=""]` match nothing: leave that to the selector.
                    if !value.is_empty() || op == CheckOp::Equals {
                        checks.push(AttrCheck {
                            name,
                            op,
                            value: value.to_ascii_lowercase(),
                        });
                    }
                }
                skip_group(&chars, &mut pos, '[', ']', 1);
            }
            '(' => {
                pos += 1;
                skip_group(&chars, &mut pos, '(', ')', 1);
            }
            '"' | '\'' => {
                let q = chars[pos];
                pos += 1;
                while pos < chars.len() && chars[pos] != q {
                    pos += if chars[pos] == '\\' { 2 } else { 1 };
                }
                pos += 1;
            }
            '\\' => pos += 2,
            _ => pos += 1,
        }
    }
    checks.into_boxed_slice()
}

/// Byte offsets and characters outside strings, brackets, parentheses and escapes.
fn top_level(s: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut depth = 0u32;
    let mut quote: Option<char> = None;
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == '\\' {
            chars.next();
            continue;
        }
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push((i, c)),
            _ => {}
        }
    }
    out
}

fn split_top_level(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in top_level(s) {
        if c == ',' {
            parts.push(&s[start..i]);
            start = i + 1;
        }
    }
    parts.push(&s[start..]);
    parts
}

/// The last compound selector of a complex selector (after the last combinator).
fn rightmost_compound(s: &str) -> &str {
    let start = top_level(s)
        .into_iter()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '>' | '+' | '~'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &s[start..]
}

/// An attribute selector of a compound: name, operator and value when simple.
struct AttrSel {
    name: String,
    op: Option<String>,
    value: Option<String>,
}

/// What a compound selector such as `div.a#b[data-x]:not(.c)` requires of
/// an element: the last id, the first class, the tag, the attributes.
#[derive(Default)]
struct Compound {
    id: Option<String>,
    class: Option<String>,
    tag: Option<String>,
    attrs: Vec<AttrSel>,
}

/// The most selective key of a compound selector.
fn compound_key(compound: &str) -> Option<Key> {
    let parts = read_compound(compound)?;
    if let Some(id) = parts.id {
        return Some(Key::Id(id));
    }
    if let Some(class) = parts.class {
        return Some(Key::Class(class));
    }
    let attrs = &parts.attrs;
    let exact = attrs
        .iter()
        .find_map(|a| match (a.op.as_deref(), &a.value) {
            (Some("="), Some(v)) => Some(Key::AttrExact(a.name.clone(), v.to_ascii_lowercase())),
            _ => None,
        });
    let sub = || {
        attrs
            .iter()
            .filter(|a| a.op.as_deref().is_some_and(|op| op != "="))
            .find_map(|a| {
                let v = a.value.as_ref().filter(|v| v.len() >= 3)?;
                Some(Key::AttrSub(a.name.clone(), v.to_ascii_lowercase()))
            })
    };
    // `class` and `style` are on nearly every element: the weakest keys.
    let plain = || {
        attrs
            .iter()
            .find(|a| !matches!(a.name.as_str(), "class" | "style"))
            .map(|a| Key::Attr(a.name.clone()))
    };
    exact
        .or_else(sub)
        .or_else(plain)
        .or_else(|| parts.tag.map(Key::Tag))
        .or_else(|| attrs.first().map(|a| Key::Attr(a.name.clone())))
}

/// Lexes a compound selector; `None` for namespaces and anything unexpected
/// (then no key is guessed).
fn read_compound(compound: &str) -> Option<Compound> {
    let chars: Vec<char> = compound.chars().collect();
    let mut pos = 0;
    let mut parts = Compound::default();
    if chars
        .first()
        .is_some_and(|&c| is_ident_char(c) || c == '\\')
    {
        // `clipPath` matches SVG's `clipPath` only, `CLIPPATH` only HTML elements:
        // such names are no key (html5ever keeps SVG names in camelCase).
        parts.tag =
            read_ident(&chars, &mut pos).filter(|t| !t.bytes().any(|b| b.is_ascii_uppercase()));
    } else if chars.first() == Some(&'*') {
        pos = 1;
    }
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        match c {
            '#' => parts.id = read_ident(&chars, &mut pos).or(parts.id.take()),
            '.' => {
                if let Some(c) = read_ident(&chars, &mut pos) {
                    parts.class.get_or_insert(c);
                }
            }
            '[' => {
                parts.attrs.extend(read_attribute(&chars, &mut pos));
                skip_group(&chars, &mut pos, '[', ']', 1);
            }
            ':' => skip_pseudo(&chars, &mut pos),
            _ => return None,
        }
    }
    Some(parts)
}

/// Skips a pseudo-class or pseudo-element after its first `:`, with its
/// arguments.
fn skip_pseudo(chars: &[char], pos: &mut usize) {
    while chars.get(*pos) == Some(&':') {
        *pos += 1;
    }
    read_ident(chars, pos);
    if chars.get(*pos) == Some(&'(') {
        *pos += 1;
        skip_group(chars, pos, '(', ')', 1);
    }
}

/// Reads `name`, `name=value`, `name*="value" i`... after the `[` up to (not
/// including) the `]`. `None` for namespaced attributes and names with
/// capitals (compared as written on SVG elements, lowercased on HTML ones).
fn read_attribute(chars: &[char], pos: &mut usize) -> Option<AttrSel> {
    let skip_ws = |pos: &mut usize| {
        while chars.get(*pos).is_some_and(|c| c.is_whitespace()) {
            *pos += 1;
        }
    };
    skip_ws(pos);
    let name = read_ident(chars, pos).filter(|n| !n.bytes().any(|b| b.is_ascii_uppercase()))?;
    skip_ws(pos);
    let op = match (chars.get(*pos), chars.get(*pos + 1)) {
        (Some('='), _) => Some("=".to_string()),
        (Some(&c @ ('~' | '|' | '^' | '$' | '*')), Some('=')) => Some(format!("{c}=")),
        (Some('|'), _) => return None,
        _ => None,
    };
    let mut value = None;
    if let Some(op) = &op {
        *pos += op.len();
        skip_ws(pos);
        value = match chars.get(*pos) {
            Some(&q @ ('"' | '\'')) => {
                let start = *pos + 1;
                let len = chars[start..].iter().position(|&c| c == q || c == '\\');
                len.filter(|&l| chars[start + l] == q)
                    .map(|l| chars[start..start + l].iter().collect())
            }
            _ => read_ident(chars, pos),
        };
    }
    Some(AttrSel { name, op, value })
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii()
}

/// Reads an identifier; `None` when it is empty or holds an escape (whose value
/// we don't decode: such a key is not used).
fn read_ident(chars: &[char], pos: &mut usize) -> Option<String> {
    let mut out = String::new();
    let mut escaped = false;
    while let Some(&c) = chars.get(*pos) {
        if c == '\\' {
            escaped = true;
            *pos += 2;
        } else if is_ident_char(c) {
            out.push(c);
            *pos += 1;
        } else {
            break;
        }
    }
    *pos = (*pos).min(chars.len());
    (!escaped && !out.is_empty()).then_some(out)
}

/// Skips to just after the bracket closing a group whose opening bracket was
/// already consumed (`depth` open), honouring strings and escapes.
fn skip_group(chars: &[char], pos: &mut usize, open: char, close: char, mut depth: u32) {
    let mut quote: Option<char> = None;
    while let Some(&c) = chars.get(*pos) {
        *pos += 1;
        if c == '\\' {
            *pos += 1;
            continue;
        }
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        if c == '"' || c == '\'' {
            quote = Some(c);
        } else if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                break;
            }
        }
    }
    *pos = (*pos).min(chars.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_keys_pick_the_rightmost_compound() {
        use Key::*;
        let k = |s: &str| index_keys(s);
        assert_eq!(k(".a"), Some(vec![Class("a".into())]));
        assert_eq!(k("#x.a"), Some(vec![Id("x".into())]));
        assert_eq!(k("div.a > span"), Some(vec![Tag("span".into())]));
        assert_eq!(
            k("DIV[id^=\"Ad-\"]"),
            Some(vec![AttrSub("id".into(), "ad-".into())])
        );
        assert_eq!(k("clipPath[ID]"), None);
        assert_eq!(k("svg[viewBox]"), Some(vec![Tag("svg".into())]));
        assert_eq!(
            k("div[class^='ad-']"),
            Some(vec![AttrSub("class".into(), "ad-".into())])
        );
        assert_eq!(k("[class*=\"ad\"]"), Some(vec![Attr("class".into())]));
        assert_eq!(k("div[class*=\"ad\"]"), Some(vec![Tag("div".into())]));
        assert_eq!(
            k("a[data-x][href*=\"/ads/\" i]"),
            Some(vec![AttrSub("href".into(), "/ads/".into())])
        );
        assert_eq!(
            k("[ data-type = banner ]"),
            Some(vec![AttrExact("data-type".into(), "banner".into())])
        );
        assert_eq!(k("[href*=\"a\\\"b\"]"), Some(vec![Attr("href".into())]));
        assert_eq!(k("[ns|href]"), None);
        assert_eq!(k("[lang|=en]"), Some(vec![Attr("lang".into())]));
        assert_eq!(k(".a, #b"), Some(vec![Class("a".into()), Id("b".into())]));
        assert_eq!(k(".a, :not(.b)"), None);
        assert_eq!(
            k("a[title=\"x > y, z\"]"),
            Some(vec![AttrExact("title".into(), "x > y, z".into())])
        );
        assert_eq!(
            k(".a:not(.b) ~ .c:has(> .d)"),
            Some(vec![Class("c".into())])
        );
        assert_eq!(k("li:nth-child(2n + 1)"), Some(vec![Tag("li".into())]));
        assert_eq!(k(".a\\:b"), None);
        assert_eq!(k("div .a\\:b"), None);
        assert_eq!(k("div.a\\:b.c"), Some(vec![Class("c".into())]));
        assert_eq!(k("*"), None);
        assert_eq!(k("*|div"), None);
        assert_eq!(k(":is(.a, .b)"), None);
    }

    #[test]
    fn attribute_checks_come_from_the_rightmost_compound() {
        let c = |s: &str| {
            attr_checks(s)
                .iter()
                .map(|c| format!("{}{:?}{}", c.name, c.op, c.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            c("a[href^=\"HTTP\" i][data-x=\"1\"]"),
            ["hrefStartsWithhttp", "data-xEquals1"]
        );
        assert_eq!(
            c("div[data-a='x'] > a[href*=ads]:not([rel=\"nofollow\"])"),
            ["hrefContainsads"]
        );
        assert_eq!(c("[lang|=en], [href$=\".pdf\"]"), Vec::<String>::new());
        assert_eq!(c("[class*=\"\"]"), Vec::<String>::new());
        assert_eq!(c("[class~=\"x y\"]"), ["classContainsx y"]);
        assert_eq!(c("[title=\"a\\\"b\"]"), Vec::<String>::new());
    }
}
