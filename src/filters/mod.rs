//! User element-hiding rules in the EasyList / Adblock Plus syntax.
//!
//! Supported lines:
//! - `##selector` hides matching elements on every site;
//! - `example.com##selector`, `a.example,b.example##selector` on those sites and
//!   their subdomains; `~example.com##selector` everywhere except there (both can
//!   be mixed: `example.com,~shop.example.com##selector`);
//! - `#@#selector`, `example.com#@#selector`: exceptions that cancel the hiding
//!   rules with exactly the same selector (for those sites, or everywhere);
//! - comments (`!`), headers (`[Adblock Plus 2.0]`) and blank lines are ignored.
//!
//! Network rules (`||ads.example^`) and the extended syntaxes (`#?#`, `#$#`,
//! `#%#`, `##+js(...)`, `##^...`, procedural operators such as `:has-text()`)
//! are skipped and counted as unsupported. A line that looks like an
//! element-hiding rule but can't be used (a selector scraper can't parse, an
//! empty selector, a bad domain list) is reported as a [`FilterError`] with its
//! line number and skipped; nothing is ever fatal.
//!
//! Selectors are compiled once. Each rule is indexed by the rightmost compound
//! of its selector (id, else a class, else an attribute name, else the tag), so
//! an element is only tested against the rules that could match it plus a small
//! bucket of rules without any of those.

mod index;
mod selector;
mod syntax;

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use scraper::Selector;

use crate::view::View;
use index::Index;
use selector::{attr_checks, index_keys, AttrCheck, Key};
use syntax::{classify, compile, parse_domains, Domains, Line};

/// A line of a filter list that could not be used; it was skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    /// 1-based line number.
    pub line: usize,
    /// The line as written (trimmed).
    pub text: String,
    pub message: String,
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for FilterError {}

/// One element-hiding rule.
#[derive(Clone)]
pub struct FilterRule {
    /// The line as written (trimmed), e.g. `example.com##.partner-box`.
    pub text: String,
    /// The CSS selector part, e.g. `.partner-box`.
    pub selector: String,
    /// 1-based line number in its source.
    pub line: usize,
    /// Name of the list the rule came from (see [`FilterList::parse_sources`]).
    pub source: Option<Arc<str>>,
    domains: Domains,
    compiled: Selector,
    /// Exceptions (indices into `Inner::exceptions`) with the same selector.
    exceptions: Vec<u32>,
}

impl FilterRule {
    /// A human-readable reason, e.g. ``filter rule `##.partner-box` (line 3)``.
    pub fn reason(&self) -> String {
        match &self.source {
            Some(source) => format!("filter rule `{}` ({source}, line {})", self.text, self.line),
            None => format!("filter rule `{}` (line {})", self.text, self.line),
        }
    }
}

impl fmt::Debug for FilterRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FilterRule")
            .field("text", &self.text)
            .field("line", &self.line)
            .field("source", &self.source)
            .finish()
    }
}

/// An `#@#` exception.
#[derive(Clone, Debug)]
struct Exception {
    domains: Domains,
}

/// A parsed filter list. Cheap to clone (the rules are shared).
#[derive(Clone, Default)]
pub struct FilterList {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    rules: Vec<FilterRule>,
    exceptions: Vec<Exception>,
    unsupported: usize,
    index: Index,
}

impl fmt::Debug for FilterList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FilterList")
            .field("rules", &self.inner.rules.len())
            .field("exceptions", &self.inner.exceptions.len())
            .field("unsupported", &self.inner.unsupported)
            .finish()
    }
}

impl FilterList {
    /// Parses a filter list. Lines that can't be used are returned as errors
    /// (with 1-based line numbers) and skipped.
    pub fn parse(text: &str) -> (FilterList, Vec<FilterError>) {
        let mut builder = Builder::default();
        let mut errors = Vec::new();
        builder.add(text, None, &mut errors);
        (builder.finish(), errors)
    }

    /// Parses several lists as one (exceptions in one cancel rules in another).
    /// `sources` are `(name, text)` pairs; each error comes with the index of its
    /// source, and the rules carry the name in their [`FilterRule::reason`].
    pub fn parse_sources(sources: &[(&str, &str)]) -> (FilterList, Vec<(usize, FilterError)>) {
        let mut builder = Builder::default();
        let mut all = Vec::new();
        for (n, (name, text)) in sources.iter().enumerate() {
            let mut errors = Vec::new();
            builder.add(text, Some(Arc::from(*name)), &mut errors);
            all.extend(errors.into_iter().map(|e| (n, e)));
        }
        (builder.finish(), all)
    }

    /// Number of usable rules (hiding rules and exceptions).
    pub fn len(&self) -> usize {
        self.inner.rules.len() + self.inner.exceptions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Lines skipped because their syntax is not supported (network rules,
    /// extended CSS, scriptlets).
    pub fn unsupported(&self) -> usize {
        self.inner.unsupported
    }

    /// The hiding rules, in list order.
    pub fn rules(&self) -> &[FilterRule] {
        &self.inner.rules
    }

    /// The rules active on `host` (e.g. `www.example.com`; `None` when unknown:
    /// then only rules without a domain to include apply).
    pub fn matcher(&self, host: Option<&str>) -> HostFilters {
        let host = host
            .map(|h| crate::case::lowercase(h.trim_end_matches('.')))
            .filter(|h| !h.is_empty());
        let host = host.as_deref();
        let inner = &self.inner;
        let active: Vec<bool> = inner
            .rules
            .iter()
            .map(|r| {
                r.domains.applies(host)
                    && !r
                        .exceptions
                        .iter()
                        .any(|&e| inner.exceptions[e as usize].domains.applies(host))
            })
            .collect();
        let active_count = active.iter().filter(|&&a| a).count();
        HostFilters {
            list: Arc::clone(&self.inner),
            active,
            active_count,
        }
    }

    /// [`FilterList::matcher`] for the host of a URL (none when it doesn't parse).
    pub fn matcher_for_url(&self, url: Option<&str>) -> HostFilters {
        let host = url.and_then(crate::urls::host_of);
        self.matcher(host.as_deref())
    }
}

#[derive(Default)]
struct Builder {
    inner: Inner,
    /// Exception indices by selector.
    exceptions_by_selector: HashMap<String, Vec<u32>>,
    /// Index keys of each rule.
    keys: Vec<Option<Vec<Key>>>,
    /// Attribute checks of each rule.
    checks: Vec<Box<[AttrCheck]>>,
}

impl Builder {
    fn add(&mut self, text: &str, source: Option<Arc<str>>, errors: &mut Vec<FilterError>) {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            let error = |message: String| FilterError {
                line: n + 1,
                text: line.to_string(),
                message,
            };
            match classify(line) {
                Line::Ignored => {}
                Line::Unsupported => self.inner.unsupported += 1,
                Line::Hide { domains, selector } => {
                    let parsed =
                        parse_domains(domains).and_then(|d| compile(selector).map(|c| (d, c)));
                    match parsed {
                        Ok((domains, compiled)) => {
                            self.keys.push(index_keys(selector));
                            self.checks.push(attr_checks(selector));
                            self.inner.rules.push(FilterRule {
                                text: line.to_string(),
                                selector: selector.to_string(),
                                line: n + 1,
                                source: source.clone(),
                                domains,
                                compiled,
                                exceptions: Vec::new(),
                            });
                        }
                        Err(message) => errors.push(error(message)),
                    }
                }
                Line::Exception { domains, selector } => {
                    // The selector must be valid too, else the line is a typo.
                    match parse_domains(domains).and_then(|d| compile(selector).map(|_| d)) {
                        Ok(domains) => {
                            let index = self.inner.exceptions.len() as u32;
                            self.inner.exceptions.push(Exception { domains });
                            self.exceptions_by_selector
                                .entry(selector.to_string())
                                .or_default()
                                .push(index);
                        }
                        Err(message) => errors.push(error(message)),
                    }
                }
            }
        }
    }

    fn finish(mut self) -> FilterList {
        self.inner.index = Index::build(
            std::mem::take(&mut self.keys),
            std::mem::take(&mut self.checks),
        );
        if !self.exceptions_by_selector.is_empty() {
            for rule in &mut self.inner.rules {
                if let Some(list) = self.exceptions_by_selector.get(&rule.selector) {
                    rule.exceptions = list.clone();
                }
            }
        }
        FilterList {
            inner: Arc::new(self.inner),
        }
    }
}

/// The rules of a [`FilterList`] that are active on one host.
#[derive(Clone)]
pub struct HostFilters {
    list: Arc<Inner>,
    active: Vec<bool>,
    active_count: usize,
}

impl fmt::Debug for HostFilters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HostFilters")
            .field("active", &self.active_count)
            .field("rules", &self.list.rules.len())
            .finish()
    }
}

impl HostFilters {
    /// Number of active hiding rules.
    pub fn len(&self) -> usize {
        self.active_count
    }

    pub fn is_empty(&self) -> bool {
        self.active_count == 0
    }

    /// The text of the first (in list order) active rule matching element `i`.
    /// `html`, `head` and `body` never match.
    pub fn matches(&self, view: &View, i: u32) -> Option<&str> {
        self.matching_rule(view, i).map(|r| r.text.as_str())
    }

    /// The first (in list order) active rule matching element `i`.
    pub fn matching_rule(&self, view: &View, i: u32) -> Option<&FilterRule> {
        if self.active_count == 0 {
            return None;
        }
        let el = view.element(i)?;
        if matches!(el.name(), "html" | "head" | "body") {
            return None;
        }
        let rules = &self.list.rules;
        let index = &self.list.index;
        let mut best = u32::MAX;
        let mut element = None;
        // Candidate lists are ascending: a list is read up to the first rule
        // that matches, or the best found so far.
        index.candidate_lists(el, |candidates: &[u32]| {
            for &r in candidates {
                if r >= best {
                    break;
                }
                if !self.active[r as usize] || !index.checks_hold(r, el) {
                    continue;
                }
                let Some(e) = *element.get_or_insert_with(|| view.element_ref(i)) else {
                    return;
                };
                if rules[r as usize].compiled.matches(&e) {
                    best = r;
                    break;
                }
            }
        });
        rules.get(best as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn list(text: &str) -> FilterList {
        let (list, errors) = FilterList::parse(text);
        assert!(errors.is_empty(), "unexpected errors: {errors:?}");
        list
    }

    /// Tags of the elements (with their class) each matched by some rule, in document order.
    fn hits(filters: &HostFilters, src: &str) -> Vec<String> {
        let html = Html::parse_document(src);
        let view = View::build(&html);
        (0..view.len() as u32)
            .filter_map(|i| {
                filters
                    .matches(&view, i)
                    .map(|_| match view.attr(i, "class") {
                        Some(c) => format!("{}.{c}", view.tag(i)),
                        None => view.tag(i).to_string(),
                    })
            })
            .collect()
    }

    const PAGE: &str = r#"<!doctype html><html><head><title>News</title></head><body>
        <header id="top"><nav class="main-nav"><a href="/">Home</a></nav></header>
        <main><article class="story">
          <h1>City council approves the new tram line</h1>
          <p>The council voted 31 to 12 on Tuesday evening.</p>
          <div class="partner-box" data-partner="acme"><a href="https://acme.example/deal">Deals from our friends</a></div>
          <p>Construction starts next spring.</p>
          <aside class="pullquote"><p>"It is about time," said the mayor.</p></aside>
          <div id="outstream-42" class="video-slot"><iframe src="https://cdn.example/player"></iframe></div>
        </article></main>
        <section class="reader-picks"><h2>Reader picks</h2><ul><li><a href="/a">One</a></li></ul></section>
        <form><input type="TEXT" name="q" data-mixed="xABCDx"><input type="text" data-mixed="AbC"></form>
        <svg viewBox="0 0 10 10"><clipPath id="clip"><rect width="5"/></clipPath><foreignObject><p>x</p></foreignObject></svg>
        </body></html>"#;

    #[test]
    fn parses_rules_comments_headers_and_counts_unsupported() {
        let (list, errors) = FilterList::parse(
            "[Adblock Plus 2.0]\n! Title: test\n\n##.partner-box\nexample.com###outstream-42\n\
             ||ads.example^\n/banner/*$image\nexample.com#?#div:-abp-has(.ad)\nexample.com#$#abort-on-property-read x\n\
             ##+js(set-constant, a, 1)\nexample.com#%#window.x=1\n##.a:has-text(Sponsored)\n#@#.partner-box\n# hosts comment\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(list.rules().len(), 2);
        assert_eq!(list.len(), 3);
        assert_eq!(list.unsupported(), 7);
        assert_eq!(list.rules()[0].line, 4);
        assert_eq!(list.rules()[1].selector, "#outstream-42");
        assert_eq!(
            format!("{list:?}"),
            "FilterList { rules: 2, exceptions: 1, unsupported: 7 }"
        );
    }

    #[test]
    fn malformed_lines_are_reported_with_line_numbers_and_skipped() {
        let text = "##.ok\n##div[\nexample.com##\n\nexa mple.com##.x\n##p::before\n,example.com##.y\n##.fine\n#@#a[\n";
        let (list, errors) = FilterList::parse(text);
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 3, 5, 6, 7, 9], "{errors:#?}");
        assert_eq!(list.rules().len(), 2);
        assert_eq!(errors[0].text, "##div[");
        assert!(
            errors[0].message.starts_with("invalid CSS selector `div[`"),
            "{}",
            errors[0].message
        );
        assert_eq!(errors[1].message, "empty selector");
        assert!(
            errors[2].message.contains("bad domain `exa mple.com`"),
            "{}",
            errors[2].message
        );
        assert!(
            errors[3].message.contains("pseudo"),
            "{}",
            errors[3].message
        );
        assert!(
            errors[4].message.contains("empty domain"),
            "{}",
            errors[4].message
        );
        assert!(errors.iter().all(|e| !e.message.contains('\n')));
    }

    #[test]
    fn odd_lines_never_panic() {
        let odd = [
            "##:has(:has(a))",
            "##a:nth-child(n of .x)",
            "##:is()",
            "##::slotted(x)",
            "##:host",
            "##&",
            "##a && b",
            "##[",
            "##]",
            "##(",
            "##)",
            "##\\",
            "##.a\\",
            "##[a=\"",
            "##[a='x",
            "##a[b=c i",
            "##:not(",
            "##.é.ü",
            "##\u{0}",
            "##a,",
            "##,a",
            "##a,,b",
            "##>a",
            "##a>",
            "##a ~",
            "##*|*",
            "##|a",
            "##[|a]",
            "##[*|a]",
            "##.a\\:b:hover",
            "~##.a",
            "~,~##.a",
            "..##.a",
            "é.example##.a",
            "xn--mnchen-3ya.de##.a",
            "münchen.de##.a",
            "1.2.3.4##.a",
            "##[href*=\"\u{1F600}\"]",
            "###",
            "####",
            "#@#",
            "#@##",
            "a##b##c",
            "##a##b",
            &format!("##{}", "(".repeat(500)),
            &format!("##{}", ":not(".repeat(200)),
            &format!("##{}", "[a=b]".repeat(300)),
        ];
        for line in odd {
            let (list, errors) = FilterList::parse(line);
            assert!(
                list.len() + errors.len() + list.unsupported() <= 1,
                "{line}"
            );
            let f = list.matcher(Some("münchen.de"));
            let html = Html::parse_document(PAGE);
            let view = View::build(&html);
            for i in 0..view.len() as u32 {
                let _ = f.matches(&view, i);
            }
        }
        let (list, _) = FilterList::parse("münchen.de##.partner-box\n");
        assert_eq!(
            hits(&list.matcher(Some("www.MÜNCHEN.de")), PAGE),
            ["div.partner-box"]
        );
        // Hosts are compared as written (no IDNA tables in the wasm build): a
        // Unicode rule doesn't match the punycode form of the host.
        assert!(hits(&list.matcher(Some("www.xn--mnchen-3ya.de")), PAGE).is_empty());
    }

    #[test]
    fn crlf_and_bom_are_handled() {
        let (list, errors) = FilterList::parse("\u{feff}##.a\r\n! c\r\nexample.com##.b\r\n");
        assert!(errors.is_empty());
        assert_eq!(list.rules()[1].text, "example.com##.b");
        assert_eq!(list.rules()[1].line, 3);
    }

    #[test]
    fn generic_rules_match_on_real_looking_html() {
        let list = list("##.partner-box\n###outstream-42\n##section.reader-picks\n##aside[class=\"pullquote\"]\n");
        let f = list.matcher(Some("news.example"));
        assert_eq!(f.len(), 4);
        assert_eq!(
            hits(&f, PAGE),
            [
                "div.partner-box",
                "aside.pullquote",
                "div.video-slot",
                "section.reader-picks"
            ]
        );
    }

    #[test]
    fn complex_selectors_and_structure() {
        let list = list("##article > div[data-partner]\n##main p:first-of-type\n##ul > li:has(> a[href^=\"/a\"])\n");
        let f = list.matcher(None);
        assert_eq!(hits(&f, PAGE), ["p", "div.partner-box", "p", "li"]);
    }

    #[test]
    fn html_and_body_never_match() {
        let list = list("##html\n##body\n##*\n");
        let f = list.matcher(None);
        let got = hits(&f, PAGE);
        assert!(!got
            .iter()
            .any(|t| t == "html" || t == "body" || t == "head"));
        assert!(got.iter().any(|t| t == "p"));
    }

    #[test]
    fn domain_rules_match_the_domain_and_its_subdomains() {
        let list = list("news.example##.partner-box\nother.example,third.example##.video-slot\n");
        assert_eq!(
            hits(&list.matcher(Some("news.example")), PAGE),
            ["div.partner-box"]
        );
        assert_eq!(
            hits(&list.matcher(Some("www.news.example")), PAGE),
            ["div.partner-box"]
        );
        assert_eq!(
            hits(&list.matcher(Some("WWW.News.Example.")), PAGE),
            ["div.partner-box"]
        );
        assert!(hits(&list.matcher(Some("badnews.example")), PAGE).is_empty());
        assert!(hits(&list.matcher(Some("news.example.org")), PAGE).is_empty());
        assert_eq!(
            hits(&list.matcher(Some("m.third.example")), PAGE),
            ["div.video-slot"]
        );
        assert!(hits(&list.matcher(None), PAGE).is_empty());
    }

    #[test]
    fn negated_domains() {
        let list =
            list("~news.example##.partner-box\nexample.com,~shop.example.com##.video-slot\n");
        assert!(hits(&list.matcher(Some("www.news.example")), PAGE).is_empty());
        assert_eq!(
            hits(&list.matcher(Some("blog.example")), PAGE),
            ["div.partner-box"]
        );
        assert_eq!(hits(&list.matcher(None), PAGE), ["div.partner-box"]);
        let on_shop = hits(&list.matcher(Some("a.shop.example.com")), PAGE);
        assert_eq!(on_shop, ["div.partner-box"]);
        assert_eq!(
            hits(&list.matcher(Some("www.example.com")), PAGE),
            ["div.partner-box", "div.video-slot"]
        );
    }

    #[test]
    fn exceptions_cancel_rules_with_the_same_selector() {
        let list = list("##.partner-box\n##.video-slot\nother.example#@#.partner-box\n#@#.video-slot\n#@#.unrelated\n");
        assert_eq!(
            hits(&list.matcher(Some("news.example")), PAGE),
            ["div.partner-box"]
        );
        assert!(hits(&list.matcher(Some("www.other.example")), PAGE).is_empty());
        // An exception before the rule counts too, and only for the exact selector.
        let list2 =
            list_of("news.example#@#.partner-box\nnews.example##.partner-box\n##div.partner-box\n");
        assert_eq!(
            hits(&list2.matcher(Some("news.example")), PAGE),
            ["div.partner-box"]
        );
        let f = list2.matcher(Some("news.example"));
        let html = Html::parse_document(PAGE);
        let view = View::build(&html);
        let i = (0..view.len() as u32)
            .find(|&i| view.attr(i, "class") == Some("partner-box"))
            .unwrap();
        assert_eq!(f.matches(&view, i), Some("##div.partner-box"));
        assert_eq!(
            f.matching_rule(&view, i).unwrap().reason(),
            "filter rule `##div.partner-box` (line 3)"
        );
    }

    fn list_of(text: &str) -> FilterList {
        list(text)
    }

    #[test]
    fn first_rule_in_list_order_wins() {
        let list = list("##div[data-partner]\n##.partner-box\n##div\n");
        let f = list.matcher(None);
        let html = Html::parse_document(PAGE);
        let view = View::build(&html);
        let i = (0..view.len() as u32)
            .find(|&i| view.attr(i, "class") == Some("partner-box"))
            .unwrap();
        assert_eq!(f.matching_rule(&view, i).unwrap().line, 1);
    }

    #[test]
    fn sources_are_named_in_reasons() {
        let (list, errors) = FilterList::parse_sources(&[
            ("a.txt", "##.x\n"),
            ("b.txt", "! c\n##.partner-box\n##[\n"),
        ]);
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].0, errors[0].1.line), (1, 3));
        assert_eq!(
            list.rules()[1].reason(),
            "filter rule `##.partner-box` (b.txt, line 2)"
        );
    }

    #[test]
    fn clones_share_rules() {
        let list = list("##.a\n");
        let copy = list.clone();
        assert!(Arc::ptr_eq(&list.inner, &copy.inner));
        assert!(FilterList::default().is_empty());
        assert!(FilterList::default().matcher(Some("x.example")).is_empty());
    }

    /// The index must never hide a match: compare with testing every rule.
    #[test]
    fn index_agrees_with_testing_every_rule() {
        let selectors = [
            ".partner-box",
            "#outstream-42",
            "div",
            "a",
            "[data-partner]",
            "[href^=\"https\"]",
            "article > div",
            "main p",
            "p + div",
            "div ~ p",
            ".story :is(p, aside)",
            ":not(p)",
            "ul li a",
            "*",
            "[class]",
            "iframe[src*=\"cdn\"]",
            "aside.pullquote > p",
            "header#top nav",
            "h1, .video-slot",
            "section:has(h2)",
            "li:first-child",
            "div:not(.partner-box)",
            "a[href=\"/a\"]",
            ".main-nav a",
            "#top > .main-nav",
            "[data-partner=\"acme\"]",
            "p:nth-of-type(2)",
            ".reader-picks h2",
            "div.partner-box.extra",
            "BODY p",
            "[data-partner=\"ACME\" i]",
            "[data-partner=\"ACME\"]",
            "input[type=\"TEXT\"]",
            "[type=text]",
            "[href^=\"HTTPS\" i]",
            "[href^=\"https://acme\"]",
            "[href$=\"deal\"]",
            "[href$=\"/a\"]",
            "[src*=\"cdn.exa\"]",
            "[class~=\"partner-box\"]",
            "[class~=\"video\"]",
            "[lang|=\"en\"]",
            "[id^=\"outstream-\"]",
            "div[id*=\"stream\"] > iframe",
            "[class*=\"slot\"]",
            "[class$=\"picks\"]",
            "a[href=\"/\"]",
            "[id=\"TOP\"]",
            "[id=\"top\"]",
            "[data-mixed=\"AbC\"]",
            "[data-mixed*=\"bcd\" i]",
            "[viewBox]",
            "[viewbox]",
            "svg[viewBox=\"0 0 10 10\"]",
            "[viewBox^=\"0 0\"]",
            "clipPath",
            "clippath",
            "CLIPPATH",
            "svg > clipPath > rect",
            "foreignObject p",
            "foreignobject",
            "RECT[WIDTH]",
            "[WIDTH=\"5\"]",
        ];
        let text: String = selectors.iter().map(|s| format!("##{s}\n")).collect();
        let list = list(&text);
        let f = list.matcher(None);
        let html = Html::parse_document(PAGE);
        let view = View::build(&html);
        for i in 0..view.len() as u32 {
            let Some(e) = view.element_ref(i) else {
                continue;
            };
            if matches!(view.tag(i), "html" | "head" | "body") {
                continue;
            }
            let brute = list
                .rules()
                .iter()
                .find(|r| Selector::parse(&r.selector).unwrap().matches(&e))
                .map(|r| r.text.as_str());
            assert_eq!(
                f.matches(&view, i),
                brute,
                "element {} ({})",
                i,
                view.css_path(i)
            );
        }
        // Each rule alone, so that broad rules early in the list hide nothing.
        let mut matched = 0;
        for selector in selectors {
            let single = list_of(&format!("##{selector}\n"));
            let f = single.matcher(None);
            let compiled = Selector::parse(selector).unwrap();
            for i in 0..view.len() as u32 {
                let Some(e) = view.element_ref(i) else {
                    continue;
                };
                if matches!(view.tag(i), "html" | "head" | "body") {
                    continue;
                }
                let brute = compiled.matches(&e);
                matched += brute as usize;
                assert_eq!(
                    f.matches(&view, i).is_some(),
                    brute,
                    "{selector} on {}",
                    view.css_path(i)
                );
            }
        }
        assert!(matched > 100);
    }
}
