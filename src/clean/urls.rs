//! Resolving and vetting URLs found in the article.

use url::Url;

/// Resolves relative URLs against the page's base and refuses unsafe schemes.
pub struct UrlResolver {
    base: Option<Url>,
}

/// Where a URL will be used: images may be `data:image/…`, links may not.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum UrlUse {
    Link,
    Media,
}

impl UrlResolver {
    /// `page_url` is the document's URL, `base_href` a `<base href>` (itself
    /// resolved against the page URL).
    pub fn new(page_url: Option<&str>, base_href: Option<&str>) -> Self {
        let page = page_url.and_then(|u| Url::parse(u.trim()).ok());
        let base = match (base_href, &page) {
            (Some(href), Some(p)) => p.join(href.trim()).ok().filter(is_web_url).or(page.clone()),
            (Some(href), None) => Url::parse(href.trim()).ok().filter(is_web_url),
            (None, p) => p.clone(),
        };
        UrlResolver { base }
    }

    pub fn base(&self) -> Option<&str> {
        self.base.as_ref().map(Url::as_str)
    }

    /// The URL to write into the article, or `None` when it must not appear.
    pub fn resolve(&self, raw: &str, usage: UrlUse) -> Option<String> {
        let cleaned: String = raw.chars().filter(|c| !c.is_control()).collect();
        let trimmed = cleaned.trim();
        if trimmed.is_empty() {
            return None;
        }
        if trimmed.starts_with('#') {
            return Some(trimmed.to_string());
        }
        if let Some(scheme) = scheme_of(trimmed) {
            return allowed_absolute(trimmed, &scheme, usage);
        }
        match &self.base {
            Some(base) => base.join(trimmed).ok().map(String::from),
            None => Some(trimmed.to_string()),
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
                Some(if descriptor.is_empty() { url } else { format!("{url} {}", descriptor.join(" ")) })
            })
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

fn is_web_url(u: &Url) -> bool {
    matches!(u.scheme(), "http" | "https")
}

/// The lowercase scheme of an absolute URL, with whitespace inside it ignored
/// (`jav\tascript:` is still javascript).
fn scheme_of(url: &str) -> Option<String> {
    let colon = url.find(':')?;
    let head: String = url[..colon].chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    let valid = !head.is_empty()
        && head.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && head.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(head)
}

fn allowed_absolute(url: &str, scheme: &str, usage: UrlUse) -> Option<String> {
    match scheme {
        "http" | "https" => Url::parse(url).ok().map(String::from).or_else(|| Some(url.to_string())),
        "mailto" | "tel" | "ftp" | "sms" if usage == UrlUse::Link => Some(url.to_string()),
        "data" if usage == UrlUse::Media && url.get(5..11).is_some_and(|t| t.eq_ignore_ascii_case("image/")) => {
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
        assert_eq!(r.resolve("img/x.jpg", UrlUse::Media).unwrap(), "https://example.com/static/img/x.jpg");
        assert_eq!(r.resolve("#fn1", UrlUse::Link).unwrap(), "#fn1");
    }

    #[test]
    fn refuses_script_urls_even_obfuscated() {
        let r = UrlResolver::new(Some("https://example.com/"), None);
        assert!(r.resolve("javascript:alert(1)", UrlUse::Link).is_none());
        assert!(r.resolve(" JaVa\tScRiPt:alert(1)", UrlUse::Link).is_none());
        assert!(r.resolve("vbscript:msgbox", UrlUse::Link).is_none());
        assert!(r.resolve("data:text/html,<script>", UrlUse::Link).is_none());
        assert!(r.resolve("data:image/png;base64,AAAA", UrlUse::Media).is_some());
    }

    #[test]
    fn javascript_base_is_ignored() {
        let r = UrlResolver::new(Some("https://example.com/a/"), Some("javascript:alert(1)//"));
        assert_eq!(r.resolve("b", UrlUse::Link).unwrap(), "https://example.com/a/b");
    }

    #[test]
    fn srcset_entries_resolved() {
        let r = UrlResolver::new(Some("https://example.com/"), None);
        assert_eq!(r.resolve_srcset("a.jpg 1x, b.jpg 2x").unwrap(), "https://example.com/a.jpg 1x, https://example.com/b.jpg 2x");
    }
}
