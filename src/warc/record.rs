//! WARC record framing (ISO 28500, WARC/1.0 and 1.1): a version line, header lines up to an
//! empty line, `Content-Length` bytes of block, then an empty line or two. Only the headers the
//! extraction needs are kept; the block is handed out as a reader limited to its length, so a
//! record that is skipped is never held in memory.

use std::io::{self, BufRead, Read};

/// Longest header line read as one (WARC or HTTP). Real header lines are a few hundred bytes (a
/// long URL, a cookie); the cap bounds the memory that garbage without a newline can take.
const MAX_LINE: u64 = 64 * 1024;
/// Most header lines in one header block. Real records carry about 10 WARC and 10 to 40 HTTP
/// headers; past this it is not a header block.
pub(super) const MAX_HEADER_LINES: usize = 1000;

/// The input the records are read from.
pub(super) type Input = dyn BufRead + Send;

/// What the extraction reads of a record's WARC headers.
#[derive(Debug, Default)]
pub(super) struct RecordHeader {
    /// `WARC-Type`, lowercased: `response`, `request`, `warcinfo`, `metadata`, `resource`, …
    pub warc_type: String,
    pub target_uri: Option<String>,
    pub date: Option<String>,
    /// The record's own `Content-Type` (`application/http; msgtype=response`, or the
    /// resource's media type).
    pub content_type: Option<String>,
    /// `Content-Length`: the length of the block.
    pub length: u64,
}

/// The outcome of reading a record's headers.
#[derive(Debug)]
pub(super) enum Next {
    Record(RecordHeader),
    /// The input ended between records.
    End,
    /// The first line of the input is not a WARC version line.
    NotWarc,
    /// The input ended (or could not be read any further) inside a header block.
    Truncated,
    /// Something other than a record where one was expected (a block longer or shorter than its
    /// `Content-Length`, a header block without a length): skipped up to the next version line.
    Malformed,
}

/// Reads records one after the other.
pub(super) struct Records {
    input: Box<Input>,
    line: Vec<u8>,
    /// A record has been read: what follows is a WARC file, and stray lines are skipped
    /// rather than refused.
    seen_record: bool,
    /// The version line of the next record has been read already (while skipping junk).
    version_line_read: bool,
}

/// Reads one line, with its end, of at most [`MAX_LINE`] bytes into `line`; `false` at the end of
/// the input.
pub(super) fn read_line(
    input: &mut (impl BufRead + ?Sized),
    line: &mut Vec<u8>,
) -> io::Result<bool> {
    line.clear();
    let read = input.take(MAX_LINE).read_until(b'\n', line)?;
    Ok(read > 0)
}

/// A line that holds only its end (`\r\n` or `\n`) or spaces.
pub(super) fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

/// `Name: value` as a trimmed name and value; `None` for a line without a colon.
pub(super) fn header_field(line: &[u8]) -> Option<(&[u8], String)> {
    let colon = line.iter().position(|&b| b == b':')?;
    let value = String::from_utf8_lossy(line[colon + 1..].trim_ascii());
    Some((line[..colon].trim_ascii(), value.into_owned()))
}

impl Records {
    pub(super) fn new(input: Box<Input>) -> Records {
        Records {
            input,
            line: Vec::new(),
            seen_record: false,
            version_line_read: false,
        }
    }

    /// The headers of the next record. After [`Next::Record`] the caller reads the block
    /// through [`Records::block`] and drains it, so that the next call starts after it.
    pub(super) fn next_header(&mut self) -> Next {
        if !std::mem::take(&mut self.version_line_read) {
            if let Some(not_a_record) = self.find_version_line() {
                return not_a_record;
            }
        }
        match self.read_header_block() {
            Ok(Some(header)) => {
                self.seen_record = true;
                Next::Record(header)
            }
            // Without a length the block can't be skipped by it: skipped by lines instead.
            Ok(None) => {
                self.skip_to_version_line();
                Next::Malformed
            }
            Err(_) => Next::Truncated,
        }
    }

    /// The block of the record just read, as a reader of its `length` bytes.
    pub(super) fn block(&mut self, length: u64) -> io::Take<&mut Input> {
        (&mut *self.input).take(length)
    }

    /// Skips the empty lines between records up to a `WARC/` line (`None`: found). Before the
    /// first record any other line means the input is not a WARC file; after it, the lines up to
    /// the next version line are skipped and reported as one malformed record.
    fn find_version_line(&mut self) -> Option<Next> {
        loop {
            match read_line(&mut *self.input, &mut self.line) {
                Ok(true) if is_blank(&self.line) => continue,
                Ok(true) if self.line.starts_with(b"WARC/") => return None,
                Ok(true) if !self.seen_record => return Some(Next::NotWarc),
                Ok(true) => {
                    self.skip_to_version_line();
                    return Some(Next::Malformed);
                }
                Ok(false) => return Some(Next::End),
                Err(_) => return Some(Next::Truncated),
            }
        }
    }

    /// Reads lines up to the next `WARC/` line (kept as the next record's) or the end.
    fn skip_to_version_line(&mut self) {
        while let Ok(true) = read_line(&mut *self.input, &mut self.line) {
            if self.line.starts_with(b"WARC/") {
                self.version_line_read = true;
                return;
            }
        }
    }

    /// The header lines after the version line, up to the empty line. `Ok(None)`: not a usable
    /// header block (no length, too many lines).
    fn read_header_block(&mut self) -> io::Result<Option<RecordHeader>> {
        let mut header = RecordHeader::default();
        let mut length = None;
        for _ in 0..MAX_HEADER_LINES {
            if !read_line(&mut *self.input, &mut self.line)? {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            if is_blank(&self.line) {
                return Ok(length.map(|length| RecordHeader { length, ..header }));
            }
            let Some((name, value)) = header_field(&self.line) else {
                continue;
            };
            match name.to_ascii_lowercase().as_slice() {
                b"warc-type" => header.warc_type = value.to_ascii_lowercase(),
                // WARC/1.0's grammar wrote the URI in angle brackets; some writers still do.
                b"warc-target-uri" => {
                    header.target_uri = Some(value.trim_matches(['<', '>']).to_string())
                }
                b"warc-date" => header.date = Some(value),
                b"content-type" => header.content_type = Some(value),
                b"content-length" => length = value.parse().ok(),
                _ => {}
            }
        }
        Ok(None)
    }
}
