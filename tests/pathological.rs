#![cfg(not(target_arch = "wasm32"))]
//! Pathological pages (issue 6): huge nesting, huge sibling lists, a 5 MB text node, a
//! 50 MB page, nested tables, malformed entities, invalid UTF-8 and NUL bytes. Each must
//! come out without panic or stack overflow, with the article text intact and the content
//! well-formed and safe, in time linear in the input and with a peak heap under 20 times
//! the input.
//!
//! The heaviest pages are skipped in debug builds (`cargo test`) and run in release by
//! `make test` (`cargo test --release --test pathological`, see mk/robustness.mk).

#[path = "support/heap.rs"]
mod heap;
#[path = "support/invariants.rs"]
mod invariants;
#[path = "support/pages.rs"]
mod pages;

use std::path::PathBuf;
use std::process::{Command, ExitStatus};
use std::time::{Duration, Instant};

use declutter::{extract, extract_bytes, Article, Error, Options};
use invariants::{check_content, squash};
use pages::{MARKER, PROSE};

/// Set in the child process that runs one test's work (see `isolated`).
const CHILD: &str = "DECLUTTER_PATHOLOGICAL_CHILD";

/// Time allowed per MB of input: 10x the bound of 100 ms/MB in release (room for a
/// loaded 2-core machine, still far below what a quadratic walk takes), 10 s in debug.
fn budget(bytes: usize) -> Duration {
    let (base, per_mb) = if cfg!(debug_assertions) {
        (60.0, 10.0)
    } else {
        (5.0, 1.0)
    };
    Duration::from_secs_f64(base + per_mb * bytes as f64 / 1e6)
}

/// Runs `work` in a child process (this test binary, filtered to test `name`) and fails when
/// the child fails, overflows its stack, or outlives `budget` (then it is killed). A stack
/// overflow or a hang thus fails this one test, with the child's output, not the whole run.
fn isolated(name: &str, budget: Duration, work: impl FnOnce()) {
    if std::env::var_os(CHILD).is_some() {
        return work();
    }
    let log = std::env::temp_dir().join(format!(
        "declutter-pathological-{name}-{}.log",
        std::process::id()
    ));
    let status = run_child(name, &log, budget);
    let output = std::fs::read_to_string(&log).unwrap_or_default();
    let _ = std::fs::remove_file(&log);
    match status {
        Some(status) => {
            assert!(status.success(), "{name}: failed ({status}):\n{output}");
            assert!(
                output.contains("1 passed"),
                "{name}: the child ran no test:\n{output}"
            );
        }
        None => panic!("{name}: no result within {budget:?} (killed):\n{output}"),
    }
}

/// The child's exit status, or `None` if it was killed for outliving `budget`.
fn run_child(name: &str, log: &PathBuf, budget: Duration) -> Option<ExitStatus> {
    let file = std::fs::File::create(log).expect("child log");
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            name,
            "--exact",
            "--include-ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        .stdout(file.try_clone().expect("child log"))
        .stderr(file)
        .spawn()
        .expect("spawn child test");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("child status") {
            return Some(status);
        }
        if start.elapsed() > budget {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

/// The bound on the peak heap of one extraction, in multiples of the input (pages
/// under 1 MB count as 1 MB: fixed costs dominate there).
const MAX_MEMORY_RATIO: f64 = 20.0;

/// Extracts `make()` in a child process within the budget for its size; checks the peak
/// heap and the content invariants and hands the article to `check`.
fn pathological(
    name: &str,
    size_hint: usize,
    make: impl FnOnce() -> String,
    check: impl FnOnce(&Article),
) {
    isolated(name, budget(size_hint), || {
        let html = make();
        // The child runs this one test alone: the heap count is the extraction's.
        let (article, took, peak) = heap::measure(|| {
            extract(&html, &Options::default()).unwrap_or_else(|e| panic!("{name}: {e}"))
        });
        let ratio = peak as f64 / html.len().max(1_000_000) as f64;
        eprintln!(
            "{name}: {:.1} MB in {took:.2?} ({:.0} ms/MB), peak heap {ratio:.1}x",
            html.len() as f64 / 1e6,
            took.as_secs_f64() * 1e9 / html.len() as f64
        );
        assert!(
            ratio < MAX_MEMORY_RATIO,
            "{name}: peak heap {:.1} MB is {ratio:.1}x the input",
            peak as f64 / 1e6
        );
        check_content(&article.content).unwrap_or_else(|e| panic!("{name}: content broken: {e}"));
        check(&article);
    });
}

fn assert_has_prose(article: &Article) {
    assert!(
        squash(&article.text).contains(PROSE),
        "the prose is missing from text: {:.300}",
        article.text
    );
    assert!(
        article.content.contains(MARKER),
        "the prose is missing from content"
    );
}

/// Slowest accepted growth of time for 4x the input: linear is 4, quadratic 16; the margin
/// absorbs cache effects and a busy machine.
const MAX_RATIO: f64 = 10.0;

/// Extracts a page built by `make` at sizes `n` and `4 * n`: the larger must not take more
/// than `max_ratio` times as long (linear is 4, quadratic 16).
fn assert_linear(name: &str, n: usize, max_ratio: f64, make: impl Fn(usize) -> String) {
    let opts = Options::default();
    let (small, large) = (make(n), make(4 * n));
    extract(&small, &opts).unwrap(); // warm-up
    let t_small = (0..3)
        .map(|_| timed(|| extract(&small, &opts)).1)
        .min()
        .unwrap();
    // The best of two runs, as for the small input: a busy machine only ever adds time, and a
    // single run of the large input was seen at 14x on a 2-core machine shared by three builds.
    let t_large = (0..2)
        .map(|_| timed(|| extract(&large, &opts)).1)
        .min()
        .unwrap();
    let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-4);
    eprintln!("{name}: n={n} {t_small:.2?}, 4n {t_large:.2?}, ratio {ratio:.1}");
    assert!(
        ratio <= max_ratio,
        "{name}: 4x the input took {ratio:.1}x the time ({t_small:?} -> {t_large:?})"
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "heavy: runs in release (make test / mk/robustness.mk)"
)]
fn nested_divs_200k() {
    pathological(
        "nested_divs_200k",
        2_200_000,
        || pages::nested("<div>", "</div>", 200_000),
        assert_has_prose,
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "heavy: runs in release (make test / mk/robustness.mk)"
)]
fn unclosed_divs_200k() {
    pathological(
        "unclosed_divs_200k",
        1_000_000,
        || pages::unclosed("<div>", 200_000),
        assert_has_prose,
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "heavy: runs in release (make test / mk/robustness.mk)"
)]
fn nested_spans_200k() {
    pathological(
        "nested_spans_200k",
        2_600_000,
        || pages::nested("<span>", "</span>", 200_000),
        assert_has_prose,
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "heavy: runs in release (make test / mk/robustness.mk)"
)]
fn nested_blockquotes_200k() {
    pathological(
        "nested_blockquotes_200k",
        5_000_000,
        || pages::nested("<blockquote>", "</blockquote>", 200_000),
        assert_has_prose,
    );
}

/// `<b>` runs the parser's formatting-element machinery (adoption agency, reconstruction).
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "heavy: runs in release (make test / mk/robustness.mk)"
)]
fn nested_bold_200k() {
    pathological(
        "nested_bold_200k",
        1_400_000,
        || pages::nested("<b>", "</b>", 200_000),
        assert_has_prose,
    );
}

/// Formatting elements left open: every later paragraph reconstructs them.
#[test]
fn unclosed_bold_then_paragraphs() {
    let make = || {
        format!(
            "{}{}",
            pages::unclosed("<b>", 20_000),
            "<p>short paragraph, again and again.</p>".repeat(2_000)
        )
    };
    pathological("unclosed_bold_then_paragraphs", 200_000, make, |a| {
        assert!(squash(&a.text).contains(MARKER), "the prose is missing")
    });
}

/// Small enough for debug builds; the 200k page runs in release.
#[test]
fn nested_tables_2k() {
    pathological(
        "nested_tables_2k",
        100_000,
        || pages::nested_tables(2_000),
        assert_has_prose,
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "heavy: runs in release (make test / mk/robustness.mk)"
)]
fn nested_tables_200k() {
    pathological(
        "nested_tables_200k",
        9_600_000,
        || pages::nested_tables(200_000),
        assert_has_prose,
    );
}

/// Small enough for debug builds; the 200k page runs in release.
#[test]
fn nested_divs_5k() {
    pathological(
        "nested_divs_5k",
        60_000,
        || pages::nested("<div>", "</div>", 5_000),
        assert_has_prose,
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "heavy: runs in release (make test / mk/robustness.mk)"
)]
fn sibling_paragraphs_100k() {
    pathological(
        "sibling_paragraphs_100k",
        9_200_000,
        || pages::sibling_paragraphs(100_000),
        |a| {
            let text = squash(&a.text);
            for i in [0, 50_000, 99_999] {
                assert!(
                    text.contains(&format!("Paragraph {i} of")),
                    "paragraph {i} missing"
                );
            }
        },
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "heavy: runs in release (make test / mk/robustness.mk)"
)]
fn sibling_links_100k() {
    pathological(
        "sibling_links_100k",
        5_700_000,
        || pages::sibling_links(100_000),
        |a| {
            assert_has_prose(a);
            assert!(
                !a.text.contains("Item 99999"),
                "the menu was taken as the article"
            );
        },
    );
}

#[test]
fn text_node_5mb() {
    pathological(
        "text_node_5mb",
        5_000_000,
        || pages::big_text_node(5_000_000),
        |a| {
            assert_has_prose(a);
            assert!(
                a.text.len() >= 5_000_000,
                "only {} bytes of text came out",
                a.text.len()
            );
        },
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "heavy: runs in release (make test / mk/robustness.mk)"
)]
fn page_50mb() {
    pathological(
        "page_50mb",
        50_000_000,
        || pages::big_page(50_000_000),
        |a| {
            assert_has_prose(a);
            assert!(
                a.text.len() >= 20_000_000,
                "only {} bytes of text came out",
                a.text.len()
            );
            assert!(!a.text.contains("Buy now"), "ads kept");
        },
    );
}

#[test]
fn page_over_the_limit_is_refused_without_parsing() {
    let html = pages::big_text_node(2_000_000);
    let opts = Options {
        max_bytes: 1_000_000,
        ..Options::default()
    };
    let (result, took) = timed(|| extract(&html, &opts));
    assert!(
        matches!(
            result,
            Err(Error::TooLarge {
                limit: 1_000_000,
                ..
            })
        ),
        "expected TooLarge"
    );
    assert!(
        took < Duration::from_millis(50),
        "refusal took {took:?}: it must not parse"
    );
    let bytes = html.into_bytes();
    assert!(
        matches!(extract_bytes(&bytes, &opts), Err(Error::TooLarge { .. })),
        "extract_bytes: expected TooLarge"
    );
}

#[test]
fn malformed_entities() {
    pathological(
        "malformed_entities",
        10_000,
        pages::malformed_entities,
        |a| {
            assert_has_prose(a);
            assert!(
                a.text.contains('\u{FFFD}'),
                "invalid numeric references become U+FFFD"
            );
            assert!(
                !a.text.contains('\0'),
                "a NUL reference must not become a NUL character"
            );
            assert!(
                a.text.contains("&unknownentity;"),
                "an unknown reference stays as text: {:.2000}",
                a.text
            );
        },
    );
}

#[test]
fn invalid_utf8_and_nul_bytes() {
    let bytes = pages::invalid_utf8_and_nul();
    let article = extract_bytes(&bytes, &Options::default()).expect("extract_bytes");
    check_content(&article.content).unwrap_or_else(|e| panic!("content broken: {e}"));
    assert_has_prose(&article);
    assert!(
        article.text.contains('\u{FFFD}'),
        "invalid bytes become U+FFFD"
    );
    for field in [&article.text, &article.markdown, &article.title] {
        assert!(
            !field.contains('\0'),
            "a NUL byte came through: {field:.200}"
        );
    }
}

#[test]
fn truncated_and_odd_encodings() {
    let opts = Options::default();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        format!("<p>{PROSE}</p>")
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    utf16.push(0x3C); // odd length: half a code unit at the end
    let sjis_declared = [
        b"<meta charset=shift_jis><p>".as_slice(),
        PROSE.as_bytes(),
        b"\x81\xFF\x82</p>",
    ]
    .concat();
    for (name, bytes, has_prose) in [
        ("utf-16 odd", utf16, true),
        ("shift_jis broken", sjis_declared, true),
        ("lone BOM", vec![0xEF, 0xBB], false),
    ] {
        let article = extract_bytes(&bytes, &opts).unwrap_or_else(|e| panic!("{name}: {e}"));
        check_content(&article.content).unwrap_or_else(|e| panic!("{name}: content broken: {e}"));
        assert!(
            !has_prose || squash(&article.text).contains(MARKER),
            "{name}: the prose is missing: {:.200}",
            article.text
        );
    }
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "heavy: runs in release (make test / mk/robustness.mk)"
)]
fn readerable_check_on_deep_nesting() {
    isolated(
        "readerable_check_on_deep_nesting",
        budget(2_200_000),
        || {
            let (deep, flat) = (
                pages::nested("<div>", "</div>", 200_000),
                pages::nested("<div>", "</div>", 1),
            );
            let answer = declutter::is_probably_readerable(&deep);
            assert_eq!(
                answer,
                declutter::is_probably_readerable(&flat),
                "nesting changed the answer"
            );
        },
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "timing: runs in release (make test / mk/robustness.mk)"
)]
fn time_is_linear_in_nesting_depth() {
    isolated(
        "time_is_linear_in_nesting_depth",
        Duration::from_secs(90),
        || {
            assert_linear("nested spans", 50_000, MAX_RATIO, |n| {
                pages::nested("<span>", "</span>", n)
            });
            assert_linear("nested bold", 50_000, MAX_RATIO, |n| {
                pages::nested("<b>", "</b>", n)
            });
            assert_linear("nested divs", 50_000, MAX_RATIO, |n| {
                pages::nested("<div>", "</div>", n)
            });
            assert_linear("nested tables", 25_000, MAX_RATIO, pages::nested_tables);
        },
    );
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "timing: runs in release (make test / mk/robustness.mk)"
)]
fn time_is_linear_in_siblings_and_size() {
    isolated(
        "time_is_linear_in_siblings_and_size",
        Duration::from_secs(90),
        || {
            assert_linear(
                "sibling paragraphs",
                25_000,
                MAX_RATIO,
                pages::sibling_paragraphs,
            );
            assert_linear("sibling links", 25_000, MAX_RATIO, pages::sibling_links);
            assert_linear("big page", 5_000_000, MAX_RATIO, pages::big_page);
        },
    );
}
