//! The entry points and the chain of stages (README.md, "Design").
//!
//! - `options`: what the caller tunes ([`Options`], [`Scorer`]) and [`Error`];
//! - `page`: the one start of the pipeline, [`page::Page::read`];
//! - `attempts`: the clutter passes and the rules' attempts;
//! - `judge`: the rules' article or the learned block scorer's;
//! - `safeguard`: the page's best run of prose when the article misses it;
//! - `assemble`: [`Article`], the outputs with the metadata;
//! - `readerable`, `records`: the quick check and the training dump, from
//!   the same start.

mod assemble;
mod attempts;
mod furniture;
mod judge;
mod options;
mod page;
mod readerable;
mod records;
mod safeguard;

pub(crate) use assemble::reading_minutes;
pub use assemble::{Article, Part};
pub use options::{Error, Options, Scorer};
pub use readerable::is_probably_readerable;
pub use records::{page_records, BlockRecord, PageRecord};

use crate::clean;
use crate::output;
use crate::output::header::MarkdownHeader;
use attempts::{rules_article, Body, ClutterPasses};
pub(crate) use options::check_size;
use page::Page;

/// Extracts the article from an HTML string.
pub fn extract(html: &str, options: &Options) -> Result<Article, Error> {
    extract_with_blocks(html, options, false)
}

/// [`extract`], with the article's top-level blocks rendered on their own
/// when `keep_blocks` (see [`Article::blocks`]).
pub(crate) fn extract_with_blocks(
    html: &str,
    options: &Options,
    keep_blocks: bool,
) -> Result<Article, Error> {
    check_size(html.len(), options)?;
    let (meta, body, kind, urls, url) = Page::read(html, options, |page| {
        let mut passes = ClutterPasses::new(&page);
        let rules = rules_article(&mut passes, options.char_threshold);
        let (judged, kind) = judge::judge_with(options.scorer, &passes, rules);
        let mut body = safeguard::fall_back_to_prose(&mut passes, judged);
        drop(passes);
        complete_from_metadata(&page, &mut body);
        (page.meta, body, kind, page.urls, page.url)
    });
    let mut article = assemble::assemble(meta, body, kind, &urls, keep_blocks);
    article.markdown = with_markdown_header(&article, url.as_deref(), options.markdown_header);
    Ok(article)
}

/// The article's Markdown started as the caller asked: title, byline, date
/// and source first (see `output::header`).
fn with_markdown_header(article: &Article, url: Option<&str>, header: MarkdownHeader) -> String {
    let fields = output::header::HeaderFields {
        title: &article.title,
        byline: article.byline.as_deref(),
        published: article.published_time.as_deref(),
        url,
        site: article.site_name.as_deref(),
    };
    output::header::with_header(header, &fields, &article.markdown)
}

/// Extracts the article from raw bytes, decoding them by BOM, `<meta charset>` or UTF-8.
pub fn extract_bytes(bytes: &[u8], options: &Options) -> Result<Article, Error> {
    check_size(bytes.len(), options)?;
    extract(&crate::decode::decode(bytes), options)
}

/// Recipes and products that the page renders by script: what the article
/// lacks of the JSON-LD's ingredients, steps, description and details.
fn complete_from_metadata(page: &Page, body: &mut Body) {
    let lang = page.meta.lang.as_deref();
    if let Some(recipe) = &page.meta.recipe {
        if clean::recipe::complete(&mut body.tree, &body.text, recipe, lang) {
            body.text = output::text::to_text_with_captions(&body.tree);
        }
    }
    if let Some(product) = &page.meta.product {
        if clean::product::complete(&mut body.tree, &body.text, product, lang) {
            body.text = output::text::to_text_with_captions(&body.tree);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_large_input_is_an_error() {
        let opts = Options {
            max_bytes: 10,
            ..Options::default()
        };
        assert!(matches!(
            extract("<p>more than ten bytes</p>", &opts),
            Err(Error::TooLarge { .. })
        ));
    }
}
