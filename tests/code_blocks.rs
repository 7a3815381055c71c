#![cfg(not(target_arch = "wasm32"))]
//! Code is sacred: on pages with the markup of the common syntax highlighters (Prism,
//! highlight.js, Shiki, rehype-pretty-code, Pygments, GitHub, Docusaurus, Gatsby, Rouge), every
//! code block comes out byte for byte as the browser's `textContent` of its `<pre>` (a `<br>`
//! being a newline) in `text` and as the body of a Markdown fence whose info string is the
//! language; no token span is reported as clutter; the language stays on `<code>`.
mod common;

use common::*;
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use scraper::{Html, Node, Selector};

/// Prose around the code, enough for the article to be the page's.
const PROSE: &str = "<p>Components let you split the interface into independent, reusable pieces, \
    and think about each piece in isolation. This page gives an introduction to the idea, with \
    an example that you can copy into your own project and run.</p>";

/// A documentation page: menu, article with prose, the code, more prose.
fn page(code: &str) -> String {
    format!(
        "<html><head><title>Working with code</title></head><body>\
         <nav class=navbar><a href=/>Home</a> <a href=/docs>Docs</a></nav>\
         <main><article><h1>Working with code</h1>{PROSE}{code}{PROSE}</article></main>\
         <footer>© Example docs</footer></body></html>"
    )
}

/// Classes of line-number gutters: their `<pre>`s hold numbers, not code.
const GUTTERS: &[&str] = &["linenos", "gutter", "linenodiv"];

/// The browser's `textContent` of every code `<pre>` of the page, a `<br>` read as a newline
/// and a line in a block of its own (`div.line`) as a line, as the browser shows them.
fn code_in_page(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let pre = Selector::parse("pre").unwrap();
    doc.select(&pre)
        .filter(|p| {
            !p.ancestors().any(|a| {
                a.value().as_element().is_some_and(|e| {
                    e.attr("class")
                        .is_some_and(|c| c.split_whitespace().any(|w| GUTTERS.contains(&w)))
                })
            })
        })
        .map(|p| {
            let mut code = String::new();
            for n in p.descendants() {
                match n.value() {
                    Node::Text(t) => code.push_str(t),
                    Node::Element(e) if e.name() == "br" => code.push('\n'),
                    Node::Element(e)
                        if e.name() == "div" && !code.is_empty() && !code.ends_with('\n') =>
                    {
                        code.push('\n');
                    }
                    _ => {}
                }
            }
            code
        })
        .collect()
}

/// The fenced code blocks of a Markdown text as CommonMark reads them: info string and body.
fn fences(markdown: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut open: Option<(String, String)> = None;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                open = Some((info.to_string(), String::new()));
            }
            Event::Text(t) => {
                if let Some((_, body)) = open.as_mut() {
                    body.push_str(&t);
                }
            }
            Event::End(TagEnd::CodeBlock) => out.extend(open.take()),
            _ => {}
        }
    }
    out
}

/// Every code block of the page in `text` and in the Markdown fences, byte for byte, with
/// `langs` (one per block) as the info strings and on `<code class="language-…">`.
fn assert_code_kept(code: &str, langs: &[&str]) {
    let html = page(code);
    let article = extract_html(&html, Some("https://docs.example/guide/"));
    let expected = code_in_page(&html);
    assert!(!expected.is_empty());
    let fenced = fences(&article.markdown);
    assert_eq!(
        fenced.len(),
        expected.len(),
        "fences in:\n{}",
        article.markdown
    );
    let text = format!("\n\n{}\n\n", article.text);
    for ((want, (info, body)), lang) in expected.iter().zip(&fenced).zip(langs) {
        // A fence ends its body with a newline; the code's own last newline is that one.
        let want_body = format!("{}\n", want.strip_suffix('\n').unwrap_or(want));
        assert_eq!(body, &want_body, "fence body in:\n{}", article.markdown);
        assert_eq!(info, lang, "info string in:\n{}", article.markdown);
        if html.contains("<code") && !lang.is_empty() {
            let class = format!("<code class=\"language-{lang}\">");
            assert!(article.content.contains(&class), "{}", article.content);
        }
        let want_text = want.trim_end_matches('\n');
        assert!(
            text.contains(&format!("\n\n{want_text}\n\n")),
            "code {want_text:?} not a block of the text:\n{}",
            article.text
        );
    }
    assert!(
        article.removed.iter().all(|r| !r.selector.contains("pre")),
        "{:?}",
        article.removed
    );
}

#[test]
fn prism_comments_and_blank_lines_stay() {
    assert_code_kept(
        r#"<pre class="language-jsx"><code class="language-jsx"><span class="token keyword">function</span> <span class="token function">Counter</span><span class="token punctuation">(</span><span class="token punctuation">)</span> <span class="token punctuation">{</span>
  <span class="token comment">// Declare a new state variable, which we'll call "count"</span>
  <span class="token keyword">const</span> <span class="token punctuation">[</span>count<span class="token punctuation">,</span> setCount<span class="token punctuation">]</span> <span class="token operator">=</span> <span class="token function">useState</span><span class="token punctuation">(</span><span class="token number">0</span><span class="token punctuation">)</span><span class="token punctuation">;</span>

  <span class="token comment">/* a block comment
     over two lines */</span>
  <span class="token keyword">return</span> <span class="token operator">&lt;</span>p<span class="token operator">&gt;</span>Clicked <span class="token punctuation">{</span>count<span class="token punctuation">}</span> times<span class="token operator">&lt;/</span>p<span class="token operator">&gt;</span><span class="token punctuation">;</span>
<span class="token punctuation">}</span></code></pre>"#,
        &["jsx"],
    );
}

#[test]
fn highlight_js_tokens_stay() {
    assert_code_kept(
        r#"<pre><code class="hljs language-python"><span class="hljs-keyword">def</span> <span class="hljs-title function_">total</span>(<span class="hljs-params">items</span>):
    <span class="hljs-comment"># sum the prices, `free` items count 0</span>
    <span class="hljs-keyword">return</span> <span class="hljs-built_in">sum</span>(i.price <span class="hljs-keyword">for</span> i <span class="hljs-keyword">in</span> items)
</code></pre>"#,
        &["python"],
    );
}

#[test]
fn shiki_line_spans_keep_their_lines() {
    assert_code_kept(
        r#"<pre class="astro-code github-dark" style="background-color:#24292e;overflow-x:auto" tabindex="0" data-language="ts"><code><span class="line"><span style="color:#F97583">const</span><span style="color:#79B8FF"> greeting</span><span style="color:#F97583"> =</span><span style="color:#9ECBFF"> "hi"</span></span>
<span class="line"><span style="color:#6A737D">// a comment line with ```three backticks```</span></span>
<span class="line"></span>
<span class="line"><span style="color:#E1E4E8">console.</span><span style="color:#B392F0">log</span><span style="color:#E1E4E8">(greeting)</span></span></code></pre>"#,
        &["ts"],
    );
}

#[test]
fn rehype_pretty_code_figure_keeps_lines_and_language() {
    assert_code_kept(
        r#"<figure data-rehype-pretty-code-figure=""><pre style="background-color:#fff" tabindex="0" data-language="rust" data-theme="github-light"><code data-language="rust" data-theme="github-light" style="display:grid"><span data-line=""><span style="color:#D73A49">fn</span><span style="color:#6F42C1"> main</span><span style="color:#24292E">() {</span></span>
<span data-line="" data-highlighted-line=""><span style="color:#24292E">    </span><span style="color:#6A737D">// comments stay</span></span>
<span data-line=""><span style="color:#24292E">    println!(</span><span style="color:#032F62">"{}"</span><span style="color:#24292E">, </span><span style="color:#005CC5">1</span><span style="color:#24292E">);</span></span>
<span data-line=""><span style="color:#24292E">}</span></span></code></pre></figure>"#,
        &["rust"],
    );
}

#[test]
fn pygments_in_sphinx_keeps_tabs_and_the_language_of_its_wrapper() {
    assert_code_kept(
        "<div class=\"highlight-python3 notranslate\"><div class=\"highlight\"><pre><span></span><span class=\"c1\"># Compute the mean</span>\n\
         <span class=\"kn\">import</span> <span class=\"nn\">statistics</span>\n\n\
         <span class=\"k\">def</span> <span class=\"nf\">mean</span><span class=\"p\">(</span><span class=\"n\">xs</span><span class=\"p\">):</span>\n\
         \t<span class=\"sd\">\"\"\"Docstring with   three spaces.\"\"\"</span>\n\
         \t<span class=\"k\">return</span> <span class=\"n\">statistics</span><span class=\"o\">.</span><span class=\"n\">fmean</span><span class=\"p\">(</span><span class=\"n\">xs</span><span class=\"p\">)</span>\n\
         </pre></div></div>",
        &["python3"],
    );
}

#[test]
fn pygments_table_with_line_numbers_keeps_the_code_only() {
    assert_code_kept(
        "<div class=\"highlight\"><table class=\"highlighttable\"><tr><td class=\"linenos\"><div class=\"linenodiv\"><pre><span class=\"normal\">1</span>\n<span class=\"normal\">2</span></pre></div></td>\
         <td class=\"code\"><div><pre><span></span><span class=\"nb\">echo</span> <span class=\"s2\">\"one\"</span>\n<span class=\"c1\"># two</span>\n</pre></div></td></tr></table></div>",
        &[""],
    );
}

#[test]
fn github_rendered_code_keeps_its_language_and_drops_the_copy_button() {
    assert_code_kept(
        r#"<div class="highlight highlight-source-python notranslate position-relative overflow-auto" dir="auto"><pre><span class="pl-k">def</span> <span class="pl-en">greet</span>(<span class="pl-s1">name</span>):
    <span class="pl-c"># say hello</span>
    <span class="pl-k">return</span> <span class="pl-s">f"Hello, <span class="pl-s1"><span class="pl-kos">{</span><span class="pl-s1">name</span><span class="pl-kos">}</span></span>"</span></pre><div class="zeroclipboard-container position-absolute right-0 top-0"><clipboard-copy aria-label="Copy" class="ClipboardButton btn js-clipboard-copy m-2 p-0 tooltipped-no-delay" data-copy-feedback="Copied!" role="button"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16"><path d="M0 0h16v16H0z"></path></svg></clipboard-copy></div></div>"#,
        &["python"],
    );
}

#[test]
fn docusaurus_lines_with_breaks_keep_blank_lines_and_whitespace_spans() {
    assert_code_kept(
        r#"<div class="language-jsx codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34"><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-jsx codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv"><span class="token-line" style="color:#393A34"><span class="token keyword">import</span><span class="token plain"> </span><span class="token imports">React</span><span class="token plain"> </span><span class="token keyword">from</span><span class="token plain"> </span><span class="token string">'react'</span><span class="token punctuation">;</span><br></span><span class="token-line" style="color:#393A34"><span class="token plain" style="display:inline-block"></span><br></span><span class="token-line theme-code-block-highlighted-line" style="color:#393A34"><span class="token comment">// the highlighted line</span><br></span><span class="token-line" style="color:#393A34"><span class="token plain">  </span><span class="token keyword">return</span><span class="token plain"> </span><span class="token number">1</span><br></span></code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">Copy</button></div></div></div>"#,
        &["jsx"],
    );
}

#[test]
fn gatsby_highlighted_line_keeps_the_newline_inside_its_span() {
    assert_code_kept(
        "<div class=\"gatsby-highlight\" data-language=\"javascript\"><pre class=\"language-javascript\"><code class=\"language-javascript\"><span class=\"token keyword\">const</span> a <span class=\"token operator\">=</span> <span class=\"token number\">1</span>\n\
         <span class=\"gatsby-highlight-code-line\"><span class=\"token keyword\">const</span> b <span class=\"token operator\">=</span> <span class=\"token number\">2</span>\n</span>\
         <span class=\"gatsby-highlight-code-line\"><span class=\"token comment\">// comment</span>\n</span>\
         <span class=\"token keyword\">const</span> c</code></pre></div>",
        &["javascript"],
    );
}

#[test]
fn rouge_takes_the_language_of_its_wrapper() {
    assert_code_kept(
        "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code><span class=\"c1\"># greet someone</span>\n\
         <span class=\"k\">def</span> <span class=\"nf\">hello</span><span class=\"p\">(</span><span class=\"nb\">name</span><span class=\"p\">)</span>\n\
         \x20\x20<span class=\"nb\">puts</span> <span class=\"s2\">\"hi </span><span class=\"si\">#{</span><span class=\"nb\">name</span><span class=\"si\">}</span><span class=\"s2\">\"</span>\n\
         <span class=\"k\">end</span>\n</code></pre></div></div>",
        &["ruby"],
    );
}

#[test]
fn a_jekyll_figure_and_lines_in_blocks_of_their_own() {
    assert_code_kept(
        "<figure class=\"highlight\"><pre><code class=\"language-go\" data-lang=\"go\"><span class=\"kn\">package</span> <span class=\"n\">main</span>\n</code></pre></figure>\
         <pre class=\"code-block\"><code class=\"language-text\"><div class=\"line\">first</div><div class=\"line\">  second</div></code></pre>",
        &["go", "text"],
    );
}

#[test]
fn docusaurus_section_headings_are_not_navigation() {
    let html = page(
        "<h2 class=\"anchor anchorWithStickyNavbar_LWe7\" id=\"installation\">Installation<a href=\"#installation\" class=\"hash-link\" aria-label=\"Direct link to Installation\">\u{200b}</a></h2>\
         <p>Install the package with the package manager of your choice.</p>\
         <h3 class=\"anchor anchorWithStickyNavbar_LWe7\" id=\"usage\">Usage</h3>",
    );
    let article = extract_html(&html, None);
    assert!(
        article.markdown.contains("## Installation") && article.markdown.contains("### Usage"),
        "{}\n{:?}",
        article.markdown,
        article.removed
    );
    // A real navbar still goes.
    assert!(!article.text.contains("Home"), "{}", article.text);
}

#[test]
fn inline_code_keeps_its_backticks_and_keyboard_keys() {
    let html = page(
        "<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd> to copy, then run <code>echo `date`</code> or <code>`</code>.</p>",
    );
    let article = extract_html(&html, None);
    assert!(
        article
            .markdown
            .contains("Press `Ctrl`+`C` to copy, then run `` echo `date` `` or `` ` ``."),
        "{}",
        article.markdown
    );
}
