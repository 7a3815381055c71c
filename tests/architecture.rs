//! The code map's rules, checked over the sources (README.md, "Design"):
//!
//! - each module imports only modules of lower layers (and itself): data flows one way;
//! - nothing outside `src/wasm.rs` and `src/page/` mentions `JsValue`;
//! - no function outside the tests is longer than [`MAX_FUNCTION_LINES`].
//!
//! Only code is read: comments and the `#[cfg(test)] mod tests` at the end of a file are
//! skipped (tests may drive any layer).

use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may import from modules of a lower layer only;
/// modules of one layer don't know each other. `crate::Article` and the other items the
/// crate root re-exports count as the `extract` module's.
const LAYERS: &[&[&str]] = &[
    &["case"],
    &[
        "text", "decode", "json", "report", "urls", "parse", "schema", "stages",
    ],
    &["view", "tree"],
    &["signals", "filters", "metadata"],
    &["clutter", "score", "clean", "blocks"],
    &["kind"],
    &["output"],
    &["extract"],
    &["multipage", "warc"],
    &["lib", "page"],
    &["wasm"],
    &["bin"],
];

/// Longest function allowed outside the tests.
const MAX_FUNCTION_LINES: usize = 60;

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// Every `.rs` file below `src/`.
fn sources() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The top-level module a source file belongs to: `src/clean/prepare/mod.rs` → `clean`.
fn module_of(path: &Path) -> String {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let rel = path.strip_prefix(&src).expect("below src");
    let first = rel
        .components()
        .next()
        .expect("a file")
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The file's code lines: comments blanked, the trailing test module dropped.
fn code_lines(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("read source");
    let lines: Vec<&str> = text.lines().collect();
    let end = (0..lines.len())
        .find(|&i| {
            lines[i].trim() == "#[cfg(test)]"
                && lines
                    .get(i + 1)
                    .is_some_and(|l| l.trim_start().starts_with("mod tests"))
        })
        .unwrap_or(lines.len());
    lines[..end]
        .iter()
        .map(|l| {
            if l.trim_start().starts_with("//") {
                String::new()
            } else {
                l.to_string()
            }
        })
        .collect()
}

/// The modules a line names after `crate::`: `crate::view::Doc` → `view`,
/// `crate::{text, Article}` → `text`, `article`.
fn imported_modules(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in line.match_indices("crate::") {
        let rest = &line[at + "crate::".len()..];
        let names: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => group.split('}').next().unwrap_or("").split(',').collect(),
            None => vec![rest],
        };
        for name in names {
            let ident: String = name
                .trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if ident.is_empty() {
                continue;
            }
            let is_module = layer_of(&ident).is_some();
            out.push(if is_module {
                ident
            } else {
                "extract".to_string()
            });
        }
    }
    out
}

#[test]
fn lower_layers_never_import_higher_ones() {
    let mut wrong = Vec::new();
    for path in sources() {
        let module = module_of(&path);
        let Some(own) = layer_of(&module) else {
            wrong.push(format!(
                "{}: module `{module}` is in no layer",
                path.display()
            ));
            continue;
        };
        for (n, line) in code_lines(&path).iter().enumerate() {
            for used in imported_modules(line) {
                let layer = layer_of(&used).expect("known module");
                if used != module && layer >= own {
                    wrong.push(format!(
                        "{}:{}: `{module}` uses `{used}`",
                        path.display(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn only_the_wasm_boundary_and_the_page_layer_mention_jsvalue() {
    let mut wrong = Vec::new();
    for path in sources() {
        let module = module_of(&path);
        if module == "wasm" || module == "page" {
            continue;
        }
        for (n, line) in code_lines(&path).iter().enumerate() {
            if line.contains("JsValue") {
                wrong.push(format!("{}:{}", path.display(), n + 1));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "JsValue outside src/wasm.rs and src/page/:\n{}",
        wrong.join("\n")
    );
}

/// `(first line, lines, name)` of each function: from its `fn` line to the line that
/// closes it at the same indentation (rustfmt's layout).
fn functions(lines: &[String]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        let Some(at) = trimmed.find("fn ") else {
            continue;
        };
        let head = &trimmed[..at];
        let is_item = head.split_whitespace().all(|w| {
            matches!(w, "pub" | "const" | "async" | "unsafe" | "extern") || w.starts_with("pub(")
        });
        if !is_item {
            continue;
        }
        let name: String = trimmed[at + 3..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        // A declaration (in a trait or an `extern` block) ends its signature with `;`.
        let mut signature = lines[i..].iter().map(|l| l.trim_end());
        if signature
            .find(|l| l.ends_with(['{', ';']))
            .is_some_and(|l| l.ends_with(';'))
        {
            continue;
        }
        let close = format!("{indent}}}");
        if let Some(end) = lines[i..].iter().position(|l| *l == close) {
            out.push((i + 1, end + 1, name));
        }
    }
    out
}

#[test]
fn functions_are_short() {
    let mut long = Vec::new();
    for path in sources() {
        for (line, len, name) in functions(&code_lines(&path)) {
            if len > MAX_FUNCTION_LINES {
                long.push(format!(
                    "{}:{line}: `{name}` has {len} lines",
                    path.display()
                ));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines:\n{}",
        long.join("\n")
    );
}

/// The modules `src/lib.rs` may make public: the multi-page entry points, the hidden tools'
/// door and, for the browser tests, the page layer and the JS API. Everything else of the
/// engine is private: the API is what `lib.rs` re-exports.
const PUBLIC_MODULES: &[&str] = &["multipage", "internals", "page", "wasm", "warc"];

#[test]
fn the_engine_s_modules_are_private() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs");
    let public: Vec<String> = code_lines(&lib)
        .iter()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|rest| rest.trim_end_matches([';', '{', ' ']).to_string())
        .filter(|name| !PUBLIC_MODULES.contains(&name.as_str()))
        .collect();
    assert!(public.is_empty(), "public engine modules: {public:?}");
}

#[test]
fn the_checks_see_what_they_check() {
    assert_eq!(imported_modules("use crate::view::{Doc, Mask};"), ["view"]);
    assert_eq!(
        imported_modules("use crate::{text, Article};"),
        ["text", "extract"]
    );
    let lines: Vec<String> = [
        "pub(super) fn a() {",
        "    x();",
        "}",
        "fn not_an_item() {}",
        "    fn declared(x: u32);",
        "}",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(functions(&lines), [(1, 3, "a".to_string())]);
    let own = sources();
    assert!(own.iter().any(|p| module_of(p) == "clutter") && own.len() > 40);
}
