//! Escapes in text: only where CommonMark (with GFM's tables, strikethrough and footnotes)
//! would read a character as syntax. A backslash before anything else is a literal backslash
//! in the rendered text, so none is written there.

/// What stands beside a character, for the rules that depend on it. At the edges of a text
/// node the neighbour is unknown (`None`): the next node may start with anything, so the
/// rules assume the worst.
fn is_space(c: Option<char>) -> bool {
    c.is_some_and(char::is_whitespace)
}

/// Whether `c` at this place needs a backslash, given its neighbours in the text node.
fn needs_escape(c: char, prev: Option<char>, next: Option<char>, rest: &str) -> bool {
    match c {
        // Only before punctuation is a backslash an escape; at a node's end the next node
        // may start with punctuation (or a hard break), so it is escaped there too.
        '\\' => next.is_none_or(|n| n.is_ascii_punctuation()),
        '`' => true,
        // Emphasis and strikethrough delimiters: a run between two spaces neither opens nor
        // closes; everywhere else it might.
        '*' | '~' => !(is_space(prev) && is_space(next)),
        // `_` also cannot open or close inside a word.
        '_' => {
            let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            !(is_space(prev) && is_space(next) || word(prev) && word(next))
        }
        // A link or footnote opens with `[`; `]` closes one when a `(`, `[` or `:` follows.
        '[' => next.is_none_or(|n| n == '^'),
        ']' => next.is_none_or(|n| matches!(n, '(' | '[' | ':')),
        // Raw HTML and autolinks.
        '<' => next.is_none_or(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
        // Character references: `&copy;`, `&#169;`.
        '&' => is_entity(rest),
        _ => false,
    }
}

/// Whether the text after an `&` reads as a character reference.
fn is_entity(rest: &str) -> bool {
    let body = rest.strip_prefix('#').unwrap_or(rest);
    let name: String = body
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    !name.is_empty() && name.len() <= 32 && body[name.len()..].starts_with(';')
}

/// Escapes what Markdown would read as syntax in one text node (whitespace already
/// collapsed); `at_line_start` when the text opens a line.
pub(super) fn escape_text(s: &str, at_line_start: bool) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev = None;
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if needs_escape(c, prev, next, &s[at + c.len_utf8()..]) {
            out.push('\\');
        }
        out.push(c);
        prev = Some(c);
    }
    if at_line_start {
        escape_line_start(&mut out);
    }
    out
}

/// Escapes what opens a block at the start of a line: ATX headings, quotes, list markers
/// (`-`, `+`, `*`, `1.`, `1)`), thematic breaks and setext underlines, fences.
fn escape_line_start(out: &mut String) {
    let Some(first) = out.chars().next() else {
        return;
    };
    let rest = &out[first.len_utf8()..];
    let heading = first == '#' && {
        let after = rest.trim_start_matches('#');
        rest.len() - after.len() < 6 && (after.is_empty() || after.starts_with(' '))
    };
    let marker = matches!(first, '-' | '+') && (rest.is_empty() || rest.starts_with(' '));
    // A setext underline after a hard break: one `=` is enough, two `-` (one is a marker).
    let rule = matches!(first, '-' | '=')
        && out.chars().all(|c| c == first || c == ' ')
        && (first == '=' || out.chars().filter(|&c| c == first).count() >= 2);
    let fence = first == '~' && rest.starts_with("~~");
    if heading || marker || rule || fence || first == '>' {
        out.insert(0, '\\');
    } else if let Some(dot) = out.find(['.', ')']) {
        if dot > 0
            && dot <= 9
            && out[..dot].chars().all(|c| c.is_ascii_digit())
            && (out[dot + 1..].is_empty() || out[dot + 1..].starts_with(' '))
        {
            out.insert(dot, '\\');
        }
    }
}

/// A link or image destination: spaces and parentheses would end it.
pub(super) fn escape_url(url: &str) -> String {
    url.replace(' ', "%20")
        .replace('(', "%28")
        .replace(')', "%29")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_only_what_would_be_read_as_syntax() {
        assert_eq!(
            escape_text("a * b and C:\\Users\\me", false),
            "a * b and C:\\Users\\me"
        );
        assert_eq!(
            escape_text("2*3 and snake_case _x_", false),
            "2\\*3 and snake_case \\_x\\_"
        );
        assert_eq!(
            escape_text("see [1] or [a](b)", false),
            "see [1] or [a\\](b)"
        );
        assert_eq!(
            escape_text("AT&T &copy; <b> a < b", false),
            "AT&T \\&copy; \\<b> a < b"
        );
        assert_eq!(escape_text("ends with \\", false), "ends with \\\\");
        assert_eq!(escape_text("# Title", true), "\\# Title");
        assert_eq!(escape_text("#hashtag", true), "#hashtag");
        assert_eq!(escape_text("1999. A year", true), "1999\\. A year");
        assert_eq!(escape_text("- item", true), "\\- item");
        assert_eq!(escape_text("~~~", true), "\\~\\~\\~");
    }
}
