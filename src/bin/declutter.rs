//! `declutter [--format html|text|markdown|json] [--url URL] [--filters FILE]... [FILE...]`
//!
//! Reads each file (no file or `-`: stdin; gzip data is unpacked), extracts the article
//! and prints it.
//! `--filters FILE` (repeatable) adds element-hiding rules in the EasyList syntax;
//! the files are read as one list. Lines that can't be used are reported on
//! stderr as `FILE:LINE: message` and skipped; an unreadable filter file is an
//! error (exit status 2).
//! With `--format json`, one JSON object per input and line, with a `"file"` field.
//! A file that cannot be read is reported on stderr; the others are still
//! processed and the exit status is 1.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use declutter::{extract_bytes, Article, FilterList, Options};

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Html,
    Text,
    Markdown,
    Json,
}

struct Args {
    format: Format,
    options: Options,
    files: Vec<String>,
    filter_files: Vec<String>,
}

const USAGE: &str = "usage: declutter [--format html|text|markdown|json] [--url URL] [--filters FILE]... [FILE...]\n\
Extracts the article from each HTML file (no file or '-': stdin).\n\
--filters FILE adds element-hiding rules in the EasyList syntax (##selector, domain##selector, #@# exceptions).";

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        format: Format::Html,
        options: Options::default(),
        files: Vec::new(),
        filter_files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or(format!("{what} needs a value"))
        };
        match name.as_str() {
            "--format" | "-f" => {
                args.format = match value("--format")?.as_str() {
                    "html" => Format::Html,
                    "text" | "txt" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    "json" => Format::Json,
                    other => {
                        return Err(format!(
                            "unknown format '{other}' (html, text, markdown, json)"
                        ))
                    }
                }
            }
            "--url" | "-u" => args.options.url = Some(value("--url")?),
            "--filters" => args.filter_files.push(value("--filters")?),
            "--help" | "-h" => return Err(String::new()),
            "-" => args.files.push(arg),
            s if s.starts_with('-') => return Err(format!("unknown option '{s}'")),
            _ => args.files.push(arg),
        }
    }
    if args.files.is_empty() {
        args.files.push("-".into());
    }
    Ok(args)
}

/// Reads the filter files as one list; reports unusable lines on stderr.
fn load_filters(files: &[String]) -> Result<Option<FilterList>, String> {
    if files.is_empty() {
        return Ok(None);
    }
    let mut texts = Vec::with_capacity(files.len());
    for file in files {
        let bytes =
            std::fs::read(file).map_err(|e| format!("cannot read filter file {file}: {e}"))?;
        texts.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    let sources: Vec<(&str, &str)> = files
        .iter()
        .map(String::as_str)
        .zip(texts.iter().map(String::as_str))
        .collect();
    let (list, errors) = FilterList::parse_sources(&sources);
    for (source, error) in errors {
        eprintln!(
            "declutter: {}:{}: {}",
            files[source], error.line, error.message
        );
    }
    if list.unsupported() > 0 {
        eprintln!(
            "declutter: note: skipped {} filter line(s) with network rules or extended syntax (only element hiding is supported)",
            list.unsupported()
        );
    }
    Ok(Some(list))
}

/// The bytes of a file (`-`: stdin), gunzipped when they are gzip data.
fn read_input(file: &str) -> io::Result<Vec<u8>> {
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        buf
    } else {
        std::fs::read(file)?
    };
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out)?;
    Ok(out)
}

fn render(article: &Article, format: Format, file: &str) -> String {
    match format {
        Format::Html => article.content.clone(),
        Format::Text => article.text.clone(),
        Format::Markdown => article.markdown.clone(),
        Format::Json => {
            let mut value = serde_json::to_value(article).unwrap_or_default();
            if let Some(map) = value.as_object_mut() {
                map.insert("file".into(), serde_json::Value::String(file.to_string()));
            }
            value.to_string()
        }
    }
}

fn main() -> ExitCode {
    let mut args = match parse_args() {
        Ok(a) => a,
        Err(msg) if msg.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("declutter: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match load_filters(&args.filter_files) {
        Ok(filters) => args.options.filters = filters,
        Err(msg) => {
            eprintln!("declutter: {msg}");
            return ExitCode::from(2);
        }
    }
    let mut failed = false;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for file in &args.files {
        let result = read_input(file)
            .map_err(|e| format!("cannot read {file}: {e}"))
            .and_then(|bytes| {
                extract_bytes(&bytes, &args.options).map_err(|e| format!("{file}: {e}"))
            });
        match result {
            Ok(article) => {
                let text = render(&article, args.format, file);
                if writeln!(out, "{}", text.trim_end()).is_err() {
                    return ExitCode::from(1);
                }
            }
            Err(msg) => {
                eprintln!("declutter: {msg}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
