//! The Adblock Plus line syntax of element-hiding rules: which lines are
//! rules, exceptions, comments or other syntaxes; domain lists; selectors
//! compiled with scraper.

use scraper::error::SelectorErrorKind;
use scraper::Selector;

/// The domain part of a rule: `(domain, include)` pairs.
#[derive(Clone, Debug, Default)]
pub(super) struct Domains {
    list: Vec<(Box<str>, bool)>,
    any_include: bool,
}

impl Domains {
    /// Whether a rule with these domains applies on `host`: the most specific
    /// listed domain that `host` is (or is a subdomain of) decides; when none is
    /// listed, the rule applies unless it names domains to include.
    pub(super) fn applies(&self, host: Option<&str>) -> bool {
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

/// What a line is.
pub(super) enum Line<'a> {
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

pub(super) fn classify(line: &str) -> Line<'_> {
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

pub(super) fn parse_domains(text: &str) -> Result<Domains, String> {
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
        let host = crate::case::lowercase(name);
        domains.any_include |= include;
        domains.list.push((host.into_boxed_str(), include));
    }
    Ok(domains)
}

pub(super) fn compile(selector: &str) -> Result<Selector, String> {
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
            other => crate::case::lowercase(&other.to_string()),
        };
        format!("invalid CSS selector `{selector}`: {why}")
    })
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
