//! `declutter [--format html|text|markdown|json] [--url URL] [--filters FILE]... [--join]
//! [--scorer rules|model|both] [--kinds KIND,...] [--markdown-header plain|yaml|none] [FILE...]`
//!
//! Reads each file (no file or `-`: stdin; gzip data is unpacked), extracts the article
//! and prints it.
//! `--join` reads the files as the pages of one article, in order, and prints that article once:
//! page 1's metadata, every page's body, headers repeated from page 1 and pagination blocks left
//! out (with `--format json`, `"pages"` lists the files).
//! `--filters FILE` (repeatable) adds element-hiding rules in the EasyList syntax;
//! the files are read as one list. Lines that can't be used are reported on
//! stderr as `FILE:LINE: message` and skipped; an unreadable filter file is an
//! error (exit status 2).
//! With `--format json`, one JSON object per input and line, with a `"file"` field.
//! `--warc` reads the files as WARC files (gzip or not) and prints one JSON object per HTML
//! response, with `"url"` (`WARC-Target-URI`), `"date"` (`WARC-Date`) and `"file"`; what was
//! skipped is counted on stderr. A file that is no WARC is an error (exit status 1).
//! A file that cannot be read is reported on stderr; the others are still
//! processed and the exit status is 1.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use declutter::warc::{Articles, Stats, WarcArticle};
use declutter::{extract_bytes, Article, ClutterKind, FilterList, MarkdownHeader, Options, Scorer};

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
    /// The files are the pages of one article.
    join: bool,
    /// The files are WARC files.
    warc: bool,
    /// `--format` was given.
    format_given: bool,
}

const USAGE: &str = "usage: declutter [--format html|text|markdown|json] [--url URL] [--filters FILE]... [--join] [--scorer rules|model|both] [--kinds KIND,...] [--markdown-header plain|yaml|none] [FILE...]\n\
       declutter --warc [--filters FILE]... [--scorer ...] [--kinds ...] FILE.warc[.gz]...\n\
Extracts the article from each HTML file (no file or '-': stdin; gzip data is unpacked).\n\
--scorer chooses who decides what the article is: the rules, the learned block scorer, or both (default).\n\
--kinds takes out only these kinds of clutter (ad, recommendation, navigation, social, comments, newsletter, consent, other; default all).\n\
--markdown-header starts the Markdown with title, byline, date and source: as a heading and a line (plain, the default), as YAML front matter (yaml), or not at all (none).\n\
--filters FILE adds element-hiding rules in the EasyList syntax (##selector, domain##selector, #@# exceptions).\n\
--join reads the files as the pages of one article, in order, and prints the joined article once.\n\
--warc reads WARC files and prints each HTML response's article as a JSON line with \"url\" and \"date\"; skipped records are counted on stderr.";

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        format: Format::Html,
        options: Options::default(),
        files: Vec::new(),
        filter_files: Vec::new(),
        join: false,
        warc: false,
        format_given: false,
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
                args.format_given = true;
                args.format = parse_format(&value("--format")?)?;
            }
            "--url" | "-u" => args.options.url = Some(value("--url")?),
            "--filters" => args.filter_files.push(value("--filters")?),
            "--join" => args.join = true,
            "--warc" => {
                args.warc = true;
                args.files.extend(inline);
            }
            "--scorer" => args.options.scorer = Scorer::named(&value("--scorer")?)?,
            "--kinds" => args.options.kinds = Some(parse_kinds(&value("--kinds")?)?),
            "--markdown-header" => {
                args.options.markdown_header = MarkdownHeader::named(&value("--markdown-header")?)?
            }
            "--help" | "-h" => return Err(String::new()),
            "-" => args.files.push(arg),
            s if s.starts_with('-') => return Err(format!("unknown option '{s}'")),
            _ => args.files.push(arg),
        }
    }
    if args.files.is_empty() {
        args.files.push("-".into());
    }
    if args.warc {
        check_warc_args(&args)?;
    }
    Ok(args)
}

fn parse_format(name: &str) -> Result<Format, String> {
    match name {
        "html" => Ok(Format::Html),
        "text" | "txt" => Ok(Format::Text),
        "markdown" | "md" => Ok(Format::Markdown),
        "json" => Ok(Format::Json),
        other => Err(format!(
            "unknown format '{other}' (html, text, markdown, json)"
        )),
    }
}

/// `--warc` prints JSON lines of the records' own URLs.
fn check_warc_args(args: &Args) -> Result<(), String> {
    if args.join {
        return Err("--warc and --join can't be used together".into());
    }
    if args.options.url.is_some() {
        return Err("--url can't be used with --warc (each record has its URL)".into());
    }
    if args.format_given && args.format != Format::Json {
        return Err("--warc prints JSON lines (--format json)".into());
    }
    Ok(())
}

/// `ad,comments` as kinds of clutter.
fn parse_kinds(list: &str) -> Result<Vec<ClutterKind>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(|name| ClutterKind::named(name).ok_or(format!("unknown kind '{name}' in --kinds")))
        .collect()
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

/// The output for one article; `pages` (with `--join`) lists the files it was joined from.
fn render(article: &Article, format: Format, file: &str, pages: Option<&[String]>) -> String {
    match format {
        Format::Html => article.content.clone(),
        Format::Text => article.text.clone(),
        Format::Markdown => article.markdown.clone(),
        Format::Json => {
            let mut value = serde_json::to_value(article).unwrap_or_default();
            if let Some(map) = value.as_object_mut() {
                map.insert("file".into(), serde_json::Value::String(file.to_string()));
                if let Some(pages) = pages {
                    map.insert("pages".into(), serde_json::json!(pages));
                }
            }
            value.to_string()
        }
    }
}

/// The article of a file; `page`: kept ready to be joined with the other pages of its article.
fn extract_file(file: &str, options: &Options, page: bool) -> Result<Article, String> {
    let bytes = read_input(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let extracted = if page {
        declutter::multipage::extract_page_bytes(&bytes, options)
    } else {
        extract_bytes(&bytes, options)
    };
    extracted.map_err(|e| format!("{file}: {e}"))
}

/// Prints each file's article; `false` when a file failed.
fn print_each(args: &Args, out: &mut impl Write) -> Result<bool, io::Error> {
    let mut ok = true;
    for file in &args.files {
        match extract_file(file, &args.options, false) {
            Ok(article) => writeln!(
                out,
                "{}",
                render(&article, args.format, file, None).trim_end()
            )?,
            Err(msg) => {
                eprintln!("declutter: {msg}");
                ok = false;
            }
        }
    }
    Ok(ok)
}

/// Prints the article joined from the files read as its pages; `false` when a file failed (the
/// others are joined all the same).
fn print_joined(args: &Args, out: &mut impl Write) -> Result<bool, io::Error> {
    let mut ok = true;
    let (mut pages, mut files) = (Vec::new(), Vec::new());
    for file in &args.files {
        match extract_file(file, &args.options, true) {
            Ok(article) => {
                pages.push(article);
                files.push(file.clone());
            }
            Err(msg) => {
                eprintln!("declutter: {msg}");
                ok = false;
            }
        }
    }
    if let Some(article) = declutter::multipage::join(&pages) {
        let text = render(&article, args.format, &files[0], Some(&files));
        writeln!(out, "{}", text.trim_end())?;
    }
    Ok(ok)
}

/// Prints the articles of each WARC file as JSON lines and what was skipped on stderr; `false`
/// when a file could not be read as WARC.
fn print_warc(args: &Args, out: &mut impl Write) -> Result<bool, io::Error> {
    let mut ok = true;
    for file in &args.files {
        let opened = if file == "-" {
            Articles::new(io::stdin(), args.options.clone())
        } else {
            Articles::open(file, args.options.clone())
        };
        let mut articles = match opened {
            Ok(articles) => articles,
            Err(e) => {
                eprintln!("declutter: cannot read {file}: {e}");
                ok = false;
                continue;
            }
        };
        let mut readable = true;
        for item in &mut articles {
            match item {
                Ok(page) => writeln!(out, "{}", warc_json(&page, file))?,
                Err(e) => {
                    eprintln!("declutter: {file}: {e}");
                    readable = false;
                }
            }
        }
        if readable {
            eprintln!("declutter: {file}: {}", warc_summary(articles.stats()));
        }
        ok &= readable;
    }
    Ok(ok)
}

/// The article as JSON with the record's `"url"` and `"date"` and the WARC file's name.
fn warc_json(page: &WarcArticle, file: &str) -> String {
    let mut value = serde_json::to_value(&page.article).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        map.insert("url".into(), serde_json::json!(page.url));
        map.insert("date".into(), serde_json::json!(page.date));
        map.insert("file".into(), serde_json::json!(file));
    }
    value.to_string()
}

/// `3 articles from 9 records; skipped: 3 requests, 1 not_html, 1 truncated`.
fn warc_summary(stats: &Stats) -> String {
    let skipped: Vec<String> = stats.counts()[2..]
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|(name, count)| format!("{count} {name}"))
        .collect();
    let mut summary = format!("{} articles from {} records", stats.articles, stats.records);
    if !skipped.is_empty() {
        summary += &format!("; skipped: {}", skipped.join(", "));
    }
    summary
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
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let printed = if args.warc {
        print_warc(&args, &mut out)
    } else if args.join {
        print_joined(&args, &mut out)
    } else {
        print_each(&args, &mut out)
    };
    match printed {
        Ok(true) => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    }
}
