//! The embed policy: which iframes the article keeps, and how.
//!
//! - Players of video and audio ([`PLAYER_HOSTS`]) stay as iframes, sandboxed:
//!   they need their scripts and their own origin to play, popups to open the
//!   video on its site and the presentation API to cast it, and nothing else
//!   (no forms, no top navigation, no downloads, no modals). The referrer is
//!   cut to the origin, which players ask for (YouTube refuses to play without
//!   one) and which tells them no more than the site's name.
//! - Code playgrounds ([`PLAYGROUND_HOSTS`]) become a link to the demo: they
//!   exist to run the author's code, so in a reader view they would bring back
//!   what it removed; the link keeps the demo one click away, in its own tab
//!   with its editor.
//! - Every other iframe goes.

use super::Action;
use crate::signals::hosts::{url_matches_host, PLAYER_HOSTS, PLAYGROUND_HOSTS};
use crate::urls::{host_of, UrlResolver, UrlUse};
use crate::view::Doc;

/// What a kept player may do (see the module comment).
const PLAYER_SANDBOX: &str = "allow-scripts allow-same-origin allow-popups allow-presentation";

/// What a kept player learns of the page that shows it: the origin only.
const PLAYER_REFERRER_POLICY: &str = "strict-origin-when-cross-origin";

/// Attributes of a player's iframe that pass as they are.
const PLAYER_ATTRIBUTES: &[&str] = &["width", "height", "title", "allowfullscreen"];

/// The iframe `i` as the policy has it.
pub(super) fn embed(doc: Doc, i: u32, urls: &UrlResolver) -> Action {
    let raw = doc
        .attr(i, "src")
        .or_else(|| doc.attr(i, "data-src"))
        .unwrap_or("");
    let is_player = url_matches_host(raw, PLAYER_HOSTS);
    if !is_player && !url_matches_host(raw, PLAYGROUND_HOSTS) {
        return Action::Drop;
    }
    let Some(src) = urls
        .resolve(raw, UrlUse::Link)
        .filter(|s| s.starts_with("https://") || s.starts_with("http://"))
    else {
        return Action::Drop;
    };
    if !is_player {
        return playground_link(doc, i, src);
    }
    let mut attrs = vec![("src".to_string(), src)];
    for name in PLAYER_ATTRIBUTES {
        if let Some(v) = doc.attr(i, name) {
            attrs.push((name.to_string(), v.to_string()));
        }
    }
    attrs.push(("sandbox".to_string(), PLAYER_SANDBOX.to_string()));
    attrs.push((
        "referrerpolicy".to_string(),
        PLAYER_REFERRER_POLICY.to_string(),
    ));
    Action::Keep("iframe", attrs)
}

/// A link to a playground's demo, named by the iframe's title or the host.
fn playground_link(doc: Doc, i: u32, src: String) -> Action {
    let title = doc
        .attr(i, "title")
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let text = match title {
        Some(t) => t.to_string(),
        None => host_of(&src).unwrap_or_default(),
    };
    Action::Link(vec![("href".to_string(), src)], text)
}
