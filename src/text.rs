//! Plain-text helpers every layer shares: visible length (whitespace runs count
//! once), whitespace collapsing, and the scripts written without word spaces.

/// What one pass over a text node counts.
#[derive(Clone, Copy)]
pub struct TextCounts {
    pub visible: u32,
    pub commas: u32,
    pub cjk: u32,
}

/// Visible length (whitespace runs count one), commas and CJK characters.
pub fn text_counts(s: &str) -> TextCounts {
    let mut counts = TextCounts {
        visible: 0,
        commas: 0,
        cjk: 0,
    };
    let mut in_ws = true;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_ws {
                counts.visible += 1;
                in_ws = true;
            }
            continue;
        }
        counts.visible += 1;
        in_ws = false;
        if c.is_ascii() {
            counts.commas += u32::from(c == ',');
        } else if is_comma(c) {
            counts.commas += 1;
        } else if is_cjk(c) {
            counts.cjk += 1;
        }
    }
    counts
}

/// Length of text with whitespace runs counted as one character.
pub fn visible_len(s: &str) -> u32 {
    text_counts(s).visible
}

/// Appends text with whitespace runs collapsed to one space.
pub fn push_collapsed(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    // Start of the run being read (other characters, and single spaces between
    // them, which come out as they are), and the read position.
    let (mut run, mut at) = (0, 0);
    while at < bytes.len() {
        let space = match bytes[at] {
            b' ' if at > run && bytes[at - 1] != b' ' => 0,
            b'\t'..=b'\r' | b' ' => 1,
            b if b.is_ascii() => 0,
            _ => {
                let c = s[at..].chars().next().unwrap_or(' ');
                if !c.is_whitespace() {
                    at += c.len_utf8();
                    continue;
                }
                c.len_utf8()
            }
        };
        if space == 0 {
            at += 1;
            continue;
        }
        out.push_str(&s[run..at]);
        if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
        at += space;
        run = at;
    }
    out.push_str(&s[run..]);
}

/// Collapses whitespace and trims.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s);
    out.trim_end().to_string()
}

/// Whether a character belongs to a script written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF |
        0xAC00..=0xD7AF | 0x0E00..=0x0E7F | 0xFF66..=0xFF9D)
}

/// Characters of a script without word spaces that make one word, on
/// average (Chinese words are one to three characters, most of them two).
const CJK_CHARS_PER_WORD: usize = 2;

/// Words of a text: runs between whitespace, and in scripts without word
/// spaces one word per [`CJK_CHARS_PER_WORD`] characters.
pub fn word_count(s: &str) -> usize {
    let cjk = s.chars().filter(|&c| is_cjk(c)).count();
    let spaced = s
        .split_whitespace()
        .filter(|w| !w.chars().all(is_cjk))
        .count();
    spaced + cjk.div_ceil(CJK_CHARS_PER_WORD)
}

fn is_comma(c: char) -> bool {
    matches!(c, ',' | '，' | '、' | '،' | '﹐' | '︐')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_between_spaces_and_by_pairs_of_cjk_characters() {
        assert_eq!(word_count("  The tide, the moon  and the sun. "), 7);
        assert_eq!(word_count("日本の首相"), 3);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn collapsing_matches_the_char_by_char_definition() {
        for text in [
            "",
            " ",
            "a",
            "  a  b\t\n c ",
            "a b c",
            "a \nb",
            " a b ",
            "x\u{a0}y\u{3000}z\u{85}",
            "\u{2028}ä ö\u{b}ü",
            "日本 語  ",
            "a\x0cb\x1cc",
        ] {
            for prefix in ["", "p", "p "] {
                let mut expected = prefix.to_string();
                for c in text.chars() {
                    if !c.is_whitespace() {
                        expected.push(c);
                    } else if !expected.ends_with(' ') && !expected.is_empty() {
                        expected.push(' ');
                    }
                }
                let mut got = prefix.to_string();
                push_collapsed(&mut got, text);
                assert_eq!(got, expected, "{text:?} after {prefix:?}");
            }
        }
    }
}
