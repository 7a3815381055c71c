//! The header of the Markdown: what a note pasted from it needs to say where it came from —
//! title, byline, date and source URL — as a heading with a line under it, or as YAML front
//! matter for note tools that read it (Obsidian, Jekyll, Hugo).

/// How the Markdown starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MarkdownHeader {
    /// `# Title`, then `Byline · 2024-05-01 · <https://…>`, then a rule (`---`).
    #[default]
    Plain,
    /// YAML front matter: `title`, `author`, `published`, `source`, `site` (those known).
    Yaml,
    /// The article alone.
    None,
}

impl MarkdownHeader {
    /// The header of that name (`plain`, `yaml`, `none`), as the CLI and the JavaScript
    /// options spell it.
    pub fn named(name: &str) -> Result<MarkdownHeader, String> {
        match name {
            "plain" => Ok(MarkdownHeader::Plain),
            "yaml" => Ok(MarkdownHeader::Yaml),
            "none" => Ok(MarkdownHeader::None),
            other => Err(format!(
                "unknown markdown header '{other}' (plain, yaml, none)"
            )),
        }
    }
}

/// What the header says, as the article's metadata has it.
pub struct HeaderFields<'a> {
    pub title: &'a str,
    pub byline: Option<&'a str>,
    pub published: Option<&'a str>,
    pub url: Option<&'a str>,
    pub site: Option<&'a str>,
}

/// The Markdown with its header in front (the body unchanged; no header when there is no
/// title).
pub fn with_header(style: MarkdownHeader, fields: &HeaderFields, body: &str) -> String {
    let title = one_line(fields.title);
    if title.is_empty() || style == MarkdownHeader::None {
        return body.to_string();
    }
    let header = match style {
        MarkdownHeader::Yaml => yaml_header(fields, &title),
        _ => plain_header(fields, &title),
    };
    if body.is_empty() {
        header
    } else {
        format!("{header}\n{body}")
    }
}

/// Splits Markdown that [`with_header`] wrote into its header and its body (the header
/// empty when there is none). The body's own headings are `##` and deeper and it never
/// opens with front matter, so the header is recognised by its first line.
pub fn split_header(markdown: &str) -> (&str, &str) {
    let end = if let Some(front) = markdown.strip_prefix("---\n") {
        front.find("\n---\n").map(|at| at + 4 + 5)
    } else if markdown.starts_with("# ") {
        markdown.find("\n---\n").map(|at| at + 5)
    } else {
        None
    };
    let Some(end) = end else {
        return ("", markdown);
    };
    let body = &markdown[end..];
    let body = body.strip_prefix('\n').unwrap_or(body);
    (&markdown[..end], body)
}

/// Text on one line: whitespace (line breaks too) collapsed.
fn one_line(s: &str) -> String {
    crate::text::collapse(s).trim().to_string()
}

/// The date part of an ISO 8601 timestamp (`2024-05-01T08:00:00Z` → `2024-05-01`); any
/// other date as written.
fn date_of(published: &str) -> &str {
    let date = published.split('T').next().unwrap_or(published);
    let iso = date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-';
    if iso {
        date
    } else {
        published
    }
}

fn plain_header(fields: &HeaderFields, title: &str) -> String {
    let mut line: Vec<String> = Vec::new();
    if let Some(byline) = fields.byline.map(one_line).filter(|b| !b.is_empty()) {
        line.push(super::markdown::escape_inline(&byline));
    }
    if let Some(date) = fields.published.map(one_line).filter(|d| !d.is_empty()) {
        line.push(super::markdown::escape_inline(date_of(&date)));
    }
    if let Some(url) = fields.url.filter(|u| is_web_url(u)) {
        line.push(format!("<{}>", url.replace(['<', '>', ' '], "")));
    }
    let mut out = format!("# {}\n\n", super::markdown::escape_inline(title));
    if !line.is_empty() {
        out.push_str(&line.join(" · "));
        out.push_str("\n\n");
    }
    out.push_str("---\n");
    out
}

/// An absolute http(s) URL: what an autolink can show.
fn is_web_url(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

fn yaml_header(fields: &HeaderFields, title: &str) -> String {
    let mut out = String::from("---\n");
    let published = fields.published.map(one_line);
    let entries = [
        ("title", Some(title.to_string())),
        ("author", fields.byline.map(one_line)),
        ("published", published),
        (
            "source",
            fields.url.filter(|u| is_web_url(u)).map(str::to_string),
        ),
        ("site", fields.site.map(one_line)),
    ];
    for (key, value) in entries {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            out.push_str(&format!("{key}: {}\n", yaml_string(&value)));
        }
    }
    out.push_str("---\n");
    out
}

/// A YAML double-quoted scalar: backslashes and quotes escaped, control characters (none
/// survive `one_line` but the odd C0 byte) left out.
fn yaml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars().filter(|c| !c.is_control()) {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: HeaderFields = HeaderFields {
        title: "Trains *again*",
        byline: Some("Jane \"JD\" Doe"),
        published: Some("2024-05-01T08:00:00Z"),
        url: Some("https://news.example/a"),
        site: None,
    };

    #[test]
    fn plain_and_yaml_headers_split_off_again() {
        let md = with_header(MarkdownHeader::Plain, &FIELDS, "Body.\n");
        assert_eq!(
            md,
            "# Trains \\*again\\*\n\nJane \"JD\" Doe · 2024-05-01 · <https://news.example/a>\n\n---\n\nBody.\n"
        );
        assert_eq!(split_header(&md).1, "Body.\n");
        let yaml = with_header(MarkdownHeader::Yaml, &FIELDS, "Body.\n");
        assert_eq!(
            yaml,
            "---\ntitle: \"Trains *again*\"\nauthor: \"Jane \\\"JD\\\" Doe\"\npublished: \"2024-05-01T08:00:00Z\"\nsource: \"https://news.example/a\"\n---\n\nBody.\n"
        );
        assert_eq!(split_header(&yaml), (&yaml[..yaml.len() - 7], "Body.\n"));
        assert_eq!(
            with_header(MarkdownHeader::None, &FIELDS, "Body.\n"),
            "Body.\n"
        );
        assert_eq!(split_header("Body.\n"), ("", "Body.\n"));
    }
}
