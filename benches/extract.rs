//! `cargo bench --bench extract -- [DIR]` (what `make bench` runs).
//!
//! 1. Every `*.html` in DIR (default `../shared/corpus/readability/pages`): one warm-up
//!    pass, then `RUNS` timed passes; prints per-page median and total ms and pages/s.
//! 2. The pathological pages of issue 6 (generated, see `tests/support/pages.rs`): size,
//!    ms, ms per MB, peak heap and peak/input, against the targets (median < 5 ms/page,
//!    ≤ 100 ms per MB, memory < 20x input).
//!
//! Peak memory comes from a counting global allocator around `System` (`tests/support/heap.rs`).
//! `BENCH_ONLY=corpus|pathological` runs one half; `BENCH_SKIP=name,name` skips pages;
//! `BENCH_SCORER=rules|model|both` picks the judge of the corpus half (default both).

#[path = "../tests/support/heap.rs"]
mod heap;
#[path = "../tests/support/pages.rs"]
mod pages;

use std::path::{Path, PathBuf};
use std::time::Instant;

use declutter::{extract, Options, Scorer};

/// Timed passes over the corpus.
const RUNS: usize = 5;
/// Issue 12's bound: the block scorer and page kinds must fit inside it.
const TARGET_MEDIAN_MS: f64 = 3.0;
const TARGET_MS_PER_MB: f64 = 100.0;
const TARGET_MEMORY_RATIO: f64 = 20.0;

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(default_corpus);
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    if only != "pathological" {
        bench_corpus(&dir);
    }
    if only != "corpus" {
        bench_pathological();
    }
}

/// The default options, with `BENCH_SCORER=rules|model|both` choosing the judge (to price the
/// block scorer).
fn bench_options() -> Options {
    let mut options = Options::default();
    if let Ok(name) = std::env::var("BENCH_SCORER") {
        options.scorer = Scorer::named(&name).unwrap_or_else(|e| panic!("BENCH_SCORER: {e}"));
    }
    options
}

fn default_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/readability/pages")
}

fn read_pages(dir: &Path) -> Vec<(String, String)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("corpus: cannot read {}", dir.display());
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            Some((
                p.file_name()?.to_string_lossy().into_owned(),
                declutter::internals::decode_html(&bytes),
            ))
        })
        .collect()
}

fn bench_corpus(dir: &Path) {
    let pages = read_pages(dir);
    if pages.is_empty() {
        println!("corpus: no pages in {}", dir.display());
        return;
    }
    let opts = bench_options();
    pages
        .iter()
        .for_each(|(_, html)| drop(extract(html, &opts)));
    // Per page: the median of RUNS timings.
    let mut medians: Vec<f64> = pages
        .iter()
        .map(|(_, html)| median_ms(RUNS, || drop(extract(html, &opts))))
        .collect();
    let total: f64 = medians.iter().sum();
    let bytes: usize = pages.iter().map(|(_, h)| h.len()).sum();
    medians.sort_by(f64::total_cmp);
    let median = medians[medians.len() / 2];
    let p95 = medians[(medians.len() * 95 / 100).min(medians.len() - 1)];
    println!(
        "corpus: {} pages, {:.1} MB, from {}",
        pages.len(),
        bytes as f64 / 1e6,
        dir.display()
    );
    println!(
        "corpus: median {median:.2} ms/page (target < {TARGET_MEDIAN_MS} ms: {}), p95 {p95:.2} ms, max {:.2} ms, total {total:.0} ms per pass, {:.0} pages/s, {:.0} ms/MB",
        verdict(median < TARGET_MEDIAN_MS),
        medians[medians.len() - 1],
        pages.len() as f64 / (total / 1e3),
        total / (bytes as f64 / 1e6),
    );
    print_stages(&pages, &opts);
}

/// One more pass over the pages with the stages timed (`--features stage-times`, as `make
/// bench` builds it): each stage's share of the pipeline, so a change can be judged by stage.
#[cfg(feature = "stage-times")]
fn print_stages(pages: &[(String, String)], opts: &Options) {
    let _ = declutter::internals::stage_times();
    let start = Instant::now();
    pages.iter().for_each(|(_, html)| drop(extract(html, opts)));
    let whole = start.elapsed().as_secs_f64() * 1e3;
    let stages = declutter::internals::stage_times();
    let timed: f64 = stages.iter().map(|(_, d)| d.as_secs_f64() * 1e3).sum();
    println!("stages (one pass, ms and share of the pass of {whole:.0} ms):");
    for (stage, spent) in stages {
        let ms = spent.as_secs_f64() * 1e3;
        println!(
            "  {:<16} {ms:7.1} ms  {:5.1}%",
            stage.name(),
            100.0 * ms / whole
        );
    }
    let rest = whole - timed;
    println!(
        "  {:<16} {rest:7.1} ms  {:5.1}%",
        "(untimed)",
        100.0 * rest / whole
    );
}

#[cfg(not(feature = "stage-times"))]
fn print_stages(_: &[(String, String)], _: &Options) {
    println!("stages: build with --features stage-times for the breakdown");
}

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "ok"
    } else {
        "MISSED"
    }
}

/// Builds one generated page.
type Maker = Box<dyn Fn() -> String>;

/// The generated pages: name and builder.
fn pathological_pages() -> Vec<(&'static str, Maker)> {
    vec![
        (
            "nested divs 200k",
            Box::new(|| pages::nested("<div>", "</div>", 200_000)),
        ),
        (
            "nested spans 200k",
            Box::new(|| pages::nested("<span>", "</span>", 200_000)),
        ),
        (
            "nested b 200k",
            Box::new(|| pages::nested("<b>", "</b>", 200_000)),
        ),
        (
            "nested blockquotes 200k",
            Box::new(|| pages::nested("<blockquote>", "</blockquote>", 200_000)),
        ),
        (
            "unclosed divs 200k",
            Box::new(|| pages::unclosed("<div>", 200_000)),
        ),
        (
            "nested tables 200k",
            Box::new(|| pages::nested_tables(200_000)),
        ),
        (
            "sibling paragraphs 100k",
            Box::new(|| pages::sibling_paragraphs(100_000)),
        ),
        (
            "sibling links 100k",
            Box::new(|| pages::sibling_links(100_000)),
        ),
        (
            "text node 5 MB",
            Box::new(|| pages::big_text_node(5_000_000)),
        ),
        ("page 50 MB", Box::new(|| pages::big_page(50_000_000))),
        ("malformed entities", Box::new(pages::malformed_entities)),
    ]
}

fn bench_pathological() {
    let skip = std::env::var("BENCH_SKIP").unwrap_or_default();
    println!(
        "pathological: {:<24} {:>9} {:>10} {:>9} {:>11} {:>7}",
        "page", "MB", "ms", "ms/MB", "peak MB", "peak/in"
    );
    for (name, make) in pathological_pages() {
        if skip
            .split(',')
            .any(|s| !s.is_empty() && name.contains(s.trim()))
        {
            println!("pathological: {name:<24} skipped (BENCH_SKIP)");
            continue;
        }
        let html = make();
        let (result, took, peak) =
            heap::measure(|| extract(&html, &Options::default()).map(|a| a.text.len()));
        // Pages under 1 MB count as 1 MB: fixed costs dominate there.
        let mb = html.len() as f64 / 1e6;
        let ms = took.as_secs_f64() * 1e3;
        let (ms_per_mb, ratio) = (
            ms / mb.max(1.0),
            peak as f64 / html.len().max(1_000_000) as f64,
        );
        let ok = result.is_ok() && ms_per_mb <= TARGET_MS_PER_MB && ratio < TARGET_MEMORY_RATIO;
        println!("pathological: {name:<24} {mb:>9.2} {ms:>10.1} {ms_per_mb:>9.0} {:>11.1} {ratio:>7.1}  {}", peak as f64 / 1e6, verdict(ok));
    }
    println!("pathological: targets ≤ {TARGET_MS_PER_MB} ms per MB, peak heap < {TARGET_MEMORY_RATIO}x input (pages under 1 MB count as 1 MB)");
}
