#![cfg(not(target_arch = "wasm32"))]
//! `declutter --warc`: JSON lines of a WARC file's HTML responses, the skipped records counted on
//! stderr, and the errors (a file that is no WARC, options that don't go with `--warc`).
#![cfg(feature = "cli")]

mod common;

use std::fs::File;
use std::process::{Command, Output, Stdio};

use common::*;
use serde_json::Value;

/// Runs the CLI with `stdin` (a file, or nothing).
fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let input = match stdin {
        Some(name) => Stdio::from(File::open(fixture_path(name)).expect("open the fixture")),
        None => Stdio::null(),
    };
    Command::new(env!("CARGO_BIN_EXE_declutter"))
        .args(args)
        .stdin(input)
        .output()
        .expect("run declutter")
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .split('\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn path(name: &str) -> String {
    fixture_path(name).to_string_lossy().into_owned()
}

#[test]
fn warc_files_give_json_lines_with_url_date_and_file() {
    let file = path("warc/crawl.warc.gz");
    let out = run(&["--warc", &file], None);
    assert!(out.status.success());
    let lines = json_lines(&out);
    let urls: Vec<&str> = lines.iter().map(|l| l["url"].as_str().unwrap()).collect();
    assert_eq!(
        urls,
        [
            "https://harbour.example/tram",
            "https://coastline.example/ferries"
        ]
    );
    assert_eq!(
        lines[0]["title"],
        "City council approves the northern tram line"
    );
    assert_eq!(lines[0]["date"], "2024-05-01T12:00:00Z");
    assert_eq!(lines[0]["file"], file.as_str());
    assert!(lines[1]["text"].as_str().unwrap().contains("ferr"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "2 articles from 8 records; skipped: 2 requests, 2 other_records, 1 not_html, 1 not_ok"
        ),
        "{stderr}"
    );
}

#[test]
fn plain_warc_on_stdin_reads_as_the_gzipped_file() {
    let from_stdin = json_lines(&run(
        &["--warc", "-", "--format", "json"],
        Some("warc/crawl.warc"),
    ));
    let inline = format!("--warc={}", path("warc/crawl.warc.gz"));
    let from_file = json_lines(&run(&[&inline], None));
    let titles = |lines: &[Value]| lines.iter().map(|l| l["title"].clone()).collect::<Vec<_>>();
    assert_eq!(titles(&from_stdin), titles(&from_file));
    assert_eq!(from_stdin.len(), 2);
}

#[test]
fn a_file_that_is_no_warc_fails_and_the_others_are_read() {
    let page = path("news-with-clutter.html");
    let out = run(&["--warc", &page, &path("warc/encodings.warc")], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_lines(&out).len(), 4);
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a WARC file"));
    let missing = run(&["--warc", "/nonexistent/crawl.warc.gz"], None);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read"));
}

#[test]
fn options_that_do_not_go_with_warc_are_refused() {
    let file = path("warc/crawl.warc");
    for args in [
        vec!["--warc", "--url", "https://example.com/", &file],
        vec!["--warc", "--join", &file],
        vec!["--warc", "--format", "text", &file],
    ] {
        let out = run(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}
