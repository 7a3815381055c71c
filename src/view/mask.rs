//! What is removed from the page, and the lengths that follow from it.
//!
//! A [`Mask`] is always consistent: [`Mask::remove`] marks a subtree and takes
//! its text out of every ancestor's counts at once, so no stage can leave the
//! lengths describing a page that no longer exists. A [`Doc`] is what a stage
//! reads: the view seen through a mask.

use super::{View, NONE};

/// Removed nodes, and per node the counts of the text that is left.
#[derive(Clone)]
pub struct Mask {
    /// Set for every node inside a removed subtree.
    removed: Vec<bool>,
    /// Visible text length (whitespace runs count as one) of the subtree.
    text_len: Vec<u32>,
    /// The part of `text_len` inside links.
    link_len: Vec<u32>,
    /// Commas (of any script) in the subtree's visible text.
    commas: Vec<u32>,
    /// CJK characters in the subtree's visible text.
    cjk: Vec<u32>,
}

impl Mask {
    /// Nothing removed: the counts of the whole page, summed bottom-up from
    /// the text nodes' counts (taken once, by the view).
    pub fn new(view: &View) -> Mask {
        let n = view.len();
        let mut mask = Mask {
            removed: vec![false; n],
            text_len: vec![0; n],
            link_len: vec![0; n],
            commas: vec![0; n],
            cjk: vec![0; n],
        };
        for t in &view.texts {
            let i = t.node as usize;
            mask.text_len[i] = t.counts.visible;
            mask.commas[i] = t.counts.commas;
            mask.cjk[i] = t.counts.cjk;
        }
        for i in (0..n).rev() {
            let parent = view.nodes[i].parent;
            if parent == NONE {
                continue;
            }
            if view.is_link(i as u32) {
                mask.link_len[i] = mask.text_len[i];
            }
            mask.add_to(parent as usize, i);
        }
        mask
    }

    /// Adds node `from`'s counts to node `to`.
    fn add_to(&mut self, to: usize, from: usize) {
        self.text_len[to] += self.text_len[from];
        self.link_len[to] += self.link_len[from];
        self.commas[to] += self.commas[from];
        self.cjk[to] += self.cjk[from];
    }

    /// Removes the subtree of `i`: its nodes are marked and their text leaves
    /// the counts of every ancestor (of a link ancestor, the link text too).
    pub fn remove(&mut self, view: &View, i: u32) {
        let at = i as usize;
        if self.removed[at] {
            return;
        }
        let (text, mut links) = (self.text_len[at], self.link_len[at]);
        let (commas, cjk) = (self.commas[at], self.cjk[at]);
        let end = view.end(i) as usize;
        self.removed[at..end].fill(true);
        for counts in [
            &mut self.text_len,
            &mut self.link_len,
            &mut self.commas,
            &mut self.cjk,
        ] {
            counts[at..end].fill(0);
        }
        for a in view.ancestors(i) {
            let a = a as usize;
            if view.is_link(a as u32) {
                // A link's text is all link text: what leaves it leaves its links.
                links = text;
            }
            self.text_len[a] -= text;
            self.link_len[a] -= links;
            self.commas[a] -= commas;
            self.cjk[a] -= cjk;
        }
    }

    pub fn is_removed(&self, i: u32) -> bool {
        self.removed[i as usize]
    }

    /// Whether anything at all is removed.
    pub fn is_untouched(&self) -> bool {
        !self.removed.contains(&true)
    }
}

/// The page as a stage reads it: the view, with what `removed` marks skipped
/// and lengths read from `sized`. The two are one mask, except where a stage
/// judges against the lengths of an earlier moment on purpose (see
/// [`Doc::judging`]).
#[derive(Clone, Copy)]
pub struct Doc<'d, 'h> {
    pub view: &'d View<'h>,
    removed: &'d Mask,
    sized: &'d Mask,
}

impl<'h> std::ops::Deref for Doc<'_, 'h> {
    type Target = View<'h>;
    fn deref(&self) -> &View<'h> {
        self.view
    }
}

impl<'d, 'h> Doc<'d, 'h> {
    pub fn new(view: &'d View<'h>, mask: &'d Mask) -> Doc<'d, 'h> {
        Doc {
            view,
            removed: mask,
            sized: mask,
        }
    }

    /// What is removed from `removed`, measured with the lengths of `sized`
    /// (a mask of an earlier moment, with less removed).
    pub fn judging(view: &'d View<'h>, removed: &'d Mask, sized: &'d Mask) -> Doc<'d, 'h> {
        Doc {
            view,
            removed,
            sized,
        }
    }

    pub fn is_removed(&self, i: u32) -> bool {
        self.removed.removed[i as usize]
    }

    /// Visible text length of the subtree (whitespace runs count as one).
    pub fn text_len(&self, i: u32) -> u32 {
        self.sized.text_len[i as usize]
    }

    /// The part of [`Doc::text_len`] inside links.
    pub fn link_len(&self, i: u32) -> u32 {
        self.sized.link_len[i as usize]
    }

    /// Commas (of any script) in the subtree's text.
    pub fn commas(&self, i: u32) -> u32 {
        self.sized.commas[i as usize]
    }

    /// Length of the subtree's text weighted for scripts without word spaces:
    /// one CJK character carries about as much as a short word, so it counts
    /// three times.
    pub fn weighted_len(&self, i: u32) -> usize {
        (self.sized.text_len[i as usize] + 2 * self.sized.cjk[i as usize]) as usize
    }

    /// Share of the text inside links, 0 when there is no text.
    pub fn link_density(&self, i: u32) -> f32 {
        let t = self.text_len(i);
        if t == 0 {
            0.0
        } else {
            self.link_len(i) as f32 / t as f32
        }
    }

    /// Child elements that are not removed.
    pub fn live_child_elements(self, i: u32) -> impl Iterator<Item = u32> + 'd {
        let view = self.view;
        view.children(i)
            .filter(move |&c| !self.is_removed(c) && view.element(c).is_some())
    }

    /// Subtree element indices in document order, skipping removed subtrees.
    pub fn live_elements(self, root: u32) -> LiveElements<'d, 'h> {
        LiveElements {
            doc: self,
            next: root,
            end: self.view.end(root),
        }
    }

    /// Count of live descendant elements with the tag.
    pub fn count_tag(self, i: u32, tag: &str) -> usize {
        self.live_elements(i)
            .filter(|&e| e != i && self.tag(e) == tag)
            .count()
    }

    /// Visible text of a subtree (removed parts skipped), whitespace collapsed.
    pub fn text(&self, i: u32) -> String {
        let mut out = String::new();
        self.text_prefix_into(i, usize::MAX, &mut out);
        out.trim().to_string()
    }

    /// Text of the subtree until it exceeds `limit` bytes (cheap label reads).
    pub fn text_prefix(&self, i: u32, limit: usize) -> String {
        let mut out = String::new();
        self.text_prefix_into(i, limit, &mut out);
        out.trim().to_string()
    }

    /// [`Doc::text_prefix`] into a buffer the caller reuses: `out` is cleared
    /// and holds the text untrimmed.
    pub fn text_prefix_into(&self, i: u32, limit: usize, out: &mut String) {
        self.text_prefix_while(i, limit, out, |_| true);
    }

    /// [`Doc::text_prefix_into`], shown each text node before it is added:
    /// when `go_on` says no, reading stops and the answer is `false`.
    pub fn text_prefix_while(
        &self,
        i: u32,
        limit: usize,
        out: &mut String,
        mut go_on: impl FnMut(&str) -> bool,
    ) -> bool {
        out.clear();
        let end = self.end(i);
        let mut j = i;
        while j < end && out.len() <= limit {
            if self.is_removed(j) {
                j = self.end(j);
                continue;
            }
            if let Some(t) = self.text_node(j) {
                if !go_on(t) {
                    return false;
                }
                crate::text::push_collapsed(out, t);
            }
            j += 1;
        }
        true
    }
}

/// Iterator over live elements of a subtree in document order.
pub struct LiveElements<'d, 'h> {
    doc: Doc<'d, 'h>,
    next: u32,
    end: u32,
}

impl Iterator for LiveElements<'_, '_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        while self.next < self.end {
            let cur = self.next;
            if self.doc.is_removed(cur) {
                self.next = self.doc.end(cur);
                continue;
            }
            self.next += 1;
            if self.doc.element(cur).is_some() {
                return Some(cur);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn nth_tag(view: &View, tag: &str, n: usize) -> u32 {
        (0..view.len() as u32)
            .filter(|&i| view.tag(i) == tag)
            .nth(n)
            .unwrap()
    }

    #[test]
    fn lengths_of_the_whole_page() {
        let html =
            Html::parse_document("<body><div><p>Hello  world</p><a href=x>link</a></div></body>");
        let view = View::build(&html);
        let mask = Mask::new(&view);
        let doc = Doc::new(&view, &mask);
        let div = nth_tag(&view, "div", 0);
        assert_eq!(doc.text_len(div), "Hello world".len() as u32 + 4);
        assert_eq!(doc.link_len(div), 4);
        assert_eq!(doc.text(div), "Hello worldlink");
    }

    #[test]
    fn removal_excludes_text() {
        let html = Html::parse_document("<body><div><p>keep</p><p>drop me</p></div></body>");
        let view = View::build(&html);
        let mut mask = Mask::new(&view);
        mask.remove(&view, nth_tag(&view, "p", 1));
        let doc = Doc::new(&view, &mask);
        assert_eq!(doc.text(view.body()), "keep");
        assert_eq!(doc.text_len(view.body()), 4);
    }

    /// Removing piece by piece gives the counts a fresh sum over what is left
    /// gives, links inside links included.
    #[test]
    fn removals_keep_the_counts_of_a_fresh_sum() {
        let html = Html::parse_document(
            "<body><div><a href=/a>Eins, <span>zwei, 日本</span> <b>drei</b></a><p>vier, fünf</p>\
             <a href=/b>sechs <a href=/c>sieben</a></a></div></body>",
        );
        let view = View::build(&html);
        let mut mask = Mask::new(&view);
        for (tag, n) in [("span", 0), ("p", 0), ("a", 2)] {
            mask.remove(&view, nth_tag(&view, tag, n));
            let mut fresh = Mask::new(&view);
            let removed: Vec<u32> = (0..view.len() as u32)
                .filter(|&i| mask.is_removed(i))
                .collect();
            for &i in &removed {
                fresh.removed[i as usize] = true;
            }
            fresh.resum(&view);
            assert_eq!(mask.text_len, fresh.text_len, "after {tag}");
            assert_eq!(mask.link_len, fresh.link_len, "after {tag}");
            assert_eq!(mask.commas, fresh.commas, "after {tag}");
            assert_eq!(mask.cjk, fresh.cjk, "after {tag}");
        }
    }

    impl Mask {
        /// The counts summed afresh over the nodes not removed (the
        /// definition [`Mask::remove`] keeps).
        fn resum(&mut self, view: &View) {
            for counts in [
                &mut self.text_len,
                &mut self.link_len,
                &mut self.commas,
                &mut self.cjk,
            ] {
                counts.fill(0);
            }
            for t in &view.texts {
                let i = t.node as usize;
                if !self.removed[i] {
                    self.text_len[i] = t.counts.visible;
                    self.commas[i] = t.counts.commas;
                    self.cjk[i] = t.counts.cjk;
                }
            }
            for i in (0..view.len()).rev() {
                let parent = view.nodes[i].parent;
                if self.removed[i] || parent == NONE {
                    continue;
                }
                if view.is_link(i as u32) {
                    self.link_len[i] = self.text_len[i];
                }
                self.add_to(parent as usize, i);
            }
        }
    }
}
