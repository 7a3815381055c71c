//! Arbitrary bytes as a WARC file through `declutter::warc::Articles`: no panic, no hang, every
//! article's content holds the sanitizer invariants, and the counts add up (an article or a
//! skip reason for every record). A small `max_bytes` keeps each page cheap.
#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

/// Pages above this are skipped as too large: the fuzzer's time goes to the WARC and HTTP
/// framing and the body codings, not to extracting pages (the `extract` target fuzzes that). With
/// the seeds' 3 KB pages extracted, a run managed 2 inputs a second; small pages still go through.
const MAX_PAGE_BYTES: usize = 1024;

fuzz_target!(|data: &[u8]| {
    let options = declutter::Options {
        max_bytes: MAX_PAGE_BYTES,
        ..declutter::Options::default()
    };
    let Ok(mut articles) = declutter::warc::Articles::new(Cursor::new(data.to_vec()), options)
    else {
        return;
    };
    let mut extracted = 0;
    for item in &mut articles {
        let Ok(page) = item else { continue };
        extracted += 1;
        if let Err(e) = invariants::check_content(&page.article.content) {
            panic!("{e}\n--- content:\n{}", page.article.content);
        }
    }
    let stats = articles.stats();
    assert_eq!(stats.articles, extracted);
    let skipped = stats.requests
        + stats.other_records
        + stats.not_html
        + stats.not_ok
        + stats.too_large
        + stats.undecodable;
    assert!(
        stats.articles + skipped <= stats.records,
        "more outcomes than records: {stats:?}"
    );
});
