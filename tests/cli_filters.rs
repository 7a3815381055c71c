#![cfg(not(target_arch = "wasm32"))]
//! `declutter --filters FILE`: user element-hiding rules on the command line.
#![cfg(feature = "cli")]

mod common;

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use common::fixture_path;
use serde_json::Value;

const PAGE: &str = "partner-widget-news.html";
const NEWS_URL: &str = "https://www.news.example/city/2024/northern-tram-line";
const PARTNER: &str = "Stadtwerke Nordhafen";
const POLL: &str = "reader poll";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_declutter"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run declutter")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn page() -> String {
    fixture_path(PAGE).to_string_lossy().into_owned()
}

/// A filter file in a directory of its own for this test.
fn filter_file(test: &str, name: &str, text: &str) -> String {
    let dir: PathBuf = std::env::temp_dir().join(format!(
        "declutter-cli-filters-{}-{test}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn filters_file_removes_the_matching_block() {
    let rules = filter_file(
        "basic",
        "mine.txt",
        "[Adblock Plus 2.0]\n! mine\n##.partner-box\n",
    );
    let without = run(&["--format", "text", &page()]);
    assert!(without.status.success(), "{}", stderr(&without));
    assert!(stdout(&without).contains(PARTNER));
    let with = run(&["--format", "text", "--filters", &rules, &page()]);
    assert!(with.status.success(), "{}", stderr(&with));
    assert!(!stdout(&with).contains(PARTNER));
    assert!(stdout(&with).contains("voted 31 to 12"));
    assert_eq!(stderr(&with), "");
}

#[test]
fn json_names_the_rule_file_and_line() {
    let rules = filter_file("json", "mine.txt", "! mine\n##.partner-box\n");
    let out = run(&["--format=json", &format!("--filters={rules}"), &page()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let value: Value = serde_json::from_str(stdout(&out).trim()).expect("one JSON object");
    let removed = value["removed"].as_array().expect("removed list");
    let entry = removed
        .iter()
        .find(|r| {
            r["reason"]
                .as_str()
                .unwrap_or("")
                .starts_with("filter rule")
        })
        .expect("filter entry");
    assert_eq!(entry["kind"], "ad");
    assert_eq!(
        entry["reason"].as_str().unwrap(),
        format!("filter rule `##.partner-box` ({rules}, line 2)")
    );
}

#[test]
fn several_files_act_as_one_list() {
    let hide = filter_file(
        "several",
        "hide.txt",
        "##.partner-box\nnews.example###reader-vote\n",
    );
    let allow = filter_file("several", "allow.txt", "news.example#@#.partner-box\n");
    let out = run(&[
        "-f",
        "text",
        "--url",
        NEWS_URL,
        "--filters",
        &hide,
        "--filters",
        &allow,
        &page(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(PARTNER),
        "the exception in the second file cancels the first file's rule"
    );
    assert!(!text.contains(POLL));
    let elsewhere = run(&[
        "-f",
        "text",
        "--url",
        "https://other.example/a",
        "--filters",
        &hide,
        "--filters",
        &allow,
        &page(),
    ]);
    let text = stdout(&elsewhere);
    assert!(!text.contains(PARTNER));
    assert!(text.contains(POLL));
}

#[test]
fn malformed_lines_are_reported_with_file_and_line_and_skipped() {
    let good = filter_file("malformed", "good.txt", "##.story-footnote\n");
    let bad = filter_file(
        "malformed",
        "bad.txt",
        "! list\n##div[\n##.partner-box\nexa mple.com##.x\n||ads.example^\n",
    );
    let out = run(&["-f", "text", "--filters", &good, "--filters", &bad, &page()]);
    assert!(
        out.status.success(),
        "a malformed line is never fatal: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(
        lines[0].starts_with(&format!("declutter: {bad}:2: invalid CSS selector `div[`")),
        "{err}"
    );
    assert!(
        lines[1].starts_with(&format!("declutter: {bad}:4: bad domain `exa mple.com`")),
        "{err}"
    );
    assert!(lines[2].contains("skipped 1 filter line"), "{err}");
    let text = stdout(&out);
    assert!(!text.contains(PARTNER));
    assert!(!text.contains("updated on Wednesday morning"));
}

#[test]
fn unreadable_filter_file_is_an_error() {
    let missing = std::env::temp_dir().join("declutter-cli-filters-does-not-exist.txt");
    let missing = missing.to_string_lossy();
    let out = run(&["--filters", &missing, &page()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(&format!("declutter: cannot read filter file {missing}")),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&out), "");
}

#[test]
fn filters_option_needs_a_value() {
    let out = run(&["--filters"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--filters needs a value"),
        "{}",
        stderr(&out)
    );
    let help = run(&["--help"]);
    assert!(stdout(&help).contains("--filters FILE"));
}
