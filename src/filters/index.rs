//! The rule index: rules by the key of their selector's rightmost compound, so
//! an element is tested only against the rules that could match it.

use scraper::node::Element;

use super::selector::{AttrCheck, Key};

/// A fast, non-cryptographic hash for the index maps: their keys come from the
/// user's list, lookups happen for every element.
type FxMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// Rule indices by the key of the rightmost compound of their selector, each
/// list ascending.
#[derive(Default)]
pub(super) struct Index {
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
    pub(super) fn build(keys: Vec<Option<Vec<Key>>>, checks: Vec<Box<[AttrCheck]>>) -> Index {
        let mut index = Index {
            checks,
            ..Index::default()
        };
        let counts = trigram_counts(&keys);
        // Trigram entries are added last: each list must stay ascending.
        let mut chosen: Vec<(u32, Box<str>, u32)> = Vec::new();
        for (rule, key) in keys.iter().enumerate() {
            let rule = rule as u32;
            let Some(key) = key else {
                index.generic.push(rule);
                continue;
            };
            for k in key {
                if let Key::AttrSub(n, needle) = k {
                    let cost = |t: &u32| trigram_cost(*t, counts.get(&(n.as_str(), *t)));
                    let best = needle.as_bytes().windows(3).map(trigram).min_by_key(cost);
                    chosen.extend(best.map(|t| (rule, n.as_str().into(), t)));
                } else {
                    index.add_key(k, rule);
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

    /// Files rule `rule` under a key that is not a substring needle.
    fn add_key(&mut self, key: &Key, rule: u32) {
        let list = match key {
            Key::Id(n) => self.by_id.entry(n.as_str().into()).or_default(),
            Key::Class(n) => self.by_class.entry(n.as_str().into()).or_default(),
            Key::Attr(n) => self.by_attr.entry(n.as_str().into()).or_default(),
            Key::Tag(n) => self.by_tag.entry(n.as_str().into()).or_default(),
            Key::AttrExact(n, v) => {
                let attr = self.by_attr_value.entry(n.as_str().into()).or_default();
                attr.exact.entry(v.as_str().into()).or_default()
            }
            Key::AttrSub(..) => return,
        };
        push_rule(list, rule);
    }
}

/// For substring needles: how many needles of each attribute share each
/// trigram (the trigram fewest needles share is the most selective).
fn trigram_counts(keys: &[Option<Vec<Key>>]) -> FxMap<(&str, u32), u32> {
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
    counts
}

impl Index {
    /// Calls `test` with every list of rules that could match `el`: by its
    /// id, its classes, its attributes (present, equal, or holding a trigram
    /// of a needle), its tag, and the rules without a key.
    pub(super) fn candidate_lists<'s>(&'s self, el: &Element, mut test: impl FnMut(&'s [u32])) {
        if let Some(list) = el.id().and_then(|id| self.by_id.get(id)) {
            test(list);
        }
        for class in el.classes() {
            if let Some(list) = self.by_class.get(class) {
                test(list);
            }
        }
        if !self.by_attr.is_empty() || !self.by_attr_value.is_empty() {
            for (name, value) in el.attrs() {
                self.attribute_lists(name, value, &mut test);
            }
        }
        if let Some(list) = self.by_tag.get(el.name()) {
            test(list);
        }
        test(&self.generic);
    }

    /// The lists for one attribute of an element.
    fn attribute_lists<'s>(&'s self, name: &str, value: &str, test: &mut impl FnMut(&'s [u32])) {
        if let Some(list) = self.by_attr.get(name) {
            test(list);
        }
        let Some(attr) = self.by_attr_value.get(name) else {
            return;
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
            attr.trigram_candidates(value, test);
        }
    }

    /// Whether the attribute conditions of rule `r` hold for `el`.
    pub(super) fn checks_hold(&self, r: u32, el: &Element) -> bool {
        self.checks[r as usize].iter().all(|c| c.holds(el))
    }
}
