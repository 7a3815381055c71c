//! Arbitrary bytes through `extract_bytes`: no panic, and the sanitizer invariants of
//! `tests/support/invariants.rs` (well-formed, re-parses to the same tree, nothing
//! scriptable) hold for the content. Any violation aborts, so libFuzzer keeps the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let options = declutter::Options::default();
    let Ok(article) = declutter::extract_bytes(data, &options) else {
        return;
    };
    if let Err(e) = invariants::check_content(&article.content) {
        panic!("{e}\n--- content:\n{}", article.content);
    }
    assert!(!article.text.contains('\0'), "NUL in text");
});
