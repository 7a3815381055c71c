//! Hosts: of ad and paid-recommendation servers, of the players and code
//! playgrounds whose iframes are article content, and the URL host matcher.

/// Hosts that serve ads or paid recommendation widgets.
pub const AD_HOSTS: &[&str] = &[
    "doubleclick.net",
    "googlesyndication.com",
    "googleadservices.com",
    "adservice.google.",
    "amazon-adsystem.com",
    "adnxs.com",
    "taboola.com",
    "outbrain.com",
    "plista.com",
    "criteo.com",
    "criteo.net",
    "teads.tv",
    "smartadserver.com",
    "adform.net",
    "rubiconproject.com",
    "pubmatic.com",
    "openx.net",
    "yieldlove",
    "ligatus.com",
    "revcontent.com",
    "mgid.com",
    "zergnet.com",
    "nativo.com",
    "sharethrough.com",
    "adition.com",
    "stroeer",
    "moatads.com",
    "adsafeprotected.com",
];

/// Hosts of video and audio players: their iframes are article content, and
/// the sanitizer keeps them (sandboxed).
pub const PLAYER_HOSTS: &[&str] = &[
    "youtube.com",
    "youtube-nocookie.com",
    "youtu.be",
    "player.vimeo.com",
    "vimeo.com",
    "dailymotion.com",
    "player.twitch.tv",
    "w.soundcloud.com",
    "open.spotify.com",
    "embed.ted.com",
    "archive.org/embed",
    "player.arte.tv",
    "ardmediathek.de",
    "zdf.de",
    "bandcamp.com",
    "streamable.com",
    "loom.com/embed",
    "embed.podcasts.apple.com",
    "video.twimg.com",
];

/// Hosts of code playgrounds: their iframes are article content too (the
/// demo a tutorial is about), but they run the author's code, so the
/// sanitizer turns them into links (see `clean::sanitize`).
pub const PLAYGROUND_HOSTS: &[&str] = &["codepen.io", "jsfiddle.net"];

/// Whether an iframe's URL is a player or a playground: content, not clutter.
pub fn is_content_embed(url: &str) -> bool {
    url_matches_host(url, PLAYER_HOSTS) || url_matches_host(url, PLAYGROUND_HOSTS)
}

/// `data-*` attribute names (after `data-`, first dash-separated part) that mark ad slots.
pub const AD_DATA_ATTRS: &[&str] = &[
    "ad",
    "ads",
    "adunit",
    "adslot",
    "ad_unit",
    "ad_slot",
    "advert",
    "dfp",
    "gpt",
    "google_query_id",
    "taboola",
    "outbrain",
    "plista",
    "sponsored",
    "native_ad",
];

/// Whether a URL's host belongs to one of the hosts. Entries match the host
/// or a subdomain of it; an entry with a path (`archive.org/embed`) also needs
/// the URL's path to start with it; `adservice.google.` matches any top-level
/// domain; an entry without a dot (`yieldlove`) matches inside the host.
pub fn url_matches_host(url: &str, hosts: &[&str]) -> bool {
    let Some((host, path)) = crate::urls::host_and_path(url) else {
        return false;
    };
    let path = path.trim_start_matches('/');
    hosts.iter().any(|entry| {
        let (name, entry_path) = entry
            .split_once('/')
            .map_or((*entry, None), |(h, p)| (h, Some(p)));
        let host_matches = if name.ends_with('.') {
            host.starts_with(name) || host.contains(&format!(".{name}"))
        } else if !name.contains('.') {
            host.contains(name)
        } else {
            host == name || host.ends_with(&format!(".{name}"))
        };
        host_matches && entry_path.is_none_or(|p| path.starts_with(p))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_match_on_domain_boundaries() {
        assert!(url_matches_host(
            "https://securepubads.g.doubleclick.net/x",
            AD_HOSTS
        ));
        assert!(url_matches_host(
            "https://www.youtube.com/embed/abc",
            PLAYER_HOSTS
        ));
        assert!(!url_matches_host(
            "https://notyoutube.company/x",
            PLAYER_HOSTS
        ));
        assert!(url_matches_host(
            "//www.youtube-nocookie.com/embed/abc",
            PLAYER_HOSTS
        ));
        assert!(url_matches_host(
            "https://archive.org/embed/item",
            PLAYER_HOSTS
        ));
    }

    #[test]
    fn hosts_are_read_as_browsers_read_them() {
        // A path that merely contains an allowed entry, or a backslash that
        // browsers read as a slash, must not pass for the allowed host.
        assert!(!url_matches_host(
            "https://attacker.example/archive.org/embed/x.html",
            PLAYER_HOSTS
        ));
        assert!(!url_matches_host(
            "https://attacker.example\\.youtube.com/embed/x",
            PLAYER_HOSTS
        ));
        assert!(!url_matches_host(
            "https://www.youtube.com@attacker.example/embed/x",
            PLAYER_HOSTS
        ));
        assert!(!url_matches_host(
            "javascript:alert(1)//youtube.com",
            PLAYER_HOSTS
        ));
    }
}
