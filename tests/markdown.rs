#![cfg(not(target_arch = "wasm32"))]
//! Markdown output (CommonMark + GFM tables): headings, emphasis, absolute links and images,
//! nested lists, blockquotes, fenced code with language, tables with escaped pipes.
mod common;

use common::*;

const FIXTURE: &str = "release-notes.html";
const URL: &str = "https://tern.example/blog/2024/tern-2-0/";

fn markdown() -> String {
    extract_fixture(FIXTURE, Some(URL)).markdown
}

/// Finds the list item whose text (after the marker) is exactly `text`; returns
/// (indentation, marker including its trailing space, line number).
fn list_item(lines: &[&str], text: &str) -> (usize, String, usize) {
    for (n, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start_matches(' ');
        let indent = line.len() - trimmed.len();
        let marker_len = if trimmed.starts_with("- ")
            || trimmed.starts_with("* ")
            || trimmed.starts_with("+ ")
        {
            2
        } else {
            let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
            if digits > 0
                && (trimmed[digits..].starts_with(". ") || trimmed[digits..].starts_with(") "))
            {
                digits + 2
            } else {
                continue;
            }
        };
        if trimmed[marker_len..].trim_start() == text {
            let marker = trimmed[..marker_len].to_owned();
            return (indent, marker, n);
        }
    }
    panic!("no list item {text:?} in markdown:\n{}", lines.join("\n"));
}

/// Asserts that `child` is nested one level inside `parent` and comes after it.
fn assert_nested(lines: &[&str], parent: &str, child: &str) {
    let (p_indent, p_marker, p_line) = list_item(lines, parent);
    let (c_indent, _, c_line) = list_item(lines, child);
    let content_col = p_indent + p_marker.len();
    assert!(c_line > p_line, "{child:?} must follow {parent:?}");
    assert!(
        c_indent >= content_col && c_indent <= content_col + 3,
        "{child:?} (indent {c_indent}) is not nested under {parent:?} (content column {content_col}):\n{}",
        lines.join("\n")
    );
}

#[test]
fn headings_are_atx() {
    let md = markdown();
    let lines = md_lines(&md);
    assert!(lines.contains(&"## Highlights"), "markdown:\n{md}");
    assert!(lines.contains(&"### Faster filters"), "markdown:\n{md}");
    assert!(lines.contains(&"## Operators"), "markdown:\n{md}");
    assert!(lines.contains(&"## Upgrading"), "markdown:\n{md}");
    // A heading is a block of its own.
    let i = lines.iter().position(|l| *l == "## Highlights").unwrap();
    assert!(
        i == 0 || lines[i - 1].is_empty(),
        "no blank line before the heading:\n{md}"
    );
    assert!(
        lines.get(i + 1).is_none_or(|l| l.is_empty()),
        "no blank line after the heading:\n{md}"
    );
}

#[test]
fn emphasis_strong_and_inline_code() {
    let md = markdown();
    assert!(
        md.contains("**twice as fast**") || md.contains("__twice as fast__"),
        "strong:\n{md}"
    );
    assert!(
        md.contains("*much*") || md.contains("_much_"),
        "emphasis:\n{md}"
    );
    assert!(md.contains("`tern migrate`"), "inline code:\n{md}");
    assert!(
        md.contains("`tern run --from-markdown`"),
        "inline code:\n{md}"
    );
}

#[test]
fn links_are_absolute() {
    let md = markdown();
    assert!(
        md.contains("[installation guide](https://tern.example/docs/install/)"),
        "markdown:\n{md}"
    );
    assert!(
        md.contains("[full changelog](https://tern.example/changelog/#2.0.0)"),
        "markdown:\n{md}"
    );
}

#[test]
fn images() {
    let md = markdown();
    assert!(
        md.contains(
            "![A three-stage pipeline](https://tern.example/blog/2024/tern-2-0/images/pipeline.png"
        ),
        "markdown:\n{md}"
    );
    assert!(md.contains("Stages now stream records to each other instead of buffering them."));
}

#[test]
fn nested_lists() {
    let md = markdown();
    let lines = md_lines(&md);
    assert_nested(&lines, "Filters", "`where` now short-circuits");
    assert_nested(&lines, "Filters", "`match` accepts regular expressions");
    assert_nested(&lines, "Output", "JSON Lines by default");
    assert_nested(&lines, "Output", "Colour only when writing to a terminal");
    let (filters_indent, _, filters) = list_item(&lines, "Filters");
    let (output_indent, _, output) = list_item(&lines, "Output");
    let (packaging_indent, _, packaging) = list_item(&lines, "Packaging");
    assert_eq!(
        (filters_indent, output_indent, packaging_indent),
        (0, 0, 0),
        "top-level items are not indented"
    );
    assert!(filters < output && output < packaging);
    let (_, nested, nested_line) = list_item(&lines, "JSON Lines by default");
    assert!(nested_line > output && nested_line < packaging);
    assert!(
        ["- ", "* ", "+ "].contains(&nested.as_str()),
        "bullet marker expected, got {nested:?}"
    );

    // An ordered list with a bullet list inside its second item.
    let (_, first, l1) = list_item(&lines, "Install 2.0");
    let (_, second, l2) = list_item(&lines, "Run `tern migrate` on your config");
    let (_, third, l3) = list_item(&lines, "Remove the backup once you are happy");
    for m in [&first, &second, &third] {
        assert!(
            m.ends_with(". ") || m.ends_with(") "),
            "ordered marker expected, got {m:?}"
        );
    }
    assert!(
        first.starts_with('1'),
        "the ordered list starts at 1: {first:?}"
    );
    assert!(l1 < l2 && l2 < l3);
    assert_nested(
        &lines,
        "Run `tern migrate` on your config",
        "it rewrites old operator names",
    );
    assert_nested(
        &lines,
        "Run `tern migrate` on your config",
        "it keeps a backup",
    );
    let (_, _, backup) = list_item(&lines, "it keeps a backup");
    assert!(backup < l3, "the nested list belongs to the second step");
}

#[test]
fn blockquote_with_two_paragraphs() {
    let md = markdown();
    let lines = md_lines(&md);
    let first = lines
        .iter()
        .position(|l| l.contains("We rewrote the filter engine"))
        .unwrap_or_else(|| panic!("quote missing:\n{md}"));
    let second = lines
        .iter()
        .position(|l| {
            l.contains("The third version is the first one we would be happy to maintain")
        })
        .unwrap_or_else(|| panic!("quote missing:\n{md}"));
    assert!(
        second > first + 1,
        "the two quoted paragraphs must be separate paragraphs:\n{md}"
    );
    for l in &lines[first..=second] {
        assert!(
            l.starts_with('>'),
            "line {l:?} breaks the blockquote:\n{md}"
        );
    }
    assert!(
        lines[first].contains("*three times*") || lines[first].contains("_three times_"),
        "emphasis inside the quote:\n{md}"
    );
}

#[test]
fn fenced_code_with_language() {
    let md = markdown();
    assert_fenced(
        &md,
        "sh",
        "curl -fsSL https://tern.example/install.sh | sh\ntern --version",
    );
}

#[test]
fn fence_is_longer_than_backticks_inside_the_code() {
    let md = markdown();
    // The block itself contains a ``` fence, so it needs a longer fence (or tildes) around it.
    assert_fenced(
        &md,
        "markdown",
        "Run it like this:\n\n```sh\ntern run pipeline.tern\n```",
    );
}

#[test]
fn gfm_table_escapes_pipes() {
    let md = markdown();
    let table = gfm_table(&md, "Operator");
    assert_eq!(
        table,
        [
            ["Operator", "Meaning", "Example"],
            [
                r"`\|`",
                "Pipe output into the next stage",
                r"`read \| where size > 1`"
            ],
            [
                r"`\|\|`",
                r"Run the right side if the left fails, as in a \| b",
                r"`fetch \|\| cached`"
            ],
            [
                "`&&`",
                "Run the right side only if the left succeeds",
                "`build && test`"
            ],
        ]
    );
}

#[test]
fn paragraphs_are_single_lines_between_blank_lines() {
    let md = markdown();
    let lines = md_lines(&md);
    let line_of = |p: &str| {
        lines.iter().position(|l| *l == p).unwrap_or_else(|| {
            panic!("paragraph is not one (unwrapped) line of its own:\n{p}\n--- markdown:\n{md}")
        })
    };
    // Followed by a list (which may interrupt a paragraph in CommonMark).
    let p1 = "Most of the work went into the parts of Tern that people use every day rather than into new syntax. The list below is not complete, but it covers the changes that most users will notice within the first hour of running the new version on their existing pipelines.";
    // Followed by the table: without a blank line GFM would read this line as the table header.
    let p2 = "Three operators connect the stages of a pipeline. Their meaning has not changed since 1.x, but the parser is now strict about spacing, so a pipeline that relied on the old, more forgiving grammar may need small edits before it runs again.";
    for p in [p1, p2] {
        let i = line_of(p);
        assert!(
            i == 0 || lines[i - 1].is_empty(),
            "no blank line before paragraph:\n{md}"
        );
    }
    let i = line_of(p2);
    assert_eq!(
        lines.get(i + 1),
        Some(&""),
        "no blank line between paragraph and table:\n{md}"
    );
    // Two consecutive paragraphs are two blocks.
    let p3 = "The filter engine used to evaluate every condition on every record";
    let p4 = "Thank you to everyone who tested the release candidates";
    for p in [p3, p4] {
        let i = lines
            .iter()
            .position(|l| l.starts_with(p))
            .unwrap_or_else(|| panic!("{p:?} missing:\n{md}"));
        assert!(lines[i - 1].is_empty(), "no blank line before {p:?}:\n{md}");
        assert!(
            lines.get(i + 1).is_none_or(|l| l.is_empty()),
            "no blank line after {p:?}:\n{md}"
        );
    }
}

#[test]
fn no_raw_html_and_no_chrome() {
    let a = extract_fixture(FIXTURE, Some(URL));
    for tag in [
        "<div", "<span", "<p>", "<p ", "<strong", "<em>", "<code", "<table", "<ul", "<li",
        "<figure", "<a ",
    ] {
        assert!(
            !a.markdown.contains(tag),
            "raw HTML {tag:?} in markdown:\n{}",
            a.markdown
        );
    }
    assert_all_absent(
        &a,
        &[
            "Recent posts",
            "Tern 1.9: the last 1.x release",
            "Edit this page",
            "Released under the MIT licence",
            "Community",
        ],
    );
}
