//! Lazy-loaded images made real: `data-src`/`data-srcset` and friends,
//! `<noscript>` fallbacks, placeholder GIFs and SVGs dropped.

use crate::urls::{UrlResolver, UrlUse};
use crate::view::View;

/// Attributes lazy loaders keep the real source in, most specific first.
const LAZY_SRC: &[&str] = &[
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazy",
    "data-url",
    "data-hi-res-src",
    "data-full-src",
    "data-img-src",
    "data-echo",
    "data-image",
    "data-large-src",
    "data-orig-src",
    "data-actualsrc",
];
const LAZY_SRCSET: &[&str] = &[
    "data-srcset",
    "data-lazy-srcset",
    "data-original-set",
    "data-src-set",
];

/// The attributes of an image as it should appear, or `None` when it has no real source.
pub fn image_attributes(view: &View, i: u32, urls: &UrlResolver) -> Option<Vec<(String, String)>> {
    let el = view.element(i)?;
    let src = real_source(&|name| el.attr(name), &el.attrs().collect::<Vec<_>>())?;
    build_attrs(&src, &|name| el.attr(name), urls)
}

/// Whether an `<img>` will survive cleaning (it has a real, non-placeholder source).
pub fn has_real_source(view: &View, i: u32) -> bool {
    view.element(i).is_some_and(|el| {
        real_source(&|name| el.attr(name), &el.attrs().collect::<Vec<_>>()).is_some()
    })
}

/// The image inside a `<noscript>` fallback, if it holds one.
pub fn noscript_image(view: &View, i: u32, urls: &UrlResolver) -> Option<Vec<(String, String)>> {
    let raw: String = view.children(i).filter_map(|c| view.text_node(c)).collect();
    if !raw.contains("<img") {
        return None;
    }
    // Parsed the way the page was (one instantiation of html5ever's generic
    // parser in the wasm module, not two).
    let fragment = crate::parse::parse_document(&raw);
    let img = fragment
        .tree
        .root()
        .descendants()
        .find_map(|n| n.value().as_element().filter(|e| e.name() == "img"))?;
    let src = real_source(&|name| img.attr(name), &img.attrs().collect::<Vec<_>>())?;
    build_attrs(&src, &|name| img.attr(name), urls)
}

type AttrLookup<'l> = dyn Fn(&str) -> Option<&'l str> + 'l;

/// Picks the real source: a lazy attribute beats a placeholder `src`.
fn real_source<'l>(attr: &AttrLookup<'l>, all: &[(&'l str, &'l str)]) -> Option<String> {
    let src = attr("src").map(str::trim).filter(|s| !s.is_empty());
    let lazy = LAZY_SRC
        .iter()
        .find_map(|n| attr(n))
        .map(str::trim)
        .filter(|s| !s.is_empty() && !is_placeholder(s));
    match (src, lazy) {
        (_, Some(l)) => Some(l.to_string()),
        (Some(s), None) if !is_placeholder(s) => Some(s.to_string()),
        _ => all
            .iter()
            .find(|(name, value)| name.starts_with("data-") && looks_like_image_url(value))
            .map(|(_, v)| v.trim().to_string())
            .or_else(|| {
                lazy_srcset(attr)
                    .or_else(|| attr("srcset").map(str::to_string))
                    .and_then(|s| first_srcset_url(&s))
            }),
    }
}

fn lazy_srcset<'l>(attr: &AttrLookup<'l>) -> Option<String> {
    LAZY_SRCSET.iter().find_map(|n| attr(n)).map(str::to_string)
}

fn build_attrs<'l>(
    src: &str,
    attr: &AttrLookup<'l>,
    urls: &UrlResolver,
) -> Option<Vec<(String, String)>> {
    let mut out = vec![("src".to_string(), urls.resolve(src, UrlUse::Media)?)];
    let srcset = lazy_srcset(attr).or_else(|| attr("srcset").map(str::to_string));
    if let Some(set) = srcset.and_then(|s| urls.resolve_srcset(&s)) {
        out.push(("srcset".to_string(), set));
    }
    for name in ["alt", "title", "width", "height", "sizes"] {
        if let Some(v) = attr(name) {
            out.push((name.to_string(), v.to_string()));
        }
    }
    Some(out)
}

fn first_srcset_url(set: &str) -> Option<String> {
    set.split(',')
        .next()?
        .split_whitespace()
        .next()
        .map(str::to_string)
}

fn looks_like_image_url(value: &str) -> bool {
    let lower = value.trim().to_ascii_lowercase();
    !lower.contains(' ')
        && (lower.starts_with("http") || lower.starts_with('/'))
        && [".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif"]
            .iter()
            .any(|ext| lower.contains(ext))
}

/// Sources that only stand in for the real image.
pub fn is_placeholder(src: &str) -> bool {
    let lower = src.trim().to_ascii_lowercase();
    if lower.starts_with("data:") {
        return lower.len() < 200 || lower.starts_with("data:image/svg");
    }
    let file = lower.rsplit('/').next().unwrap_or(&lower);
    [
        "placeholder",
        "blank.",
        "spacer.",
        "transparent.",
        "lazy",
        "loading.",
        "1x1",
        "pixel.",
        "grey.",
        "gray.",
        "empty.",
    ]
    .iter()
    .any(|p| file.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn first_img(src: &str, url: &str) -> Option<Vec<(String, String)>> {
        let html = Html::parse_document(src);
        let view = View::build(&html);
        let urls = UrlResolver::new(Some(url), None);
        let img = (0..view.len() as u32).find(|&i| view.tag(i) == "img")?;
        image_attributes(&view, img, &urls)
    }

    #[test]
    fn data_src_beats_placeholder_gif() {
        let attrs = first_img(
            "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='/img/a.jpg' alt='A'>",
            "https://news.example/x/",
        )
        .unwrap();
        assert_eq!(
            attrs[0],
            ("src".into(), "https://news.example/img/a.jpg".into())
        );
        assert!(attrs.contains(&("alt".into(), "A".into())));
    }

    #[test]
    fn placeholder_without_real_source_is_dropped() {
        assert!(first_img("<img src='/static/blank.gif'>", "https://a.example/").is_none());
    }

    #[test]
    fn srcset_only_image_gets_a_src() {
        let attrs = first_img(
            "<img data-srcset='/a-400.jpg 400w, /a-800.jpg 800w'>",
            "https://a.example/",
        )
        .unwrap();
        assert_eq!(attrs[0].1, "https://a.example/a-400.jpg");
    }
}
