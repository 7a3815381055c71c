//! The TypeScript types of the npm package (`src/wasm.rs`'s `TYPESCRIPT_TYPES`, written into
//! `pkg/declutter.d.ts`) against the Rust types they describe: a field, option or kind name on
//! one side only fails here.

use std::collections::BTreeSet;

use declutter::{Article, ClutterKind, PageKind, Removed};

fn wasm_source() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/wasm.rs"))
        .expect("src/wasm.rs")
}

/// The text of the TypeScript declarations in `src/wasm.rs`.
fn typescript(source: &str) -> &str {
    let start = source
        .find("const TYPESCRIPT_TYPES: &str = r#\"")
        .expect("the types");
    let rest = &source[start..];
    &rest[..rest.find("\"#;").expect("their end")]
}

/// The body of `export interface NAME … { … }`.
fn interface<'a>(ts: &'a str, name: &str) -> &'a str {
    let head = format!("export interface {name} ");
    let start = ts.find(&head).unwrap_or_else(|| panic!("interface {name}"));
    let body = &ts[start..];
    let open = body.find('{').expect("{");
    let close = body.find("\n}").expect("}");
    &body[open + 1..close]
}

/// The field names of an interface body (doc comments skipped).
fn fields(body: &str) -> BTreeSet<String> {
    body.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('*') && !l.starts_with("/*"))
        .filter_map(|l| l.split_once(':').map(|(name, _)| name))
        .map(|name| name.trim_end_matches('?').to_string())
        .filter(|name| name.chars().all(|c| c.is_ascii_alphanumeric()))
        .collect()
}

/// The names of a string union `export type NAME = | "a" | "b";`.
fn union(ts: &str, name: &str) -> BTreeSet<String> {
    let head = format!("export type {name} =");
    let start = ts.find(&head).unwrap_or_else(|| panic!("type {name}"));
    let body = &ts[start + head.len()..];
    let body = &body[..body.find(';').expect(";")];
    body.split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The keys serde writes for a value (the CLI's JSON), which the JS object mirrors.
fn serde_keys(value: impl serde::Serialize) -> BTreeSet<String> {
    match serde_json::to_value(value).expect("serializes") {
        serde_json::Value::Object(map) => map.keys().cloned().collect(),
        other => panic!("not an object: {other}"),
    }
}

/// The keys a builder function of `src/wasm.rs` sets with `.set("key", …)`/`.set_name("key", …)`.
fn keys_set_by(source: &str, function: &str) -> BTreeSet<String> {
    let start = source
        .find(&format!("fn {function}("))
        .expect("the function");
    let body = &source[start..];
    let body = &body[..body.find("\n}").expect("its end")];
    [".set(", ".set_name("]
        .iter()
        .flat_map(|marker| body.match_indices(marker).map(|(at, _)| at + marker.len()))
        .map(|at| first_string(&body[at..]))
        .collect()
}

/// The first string literal of `code` (after blanks and line breaks).
fn first_string(code: &str) -> String {
    let rest = code
        .trim_start()
        .strip_prefix('"')
        .expect("a string literal");
    rest[..rest.find('"').expect("its end")].to_string()
}

#[test]
fn the_article_interface_has_the_rust_article_s_fields() {
    let source = wasm_source();
    let ts = typescript(&source);
    let rust = serde_keys(Article::default());
    assert_eq!(fields(interface(ts, "Article")), rust, "interface Article");
    assert_eq!(
        keys_set_by(&source, "article_object"),
        rust,
        "article_object"
    );
}

#[test]
fn the_removed_interface_has_the_rust_removed_s_fields() {
    let source = wasm_source();
    let ts = typescript(&source);
    let removed = Removed {
        kind: ClutterKind::Ad,
        reason: String::new(),
        text_length: 0,
        selector: String::new(),
    };
    let rust = serde_keys(removed);
    assert_eq!(fields(interface(ts, "Removed")), rust, "interface Removed");
    assert_eq!(keys_set_by(&source, "removed_block"), rust, "removed_block");
}

#[test]
fn kind_unions_name_every_kind() {
    let source = wasm_source();
    let ts = typescript(&source);
    let clutter: BTreeSet<String> = ClutterKind::ALL
        .iter()
        .map(|k| k.name().to_string())
        .collect();
    assert_eq!(union(ts, "ClutterKind"), clutter);
    let pages: BTreeSet<String> = PageKind::ALL.iter().map(|k| k.name().to_string()).collect();
    assert_eq!(union(ts, "PageKind"), pages);
}

#[test]
fn every_option_read_is_declared_and_every_declared_option_is_read() {
    let source = wasm_source();
    let ts = typescript(&source);
    let declared: BTreeSet<String> = [
        "CleanOptions",
        "DeclutterOptions",
        "ReaderOptions",
        "AllPagesOptions",
    ]
    .iter()
    .flat_map(|name| fields(interface(ts, name)))
    .collect();
    let start = source.find("fn from_js(").expect("JsOptions::from_js");
    let body = &source[start..];
    let body = &body[..body.find("\n    }").expect("its end")];
    // `fields.string("url")?`, `fields.integer("maxBytes")?`, …
    let read: BTreeSet<String> = body
        .match_indices("fields")
        .filter_map(|(at, _)| body[at..].split_once('(').map(|(_, rest)| rest))
        .filter(|rest| rest.trim_start().starts_with('"'))
        .map(first_string)
        .collect();
    assert_eq!(declared, read);
}
