//! Development aid: shows what each stage does to one page.
//! `cargo run --release --example trace -- PAGE.html ["some text"]`
//! prints the larger removals of the strict and the lenient clutter pass, where
//! a text was removed (or why the chosen block left it out), and the chosen
//! block with its siblings and their scores.
use declutter::internals::{self as engine, Doc, Pass, View};
use declutter::Removed;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: trace PAGE.html [TEXT]");
    let needle = std::env::args().nth(2);
    let bytes = std::fs::read(&path).expect("read page");
    let html = engine::decode_html(&bytes);
    // TRACE_NOSCRIPT=1: read the page as a browser without scripting does.
    let scripting = std::env::var_os("TRACE_NOSCRIPT").is_none();
    let parsed = engine::parse_document_with(&html, scripting);
    let view = View::build(&parsed);
    let silent = engine::silent_mask(&view);
    let protected = engine::provisional_article(Doc::new(&view, &silent));
    for strict in [true, false] {
        let pass = Pass {
            strict,
            filters: None,
            kinds: None,
            protected: &protected,
            story: &[],
        };
        let cleared = engine::remove_clutter(&view, &silent, &pass);
        let (doc, removed) = (Doc::new(&view, &cleared.mask), cleared.removed);
        println!("== strict={strict}: {} blocks removed", removed.len());
        for r in removed.iter().filter(|r| r.text_length > 100) {
            println!(
                "  removed {:?} {} chars: {} @ {}",
                r.kind, r.text_length, r.reason, r.selector
            );
        }
        if let Some(needle) = &needle {
            trace_text(doc, &removed, needle);
        }
        for use_weight in [true, false] {
            show_selection(doc, use_weight);
        }
    }
}

/// Where each text node holding `needle` went.
fn trace_text(doc: Doc, removed: &[Removed], needle: &str) {
    let holders =
        (0..doc.len() as u32).filter(|&t| doc.text_node(t).is_some_and(|s| s.contains(needle)));
    for t in holders {
        let outermost = doc.ancestors(t).filter(|&a| doc.is_removed(a)).last();
        match outermost.map(|a| (a, doc.css_path(a))) {
            Some((a, path)) => match removed.iter().find(|r| r.selector == path) {
                Some(r) => println!(
                    "  '{needle}' removed with {path}: {:?} {}",
                    r.kind, r.reason
                ),
                None => println!("  '{needle}' removed silently with <{}> {path}", doc.tag(a)),
            },
            None => explain_kept(doc, t, needle),
        }
    }
}

/// Where a kept text node stands relative to the chosen block.
fn explain_kept(doc: Doc, t: u32, needle: &str) {
    let selection = engine::find_article(doc, true);
    let inside = selection
        .as_ref()
        .is_some_and(|s| s.nodes.iter().any(|&n| doc.contains(n, t)));
    let top = selection.as_ref().map(|s| s.top);
    let common = top.and_then(|top| {
        std::iter::once(t)
            .chain(doc.ancestors(t))
            .find(|&a| doc.contains(a, top))
    });
    let depth = |n: u32| doc.ancestors(n).count();
    println!(
        "  '{needle}' kept at {} ({}; common ancestor with top {} levels above it, {} above the text)",
        doc.css_path(t),
        if inside { "inside the selection" } else { "outside the selection" },
        top.zip(common).map_or(0, |(top, c)| depth(top) - depth(c)),
        common.map_or(0, |c| depth(t) - depth(c)),
    );
}

/// The chosen block, and with class weights its siblings and their scores.
fn show_selection(doc: Doc, use_weight: bool) {
    let Some(sel) = engine::find_article(doc, use_weight) else {
        println!("  no article (class weight {use_weight})");
        return;
    };
    let top = sel.top;
    println!(
        "  top (class weight {use_weight}): {} {} chars, {} nodes",
        doc.css_path(top),
        doc.text_len(top),
        sel.nodes.len()
    );
    let text: String = doc.text(top).chars().take(200).collect();
    println!("    {}", text.replace('\n', " "));
    if !use_weight {
        return;
    }
    let scores = engine::score_candidates(doc, doc.body(), true);
    let siblings: Vec<u32> = doc
        .parent(top)
        .map(|p| doc.live_child_elements(p).collect())
        .unwrap_or_default();
    for s in siblings {
        println!(
            "    {} sibling <{} class={:?}> {} chars, links {:.2}, score {:?}: {}",
            if sel.nodes.contains(&s) { "+" } else { "-" },
            doc.tag(s),
            doc.attr(s, "class").unwrap_or(""),
            doc.text_len(s),
            doc.link_density(s),
            scores.get(&s),
            doc.text_prefix(s, 80).chars().take(80).collect::<String>()
        );
    }
}
