//! Footnotes as GFM writes them: `[^1]` where the note is referenced, `[^1]: …` for the note.
//!
//! Read from the article's structure, not from class names (the sanitizer keeps ids, not
//! classes or roles): a note reference is a link to `#id` whose text is a note marker (`1`,
//! `[2]`, `*`, `†`), and whose target is (or sits in) an item of a list; a list whose every
//! item is such a target is the notes (Pandoc's `section.footnotes`, `role=doc-endnotes`,
//! WordPress and Hugo footnotes, a "References" list of `<li><a id=r1>`). Links inside a note
//! that lead back to its references (`↩`) are dropped. A list with one unreferenced item
//! stays a list: GFM does not show a note that nothing references.

use ego_tree::{NodeId, NodeRef};

use crate::tree::{Node, Tree};

/// The footnotes of an article. Plain vectors searched in order: an article has few notes,
/// and every map type would add its own code to the wasm module.
#[derive(Default)]
pub(super) struct Notes {
    /// Reference links and their labels.
    refs: Vec<(NodeId, String)>,
    /// `<sup>`s that hold nothing but a reference: the `[^1]` stands for them.
    bare_sups: Vec<NodeId>,
    /// Links inside notes back to their references.
    backrefs: Vec<NodeId>,
    /// Lists of notes: their items and labels.
    lists: Vec<(NodeId, Vec<(NodeId, String)>)>,
}

/// The value of `key` in a list of pairs.
fn get<'a, K: PartialEq, V>(pairs: &'a [(K, V)], key: &K) -> Option<&'a V> {
    pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Longest note marker (`[12]`, `iv`, `1234`): longer link texts are words.
const MARKER_MAX_CHARS: usize = 4;

/// Texts of the links that lead from a note back to its reference.
const BACK_MARKERS: &[&str] = &["↩", "↩\u{fe0e}", "↩\u{fe0f}", "↑", "^", "⤴"];

/// How far above its target a note's item may be (`<li><p><a id=fn1>`).
const TARGET_DEPTH: usize = 3;

fn element<'a>(node: NodeRef<'a, Node>, tag: &str) -> Option<&'a crate::tree::ElementData> {
    match node.value() {
        Node::Element(e) if e.tag == tag => Some(e),
        _ => None,
    }
}

fn text_of(node: NodeRef<Node>) -> String {
    let mut s = String::new();
    for n in node.descendants() {
        if let Node::Text(t) = n.value() {
            crate::text::push_collapsed(&mut s, t);
        }
    }
    s.trim().to_string()
}

/// The marker of a reference link's text (`[2]` → `2`), when it is one.
fn marker(text: &str) -> Option<&str> {
    let inner = text
        .trim_start_matches(['[', '('])
        .trim_end_matches([']', ')'])
        .trim();
    let short = (1..=MARKER_MAX_CHARS).contains(&inner.chars().count());
    let alnum = inner.chars().all(char::is_alphanumeric);
    (short && (alnum || matches!(inner, "*" | "†" | "‡" | "§"))).then_some(inner)
}

/// The element a link's `#fragment` names.
fn target(ids: &[(&str, NodeId)], node: NodeRef<Node>) -> Option<NodeId> {
    let href = element(node, "a")?.attr("href")?;
    let (_, fragment) = href.split_once('#')?;
    get(ids, &fragment).copied()
}

impl Notes {
    pub(super) fn of(tree: &Tree) -> Notes {
        let ids: Vec<(&str, NodeId)> = tree
            .root()
            .descendants()
            .filter_map(|n| match n.value() {
                Node::Element(e) => e.attr("id").map(|id| (id, n.id())),
                _ => None,
            })
            .collect();
        let mut refs: Vec<(NodeId, NodeId, String)> = Vec::new();
        for a in tree.root().descendants() {
            let Some(t) = target(&ids, a) else { continue };
            let text = text_of(a);
            let (Some(mark), Some(li)) = (marker(&text), note_item(tree, t)) else {
                continue;
            };
            if !a.ancestors().any(|x| x.id() == li) {
                refs.push((a.id(), li, mark.to_string()));
            }
        }
        let mut notes = Notes::default();
        notes.label_lists(tree, &refs);
        notes.find_backrefs(tree, &ids);
        notes
    }

    /// Keeps the lists whose every item is referenced, with a label per item, and the
    /// references to them.
    fn label_lists(&mut self, tree: &Tree, refs: &[(NodeId, NodeId, String)]) {
        let mut labels: Vec<(NodeId, String)> = Vec::new();
        for (_, li, mark) in refs {
            if get(&labels, li).is_none() {
                let mut label = mark.clone();
                while labels.iter().any(|(_, l)| *l == label) {
                    label.push('a');
                }
                labels.push((*li, label));
            }
        }
        let mut lists: Vec<NodeId> = Vec::new();
        for (li, _) in &labels {
            let parent = tree.get(*li).and_then(|l| l.parent()).map(|p| p.id());
            if let Some(p) = parent.filter(|p| !lists.contains(p)) {
                lists.push(p);
            }
        }
        for list in lists {
            let Some(list_node) = tree.get(list) else {
                continue;
            };
            let items: Option<Vec<(NodeId, String)>> = list_node
                .children()
                .filter(|c| matches!(c.value(), Node::Element(_)))
                .map(|c| Some((c.id(), get(&labels, &c.id())?.clone())))
                .collect();
            if let Some(items) = items.filter(|i| !i.is_empty()) {
                self.lists.push((list, items));
            }
        }
        for (a, li, _) in refs {
            let parent = tree.get(*li).and_then(|l| l.parent()).map(|p| p.id());
            if parent.is_some_and(|p| get(&self.lists, &p).is_some()) {
                self.refs
                    .push((*a, get(&labels, li).cloned().unwrap_or_default()));
            }
        }
        self.bare_sups = self
            .refs
            .iter()
            .filter_map(|&(a, _)| tree.get(a)?.parent())
            .filter(|sup| element(*sup, "sup").is_some() && only_child_text(*sup))
            .map(|sup| sup.id())
            .collect();
    }

    /// Links inside the notes that lead back to a reference, or read `↩`.
    fn find_backrefs(&mut self, tree: &Tree, ids: &[(&str, NodeId)]) {
        let is_ref = |id: NodeId| {
            get(&self.refs, &id).is_some()
                || self.bare_sups.contains(&id)
                || tree
                    .get(id)
                    .is_some_and(|n| n.descendants().any(|d| get(&self.refs, &d.id()).is_some()))
        };
        let mut backrefs = Vec::new();
        for (li, _) in self.lists.iter().flat_map(|(_, items)| items) {
            let Some(item) = tree.get(*li) else { continue };
            for a in item.descendants().filter(|n| element(*n, "a").is_some()) {
                let back = target(ids, a).is_some_and(is_ref)
                    || BACK_MARKERS.contains(&text_of(a).as_str());
                if back {
                    backrefs.push(a.id());
                }
            }
        }
        self.backrefs = backrefs;
    }

    /// The label of a reference link.
    pub(super) fn reference(&self, id: NodeId) -> Option<&str> {
        get(&self.refs, &id).map(String::as_str)
    }

    pub(super) fn is_bare_sup(&self, id: NodeId) -> bool {
        self.bare_sups.contains(&id)
    }

    pub(super) fn is_backref(&self, id: NodeId) -> bool {
        self.backrefs.contains(&id)
    }

    /// The items and labels of a list of notes.
    pub(super) fn list(&self, id: NodeId) -> Option<&[(NodeId, String)]> {
        get(&self.lists, &id).map(Vec::as_slice)
    }
}

/// The list item a reference's target is, or sits in.
fn note_item(tree: &Tree, target: NodeId) -> Option<NodeId> {
    let node = tree.get(target)?;
    std::iter::once(node)
        .chain(node.ancestors())
        .take(TARGET_DEPTH + 1)
        .find(|n| element(*n, "li").is_some())
        .filter(|li| {
            li.parent().is_some_and(
                |p| matches!(p.value(), Node::Element(e) if matches!(e.tag, "ol" | "ul")),
            )
        })
        .map(|li| li.id())
}

/// Whether a `<sup>` holds one element and no text of its own but brackets
/// (`<sup>[<a>1</a>]</sup>`).
fn only_child_text(sup: NodeRef<Node>) -> bool {
    let mut elements = 0;
    for c in sup.children() {
        match c.value() {
            Node::Element(_) => elements += 1,
            Node::Text(t) if !t.chars().all(|c| c.is_whitespace() || "[]()".contains(c)) => {
                return false
            }
            _ => {}
        }
    }
    elements == 1
}
