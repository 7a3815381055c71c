//! Resolving and vetting URLs found in the article.
//!
//! Reference resolution is RFC 3986 section 5.2 with the browser's leniencies
//! (backslashes as slashes, tabs and newlines dropped). It is written here
//! rather than taken from the `url` crate because that crate's IDNA tables
//! cost about 50 KB of the gzipped wasm module; non-ASCII host names pass
//! through unchanged, which browsers accept in `href` and `src`.

/// Resolves relative URLs against the page's base and refuses unsafe schemes.
pub struct UrlResolver {
    base: Option<String>,
}

/// Where a URL will be used: images may be `data:image/…`, links may not.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum UrlUse {
    Link,
    Media,
}

/// The five parts of a URI reference (RFC 3986, appendix B).
#[derive(Debug, Default, PartialEq)]
struct Parts<'u> {
    scheme: Option<&'u str>,
    authority: Option<&'u str>,
    path: &'u str,
    query: Option<&'u str>,
    fragment: Option<&'u str>,
}

impl UrlResolver {
    /// `page_url` is the document's URL, `base_href` a `<base href>` (itself
    /// resolved against the page URL).
    pub fn new(page_url: Option<&str>, base_href: Option<&str>) -> Self {
        let page = page_url.map(tidy).and_then(|u| web_url(&u));
        let base = match (base_href.map(tidy), &page) {
            (Some(href), Some(p)) => web_url(&join(p, &href)).or(page.clone()),
            (Some(href), None) => web_url(&href),
            (None, p) => p.clone(),
        };
        UrlResolver { base }
    }

    /// The URL to write into the article, or `None` when it must not appear.
    pub fn resolve(&self, raw: &str, usage: UrlUse) -> Option<String> {
        let cleaned = tidy(raw);
        if cleaned.is_empty() {
            return None;
        }
        if cleaned.starts_with('#') {
            return Some(cleaned);
        }
        if let Some(scheme) = scheme_of(&cleaned) {
            return allowed_absolute(&cleaned, &scheme, usage);
        }
        match &self.base {
            Some(base) => Some(join(base, &cleaned)),
            None => Some(cleaned),
        }
    }

    /// Resolves each URL of a `srcset` list, keeping the descriptors.
    pub fn resolve_srcset(&self, raw: &str) -> Option<String> {
        let parts: Vec<String> = raw
            .split(", ")
            .flat_map(|p| p.split(",\n"))
            .filter_map(|candidate| {
                let mut words = candidate.split_whitespace();
                let url = self.resolve(words.next()?, UrlUse::Media)?;
                let descriptor: Vec<&str> = words.collect();
                Some(if descriptor.is_empty() {
                    url
                } else {
                    format!("{url} {}", descriptor.join(" "))
                })
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// The lowercase host of an absolute http(s) URL, without port or credentials.
pub fn host_of(url: &str) -> Option<String> {
    host_and_path(url).map(|(host, _)| host)
}

/// The lowercase host and the path of an absolute (or scheme-relative) http(s)
/// URL, read the way browsers read it (backslashes are slashes).
pub fn host_and_path(url: &str) -> Option<(String, String)> {
    let tidied = tidy(url);
    let absolute = if tidied.starts_with("//") || tidied.starts_with("\\\\") {
        format!("https:{tidied}")
    } else {
        tidied
    };
    let normalised = web_url(&absolute)?;
    let parts = split(&normalised);
    let authority = parts.authority?;
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host).trim_end_matches('.');
    (!host.is_empty()).then(|| (host.to_string(), parts.path.to_string()))
}

/// Drops control characters (tabs and newlines inside URLs are ignored by
/// browsers), trims spaces and encodes the inner ones.
fn tidy(raw: &str) -> String {
    let kept: String = raw.chars().filter(|c| !c.is_control()).collect();
    kept.trim().replace(' ', "%20")
}

/// An absolute http(s) URL with a host, normalised; `None` otherwise.
fn web_url(u: &str) -> Option<String> {
    let scheme = scheme_of(u)?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let parts = split(u);
    let authority = parts.authority.filter(|a| !a.is_empty())?;
    Some(compose(
        Some(&scheme),
        Some(&authority.to_ascii_lowercase()),
        if parts.path.is_empty() {
            "/"
        } else {
            parts.path
        },
        parts.query,
        parts.fragment,
    ))
}

/// Splits a reference into its parts (backslashes read as slashes, as browsers do).
fn split(u: &str) -> Parts<'_> {
    let mut rest = u;
    let mut parts = Parts::default();
    if let Some(hash) = rest.find('#') {
        parts.fragment = Some(&rest[hash + 1..]);
        rest = &rest[..hash];
    }
    if let Some(q) = rest.find('?') {
        parts.query = Some(&rest[q + 1..]);
        rest = &rest[..q];
    }
    if let Some(colon) = rest.find(':') {
        if scheme_of(rest).is_some() && !rest[..colon].contains(['/', '\\']) {
            parts.scheme = Some(&rest[..colon]);
            rest = &rest[colon + 1..];
        }
    }
    if rest.starts_with("//") || rest.starts_with("\\\\") {
        let after = &rest[2..];
        let end = after.find(['/', '\\']).unwrap_or(after.len());
        parts.authority = Some(&after[..end]);
        rest = &after[end..];
    }
    parts.path = rest;
    parts
}

/// Resolves `reference` against the absolute `base` (RFC 3986, 5.2.2).
fn join(base: &str, reference: &str) -> String {
    let b = split(base);
    let r = split(reference);
    let r_path = r.path.replace('\\', "/");
    if let Some(scheme) = r.scheme {
        return compose(
            Some(&scheme.to_ascii_lowercase()),
            r.authority,
            &remove_dot_segments(&r_path),
            r.query,
            r.fragment,
        );
    }
    let (authority, path, query) = if r.authority.is_some() {
        (r.authority, remove_dot_segments(&r_path), r.query)
    } else if r_path.is_empty() {
        (b.authority, b.path.to_string(), r.query.or(b.query))
    } else if r_path.starts_with('/') {
        (b.authority, remove_dot_segments(&r_path), r.query)
    } else {
        (
            b.authority,
            remove_dot_segments(&merge(&b, &r_path)),
            r.query,
        )
    };
    compose(b.scheme, authority, &path, query, r.fragment)
}

fn merge(base: &Parts, path: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        return format!("/{path}");
    }
    match base.path.rfind('/') {
        Some(slash) => format!("{}{path}", &base.path[..=slash]),
        None => path.to_string(),
    }
}

/// RFC 3986, 5.2.4: resolves `.` and `..` segments.
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let absolute = path.starts_with('/');
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    for (k, seg) in segments.iter().enumerate() {
        match *seg {
            "." => {
                if k == last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > usize::from(absolute) {
                    out.pop();
                }
                if k == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    if absolute && !joined.starts_with('/') {
        format!("/{joined}")
    } else {
        joined
    }
}

fn compose(
    scheme: Option<&str>,
    authority: Option<&str>,
    path: &str,
    query: Option<&str>,
    fragment: Option<&str>,
) -> String {
    let mut out = String::new();
    if let Some(s) = scheme {
        out.push_str(s);
        out.push(':');
    }
    if let Some(a) = authority {
        out.push_str("//");
        out.push_str(a);
        if path.is_empty() {
            out.push('/');
        }
    }
    out.push_str(path);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// The lowercase scheme of an absolute URL, with whitespace inside it ignored
/// (`jav\tascript:` is still javascript).
fn scheme_of(url: &str) -> Option<String> {
    let colon = url.find(':')?;
    let head: String = url[..colon]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    let valid = !head.is_empty()
        && head.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && head
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(head)
}

fn allowed_absolute(url: &str, scheme: &str, usage: UrlUse) -> Option<String> {
    match scheme {
        "http" | "https" => web_url(url).or_else(|| Some(url.to_string())),
        "mailto" | "tel" | "ftp" | "sms" if usage == UrlUse::Link => Some(url.to_string()),
        "data"
            if usage == UrlUse::Media
                && url
                    .get(5..11)
                    .is_some_and(|t| t.eq_ignore_ascii_case("image/")) =>
        {
            Some(url.to_string())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_against_base_href() {
        let r = UrlResolver::new(Some("https://example.com/news/a.html"), Some("/static/"));
        assert_eq!(
            r.resolve("img/x.jpg", UrlUse::Media).unwrap(),
            "https://example.com/static/img/x.jpg"
        );
        assert_eq!(r.resolve("#fn1", UrlUse::Link).unwrap(), "#fn1");
    }

    #[test]
    fn refuses_script_urls_even_obfuscated() {
        let r = UrlResolver::new(Some("https://example.com/"), None);
        assert!(r.resolve("javascript:alert(1)", UrlUse::Link).is_none());
        assert!(r.resolve(" JaVa\tScRiPt:alert(1)", UrlUse::Link).is_none());
        assert!(r.resolve("vbscript:msgbox", UrlUse::Link).is_none());
        assert!(r.resolve("data:text/html,<script>", UrlUse::Link).is_none());
        assert!(r
            .resolve("data:image/png;base64,AAAA", UrlUse::Media)
            .is_some());
    }

    #[test]
    fn javascript_base_is_ignored() {
        let r = UrlResolver::new(
            Some("https://example.com/a/"),
            Some("javascript:alert(1)//"),
        );
        assert_eq!(
            r.resolve("b", UrlUse::Link).unwrap(),
            "https://example.com/a/b"
        );
    }

    #[test]
    fn rfc3986_examples() {
        let base = "http://a/b/c/d;p?q";
        for (r, want) in [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g/"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            ("g/../h", "http://a/b/c/h"),
            ("./g/.", "http://a/b/c/g/"),
        ] {
            assert_eq!(join(base, r), want, "{r}");
        }
    }

    #[test]
    fn host_lowercased_and_root_path_added() {
        let r = UrlResolver::new(Some("https://News.Example.COM"), None);
        assert_eq!(r.base.as_deref(), Some("https://news.example.com/"));
        assert_eq!(
            r.resolve("a b.jpg", UrlUse::Media).unwrap(),
            "https://news.example.com/a%20b.jpg"
        );
        assert_eq!(
            r.resolve("\\\\cdn.example\\x.png", UrlUse::Media).unwrap(),
            "https://cdn.example/x.png"
        );
    }

    #[test]
    fn srcset_entries_resolved() {
        let r = UrlResolver::new(Some("https://example.com/"), None);
        assert_eq!(
            r.resolve_srcset("a.jpg 1x, b.jpg 2x").unwrap(),
            "https://example.com/a.jpg 1x, https://example.com/b.jpg 2x"
        );
    }
}
