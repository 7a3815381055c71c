//! Unicode case mapping exactly as the standard library does it (`str::to_lowercase`,
//! `char::to_lowercase`, `char::to_uppercase`), from tables of runs (`tables.rs`, generated from
//! std by `examples/case_tables.rs`): std's tables list every mapped character, 27 KB in the
//! wasm module; these hold 5 KB. The tests compare every character with std. Clippy refuses
//! std's case mapping elsewhere (`clippy.toml`).

mod tables;

use tables::{CASE_IGNORABLE, LOWER_MULTI, LOWER_RUNS, UPPER_MULTI, UPPER_RUNS};

/// `s.to_lowercase()`: every character lowercased, and `Σ` as `ς` at the end of a word.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            out.push(if ends_word(s, i) { 'ς' } else { 'σ' });
        } else {
            out.extend(lower_char(c));
        }
    }
    out
}

/// A character's mapping: one to three characters.
pub type Mapping = std::iter::Take<std::array::IntoIter<char, 3>>;

/// `c.to_lowercase()`.
pub fn lower_char(c: char) -> Mapping {
    if c.is_ascii() {
        return single(c.to_ascii_lowercase());
    }
    mapping(c, LOWER_RUNS, LOWER_MULTI)
}

/// `c.to_uppercase()`.
pub fn upper_char(c: char) -> Mapping {
    if c.is_ascii() {
        return single(c.to_ascii_uppercase());
    }
    mapping(c, UPPER_RUNS, UPPER_MULTI)
}

fn single(c: char) -> Mapping {
    [c, '\0', '\0'].into_iter().take(1)
}

fn mapping(c: char, runs: &[(u32, i32)], multi: &[(char, [char; 3])]) -> Mapping {
    if let Some(one) = in_runs(c, runs) {
        return single(one);
    }
    match multi.binary_search_by_key(&c, |&(from, _)| from) {
        Ok(i) => {
            let chars = multi[i].1;
            let len = chars.iter().take_while(|&&c| c != '\0').count();
            chars.into_iter().take(len)
        }
        Err(_) => single(c),
    }
}

/// `c`'s one-character mapping, when a run holds it.
fn in_runs(c: char, runs: &[(u32, i32)]) -> Option<char> {
    let code = c as u32;
    let i = runs.partition_point(|&(key, _)| key >> 8 <= code);
    let &(key, delta) = runs.get(i.checked_sub(1)?)?;
    let (start, len, step) = (key >> 8, (key >> 1) & 0x7f, 1 + (key & 1));
    let offset = code - start;
    if !offset.is_multiple_of(step) || offset / step >= len {
        return None;
    }
    char::from_u32(code.wrapping_add_signed(delta))
}

/// Whether the `Σ` at byte `i` of `s` ends a word (Unicode's `Final_Sigma`): a cased letter
/// before it and none after it, skipping case-ignorable characters on both sides.
fn ends_word(s: &str, i: usize) -> bool {
    cased_after_ignorable(s[..i].chars().rev())
        && !cased_after_ignorable(s[i + 'Σ'.len_utf8()..].chars())
}

fn cased_after_ignorable(mut chars: impl Iterator<Item = char>) -> bool {
    chars.find(|&c| !case_ignorable(c)).is_some_and(cased)
}

/// Unicode's `Cased` for a character that is not case-ignorable: lowercase, uppercase, or
/// titlecase (changed by both mappings, as `ǅ`).
fn cased(c: char) -> bool {
    let changes = |mapping: Mapping| mapping.ne([c]);
    c.is_lowercase() || c.is_uppercase() || (changes(lower_char(c)) && changes(upper_char(c)))
}

fn case_ignorable(c: char) -> bool {
    let code = c as u32;
    let i = CASE_IGNORABLE.partition_point(|&(first, _)| first <= code);
    i > 0 && code <= CASE_IGNORABLE[i - 1].1
}

/// Every character against std (natively: a million characters are slow in a browser, and the
/// code is the same on both targets).
#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(clippy::disallowed_methods)] // std is the reference
mod tests {
    use super::*;

    fn every_char() -> impl Iterator<Item = char> {
        (0..=0x10FFFF).filter_map(char::from_u32)
    }

    const REGENERATE: &str = "std maps it differently: regenerate the tables with \
        `cargo run --example case_tables > src/case/tables.rs`";

    #[test]
    fn characters_map_as_std_maps_them() {
        for c in every_char() {
            assert!(
                lower_char(c).eq(c.to_lowercase()),
                "lowercase {c:?}: {REGENERATE}"
            );
            assert!(
                upper_char(c).eq(c.to_uppercase()),
                "uppercase {c:?}: {REGENERATE}"
            );
        }
    }

    /// Beside `Σ`, every character shows whether it is cased or case-ignorable: before it
    /// (alone and after a cased letter), after it (alone and before a cased letter).
    #[test]
    fn strings_map_as_std_maps_them() {
        for c in every_char() {
            for text in [
                format!("{c}"),
                format!("{c}Σ"),
                format!("A{c}Σ"),
                format!("AΣ{c}"),
                format!("AΣ{c}B"),
            ] {
                assert_eq!(
                    lowercase(&text),
                    text.to_lowercase(),
                    "{text:?}: {REGENERATE}"
                );
            }
        }
    }

    #[test]
    fn final_sigma() {
        assert_eq!(lowercase("ΟΔΟΣ ΟΔΟΣ."), "οδος οδος.");
        assert_eq!(lowercase("ΟΔΟΣ'Σ"), "οδοσ'ς");
        assert_eq!(lowercase("Σ"), "σ");
        assert_eq!(lowercase("İSTANBUL"), "i\u{307}stanbul");
    }
}
