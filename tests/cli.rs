#![cfg(not(target_arch = "wasm32"))]
//! The `declutter` command line (feature `cli`): formats, several files, stdin, errors.
#![cfg(feature = "cli")]

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use common::*;
use serde_json::Value;

const PORTAL_URL: &str = "https://www.vodafone.de/featured/nachrichten/politik/usa-und-japan-staerken-sicherheitszusammenarbeit/";
const BLOG_URL: &str = "https://blog.example.dev/posts/tiny-interner/";

fn declutter() -> Command {
    Command::new(env!("CARGO_BIN_EXE_declutter"))
}

fn run(args: &[&str]) -> Output {
    declutter()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run declutter")
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = declutter()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn declutter");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("wait for declutter");
    writer.join().unwrap().expect("write stdin");
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn path(name: &str) -> String {
    fixture_path(name).to_string_lossy().into_owned()
}

fn json_lines(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("not one JSON object per line ({e}): {l}"))
        })
        .collect()
}

#[test]
fn json_has_one_line_per_file_with_camel_case_fields() {
    let portal = path("portal-news-page.html");
    let blog = path("tech-blog-post.html");
    let out = run(&["--format", "json", &portal, &blog]);
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status,
        stderr(&out)
    );
    let objects = json_lines(&out);
    assert_eq!(objects.len(), 2, "stdout:\n{}", stdout(&out));
    assert_eq!(objects[0]["file"], Value::String(portal.clone()));
    assert_eq!(objects[1]["file"], Value::String(blog.clone()));
    for obj in &objects {
        let map = obj.as_object().expect("a JSON object");
        for key in [
            "title",
            "byline",
            "siteName",
            "publishedTime",
            "lang",
            "dir",
            "excerpt",
            "leadImage",
            "content",
            "text",
            "markdown",
            "length",
            "readingMinutes",
            "removed",
        ] {
            assert!(
                map.contains_key(key),
                "key {key:?} missing; keys: {:?}",
                map.keys().collect::<Vec<_>>()
            );
        }
        for key in map.keys() {
            assert!(!key.contains('_'), "key {key:?} is not camelCase");
        }
    }
    assert_eq!(
        objects[0]["title"],
        "USA und Japan stärken Sicherheitszusammenarbeit"
    );
    assert_eq!(objects[0]["siteName"], "vodafone.de");
    assert_eq!(
        objects[1]["title"],
        "Building a tiny string interner in Rust"
    );

    let removed = objects[0]["removed"]
        .as_array()
        .expect("removed is an array");
    assert!(!removed.is_empty());
    for r in removed {
        for key in ["kind", "reason", "textLength"] {
            assert!(r.get(key).is_some(), "removed entry without {key:?}: {r}");
        }
    }
}

#[test]
fn json_matches_the_library() {
    let portal = path("portal-news-page.html");
    let out = run(&["--format", "json", "--url", PORTAL_URL, &portal]);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let objects = json_lines(&out);
    assert_eq!(objects.len(), 1);
    let a = extract_fixture("portal-news-page.html", Some(PORTAL_URL));
    assert_eq!(objects[0]["text"], Value::String(a.text.clone()));
    assert_eq!(objects[0]["content"], Value::String(a.content.clone()));
    assert_eq!(objects[0]["length"], Value::from(a.length));
    assert_eq!(
        objects[0]["leadImage"],
        serde_json::to_value(&a.lead_image).unwrap()
    );
}

#[test]
fn missing_file_is_reported_and_the_others_still_processed() {
    let portal = path("portal-news-page.html");
    let missing = path("there-is-no-such-file-7c1f.html");
    let blog = path("tech-blog-post.html");
    let out = run(&["--format", "json", &portal, &missing, &blog]);
    assert!(
        !out.status.success(),
        "a missing file must give a non-zero exit"
    );
    let err = stderr(&out);
    assert!(
        err.contains("there-is-no-such-file-7c1f.html"),
        "stderr must name the file: {err:?}"
    );
    let objects = json_lines(&out);
    assert_eq!(
        objects.len(),
        2,
        "the readable files are still printed:\n{}",
        stdout(&out)
    );
    assert_eq!(objects[0]["file"], Value::String(portal));
    assert_eq!(objects[1]["file"], Value::String(blog));
}

#[test]
fn reads_stdin_without_file_argument() {
    let html = fixture("tech-blog-post.html");
    let out = run_with_stdin(&["--format", "json", "--url", BLOG_URL], html.as_bytes());
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let objects = json_lines(&out);
    assert_eq!(objects.len(), 1);
    assert_eq!(
        objects[0]["title"],
        "Building a tiny string interner in Rust"
    );
    assert!(objects[0]["text"]
        .as_str()
        .unwrap()
        .contains("Almost every program that reads text"));
}

#[test]
fn dash_means_stdin() {
    let html = fixture("portal-news-page.html");
    let out = run_with_stdin(&["--format", "text", "-"], html.as_bytes());
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    assert!(
        stdout(&out).contains("Die USA und Japan wollen angesichts der Bedrohungen"),
        "stdout:\n{}",
        stdout(&out)
    );
}

#[test]
fn text_format() {
    let out = run(&[
        "--format",
        "text",
        "--url",
        BLOG_URL,
        &path("tech-blog-post.html"),
    ]);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let text = stdout(&out);
    let a = extract_fixture("tech-blog-post.html", Some(BLOG_URL));
    assert!(
        text.contains(a.text.trim()),
        "--format text prints Article::text:\n{text}"
    );
    assert!(
        !text.contains("<p>") && !text.contains("</"),
        "HTML in text output:\n{text}"
    );
}

#[test]
fn markdown_format() {
    let out = run(&[
        "--format",
        "markdown",
        "--url",
        BLOG_URL,
        &path("tech-blog-post.html"),
    ]);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let md = stdout(&out);
    let a = extract_fixture("tech-blog-post.html", Some(BLOG_URL));
    assert!(
        md.contains(a.markdown.trim()),
        "--format markdown prints Article::markdown:\n{md}"
    );
    assert!(md_lines(&md).contains(&"## Benchmarks"), "markdown:\n{md}");
    assert!(md.contains("```rust"), "markdown:\n{md}");
}

#[test]
fn html_format_uses_the_url_option() {
    let out = run(&[
        "--format",
        "html",
        "--url",
        BLOG_URL,
        &path("tech-blog-post.html"),
    ]);
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let html = stdout(&out);
    assert!(html.contains("<table"), "html:\n{html}");
    assert!(
        html.contains("https://blog.example.dev/images/2024/interner-layout.png"),
        "relative image not resolved against --url:\n{html}"
    );
}

#[test]
fn stdin_and_files_mix_in_order() {
    let html = fixture("tech-blog-post.html");
    let portal = path("portal-news-page.html");
    let out = run_with_stdin(&["--format", "json", &portal, "-"], html.as_bytes());
    assert!(out.status.success(), "stderr: {}", stderr(&out));
    let objects = json_lines(&out);
    assert_eq!(objects.len(), 2);
    assert_eq!(
        objects[0]["title"],
        "USA und Japan stärken Sicherheitszusammenarbeit"
    );
    assert_eq!(
        objects[1]["title"],
        "Building a tiny string interner in Rust"
    );
}

fn sample_path(name: &str) -> String {
    format!("{}/www/samples/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn join_prints_the_pages_as_one_article() {
    let pages: Vec<String> = ["longread.html", "longread-2.html", "longread-3.html"]
        .iter()
        .map(|name| sample_path(name))
        .collect();
    let mut args = vec!["--format", "text"];
    args.extend(pages.iter().map(String::as_str));
    args.push("--join");
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(
        text.matches("Jahrzehntelang wurden Schlafwagen abgeschafft")
            .count(),
        1
    );
    let (first, last) = (
        text.find("Kurz nach halb zehn").unwrap(),
        text.find("Im Schlafwagen, mit Dusche.").unwrap(),
    );
    assert!(
        first < text.find("Gegen Mitternacht").unwrap()
            && text.find("Gegen Mitternacht").unwrap() < last
    );

    let mut args = vec!["--format", "json", "--join"];
    args.extend(pages.iter().map(String::as_str));
    let out = run(&args);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1, "one joined article");
    assert_eq!(lines[0]["pages"], serde_json::json!(pages));
    assert_eq!(lines[0]["file"], Value::String(pages[0].clone()));
    assert_eq!(lines[0]["title"], "Die Rückkehr der Nachtzüge");
}

#[test]
fn join_skips_an_unreadable_page_and_says_so() {
    let first = sample_path("longread.html");
    let third = sample_path("longread-3.html");
    let out = run(&[
        "--format",
        "json",
        "--join",
        &first,
        "/nonexistent/page-2.html",
        &third,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("/nonexistent/page-2.html"),
        "{}",
        stderr(&out)
    );
    let lines = json_lines(&out);
    assert_eq!(lines[0]["pages"], serde_json::json!([first, third]));
    assert!(lines[0]["text"]
        .as_str()
        .unwrap()
        .contains("Im Schlafwagen, mit Dusche."));
}
