//! What the pipeline reports about the blocks it takes out of a page: each
//! removal with its kind, a reason a person can read, its size and where it was.

use serde::Serialize;

/// What a removed block was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClutterKind {
    Ad,
    Recommendation,
    Navigation,
    Social,
    Comments,
    Newsletter,
    Consent,
    Other,
}

impl ClutterKind {
    /// Every kind, in the order the API documents them.
    pub const ALL: [ClutterKind; 8] = [
        ClutterKind::Ad,
        ClutterKind::Recommendation,
        ClutterKind::Navigation,
        ClutterKind::Social,
        ClutterKind::Comments,
        ClutterKind::Newsletter,
        ClutterKind::Consent,
        ClutterKind::Other,
    ];

    /// The kind of that name (`ad`, `recommendation`, …), as the CLI, the
    /// JavaScript and the Python options spell it.
    pub fn named(name: &str) -> Option<ClutterKind> {
        ClutterKind::ALL
            .into_iter()
            .find(|kind| kind.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            ClutterKind::Ad => "ad",
            ClutterKind::Recommendation => "recommendation",
            ClutterKind::Navigation => "navigation",
            ClutterKind::Social => "social",
            ClutterKind::Comments => "comments",
            ClutterKind::Newsletter => "newsletter",
            ClutterKind::Consent => "consent",
            ClutterKind::Other => "other",
        }
    }
}

/// A block taken out of the page.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Removed {
    pub kind: ClutterKind,
    pub reason: String,
    pub text_length: usize,
    /// CSS path of the element in the parsed page.
    pub selector: String,
}
