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
            println!("  removed {:?} {} chars: {} @ {}", r.kind, r.text_length, r.reason, r.selector);
        }
        if let Some(needle) = &needle {
            for t in 0..dom.len() as u32 {
                if dom.text_node(t).is_some_and(|s| s.contains(needle.as_str())) {
                    let chain: Vec<String> = std::iter::once(t).chain(dom.ancestors(t)).map(|a| {
                        format!("{}{}[{}]{}", dom.tag(a), dom.attr(a, "class").map(|c| format!(".{c}")).unwrap_or_default(), dom.text_len[a as usize], if dom.removed[a as usize] { " REMOVED" } else { "" })
                    }).collect();
                    println!("  '{needle}' at {}", chain.join(" < "));
                }
            }
        }
        for use_weight in [true, false] {
            match score::find_article(&dom, use_weight) {
                Some(sel) => {
                    println!("  top (class weight {use_weight}): {} {} chars, {} nodes", dom.css_path(sel.top), dom.text_len[sel.top as usize], sel.nodes.len());
                    let text = dom.text(sel.top);
                    println!("    {}", text.chars().take(200).collect::<String>().replace('\n', " "));
                }
                None => println!("  no article (class weight {use_weight})"),
            }
        }
    }
}
