//! Development aid: shows what each stage does to one page.
//! `cargo run --release --example trace -- PAGE.html`
use declutter::{clutter, dom::Dom, score};

fn main() {
    let path = std::env::args().nth(1).expect("usage: trace PAGE.html");
    let bytes = std::fs::read(&path).expect("read page");
    let html = declutter::decode::decode_html(&bytes);
    let doc = declutter::parse::parse_document(&html);
    let mut dom = Dom::build(&doc);
    let needle = std::env::args().nth(2);
    for strict in [true, false] {
        dom.removed.iter_mut().for_each(|r| *r = false);
        let removed = clutter::remove_clutter(&mut dom, strict, None);
        println!("== strict={strict}: {} blocks removed", removed.len());
        for r in removed.iter().filter(|r| r.text_length > 100) {
            println!(
                "  removed {:?} {} chars: {} @ {}",
                r.kind, r.text_length, r.reason, r.selector
            );
        }
        if let Some(needle) = &needle {
            for t in (0..dom.len() as u32).filter(|&t| {
                dom.text_node(t)
                    .is_some_and(|s| s.contains(needle.as_str()))
            }) {
                let outermost = dom.ancestors(t).filter(|&a| dom.removed[a as usize]).last();
                match outermost.map(|a| (a, dom.css_path(a))) {
                    Some((a, path)) => match removed.iter().find(|r| r.selector == path) {
                        Some(r) => println!(
                            "  '{needle}' removed with {path}: {:?} {}",
                            r.kind, r.reason
                        ),
                        None => {
                            println!("  '{needle}' removed silently with <{}> {path}", dom.tag(a))
                        }
                    },
                    None => {
                        let selection = score::find_article(&dom, true);
                        let inside = selection
                            .as_ref()
                            .is_some_and(|s| s.nodes.iter().any(|&n| dom.contains(n, t)));
                        let top = selection.as_ref().map(|s| s.top);
                        let common = top.and_then(|top| {
                            std::iter::once(t)
                                .chain(dom.ancestors(t))
                                .find(|&a| dom.contains(a, top))
                        });
                        let depth = |n: u32| dom.ancestors(n).count();
                        println!(
                            "  '{needle}' kept at {} ({}; common ancestor with top {} levels above it, {} above the text)",
                            dom.css_path(t),
                            if inside { "inside the selection" } else { "outside the selection" },
                            top.zip(common).map_or(0, |(top, c)| depth(top) - depth(c)),
                            common.map_or(0, |c| depth(t) - depth(c)),
                        );
                    }
                }
            }
        }
        for use_weight in [true, false] {
            match score::find_article(&dom, use_weight) {
                Some(sel) => {
                    println!(
                        "  top (class weight {use_weight}): {} {} chars, {} nodes",
                        dom.css_path(sel.top),
                        dom.text_len[sel.top as usize],
                        sel.nodes.len()
                    );
                    let text = dom.text(sel.top);
                    println!(
                        "    {}",
                        text.chars()
                            .take(200)
                            .collect::<String>()
                            .replace('\n', " ")
                    );
                    if use_weight {
                        let scores = score::score_candidates(&dom, dom.body(), true);
                        for s in dom
                            .parent(sel.top)
                            .map(|p| dom.live_child_elements(p).collect::<Vec<_>>())
                            .unwrap_or_default()
                        {
                            println!(
                                "    {} sibling <{} class={:?}> {} chars, links {:.2}, score {:?}: {}",
                                if sel.nodes.contains(&s) { "+" } else { "-" },
                                dom.tag(s),
                                dom.attr(s, "class").unwrap_or(""),
                                dom.text_len[s as usize],
                                dom.link_density(s),
                                scores.get(&s),
                                dom.text_prefix(s, 80).chars().take(80).collect::<String>()
                            );
                        }
                    }
                }
                None => println!("  no article (class weight {use_weight})"),
            }
        }
    }
}
