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

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use scraper::error::SelectorErrorKind;
use scraper::Selector;

use crate::dom::Dom;

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

/// The domain part of a rule: `(domain, include)` pairs.
#[derive(Clone, Debug, Default)]
struct Domains {
    list: Vec<(Box<str>, bool)>,
    any_include: bool,
}

impl Domains {
    /// Whether a rule with these domains applies on `host`: the most specific
    /// listed domain that `host` is (or is a subdomain of) decides; when none is
    /// listed, the rule applies unless it names domains to include.
    fn applies(&self, host: Option<&str>) -> bool {
        if self.list.is_empty() {
            return true;
        }
        if let Some(host) = host {
            let mut rest = host;
            loop {
                if let Some((_, include)) = self.list.iter().find(|(d, _)| &**d == rest) {
                    return *include;
                }
                match rest.split_once('.') {
                    Some((_, parent)) if !parent.is_empty() => rest = parent,
                    _ => break,
                }
            }
        }
        !self.any_include
    }
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

/// A fast, non-cryptographic hasher (FxHash) for the index maps: their keys
/// come from the user's list, lookups happen for every element.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.add(n as u64);
    }
    fn write_u32(&mut self, n: u32) {
        self.add(n as u64);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// Rule indices by the key of the rightmost compound of their selector, each
/// list ascending.
#[derive(Default)]
struct Index {
    by_id: FxMap<Box<str>, Vec<u32>>,
    by_class: FxMap<Box<str>, Vec<u32>>,
    /// Rules that only need the attribute to be present.
    by_attr: FxMap<Box<str>, Vec<u32>>,
    /// Rules that need an attribute value: `[name="value"]`, `[name*="needle"]`...
    by_attr_value: FxMap<Box<str>, AttrIndex>,
    by_tag: FxMap<Box<str>, Vec<u32>>,
    generic: Vec<u32>,
    /// Per rule: attribute values the element must have, checked before the
    /// (much slower) selector match.
    checks: Vec<Box<[AttrCheck]>>,
}

/// A necessary condition on an attribute value (ASCII case ignored, so it
/// never rejects a match).
#[derive(Debug, PartialEq)]
struct AttrCheck {
    name: String,
    op: CheckOp,
    value: String,
}

#[derive(Debug, PartialEq, Clone, Copy)]
enum CheckOp {
    Equals,
    StartsWith,
    EndsWith,
    Contains,
}

impl AttrCheck {
    fn holds(&self, el: &scraper::node::Element) -> bool {
        let Some(v) = el.attr(&self.name) else {
            return false;
        };
        let (v, n) = (v.as_bytes(), self.value.as_bytes());
        match self.op {
            CheckOp::Equals => v.eq_ignore_ascii_case(n),
            CheckOp::StartsWith => v.len() >= n.len() && v[..n.len()].eq_ignore_ascii_case(n),
            CheckOp::EndsWith => {
                v.len() >= n.len() && v[v.len() - n.len()..].eq_ignore_ascii_case(n)
            }
            CheckOp::Contains => {
                n.is_empty() || v.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
            }
        }
    }
}

/// Value index of one attribute (values ASCII-lowercased: some HTML attributes
/// compare case-insensitively, so only a superset of the matches is indexed).
#[derive(Default)]
struct AttrIndex {
    exact: FxMap<Box<str>, Vec<u32>>,
    /// By one trigram of the needle of `^=`, `$=`, `*=`, `~=`, `|=`.
    trigrams: FxMap<u32, Vec<u32>>,
    /// One bit per hashed trigram of `trigrams`: most windows of a value miss,
    /// and a bit test is much cheaper than a map lookup.
    trigram_bits: Vec<u64>,
}

const TRIGRAM_BITS: u32 = 1 << 16;

fn trigram_bit(t: u32) -> (usize, u64) {
    let h = t.wrapping_mul(0x9e37_79b1) >> 16;
    ((h / 64) as usize, 1u64 << (h % 64))
}

impl AttrIndex {
    fn add_trigram(&mut self, t: u32, rule: u32) {
        push_rule(self.trigrams.entry(t).or_default(), rule);
        if self.trigram_bits.is_empty() {
            self.trigram_bits = vec![0; (TRIGRAM_BITS / 64) as usize];
        }
        let (word, bit) = trigram_bit(t);
        self.trigram_bits[word] |= bit;
    }

    /// Rule lists of the trigrams of `value`, each list once.
    fn trigram_candidates<'s>(&'s self, value: &str, mut each: impl FnMut(&'s [u32])) {
        let mut seen: [*const u32; 8] = [std::ptr::null(); 8];
        let mut n_seen = 0;
        for w in value.as_bytes().windows(3) {
            let t = trigram(w);
            let (word, bit) = trigram_bit(t);
            if self.trigram_bits[word] & bit == 0 {
                continue;
            }
            let Some(list) = self.trigrams.get(&t) else {
                continue;
            };
            // A value repeating a trigram (`adadad`) must not test its rules again.
            if seen[..n_seen.min(8)].contains(&list.as_ptr()) {
                continue;
            }
            if n_seen < 8 {
                seen[n_seen] = list.as_ptr();
            }
            n_seen += 1;
            each(list);
        }
    }
}

fn push_rule(list: &mut Vec<u32>, rule: u32) {
    if list.last() != Some(&rule) {
        list.push(rule);
    }
}

/// Three bytes, ASCII-lowercased, as one key.
fn trigram(b: &[u8]) -> u32 {
    u32::from_le_bytes([
        b[0].to_ascii_lowercase(),
        b[1].to_ascii_lowercase(),
        b[2].to_ascii_lowercase(),
        0,
    ])
}

/// How unselective a trigram probably is: shared by many needles of the list,
/// or made of digits and punctuation, which page values are full of
/// (`#cite_ref-221`, `/2024/05/`), while letters are rarer.
fn trigram_cost(t: u32, needles: Option<&u32>) -> u64 {
    let bytes = t.to_le_bytes();
    let weight: u64 = bytes[..3]
        .iter()
        .map(|b| match b {
            b'a'..=b'z' | 0x80.. => 1,
            _ => 2,
        })
        .product();
    weight * needles.copied().unwrap_or(1) as u64
}

impl Index {
    /// Indexes all rules; `keys[r]` is `None` for rules tested on every element.
    fn build(keys: Vec<Option<Vec<Key>>>, checks: Vec<Box<[AttrCheck]>>) -> Index {
        let mut index = Index {
            checks,
            ..Index::default()
        };
        // For substring needles, the trigram fewest needles share is the most selective.
        let mut counts: FxMap<(&str, u32), u32> = FxMap::default();
        for key in keys.iter().flatten().flatten() {
            if let Key::AttrSub(name, needle) = key {
                let mut seen: Vec<u32> = needle.as_bytes().windows(3).map(trigram).collect();
                seen.sort_unstable();
                seen.dedup();
                for t in seen {
                    *counts.entry((name.as_str(), t)).or_default() += 1;
                }
            }
        }
        let mut chosen: Vec<(u32, Box<str>, u32)> = Vec::new();
        for (rule, key) in keys.iter().enumerate() {
            let rule = rule as u32;
            let Some(key) = key else {
                index.generic.push(rule);
                continue;
            };
            for k in key {
                match k {
                    Key::Id(n) => {
                        push_rule(index.by_id.entry(n.as_str().into()).or_default(), rule)
                    }
                    Key::Class(n) => {
                        push_rule(index.by_class.entry(n.as_str().into()).or_default(), rule)
                    }
                    Key::Attr(n) => {
                        push_rule(index.by_attr.entry(n.as_str().into()).or_default(), rule)
                    }
                    Key::Tag(n) => {
                        push_rule(index.by_tag.entry(n.as_str().into()).or_default(), rule)
                    }
                    Key::AttrExact(n, v) => {
                        let attr = index.by_attr_value.entry(n.as_str().into()).or_default();
                        push_rule(attr.exact.entry(v.as_str().into()).or_default(), rule);
                    }
                    Key::AttrSub(n, needle) => {
                        let best = needle
                            .as_bytes()
                            .windows(3)
                            .map(trigram)
                            .min_by_key(|t| trigram_cost(*t, counts.get(&(n.as_str(), *t))));
                        if let Some(t) = best {
                            chosen.push((rule, n.as_str().into(), t));
                        }
                    }
                }
            }
        }
        for (rule, name, t) in chosen {
            index
                .by_attr_value
                .entry(name)
                .or_default()
                .add_trigram(t, rule);
        }
        index
    }
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

/// What a line is.
enum Line<'a> {
    Ignored,
    Unsupported,
    Hide { domains: &'a str, selector: &'a str },
    Exception { domains: &'a str, selector: &'a str },
}

/// Separators of syntaxes we don't run (ABP/uBO/AdGuard extended CSS, snippets, scripts).
const UNSUPPORTED_SEPARATORS: &[&str] =
    &["#@?#", "#@$?#", "#@$#", "#@%#", "#?#", "#$?#", "#$#", "#%#"];

/// Procedural pseudo-classes of uBO, ABP and AdGuard: not CSS, so unsupported.
const PROCEDURAL: &[&str] = &[
    ":has-text(",
    ":-abp-",
    ":contains(",
    ":matches-css",
    ":matches-attr(",
    ":matches-path(",
    ":matches-media(",
    ":matches-prop(",
    ":min-text-length(",
    ":others(",
    ":upward(",
    ":xpath(",
    ":remove(",
    ":remove-attr(",
    ":remove-class(",
    ":style(",
    ":watch-attr",
    ":if(",
    ":if-not(",
    ":nth-ancestor(",
    ":properties(",
    "[-ext-",
];

/// Characters that never appear in a domain list but do in network rules and
/// in domain syntaxes we don't support (regex domains, `example.*`, AdGuard modifiers).
const NON_DOMAIN_CHARS: &[char] = &['/', '|', '^', '$', '*', '[', ']', '=', '&', '?', ':', '@'];

fn classify(line: &str) -> Line<'_> {
    if line.is_empty() || line.starts_with('!') || line == "#" || line.starts_with("# ") {
        return Line::Ignored;
    }
    if line.starts_with('[') && line.ends_with(']') {
        return Line::Ignored;
    }
    let Some(pos) = line.find('#') else {
        return Line::Unsupported;
    };
    let (domains, rest) = line.split_at(pos);
    if domains.contains(NON_DOMAIN_CHARS)
        || UNSUPPORTED_SEPARATORS.iter().any(|s| rest.starts_with(s))
    {
        return Line::Unsupported;
    }
    let (exception, selector) = if let Some(s) = rest.strip_prefix("#@#") {
        (true, s)
    } else if let Some(s) = rest.strip_prefix("##") {
        (false, s)
    } else {
        // A single `#` is part of a URL pattern: a network rule.
        return Line::Unsupported;
    };
    let selector = selector.trim();
    if selector.starts_with("+js(")
        || selector.starts_with('^')
        || PROCEDURAL.iter().any(|p| selector.contains(p))
    {
        return Line::Unsupported;
    }
    if exception {
        Line::Exception { domains, selector }
    } else {
        Line::Hide { domains, selector }
    }
}

fn parse_domains(text: &str) -> Result<Domains, String> {
    let mut domains = Domains::default();
    if text.trim().is_empty() {
        return Ok(domains);
    }
    for part in text.split(',') {
        let part = part.trim();
        let (include, name) = match part.strip_prefix('~') {
            Some(name) => (false, name.trim()),
            None => (true, part),
        };
        let name = name.trim_end_matches('.');
        if name.is_empty() {
            return Err(format!("empty domain in the domain list `{}`", text.trim()));
        }
        if !is_domain_name(name) {
            return Err(format!(
                "bad domain `{name}` in the domain list `{}`",
                text.trim()
            ));
        }
        let host = name.to_lowercase();
        domains.any_include |= include;
        domains.list.push((host.into_boxed_str(), include));
    }
    Ok(domains)
}

fn compile(selector: &str) -> Result<Selector, String> {
    if selector.is_empty() {
        return Err("empty selector".into());
    }
    Selector::parse(selector).map_err(|e| {
        let why = match e {
            SelectorErrorKind::UnexpectedSelectorParseError(kind) => {
                let kind = format!("{kind:?}");
                let kind = kind.split('(').next().unwrap_or("").to_string();
                match kind.as_str() {
                    "UnsupportedPseudoClassOrElement" => {
                        "unsupported pseudo-class or pseudo-element".to_string()
                    }
                    "" => "not a valid selector".to_string(),
                    other => other.to_string(),
                }
            }
            SelectorErrorKind::UnexpectedToken => "unexpected token".to_string(),
            SelectorErrorKind::EndOfLine => "unexpected end of selector".to_string(),
            other => other.to_string().to_lowercase(),
        };
        format!("invalid CSS selector `{selector}`: {why}")
    })
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
            .map(|h| h.trim_end_matches('.').to_lowercase())
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
        let host = url.and_then(crate::clean::urls::host_of);
        self.matcher(host.as_deref())
    }
}

/// Host names as rules write them: labels of letters (any script), digits and
/// `-`, or an IPv4 address. Rules and page hosts are compared as written, so a
/// punycode rule only matches a punycode host.
fn is_domain_name(name: &str) -> bool {
    name.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    })
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
    pub fn matches(&self, dom: &Dom, i: u32) -> Option<&str> {
        self.matching_rule(dom, i).map(|r| r.text.as_str())
    }

    /// The first (in list order) active rule matching element `i`.
    pub fn matching_rule(&self, dom: &Dom, i: u32) -> Option<&FilterRule> {
        if self.active_count == 0 {
            return None;
        }
        let el = dom.element(i)?;
        if matches!(el.name(), "html" | "head" | "body") {
            return None;
        }
        let rules = &self.list.rules;
        let index = &self.list.index;
        let mut best = u32::MAX;
        let mut element = None;
        let mut test = |candidates: &[u32]| {
            for &r in candidates {
                if r >= best {
                    break;
                }
                if !self.active[r as usize] {
                    continue;
                }
                if !index.checks[r as usize].iter().all(|c| c.holds(el)) {
                    continue;
                }
                let Some(e) = *element.get_or_insert_with(|| dom.element_ref(i)) else {
                    return;
                };
                if rules[r as usize].compiled.matches(&e) {
                    best = r;
                    break;
                }
            }
        };
        if let Some(list) = el.id().and_then(|id| index.by_id.get(id)) {
            test(list);
        }
        for class in el.classes() {
            if let Some(list) = index.by_class.get(class) {
                test(list);
            }
        }
        if !index.by_attr.is_empty() || !index.by_attr_value.is_empty() {
            for (name, value) in el.attrs() {
                if let Some(list) = index.by_attr.get(name) {
                    test(list);
                }
                let Some(attr) = index.by_attr_value.get(name) else {
                    continue;
                };
                if !attr.exact.is_empty() {
                    let lower = if value.bytes().any(|b| b.is_ascii_uppercase()) {
                        std::borrow::Cow::Owned(value.to_ascii_lowercase())
                    } else {
                        std::borrow::Cow::Borrowed(value)
                    };
                    if let Some(list) = attr.exact.get(lower.as_ref()) {
                        test(list);
                    }
                }
                if !attr.trigrams.is_empty() {
                    attr.trigram_candidates(value, &mut test);
                }
            }
        }
        if let Some(list) = index.by_tag.get(el.name()) {
            test(list);
        }
        test(&index.generic);
        rules.get(best as usize)
    }
}

/// What an element must have for a selector's rightmost compound to match it.
#[derive(Debug, PartialEq)]
enum Key {
    Id(String),
    Class(String),
    /// The attribute, whatever its value.
    Attr(String),
    /// The attribute with this value (lowercased).
    AttrExact(String, String),
    /// The attribute with a value containing this needle (lowercased, 3+ bytes).
    AttrSub(String, String),
    Tag(String),
}

/// One key per selector of the list (`a, b`), or `None` when some selector has
/// no usable key (then the rule is tested on every element).
fn index_keys(selector: &str) -> Option<Vec<Key>> {
    let mut keys = Vec::new();
    for alternative in split_top_level(selector) {
        keys.push(compound_key(rightmost_compound(alternative.trim()))?);
    }
    (!keys.is_empty()).then_some(keys)
}

/// The attribute-value conditions of a selector's rightmost compound (none
/// for a selector list: any one of them may match).
fn attr_checks(selector: &str) -> Box<[AttrCheck]> {
    let parts = split_top_level(selector);
    if parts.len() != 1 {
        return Box::new([]);
    }
    let chars: Vec<char> = rightmost_compound(parts[0].trim()).chars().collect();
    let mut checks = Vec::new();
    let mut pos = 0;
    while pos < chars.len() {
        match chars[pos] {
            '[' => {
                pos += 1;
                if let Some(AttrSel {
                    name,
                    op: Some(op),
                    value: Some(value),
                }) = read_attribute(&chars, &mut pos)
                {
                    let op = match op.as_str() {
                        "=" => CheckOp::Equals,
                        "^=" | "|=" => CheckOp::StartsWith,
                        "$=" => CheckOp::EndsWith,
                        _ => CheckOp::Contains,
                    };
                    // `[a^=""]`, `[a$=""]`, `[a*=""]` match nothing: leave that to the selector.
                    if !value.is_empty() || op == CheckOp::Equals {
                        checks.push(AttrCheck {
                            name,
                            op,
                            value: value.to_ascii_lowercase(),
                        });
                    }
                }
                skip_group(&chars, &mut pos, '[', ']', 1);
            }
            '(' => {
                pos += 1;
                skip_group(&chars, &mut pos, '(', ')', 1);
            }
            '"' | '\'' => {
                let q = chars[pos];
                pos += 1;
                while pos < chars.len() && chars[pos] != q {
                    pos += if chars[pos] == '\\' { 2 } else { 1 };
                }
                pos += 1;
            }
            '\\' => pos += 2,
            _ => pos += 1,
        }
    }
    checks.into_boxed_slice()
}

/// Byte offsets and characters outside strings, brackets, parentheses and escapes.
fn top_level(s: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut depth = 0u32;
    let mut quote: Option<char> = None;
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == '\\' {
            chars.next();
            continue;
        }
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push((i, c)),
            _ => {}
        }
    }
    out
}

fn split_top_level(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in top_level(s) {
        if c == ',' {
            parts.push(&s[start..i]);
            start = i + 1;
        }
    }
    parts.push(&s[start..]);
    parts
}

/// The last compound selector of a complex selector (after the last combinator).
fn rightmost_compound(s: &str) -> &str {
    let start = top_level(s)
        .into_iter()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '>' | '+' | '~'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    &s[start..]
}

/// An attribute selector of a compound: name, operator and value when simple.
struct AttrSel {
    name: String,
    op: Option<String>,
    value: Option<String>,
}

/// The most selective key of a compound selector such as `div.a#b[data-x]:not(.c)`.
fn compound_key(compound: &str) -> Option<Key> {
    let chars: Vec<char> = compound.chars().collect();
    let mut pos = 0;
    let (mut id, mut class, mut tag) = (None, None, None);
    let mut attrs: Vec<AttrSel> = Vec::new();
    if chars
        .first()
        .is_some_and(|&c| is_ident_char(c) || c == '\\')
    {
        // `clipPath` matches SVG's `clipPath` only, `CLIPPATH` only HTML elements:
        // such names are no key (html5ever keeps SVG names in camelCase).
        tag = read_ident(&chars, &mut pos).filter(|t| !t.bytes().any(|b| b.is_ascii_uppercase()));
    } else if chars.first() == Some(&'*') {
        pos = 1;
    }
    while pos < chars.len() {
        match chars[pos] {
            '#' => {
                pos += 1;
                id = read_ident(&chars, &mut pos).or(id);
            }
            '.' => {
                pos += 1;
                if let Some(c) = read_ident(&chars, &mut pos) {
                    class.get_or_insert(c);
                }
            }
            '[' => {
                pos += 1;
                if let Some(attr) = read_attribute(&chars, &mut pos) {
                    attrs.push(attr);
                }
                skip_group(&chars, &mut pos, '[', ']', 1);
            }
            ':' => {
                while chars.get(pos) == Some(&':') {
                    pos += 1;
                }
                read_ident(&chars, &mut pos);
                if chars.get(pos) == Some(&'(') {
                    pos += 1;
                    skip_group(&chars, &mut pos, '(', ')', 1);
                }
            }
            // Namespaces and anything unexpected: don't guess.
            _ => return None,
        }
    }
    if let Some(id) = id {
        return Some(Key::Id(id));
    }
    if let Some(class) = class {
        return Some(Key::Class(class));
    }
    let exact = attrs
        .iter()
        .find_map(|a| match (a.op.as_deref(), &a.value) {
            (Some("="), Some(v)) => Some(Key::AttrExact(a.name.clone(), v.to_ascii_lowercase())),
            _ => None,
        });
    let sub = || {
        attrs
            .iter()
            .filter(|a| a.op.as_deref().is_some_and(|op| op != "="))
            .find_map(|a| {
                let v = a.value.as_ref().filter(|v| v.len() >= 3)?;
                Some(Key::AttrSub(a.name.clone(), v.to_ascii_lowercase()))
            })
    };
    let plain = || {
        attrs
            .iter()
            .find(|a| !matches!(a.name.as_str(), "class" | "style"))
            .map(|a| Key::Attr(a.name.clone()))
    };
    exact
        .or_else(sub)
        .or_else(plain)
        .or_else(|| tag.map(Key::Tag))
        .or_else(|| attrs.first().map(|a| Key::Attr(a.name.clone())))
}

/// Reads `name`, `name=value`, `name*="value" i`... after the `[` up to (not
/// including) the `]`. `None` for namespaced attributes and names with
/// capitals (compared as written on SVG elements, lowercased on HTML ones).
fn read_attribute(chars: &[char], pos: &mut usize) -> Option<AttrSel> {
    let skip_ws = |pos: &mut usize| {
        while chars.get(*pos).is_some_and(|c| c.is_whitespace()) {
            *pos += 1;
        }
    };
    skip_ws(pos);
    let name = read_ident(chars, pos).filter(|n| !n.bytes().any(|b| b.is_ascii_uppercase()))?;
    skip_ws(pos);
    let op = match (chars.get(*pos), chars.get(*pos + 1)) {
        (Some('='), _) => Some("=".to_string()),
        (Some(&c @ ('~' | '|' | '^' | '$' | '*')), Some('=')) => Some(format!("{c}=")),
        (Some('|'), _) => return None,
        _ => None,
    };
    let mut value = None;
    if let Some(op) = &op {
        *pos += op.len();
        skip_ws(pos);
        value = match chars.get(*pos) {
            Some(&q @ ('"' | '\'')) => {
                let start = *pos + 1;
                let len = chars[start..].iter().position(|&c| c == q || c == '\\');
                len.filter(|&l| chars[start + l] == q)
                    .map(|l| chars[start..start + l].iter().collect())
            }
            _ => read_ident(chars, pos),
        };
    }
    Some(AttrSel { name, op, value })
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii()
}

/// Reads an identifier; `None` when it is empty or holds an escape (whose value
/// we don't decode: such a key is not used).
fn read_ident(chars: &[char], pos: &mut usize) -> Option<String> {
    let mut out = String::new();
    let mut escaped = false;
    while let Some(&c) = chars.get(*pos) {
        if c == '\\' {
            escaped = true;
            *pos += 2;
        } else if is_ident_char(c) {
            out.push(c);
            *pos += 1;
        } else {
            break;
        }
    }
    *pos = (*pos).min(chars.len());
    (!escaped && !out.is_empty()).then_some(out)
}

/// Skips to just after the bracket closing a group whose opening bracket was
/// already consumed (`depth` open), honouring strings and escapes.
fn skip_group(chars: &[char], pos: &mut usize, open: char, close: char, mut depth: u32) {
    let mut quote: Option<char> = None;
    while let Some(&c) = chars.get(*pos) {
        *pos += 1;
        if c == '\\' {
            *pos += 1;
            continue;
        }
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        if c == '"' || c == '\'' {
            quote = Some(c);
        } else if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                break;
            }
        }
    }
    *pos = (*pos).min(chars.len());
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
        let dom = Dom::build(&html);
        (0..dom.len() as u32)
            .filter_map(|i| {
                filters
                    .matches(&dom, i)
                    .map(|_| match dom.attr(i, "class") {
                        Some(c) => format!("{}.{c}", dom.tag(i)),
                        None => dom.tag(i).to_string(),
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
            let dom = Dom::build(&html);
            for i in 0..dom.len() as u32 {
                let _ = f.matches(&dom, i);
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
        let dom = Dom::build(&html);
        let i = (0..dom.len() as u32)
            .find(|&i| dom.attr(i, "class") == Some("partner-box"))
            .unwrap();
        assert_eq!(f.matches(&dom, i), Some("##div.partner-box"));
        assert_eq!(
            f.matching_rule(&dom, i).unwrap().reason(),
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
        let dom = Dom::build(&html);
        let i = (0..dom.len() as u32)
            .find(|&i| dom.attr(i, "class") == Some("partner-box"))
            .unwrap();
        assert_eq!(f.matching_rule(&dom, i).unwrap().line, 1);
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

    #[test]
    fn index_keys_pick_the_rightmost_compound() {
        use Key::*;
        let k = |s: &str| index_keys(s);
        assert_eq!(k(".a"), Some(vec![Class("a".into())]));
        assert_eq!(k("#x.a"), Some(vec![Id("x".into())]));
        assert_eq!(k("div.a > span"), Some(vec![Tag("span".into())]));
        assert_eq!(
            k("DIV[id^=\"Ad-\"]"),
            Some(vec![AttrSub("id".into(), "ad-".into())])
        );
        assert_eq!(k("clipPath[ID]"), None);
        assert_eq!(k("svg[viewBox]"), Some(vec![Tag("svg".into())]));
        assert_eq!(
            k("div[class^='ad-']"),
            Some(vec![AttrSub("class".into(), "ad-".into())])
        );
        assert_eq!(k("[class*=\"ad\"]"), Some(vec![Attr("class".into())]));
        assert_eq!(k("div[class*=\"ad\"]"), Some(vec![Tag("div".into())]));
        assert_eq!(
            k("a[data-x][href*=\"/ads/\" i]"),
            Some(vec![AttrSub("href".into(), "/ads/".into())])
        );
        assert_eq!(
            k("[ data-type = banner ]"),
            Some(vec![AttrExact("data-type".into(), "banner".into())])
        );
        assert_eq!(k("[href*=\"a\\\"b\"]"), Some(vec![Attr("href".into())]));
        assert_eq!(k("[ns|href]"), None);
        assert_eq!(k("[lang|=en]"), Some(vec![Attr("lang".into())]));
        assert_eq!(k(".a, #b"), Some(vec![Class("a".into()), Id("b".into())]));
        assert_eq!(k(".a, :not(.b)"), None);
        assert_eq!(
            k("a[title=\"x > y, z\"]"),
            Some(vec![AttrExact("title".into(), "x > y, z".into())])
        );
        assert_eq!(
            k(".a:not(.b) ~ .c:has(> .d)"),
            Some(vec![Class("c".into())])
        );
        assert_eq!(k("li:nth-child(2n + 1)"), Some(vec![Tag("li".into())]));
        assert_eq!(k(".a\\:b"), None);
        assert_eq!(k("div .a\\:b"), None);
        assert_eq!(k("div.a\\:b.c"), Some(vec![Class("c".into())]));
        assert_eq!(k("*"), None);
        assert_eq!(k("*|div"), None);
        assert_eq!(k(":is(.a, .b)"), None);
    }

    #[test]
    fn attribute_checks_come_from_the_rightmost_compound() {
        let c = |s: &str| {
            attr_checks(s)
                .iter()
                .map(|c| format!("{}{:?}{}", c.name, c.op, c.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            c("a[href^=\"HTTP\" i][data-x=\"1\"]"),
            ["hrefStartsWithhttp", "data-xEquals1"]
        );
        assert_eq!(
            c("div[data-a='x'] > a[href*=ads]:not([rel=\"nofollow\"])"),
            ["hrefContainsads"]
        );
        assert_eq!(c("[lang|=en], [href$=\".pdf\"]"), Vec::<String>::new());
        assert_eq!(c("[class*=\"\"]"), Vec::<String>::new());
        assert_eq!(c("[class~=\"x y\"]"), ["classContainsx y"]);
        assert_eq!(c("[title=\"a\\\"b\"]"), Vec::<String>::new());
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
        let dom = Dom::build(&html);
        for i in 0..dom.len() as u32 {
            let Some(e) = dom.element_ref(i) else {
                continue;
            };
            if matches!(dom.tag(i), "html" | "head" | "body") {
                continue;
            }
            let brute = list
                .rules()
                .iter()
                .find(|r| Selector::parse(&r.selector).unwrap().matches(&e))
                .map(|r| r.text.as_str());
            assert_eq!(
                f.matches(&dom, i),
                brute,
                "element {} ({})",
                i,
                dom.css_path(i)
            );
        }
        // Each rule alone, so that broad rules early in the list hide nothing.
        let mut matched = 0;
        for selector in selectors {
            let single = list_of(&format!("##{selector}\n"));
            let f = single.matcher(None);
            let compiled = Selector::parse(selector).unwrap();
            for i in 0..dom.len() as u32 {
                let Some(e) = dom.element_ref(i) else {
                    continue;
                };
                if matches!(dom.tag(i), "html" | "head" | "body") {
                    continue;
                }
                let brute = compiled.matches(&e);
                matched += brute as usize;
                assert_eq!(
                    f.matches(&dom, i).is_some(),
                    brute,
                    "{selector} on {}",
                    dom.css_path(i)
                );
            }
        }
        assert!(matched > 100);
    }
}
