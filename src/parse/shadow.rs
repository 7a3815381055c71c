//! Declarative shadow DOM: `<template shadowrootmode="open">` inside an element is that element's
//! shadow root, and a browser renders the shadow tree with the element's own children placed
//! into its `<slot>`s. [`attach_declarative_roots`] rewrites the parsed page into that rendered
//! (flattened) tree before anything reads it, so metadata, clutter rules, scoring and the
//! sanitizer see what a reader sees, and nothing of it skips the sanitizer.
//!
//! scraper's tree sink does not attach shadow roots: html5ever leaves the template in place with
//! its content in a `Fragment` child, which is where this module finds it. The live document's
//! shadow roots arrive the same way: the page layer serializes them as declarative templates.
use ego_tree::{NodeId, Tree};
use scraper::{Html, Node};

/// Elements a shadow root may be attached to (the DOM standard's list for `attachShadow`; custom
/// elements, whose names hold a `-`, are allowed too). A browser leaves a shadow template on any
/// other element an ordinary, unrendered template.
const SHADOW_HOSTS: &[&str] = &[
    "article",
    "aside",
    "blockquote",
    "body",
    "div",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "main",
    "nav",
    "p",
    "section",
    "span",
];

/// Slots filled per shadow root. Each slot looks through the host's children once, so the work is
/// slots × children; components have a handful of slots, thousands come only from hostile pages
/// (later slots keep their fallback content, and the children meant for them are not shown).
const MAX_SLOTS: usize = 64;

/// Replaces every declarative shadow root by its shadow tree with the host's children slotted in,
/// as a browser renders it. Light children assigned to no slot are not rendered and go.
pub fn attach_declarative_roots(doc: &mut Html) {
    // The arena is in creation order, which for a parsed page is document order: the first
    // shadow template of a host comes first, and a later one stays an ordinary template. Pairs
    // are taken before anything moves; hosts may then be flattened in any order, as each only
    // rearranges its own children.
    let mut roots: Vec<(NodeId, NodeId)> = Vec::new();
    for node in doc.tree.nodes() {
        let host = node.parent().filter(|host| is_shadow_host(host.value()));
        let has_content = node
            .first_child()
            .is_some_and(|child| matches!(child.value(), Node::Fragment));
        if let (Some(host), true, true) = (host, has_content, is_shadow_template(node.value())) {
            if !roots.iter().any(|&(_, known)| known == host.id()) {
                roots.push((node.id(), host.id()));
            }
        }
    }
    for (template, host) in roots {
        flatten(&mut doc.tree, template, host);
    }
}

fn is_shadow_template(node: &Node) -> bool {
    let Node::Element(element) = node else {
        return false;
    };
    let mode = element.attr("shadowrootmode").unwrap_or_default();
    element.name() == "template"
        && (mode.eq_ignore_ascii_case("open") || mode.eq_ignore_ascii_case("closed"))
}

fn is_shadow_host(node: &Node) -> bool {
    match node {
        Node::Element(element) => {
            let name = element.name();
            name.contains('-') || SHADOW_HOSTS.contains(&name)
        }
        _ => false,
    }
}

/// One host: its light children into the slots, then the shadow tree in place of its children.
fn flatten(tree: &mut Tree<Node>, template: NodeId, host: NodeId) {
    let Some(content) = tree.get(template).and_then(|node| node.first_child()) else {
        return;
    };
    let content = content.id();
    for slot in slots(tree, content).into_iter().take(MAX_SLOTS) {
        let assigned = assigned_nodes(tree, host, template, slot);
        fill_slot(tree, slot, &assigned);
    }
    for id in children(tree, host) {
        if id != template {
            detach(tree, id);
        }
    }
    if let Some(mut host) = tree.get_mut(host) {
        host.reparent_from_id_append(content);
    }
    detach(tree, template);
}

fn children(tree: &Tree<Node>, id: NodeId) -> Vec<NodeId> {
    tree.get(id)
        .map(|node| node.children().map(|child| child.id()).collect())
        .unwrap_or_default()
}

fn detach(tree: &mut Tree<Node>, id: NodeId) {
    if let Some(mut node) = tree.get_mut(id) {
        node.detach();
    }
}

/// The host's light children that go to `slot`: elements whose `slot` attribute is the slot's
/// name, and for the default slot (no name) the other elements and the text. Comments are never
/// slotted. Children already moved to an earlier slot of the same name are no longer the host's.
fn assigned_nodes(tree: &Tree<Node>, host: NodeId, template: NodeId, slot: NodeId) -> Vec<NodeId> {
    let name = |id| match tree.get(id).map(|node| node.value()) {
        Some(Node::Element(element)) => Some(element.attr("slot").unwrap_or_default()),
        Some(Node::Text(_)) => Some(""),
        _ => None,
    };
    let slot_name = match tree.get(slot).map(|node| node.value()) {
        Some(Node::Element(element)) => element.attr("name").unwrap_or_default(),
        _ => return Vec::new(),
    };
    children(tree, host)
        .into_iter()
        .filter(|&id| id != template && name(id) == Some(slot_name))
        .collect()
}

/// `<slot>` elements of a shadow tree in tree order; slots inside an ordinary (inert) template
/// do not count.
fn slots(tree: &Tree<Node>, content: NodeId) -> Vec<NodeId> {
    let mut found = Vec::new();
    let mut stack = children(tree, content);
    stack.reverse();
    while let Some(id) = stack.pop() {
        let Some(Node::Element(element)) = tree.get(id).map(|node| node.value()) else {
            continue;
        };
        match element.name() {
            "template" => continue,
            "slot" => found.push(id),
            _ => {}
        }
        let mut inner = children(tree, id);
        inner.reverse();
        stack.extend(inner);
    }
    found
}

/// Puts the assigned nodes where the slot is, or the slot's own fallback content when nothing is
/// assigned; the `<slot>` element itself renders as nothing (`display: contents`) and goes.
fn fill_slot(tree: &mut Tree<Node>, slot: NodeId, assigned: &[NodeId]) {
    let moved = if assigned.is_empty() {
        children(tree, slot)
    } else {
        assigned.to_vec()
    };
    let Some(mut slot_node) = tree.get_mut(slot) else {
        return;
    };
    if slot_node.parent().is_none() {
        return;
    }
    for id in moved {
        slot_node.insert_id_before(id);
    }
    slot_node.detach();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flattened(html: &str) -> String {
        let mut doc = Html::parse_document(html);
        attach_declarative_roots(&mut doc);
        let body = doc
            .root_element()
            .children()
            .filter_map(scraper::ElementRef::wrap)
            .find(|element| element.value().name() == "body")
            .expect("body");
        body.inner_html()
    }

    #[test]
    fn named_and_default_slots_take_the_host_children() {
        let html = r#"<body><story-card><template shadowrootmode="open"><h2><slot name="title">Untitled</slot></h2><div class="text"><slot></slot></div><footer><slot name="credit">No credit</slot></footer></template><span slot="title">Harbour reopens</span><p>The harbour opened again on Monday.</p><p>Ferries run hourly.</p></story-card></body>"#;
        assert_eq!(
            flattened(html),
            "<story-card><h2><span slot=\"title\">Harbour reopens</span></h2><div class=\"text\"><p>The harbour opened again on Monday.</p><p>Ferries run hourly.</p></div><footer>No credit</footer></story-card>"
        );
    }

    #[test]
    fn unslotted_children_are_not_rendered() {
        let html = r#"<body><x-box><template shadowrootmode="closed"><p>Shadow text</p></template><p>Light text nobody sees</p></x-box></body>"#;
        assert_eq!(flattened(html), "<x-box><p>Shadow text</p></x-box>");
    }

    #[test]
    fn nested_roots_are_flattened() {
        let html = r#"<body><outer-el><template shadowrootmode="open"><section><inner-el><template shadowrootmode="open"><em><slot></slot></em></template><slot></slot></inner-el></section></template><b>deep</b></outer-el></body>"#;
        assert_eq!(
            flattened(html),
            "<outer-el><section><inner-el><em><b>deep</b></em></inner-el></section></outer-el>"
        );
    }

    #[test]
    fn ordinary_templates_and_invalid_hosts_stay_templates() {
        let html = r#"<body><ul><template shadowrootmode="open"><li>no</li></template><li>yes</li></ul><div><template><p>inert</p></template><template shadowrootmode="none"><p>inert</p></template></div></body>"#;
        let out = flattened(html);
        assert!(out.contains("<li>yes</li>"), "{out}");
        assert_eq!(out.matches("<template").count(), 3, "{out}");
    }

    #[test]
    fn only_the_first_shadow_template_of_a_host_attaches() {
        let html = r#"<body><div><template shadowrootmode="open"><p>first</p></template><template shadowrootmode="open"><p>second</p></template></div></body>"#;
        assert_eq!(flattened(html), "<div><p>first</p></div>");
    }
}
