//! Text blocks: the page cut into the runs of text a reader sees as one
//! paragraph, list item, heading or cell, each with what a learned scorer
//! reads of it (`features`), and the scorer itself (`model`).
//!
//! A block is a block-level element together with the text directly in it
//! (through inline elements such as `<a>`, `<em>`, `<span>`, but not through
//! other block-level elements, which are blocks of their own).

pub mod decide;
pub mod features;
pub mod model;
mod trees;

use crate::view::{is_block_tag, Doc};

/// One block and the counts of its own text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Block {
    /// The block-level element (or `<body>` for text right inside it).
    pub node: u32,
    /// Its first and last text node: where its text sits in the page.
    pub first_text: u32,
    pub last_text: u32,
    /// Visible characters of its own text, and the part inside links.
    pub text_len: u32,
    pub link_len: u32,
    /// Counts over its own text.
    pub words: u32,
    pub sentence_ends: u32,
    pub commas: u32,
    pub digits: u32,
    pub uppercase: u32,
    /// CJK characters (scripts without word spaces).
    pub cjk: u32,
    /// Currency signs: prices, on product and shop pages.
    pub currency: u32,
}

impl Block {
    /// The block's own text, whitespace collapsed (for training dumps and tests).
    /// Blank text nodes count as the space they are: `<a>one</a> <em>two</em>`
    /// reads "one two", as [`Doc::text`] has it.
    pub fn text(&self, doc: Doc) -> String {
        let mut out = String::new();
        for t in self.first_text..=self.last_text {
            let own = !doc.is_removed(t) && block_of(doc, t) == Some(self.node);
            if let Some(text) = doc.text_node(t).filter(|_| own) {
                crate::text::push_collapsed(&mut out, text);
            }
        }
        out.trim().to_string()
    }
}

/// The block element a text node belongs to.
fn block_of(doc: Doc, text: u32) -> Option<u32> {
    doc.ancestors(text).find(|&a| starts_block(doc.tag(a)))
}

/// Tags that start a block besides [`is_block_tag`]'s.
pub(crate) fn starts_block(tag: &str) -> bool {
    is_block_tag(tag) || matches!(tag, "body" | "li" | "td" | "th" | "caption" | "option")
}

/// The blocks of the page as `doc` shows it, in document order of their
/// first text. Walks the page once with a stack of open block elements.
pub fn segment(doc: Doc) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    // (end of an open block element, its block index if it has text yet)
    let mut open: Vec<(u32, u32, Option<usize>)> = Vec::new();
    // Ends of the open links.
    let mut links: Vec<u32> = Vec::new();
    let body = doc.body();
    let end = doc.end(body);
    let mut i = body;
    while i < end {
        while open.last().is_some_and(|&(e, _, _)| i >= e) {
            open.pop();
        }
        while links.last().is_some_and(|&e| i >= e) {
            links.pop();
        }
        if doc.is_removed(i) {
            i = doc.end(i);
            continue;
        }
        let tag = doc.tag(i);
        if starts_block(tag) {
            open.push((doc.end(i), i, None));
        } else if tag == "a" {
            links.push(doc.end(i));
        } else if let Some(text) = doc.text_node(i).filter(|_| doc.is_visible_text(i)) {
            add_text(&mut blocks, &mut open, i, text, !links.is_empty());
        }
        i += 1;
    }
    // Blocks were opened at their first text, which the walk meets in order.
    blocks
}

/// Counts text node `i` into the block of the innermost open block element.
fn add_text(
    blocks: &mut Vec<Block>,
    open: &mut [(u32, u32, Option<usize>)],
    i: u32,
    text: &str,
    in_link: bool,
) {
    let Some(top) = open.last_mut() else { return };
    let index = *top.2.get_or_insert_with(|| {
        blocks.push(Block {
            node: top.1,
            first_text: i,
            ..Block::default()
        });
        blocks.len() - 1
    });
    let block = &mut blocks[index];
    block.last_text = i;
    count_text(block, text, in_link);
}

/// Adds one text node's counts to a block.
fn count_text(block: &mut Block, text: &str, in_link: bool) {
    let counts = crate::text::text_counts(text);
    block.text_len += counts.visible;
    block.commas += counts.commas;
    block.cjk += counts.cjk;
    if in_link {
        block.link_len += counts.visible;
    }
    let mut in_word = false;
    for c in text.chars() {
        let letter = c.is_alphanumeric();
        if letter && !in_word {
            block.words += 1;
            block.uppercase += u32::from(c.is_uppercase());
        }
        in_word = letter;
        block.digits += u32::from(c.is_ascii_digit());
        block.sentence_ends += u32::from(matches!(c, '.' | '!' | '?' | '。' | '！' | '？'));
        block.currency += u32::from(matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '₩'));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::{Mask, View};
    use scraper::Html;

    #[test]
    fn blocks_are_block_elements_with_their_own_text() {
        let html = Html::parse_document(
            "<body><div>Intro line <a href=/x>with a link</a>.<p>First paragraph, here.</p>Tail</div>\
             <ul><li>One</li><li><span>Two</span> items</li></ul></body>",
        );
        let view = View::build(&html);
        let mask = Mask::new(&view);
        let blocks = segment(Doc::new(&view, &mask));
        let tags: Vec<&str> = blocks.iter().map(|b| view.tag(b.node)).collect();
        assert_eq!(tags, ["div", "p", "li", "li"]);
        assert_eq!(
            blocks[0].text_len,
            "Intro line with a link.Tail".len() as u32
        );
        assert_eq!(blocks[0].link_len, "with a link".len() as u32);
        assert_eq!(blocks[1].words, 3);
        assert_eq!(blocks[1].commas, 1);
        // Lengths add up per text node, as the mask's do: the space opening " items" is
        // leading whitespace of its node.
        assert_eq!(blocks[3].text_len, "Twoitems".len() as u32);
        assert_eq!(blocks[3].text(Doc::new(&view, &mask)), "Two items");
    }

    /// A news page: a menu, a headline, two paragraphs, a list, a table, a footer.
    const PAGE: &str = "<html><head><title>Tide pools</title></head><body>\
        <nav class=\"site-nav\"><ul><li><a href=\"/\">Home</a></li>\
        <li><a href=\"/news\">News</a></li><li><a href=\"/about\">About us</a></li></ul></nav>\
        <main><article><h1>Life in the tide pools</h1>\
        <p>Tide pools fill twice a day. When the sea goes out, crabs, snails and anemones \
        stay behind in the rock basins.</p>\
        <p>Visitors should step on bare rock only, as the ranger \
        <a href=\"/people/ana\">Ana Ruiz</a> explains!</p>\
        <ul><li>Wear shoes with a grip.</li><li>Check the tide table first.</li></ul>\
        <table><tr><th>Tide</th><th>Time</th></tr><tr><td>Low</td><td>06:42</td></tr></table>\
        </article></main>\
        <footer><p>\u{a9} 2024 Coast News. <a href=\"/privacy\">Privacy</a></p></footer>\
        </body></html>";

    fn texts(doc: Doc, blocks: &[Block]) -> Vec<String> {
        blocks.iter().map(|b| b.text(doc)).collect()
    }

    #[test]
    fn a_news_page_is_cut_into_its_menu_items_paragraphs_items_cells_and_footer() {
        let html = Html::parse_document(PAGE);
        let view = View::build(&html);
        let mask = Mask::new(&view);
        let doc = Doc::new(&view, &mask);
        let blocks = segment(doc);
        let tags: Vec<&str> = blocks.iter().map(|b| view.tag(b.node)).collect();
        assert_eq!(
            tags,
            ["li", "li", "li", "h1", "p", "p", "li", "li", "th", "th", "td", "td", "p"]
        );
        assert_eq!(
            texts(doc, &blocks),
            [
                "Home",
                "News",
                "About us",
                "Life in the tide pools",
                "Tide pools fill twice a day. When the sea goes out, crabs, snails and \
                 anemones stay behind in the rock basins.",
                "Visitors should step on bare rock only, as the ranger Ana Ruiz explains!",
                "Wear shoes with a grip.",
                "Check the tide table first.",
                "Tide",
                "Time",
                "Low",
                "06:42",
                "\u{a9} 2024 Coast News. Privacy",
            ]
        );
        // Blocks come in the order of their text, each with its first and last text node.
        assert!(blocks.windows(2).all(|w| w[0].last_text < w[1].first_text));
        assert!(blocks.iter().all(|b| b.first_text <= b.last_text));
    }

    #[test]
    fn a_news_page_s_blocks_count_words_sentences_links_and_digits() {
        let html = Html::parse_document(PAGE);
        let view = View::build(&html);
        let mask = Mask::new(&view);
        let blocks = segment(Doc::new(&view, &mask));
        let menu = &blocks[2];
        assert_eq!((menu.text_len, menu.link_len, menu.words), (8, 8, 2));
        let first = &blocks[4];
        assert_eq!(first.words, 21);
        assert_eq!(first.sentence_ends, 2);
        assert_eq!(first.commas, 2);
        assert_eq!(first.uppercase, 2);
        assert_eq!((first.link_len, first.digits, first.currency), (0, 0, 0));
        assert_eq!(first.text_len as usize, blocks_text_len(&view, first));
        let second = &blocks[5];
        assert_eq!(second.link_len, "Ana Ruiz".len() as u32);
        assert_eq!(
            (second.words, second.sentence_ends, second.commas),
            (13, 1, 1)
        );
        // "Visitors ... ranger " keeps its trailing space, " explains!" drops its leading one.
        let own = "Visitors should step on bare rock only, as the ranger ".len() + "Ana Ruiz".len();
        assert_eq!(second.text_len as usize, own + "explains!".len());
        let time = &blocks[11];
        assert_eq!((time.words, time.digits, time.sentence_ends), (2, 4, 0));
        let footer = &blocks[12];
        assert_eq!(footer.link_len, "Privacy".len() as u32);
        assert_eq!(
            (footer.digits, footer.sentence_ends, footer.words),
            (4, 1, 4)
        );
    }

    /// The visible length of a block's text nodes, counted the mask's way.
    fn blocks_text_len(view: &View, b: &Block) -> usize {
        (b.first_text..=b.last_text)
            .filter_map(|t| view.text_node(t))
            .map(|t| crate::text::visible_len(t) as usize)
            .sum()
    }

    #[test]
    fn removed_parts_of_the_page_have_no_blocks() {
        let html = Html::parse_document(PAGE);
        let view = View::build(&html);
        let mut mask = Mask::new(&view);
        for tag in ["nav", "footer", "table"] {
            let node = (0..view.len() as u32)
                .find(|&i| view.tag(i) == tag)
                .unwrap();
            mask.remove(&view, node);
        }
        let doc = Doc::new(&view, &mask);
        let blocks = segment(doc);
        let tags: Vec<&str> = blocks.iter().map(|b| view.tag(b.node)).collect();
        assert_eq!(tags, ["h1", "p", "p", "li", "li"]);
        assert_eq!(texts(doc, &blocks)[0], "Life in the tide pools");
    }

    #[test]
    fn text_right_in_the_body_or_beside_a_block_belongs_to_the_enclosing_block() {
        let html = Html::parse_document(
            "<body>Loose words <b>in bold</b><div><span>Boxed</span> text</div> and more loose \
             words<p>A <a href=/a>linked</a> sentence.</p></body>",
        );
        let view = View::build(&html);
        let mask = Mask::new(&view);
        let doc = Doc::new(&view, &mask);
        let blocks = segment(doc);
        let tags: Vec<&str> = blocks.iter().map(|b| view.tag(b.node)).collect();
        assert_eq!(tags, ["body", "div", "p"]);
        assert_eq!(
            texts(doc, &blocks),
            [
                "Loose words in bold and more loose words",
                "Boxed text",
                "A linked sentence."
            ]
        );
        assert_eq!(blocks[0].words, 8);
        assert_eq!(blocks[2].link_len, "linked".len() as u32);
        assert_eq!(blocks[2].words, 3);
    }

    #[test]
    fn words_apart_only_by_a_blank_text_node_stay_apart_in_the_text() {
        let html = Html::parse_document(
            "<body><p><a href=/a>Harbour</a> <em>reopens</em>\n<strong>today</strong></p>\
             <ul>\n  <li>First <b>item</b></li>\n  <li>Second</li>\n</ul></body>",
        );
        let view = View::build(&html);
        let mask = Mask::new(&view);
        let doc = Doc::new(&view, &mask);
        let blocks = segment(doc);
        assert_eq!(
            texts(doc, &blocks),
            ["Harbour reopens today", "First item", "Second"]
        );
        // The blanks count as nothing in the lengths, as in the mask's.
        assert_eq!(blocks[0].text_len, "Harbourreopenstoday".len() as u32);
        assert_eq!(blocks[0].words, 3);
    }

    #[test]
    fn prices_and_cjk_text_are_counted() {
        let html = Html::parse_document(
            "<body><p>Now \u{20ac}19.99, was $25!</p><p>\u{6f6e}\u{6c60}\u{306f}\u{7f8e}\u{3057}\u{3044}\u{3002}</p></body>",
        );
        let view = View::build(&html);
        let mask = Mask::new(&view);
        let blocks = segment(Doc::new(&view, &mask));
        assert_eq!(blocks.len(), 2);
        assert_eq!((blocks[0].currency, blocks[0].digits), (2, 6));
        assert_eq!(blocks[0].sentence_ends, 2, "the decimal point and the '!'");
        assert_eq!((blocks[0].cjk, blocks[1].cjk), (0, 6));
        assert_eq!((blocks[1].sentence_ends, blocks[1].words), (1, 1));
    }
}
