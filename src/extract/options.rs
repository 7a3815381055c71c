//! What the caller tunes, and why extraction may refuse to run.

use crate::filters::FilterList;
use crate::output::header::MarkdownHeader;
use crate::report::ClutterKind;

/// Inputs larger than this are refused with [`Error::TooLarge`].
pub const DEFAULT_MAX_BYTES: usize = 64 * 1024 * 1024;

/// What the caller can tune.
#[derive(Debug, Clone)]
pub struct Options {
    /// URL of the page: base for relative links (a `<base href>` in the page refines it).
    pub url: Option<String>,
    /// Minimum article text length before the engine retries with gentler rules.
    pub char_threshold: usize,
    /// Refuse inputs above this many bytes.
    pub max_bytes: usize,
    /// User element-hiding rules (EasyList syntax), checked before the built-in rules.
    pub filters: Option<FilterList>,
    /// Which judge decides what the article is.
    pub scorer: Scorer,
    /// The kinds of clutter the clutter pass takes out; `None`: every kind.
    /// Blocks of the other kinds stay where they stand (the blocks inside
    /// them are still judged on their own). The user's filter rules apply
    /// whatever their kind.
    pub kinds: Option<Vec<ClutterKind>>,
    /// How `Article::markdown` starts: title, byline, date and source as a
    /// heading and a line (default), as YAML front matter, or not at all.
    pub markdown_header: MarkdownHeader,
}

/// Which judge decides what the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scorer {
    /// The rules alone: clutter tables, Readability's scoring and pruning.
    Rules,
    /// The learned block scorer over every block of the page, with the rules'
    /// verdicts among its features.
    Model,
    /// The rules, with the block scorer deciding where they are unsure.
    #[default]
    Both,
}

impl Scorer {
    /// The scorer of that name (`rules`, `model`, `both`), as the CLI and the
    /// JavaScript options spell it.
    pub fn named(name: &str) -> Result<Scorer, String> {
        match name {
            "rules" => Ok(Scorer::Rules),
            "model" => Ok(Scorer::Model),
            "both" => Ok(Scorer::Both),
            other => Err(format!("unknown scorer '{other}' (rules, model, both)")),
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            char_threshold: 500,
            max_bytes: DEFAULT_MAX_BYTES,
            filters: None,
            scorer: Scorer::default(),
            kinds: None,
            markdown_header: MarkdownHeader::default(),
        }
    }
}

/// Why extraction could not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is larger than `Options::max_bytes`.
    TooLarge { size: usize, limit: usize },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::TooLarge { size, limit } => {
                write!(
                    f,
                    "input is {size} bytes, more than the limit of {limit} bytes"
                )
            }
        }
    }
}

impl std::error::Error for Error {}

/// Refuses inputs larger than the caller allows.
pub(crate) fn check_size(size: usize, options: &Options) -> Result<(), Error> {
    if size > options.max_bytes {
        return Err(Error::TooLarge {
            size,
            limit: options.max_bytes,
        });
    }
    Ok(())
}
