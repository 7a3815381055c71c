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

/// A host and the template that holds its shadow tree.
struct ShadowRoot {
    host: NodeId,
    template: NodeId,
    /// The template's content (`Node::Fragment`).
    content: NodeId,
}

/// Replaces every declarative shadow root by its shadow tree with the host's children slotted in,
/// as a browser renders it. Light children assigned to no slot are not rendered and go.
pub fn attach_declarative_roots(doc: &mut Html) {
    let roots = find_roots(&doc.tree);
    // Innermost first: a shadow tree may hold hosts of its own (the order does not change the
    // result, as each host only rearranges its own children, but it keeps slot lookups short).
    for root in roots.into_iter().rev() {
        flatten(&mut doc.tree, &root);
    }
}

/// Shadow templates in document order: the first `shadowrootmode` template of each valid host.
fn find_roots(tree: &Tree<Node>) -> Vec<ShadowRoot> {
    let mut roots: Vec<ShadowRoot> = Vec::new();
    for node in tree.root().descendants() {
        let Node::Element(element) = node.value() else {
            continue;
        };
        let mode = element.attr("shadowrootmode").unwrap_or_default();
        if element.name() != "template"
            || !(mode.eq_ignore_ascii_case("open") || mode.eq_ignore_ascii_case("closed"))
        {
            continue;
        }
        let Some(host) = node.parent().filter(|host| is_shadow_host(host.value())) else {
            continue;
        };
        let content = node
            .first_child()
            .filter(|child| matches!(child.value(), Node::Fragment));
        if let Some(content) = content {
            if !roots.iter().any(|root| root.host == host.id()) {
                roots.push(ShadowRoot {
                    host: host.id(),
                    template: node.id(),
                    content: content.id(),
                });
            }
        }
    }
    roots
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
fn flatten(tree: &mut Tree<Node>, root: &ShadowRoot) {
    let Some(host) = tree.get(root.host) else {
        return;
    };
    let mut light: Vec<(NodeId, String)> = host
        .children()
        .filter(|child| child.id() != root.template)
        .filter_map(|child| slot_name_of(child.value()).map(|name| (child.id(), name)))
        .collect();
    let unrendered: Vec<NodeId> = host
        .children()
        .filter(|child| child.id() != root.template)
        .map(|child| child.id())
        .collect();
    for (slot, name) in slots(tree, root.content) {
        let assigned: Vec<NodeId> = take_assigned(&mut light, &name);
        fill_slot(tree, slot, &assigned);
    }
    for id in unrendered {
        if let Some(mut node) = tree.get_mut(id) {
            if node.parent().map(|parent| parent.id()) == Some(root.host) {
                node.detach();
            }
        }
    }
    if let Some(mut host) = tree.get_mut(root.host) {
        host.reparent_from_id_append(root.content);
    }
    if let Some(mut template) = tree.get_mut(root.template) {
        template.detach();
    }
}

/// The slot a light child goes to: its `slot` attribute for elements, the default slot ("") for
/// elements without one and for text; `None` for what is never slotted (comments).
fn slot_name_of(node: &Node) -> Option<String> {
    match node {
        Node::Element(element) => Some(element.attr("slot").unwrap_or_default().to_string()),
        Node::Text(_) => Some(String::new()),
        _ => None,
    }
}

/// The light children assigned to the slot called `name`, taken out of the list (the first slot
/// of a name in tree order gets them; a later slot of the same name shows its fallback).
fn take_assigned(light: &mut Vec<(NodeId, String)>, name: &str) -> Vec<NodeId> {
    let mut assigned = Vec::new();
    light.retain(|(id, slot)| {
        let matches = slot == name;
        if matches {
            assigned.push(*id);
        }
        !matches
    });
    assigned
}

/// `<slot>` elements of a shadow tree in tree order, with their names; slots inside an ordinary
/// (inert) template do not count.
fn slots(tree: &Tree<Node>, content: NodeId) -> Vec<(NodeId, String)> {
    let mut found = Vec::new();
    let Some(content) = tree.get(content) else {
        return found;
    };
    let mut stack: Vec<_> = content.children().rev().collect();
    while let Some(node) = stack.pop() {
        let Node::Element(element) = node.value() else {
            continue;
        };
        match element.name() {
            "template" => continue,
            "slot" => found.push((
                node.id(),
                element.attr("name").unwrap_or_default().to_string(),
            )),
            _ => {}
        }
        stack.extend(node.children().rev());
    }
    found
}

/// Puts the assigned nodes where the slot is, or the slot's own fallback content when nothing is
/// assigned; the `<slot>` element itself renders as nothing (`display: contents`) and goes.
fn fill_slot(tree: &mut Tree<Node>, slot: NodeId, assigned: &[NodeId]) {
    let fallback: Vec<NodeId> = match tree.get(slot) {
        Some(node) if assigned.is_empty() => node.children().map(|child| child.id()).collect(),
        Some(_) => Vec::new(),
        None => return,
    };
    let Some(mut slot_node) = tree.get_mut(slot) else {
        return;
    };
    if slot_node.parent().is_none() {
        return;
    }
    for &id in assigned.iter().chain(&fallback) {
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
