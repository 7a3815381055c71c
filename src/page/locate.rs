//! Finds the live element of a block the core removed from the page's serialization.
//!
//! The core reports each removed block with a CSS path over its own parse of the page
//! (`html > body:nth-child(2) > div:nth-child(3)`: tag plus position among element children).
//! Parsing `document.documentElement.outerHTML` gives back the live tree whenever the live tree
//! is one the HTML parser could have built: implied `<tbody>` and whitespace text are serialized
//! like any other node, `<noscript>` content is raw text on both sides (scripting is on in the
//! page and in scraper), `<template>` content is neither side's element children. Where the
//! round trip breaks (scripts nesting elements the parser never would, such as a `<div>` in a
//! `<table>` row or a `<p>` in a `<p>`), every step's tag and the block's text length are checked,
//! so a path that lands on another element is reported instead of hiding the wrong block.
//! Paths run through open shadow roots the way the core's flattened tree does: from a host into
//! its shadow tree, with slots replaced by the nodes assigned to them.
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

use super::shadow_dom::{composed_child_nodes, composed_element_children};
use crate::text::visible_len;
use crate::Removed;

/// Tags the core drops before measuring text (kept in step with `clutter::SILENT_TAGS`).
const SILENT_TAGS: &[&str] = &[
    "script", "style", "template", "link", "meta", "noscript", "button", "input", "select",
    "textarea", "option", "object", "embed", "applet", "dialog", "base", "frame", "frameset",
];

/// One step of a path: the tag and its 1-based position among the element children
/// (0 for the root step, which names the document element).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step<'s> {
    pub tag: &'s str,
    pub position: u32,
}

/// Why a path did not lead to a plausible live element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not a path the core writes.
    BadPath,
    /// The live element has fewer element children than the path needs (at this depth).
    Missing { depth: usize },
    /// The live element at this depth has another tag.
    TagMismatch { depth: usize, live: String },
    /// The live element holds a very different amount of text.
    TextMismatch { live: usize, expected: usize },
}

impl Problem {
    pub fn describe(&self) -> String {
        match self {
            Problem::BadPath => String::from("not a child-index path"),
            Problem::Missing { depth } => format!("no live element at step {}", depth + 1),
            Problem::TagMismatch { depth, live } => {
                format!("step {} is a <{live}> in the live page", depth + 1)
            }
            Problem::TextMismatch { live, expected } => {
                format!("live element has {live} characters of text, the parsed block {expected}")
            }
        }
    }
}

/// Splits `html > body:nth-child(2) > div:nth-child(3)` into steps.
pub fn parse_path(selector: &str) -> Option<Vec<Step<'_>>> {
    let mut steps = Vec::new();
    for (depth, part) in selector.split(" > ").enumerate() {
        let step = match part.split_once(":nth-child(") {
            Some((tag, rest)) => Step {
                tag,
                position: rest.strip_suffix(')')?.parse().ok().filter(|&p| p > 0)?,
            },
            None if depth == 0 => Step {
                tag: part,
                position: 0,
            },
            None => return None,
        };
        if step.tag.is_empty() || (depth == 0) != (step.position == 0) {
            return None;
        }
        steps.push(step);
    }
    Some(steps)
}

/// The live element a removed block stands for, checked for plausibility.
pub fn resolve(document: &Document, removed: &Removed) -> Result<Element, Problem> {
    let element = follow_path(document, &removed.selector)?;
    let live = live_text_len(&element);
    if !text_lengths_agree(live, removed.text_length) {
        return Err(Problem::TextMismatch {
            live,
            expected: removed.text_length,
        });
    }
    Ok(element)
}

/// Walks the path from the document element, checking the tag at every step.
pub fn follow_path(document: &Document, selector: &str) -> Result<Element, Problem> {
    let steps = parse_path(selector).ok_or(Problem::BadPath)?;
    let mut current = document
        .document_element()
        .ok_or(Problem::Missing { depth: 0 })?;
    for (depth, step) in steps.iter().enumerate() {
        if depth > 0 {
            // Not `dyn_into`: that is an `instanceof` check, false for the nodes of another
            // frame's document (the playground's original page); these are all elements.
            let child = composed_element_children(&current).get(step.position - 1);
            if child.is_undefined() {
                return Err(Problem::Missing { depth });
            }
            current = child.unchecked_into::<Element>();
        }
        let live = current.local_name();
        if !live.eq_ignore_ascii_case(step.tag) {
            return Err(Problem::TagMismatch { depth, live });
        }
    }
    Ok(current)
}

/// Lengths measured on two parses of the same markup agree exactly; the slack covers text nodes a
/// script split or merged and the core's `aria-hidden` rule, which is not repeated here.
fn text_lengths_agree(live: usize, expected: usize) -> bool {
    live.abs_diff(expected) <= 8 + expected / 10
}

/// Text length of a live subtree the way the core counts it: whitespace runs count as one,
/// silent tags and elements hidden by attribute or inline style are skipped. The subtree is the
/// rendered one: shadow trees instead of their hosts' children, slots filled.
pub fn live_text_len(root: &Element) -> usize {
    let mut total = 0usize;
    let mut pending = vec![composed_child_nodes(root)];
    while let Some(children) = pending.pop() {
        for node in children.iter().map(JsCast::unchecked_into::<Node>) {
            match node.node_type() {
                Node::TEXT_NODE => {
                    total += visible_len(&node.node_value().unwrap_or_default()) as usize;
                }
                Node::ELEMENT_NODE if !is_skipped(node.unchecked_ref()) => {
                    pending.push(composed_child_nodes(&node));
                }
                _ => {}
            }
        }
    }
    total
}

/// The core's `remove_silent` and `is_hidden`, on a live element.
fn is_skipped(element: &Element) -> bool {
    let tag = element.local_name();
    SILENT_TAGS.contains(&tag.as_str())
        || element.has_attribute("hidden")
        || element
            .get_attribute("style")
            .is_some_and(|style| style_hides(&style))
        || is_small_aria_hidden(element, &tag)
}

/// `aria-hidden` hides only small things in the core (pages put it on decorative duplicates).
fn is_small_aria_hidden(element: &Element, tag: &str) -> bool {
    element.get_attribute("aria-hidden").as_deref() == Some("true")
        && !matches!(tag, "img" | "picture" | "svg" | "figure")
        && !element
            .get_attribute("class")
            .unwrap_or_default()
            .contains("fallback-image")
        && live_text_len(element) < 200
}

/// `display: none` or `visibility: hidden` in an inline style.
fn style_hides(style: &str) -> bool {
    style.split(';').any(|declaration| {
        let Some((property, value)) = declaration.split_once(':') else {
            return false;
        };
        let (property, value) = (
            property.trim().to_ascii_lowercase(),
            value.trim().to_ascii_lowercase(),
        );
        (property == "display" && value.starts_with("none"))
            || (property == "visibility" && value.starts_with("hidden"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn paths_parse_into_steps() {
        let steps = parse_path("html > body:nth-child(2) > div:nth-child(13)").unwrap();
        assert_eq!(
            steps,
            vec![
                Step {
                    tag: "html",
                    position: 0
                },
                Step {
                    tag: "body",
                    position: 2
                },
                Step {
                    tag: "div",
                    position: 13
                }
            ]
        );
        for bad in [
            "",
            "html > body",
            "html > body:nth-child(0)",
            "body:nth-child(2)",
            "html > :nth-child(2)",
            "html > p:nth-child(x)",
        ] {
            assert_eq!(parse_path(bad), None, "{bad:?}");
        }
    }

    #[wasm_bindgen_test]
    fn text_tolerance_grows_with_the_block() {
        assert!(
            text_lengths_agree(100, 100)
                && text_lengths_agree(118, 100)
                && !text_lengths_agree(119, 100)
        );
        assert!(text_lengths_agree(0, 8) && !text_lengths_agree(0, 9));
    }

    #[wasm_bindgen_test]
    fn inline_styles_that_hide() {
        assert!(style_hides("color: red; DISPLAY : None !important"));
        assert!(style_hides("visibility:hidden"));
        assert!(!style_hides("--x-display: none; display: block"));
    }
}
