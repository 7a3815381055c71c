//! Code is sacred: `pre`, `code`, `samp`, `kbd` and the containers that
//! syntax highlighters wrap them in. Highlighters class every token
//! (`token comment`, `hljs-comment`, `pl-c`, `line`) in words the clutter
//! rules read as page chrome, and drop or merge whitespace-only spans, so no
//! rule, pruning or conditional cleaning looks inside them: a code block is
//! kept or dropped whole, as the block around it goes.

use crate::view::View;

/// Tags that are code themselves.
const CODE_TAGS: &[&str] = &["pre", "code", "samp", "kbd"];

/// Class names of the containers highlighters put around a `pre`/`code`
/// (compared lowercased): Pygments/Sphinx/Jekyll `highlight`, Rouge
/// `highlighter-rouge`, Python-Markdown `codehilite`, Pandoc `sourceCode`,
/// Gatsby `gatsby-highlight`, Docusaurus `theme-code-block` and `prism-code`,
/// Prism's `code-toolbar`, highlight.js `hljs`, Shiki `shiki`, Astro
/// `astro-code`, Expressive Code, Hugo's Chroma, WordPress' code blocks,
/// SyntaxHighlighter. A container counts only when it holds a `pre`/`code`
/// (or a code line, below): `highlight` alone is also a box of key points.
const CONTAINER_CLASSES: &[&str] = &[
    "highlight",
    "highlighter-rouge",
    "codehilite",
    "sourcecode",
    "gatsby-highlight",
    "theme-code-block",
    "prism-code",
    "code-toolbar",
    "hljs",
    "shiki",
    "astro-code",
    "expressive-code",
    "chroma",
    "wp-block-code",
    "syntaxhighlighter",
];

/// Class-name prefixes of such containers: `language-jsx`/`lang-rb` on a
/// Docusaurus or Rouge wrapper, GitHub's `highlight-source-python`, Sphinx's
/// `highlight-python3`, CSS-module names (`codeBlockContainer_Ckt0`) and
/// BEM ones (`code-block__body`).
const CONTAINER_PREFIXES: &[&str] = &[
    "language-",
    "lang-",
    "highlight-",
    "codeblock",
    "code-block",
    "wp-block-syntaxhighlighter",
];

/// Class-name prefixes of elements that are one line of code without a
/// `pre` (GitHub's file view: `td.blob-code-inner`).
const LINE_PREFIXES: &[&str] = &["blob-code"];

/// Attributes that mark a highlighted-code container (rehype-pretty-code's
/// `figure`, Gatsby's `data-language` wrapper), counted like a class above.
const CONTAINER_ATTRIBUTES: &[&str] = &[
    "data-rehype-pretty-code-figure",
    "data-rehype-pretty-code-fragment",
    "data-language",
    "data-lang",
];

/// The one matcher over the tables: which of them a class value names.
fn class_says(view: &View, i: u32, exact: &[&str], prefixes: &[&str]) -> bool {
    let Some(class) = view.attr(i, "class") else {
        return false;
    };
    class.split_whitespace().any(|word| {
        let word = word.to_ascii_lowercase();
        exact.contains(&word.as_str()) || prefixes.iter().any(|p| word.starts_with(p))
    })
}

fn is_code_line(view: &View, i: u32) -> bool {
    class_says(view, i, &[], LINE_PREFIXES)
}

/// Tags of prose and page structure: a wrapper holding one of them (outside
/// its code) is more than a code block, whatever its class says (`lang-de`
/// or `data-lang` around a whole article, a `highlight` box of key points).
const NOT_IN_CONTAINERS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "blockquote",
    "article",
    "section",
    "main",
    "nav",
    "aside",
    "header",
    "footer",
];

/// Whether element `i` wraps highlighted code: a container class or
/// attribute, a `pre`, `code` or code line inside, and no prose beside it.
fn is_container(view: &View, i: u32) -> bool {
    let marked = class_says(view, i, CONTAINER_CLASSES, CONTAINER_PREFIXES)
        || CONTAINER_ATTRIBUTES
            .iter()
            .any(|a| view.attr(i, a).is_some());
    if !marked {
        return false;
    }
    let (mut d, end, mut code) = (i + 1, view.end(i), false);
    while d < end {
        if !view.is_element(d) {
            d += 1;
        } else if matches!(view.tag(d), "pre" | "code") || is_code_line(view, d) {
            code = true;
            d = view.end(d);
        } else if NOT_IN_CONTAINERS.contains(&view.tag(d)) {
            return false;
        } else {
            d += 1;
        }
    }
    code
}

/// Whether element `i` is code or a highlighted-code container: nothing in
/// its subtree is judged on its own.
pub fn is_code_root(view: &View, i: u32) -> bool {
    view.is_element(i)
        && (CODE_TAGS.contains(&view.tag(i)) || is_code_line(view, i) || is_container(view, i))
}

/// Whether element `i` is a block of code (not code inline in a sentence):
/// a `pre`, a code line or a highlighted-code container.
pub fn is_code_block(view: &View, i: u32) -> bool {
    view.is_element(i) && (view.tag(i) == "pre" || is_code_line(view, i) || is_container(view, i))
}

/// Whether node `i` is code or inside code (for checks of a few nodes; a
/// walk over the page uses [`CodeSpans`]).
pub fn in_code(view: &View, i: u32) -> bool {
    std::iter::once(i)
        .chain(view.ancestors(i))
        .any(|a| is_code_root(view, a))
}

/// The code of a page: the outermost code roots, as index ranges of the
/// view, in document order.
pub struct CodeSpans {
    spans: Vec<(u32, u32)>,
}

impl CodeSpans {
    pub fn of(view: &View) -> CodeSpans {
        let mut spans = Vec::new();
        let mut i = 0;
        while (i as usize) < view.len() {
            if is_code_root(view, i) {
                spans.push((i, view.end(i)));
                i = view.end(i);
            } else {
                i += 1;
            }
        }
        CodeSpans { spans }
    }

    /// Whether node `i` is code or inside code.
    pub fn covers(&self, i: u32) -> bool {
        let k = self.spans.partition_point(|&(start, _)| start <= i);
        k > 0 && i < self.spans[k - 1].1
    }

    /// Whether the subtree `i..end` holds a code block (a `pre` or a
    /// highlighted container; inline code in a sentence does not count).
    pub fn holds_block(&self, view: &View, i: u32, end: u32) -> bool {
        let k = self.spans.partition_point(|&(start, _)| start < i);
        self.spans[k..]
            .iter()
            .take_while(|&&(start, _)| start < end)
            .any(|&(start, _)| is_code_block(view, start))
    }
}

/// The language of a code block: `language-x`, `lang-x`,
/// `highlight-source-x`, `highlight-x`, `brush: x`, `data-lang` or
/// `data-language` on the element, its `pre`/`code` partner, or the
/// highlighted-code containers around it.
pub fn code_language(view: &View, i: u32) -> Option<String> {
    let mut places = vec![i];
    places.extend(view.children(i).filter(|&c| view.tag(c) == "code"));
    places.extend(
        view.ancestors(i)
            .take(CONTAINER_DEPTH)
            .take_while(|&a| view.tag(a) == "pre" || is_container(view, a)),
    );
    places.iter().find_map(|&p| language_of(view, p))
}

/// How far above a `pre`/`code` its containers are looked for: Sphinx puts
/// `div.highlight-python > div.highlight > pre`, Docusaurus three wrappers.
const CONTAINER_DEPTH: usize = 4;

/// Class prefixes that carry the language, longest first (`highlight-source-`
/// before `highlight-`); the last one only on a `div` (see `language_of`).
const LANGUAGE_PREFIXES: &[&str] = &[
    "language-",
    "lang-",
    "highlight-source-",
    "brush:",
    "highlight-",
];

/// Values of those prefixes that name no language (Sphinx's
/// `highlight-default`, `highlight-none`).
const NOT_LANGUAGES: &[&str] = &["default", "none"];

fn language_of(view: &View, i: u32) -> Option<String> {
    if let Some(lang) = view
        .attr(i, "data-lang")
        .or_else(|| view.attr(i, "data-language"))
    {
        return valid_language(lang);
    }
    let class = view.attr(i, "class")?;
    // Sphinx's `highlight-python3` is a `div`'s; on code itself (`code.highlight-wrap`)
    // the word after `highlight-` is a style.
    let prefixes = if view.tag(i) == "div" {
        LANGUAGE_PREFIXES
    } else {
        &LANGUAGE_PREFIXES[..4]
    };
    class.split_whitespace().find_map(|c| {
        prefixes
            .iter()
            .find_map(|p| c.strip_prefix(p))
            .and_then(valid_language)
    })
}

fn valid_language(lang: &str) -> Option<String> {
    let lang = lang.trim().to_ascii_lowercase();
    (!lang.is_empty()
        && lang.len() <= 20
        && !NOT_LANGUAGES.contains(&lang.as_str())
        && lang
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '#' | '_' | '.')))
    .then_some(lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn first(view: &View, tag: &str) -> u32 {
        (0..view.len() as u32)
            .find(|&i| view.is_element(i) && view.tag(i) == tag)
            .unwrap()
    }

    #[test]
    fn containers_count_only_around_code() {
        let html = Html::parse_document(
            "<body><div class=highlight>Key points</div>\
             <div class='language-ruby highlighter-rouge'><div class=highlight><pre class=highlight><code>x</code></pre></div></div>\
             <nav class=language-switcher><a>English</a></nav></body>",
        );
        let view = View::build(&html);
        let spans = CodeSpans::of(&view);
        let boxed = first(&view, "div");
        assert!(!is_code_root(&view, boxed));
        let rouge = view.end(boxed);
        assert!(is_code_block(&view, rouge) && spans.covers(first(&view, "code")));
        assert!(!spans.covers(first(&view, "nav")));
        assert_eq!(
            code_language(&view, first(&view, "code")),
            Some("ruby".into())
        );
    }
}
