//! Inline writing: emphasis that renders, and hard breaks that never end a paragraph.
//!
//! CommonMark opens emphasis only with a delimiter run that is "left-flanking" (not followed
//! by whitespace, and not followed by punctuation unless preceded by whitespace or
//! punctuation) and closes it only with a "right-flanking" one. HTML has no such rule:
//! `<b>Material : </b>Hiking`, `<i> </i>`, `<b>"quoted"</b>s` are all fine there. So an
//! opening delimiter waits until the first visible character of its content (whitespace
//! before it goes first: `**x` never `** x`; an element without content writes nothing), a
//! closing one goes before the whitespace at the content's end, and where punctuation
//! against a word would still keep a delimiter from opening or closing, that punctuation
//! moves outside the delimiters (or, when the content is nothing else, the delimiters go).
//! Emphasis that would span a paragraph or list break is dropped: it cannot.

use super::Markdown;

/// An emphasis element being written.
pub(super) struct Open {
    delim: &'static str,
    /// Where its opening delimiter stands in the output; `None` until content came.
    at: Option<usize>,
    /// False when the same delimiter is already open outside it (`<em><i>`): doubling it
    /// would turn emphasis into strong emphasis.
    active: bool,
}

/// A closing delimiter just written, whose next character is not known yet.
pub(super) struct Closer {
    opener: usize,
    at: usize,
    delim: &'static str,
}

/// Ends of the syntax we write (links, images, code spans, raw HTML): never moved across
/// an emphasis delimiter.
const SYNTAX: [char; 5] = ['[', ']', ')', '`', '>'];

/// Punctuation as CommonMark's flanking rules see it (ASCII punctuation and Unicode
/// punctuation and symbols).
fn is_punct(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

fn is_space(c: char) -> bool {
    c.is_whitespace() && c != '\n'
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

impl Markdown {
    pub(super) fn open_emphasis(&mut self, delim: &'static str) {
        // `<b>a</b><b>b</b>`: one run, not `**a****b**` (within a paragraph).
        let breaks = self.pending_blank || self.pending_newline || self.hard_break;
        if let Some(last) = self.closers.last().filter(|_| !breaks) {
            if last.delim == delim && last.at + delim.len() == self.out.len() {
                let opener = last.opener;
                self.out.truncate(last.at);
                self.closers.pop();
                self.emphasis.push(Open {
                    delim,
                    at: Some(opener),
                    active: true,
                });
                return;
            }
        }
        let active = !self.emphasis.iter().any(|o| o.active && o.delim == delim);
        self.emphasis.push(Open {
            delim,
            at: None,
            active,
        });
    }

    pub(super) fn close_emphasis(&mut self) {
        let Some(open) = self.emphasis.pop() else {
            return;
        };
        let Some(opener) = open.at.filter(|_| open.active) else {
            return;
        };
        let start = opener + open.delim.len();
        if self.out.get(opener..start) != Some(open.delim) {
            // Not where it was written (cannot happen; never write a stray delimiter).
            return;
        }
        if spans_lines(&self.out[start..]) {
            self.out.replace_range(opener..start, "");
            self.closers.clear();
            return;
        }
        // Any Unicode whitespace (a no-break space too) keeps a delimiter from closing.
        let trailing = self.out.len() - self.out.trim_end_matches(is_space).len();
        let spaces = self.out.split_off(self.out.len() - trailing);
        let at = self.out.len();
        self.out.push_str(open.delim);
        if spaces.is_empty() {
            self.closers.push(Closer {
                opener,
                at,
                delim: open.delim,
            });
        } else {
            self.out.push_str(&spaces);
            self.closers.clear();
        }
    }

    /// Writes inline content: a pending hard break first, then the opening delimiters
    /// waiting for content, after the content's leading whitespace (and its leading
    /// punctuation, where that keeps them from opening).
    pub(super) fn inline(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        if self.hard_break && !self.pending_blank && !self.pending_newline {
            self.write("\\");
            self.out.push('\n');
            self.push_prefix();
        }
        self.hard_break = false;
        self.settle_closers(s.chars().next());
        let first = s.trim_start().chars().next();
        if first.is_none() || !self.emphasis.iter().any(|o| o.active && o.at.is_none()) {
            self.write(s);
            return;
        }
        let body = s.trim_start();
        let (lead, body) = s.split_at(s.len() - body.len());
        self.write(lead);
        let before = self.out.chars().next_back();
        let punct = body.len() - body.trim_start_matches(is_punct).len();
        let stuck = before.is_some_and(is_word) && punct > 0;
        if stuck && body.starts_with(SYNTAX) {
            // `word**[link](u)**`: the `[` cannot move out of its link; no emphasis then.
            for open in self.emphasis.iter_mut().filter(|o| o.at.is_none()) {
                open.active = false;
            }
        }
        let (moved, body) = if stuck && !body.starts_with(SYNTAX) {
            body.split_at(punct)
        } else {
            ("", body)
        };
        self.write(moved);
        if body.is_empty() {
            return;
        }
        self.prepare();
        for open in self
            .emphasis
            .iter_mut()
            .filter(|o| o.active && o.at.is_none())
        {
            open.at = Some(self.out.len());
            self.out.push_str(open.delim);
        }
        self.out.push_str(body);
    }

    /// The closing delimiters just written learn what follows them: before a word, a
    /// closer after punctuation does not close, so the punctuation moves out after it.
    pub(super) fn settle_closers(&mut self, next: Option<char>) {
        let closers = std::mem::take(&mut self.closers);
        let Some(inner) = closers.first() else {
            return;
        };
        // A line or paragraph break follows them, whatever is written next.
        if !next.is_some_and(is_word) || self.pending_blank || self.pending_newline {
            return;
        }
        let content = inner.opener + inner.delim.len();
        let Some(body) = self.out.get(content..inner.at) else {
            return;
        };
        if !body.ends_with(is_punct) {
            return;
        }
        // The punctuation, and the spaces before it (`θ )`): what stands before the
        // closer must be neither.
        let run = body.len() - body.trim_end_matches(|c| is_punct(c) || is_space(c)).len();
        // Nothing but punctuation inside, or the end of a link or code span that cannot move.
        if run == body.len() || body.ends_with(SYNTAX) {
            // The delimiters go, from the right (closers
            // stand innermost first, their openers innermost last).
            let cuts: Vec<(usize, usize)> = (closers.iter().rev())
                .map(|c| (c.at, c.delim.len()))
                .chain(closers.iter().map(|c| (c.opener, c.delim.len())))
                .collect();
            if cuts
                .iter()
                .any(|&(at, len)| self.out.get(at..at + len).is_none())
            {
                return;
            }
            for &(at, len) in &cuts {
                self.out.replace_range(at..at + len, "");
            }
            return;
        }
        let moved = self.out[inner.at - run..inner.at].to_string();
        self.out.replace_range(inner.at - run..inner.at, "");
        self.out.push_str(&moved);
    }

    /// A `<br>`: a hard break, written only when more of the paragraph follows (a
    /// backslash before a paragraph's end is a literal backslash).
    pub(super) fn line_break(&mut self) {
        if !self.at_line_start() {
            self.hard_break = true;
        }
    }
}

/// Whether emphasis content crosses a line that is not a hard break (a paragraph or a list
/// item ends inside it).
fn spans_lines(content: &str) -> bool {
    content
        .match_indices('\n')
        .any(|(at, _)| !content[..at].ends_with('\\'))
}
