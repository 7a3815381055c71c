//! The rules' article: clutter passes and the attempts, strict first, each
//! on its own copy of a pass's mask, so no attempt sees what another did.

use super::page::Page;
use crate::clean::{self, prepare, sanitize};
use crate::clutter::{self, Cleared, Pass};
use crate::output;
use crate::report::{ClutterKind, Removed};
use crate::score;
use crate::stages::{timed, Stage};
use crate::tree::{Node, Tree};
use crate::view::{Doc, Mask};

/// One way of running the stages; later attempts are gentler.
#[derive(Clone, Copy)]
struct Attempt {
    strict_clutter: bool,
    class_weight: bool,
    conditional_clean: bool,
}

const ATTEMPTS: [Attempt; 3] = [
    Attempt {
        strict_clutter: true,
        class_weight: true,
        conditional_clean: true,
    },
    Attempt {
        strict_clutter: true,
        class_weight: true,
        conditional_clean: false,
    },
    Attempt {
        strict_clutter: false,
        class_weight: false,
        conditional_clean: false,
    },
];

/// The article's body as the sanitizer copied it out, with its text (captions
/// included: the attempts weigh all the text they found), the removals
/// reported and the byline taken out of it.
pub(crate) struct Body {
    pub tree: Tree,
    pub text: String,
    pub removed: Vec<Removed>,
    pub byline: Option<String>,
}

impl Body {
    pub fn empty(removed: Vec<Removed>) -> Body {
        Body {
            tree: Tree::new(Node::Root),
            text: String::new(),
            removed,
            byline: None,
        }
    }
}

/// The clutter passes of one extraction, computed as the attempts ask for
/// them (the attempts run strict ones first, so one pass is kept at a time).
pub(crate) struct ClutterPasses<'p, 'h> {
    pub page: &'p Page<'h>,
    last: Option<(bool, Cleared)>,
}

impl<'p, 'h> ClutterPasses<'p, 'h> {
    pub fn new(page: &'p Page<'h>) -> Self {
        ClutterPasses { page, last: None }
    }

    /// The page without clutter, strict or lenient.
    pub fn pass(&mut self, strict: bool) -> &Cleared {
        if self.last.as_ref().is_none_or(|(s, _)| *s != strict) {
            self.last = None;
            let page = self.page;
            let pass = Pass {
                strict,
                filters: page.filters.as_ref(),
                kinds: page.kinds.as_deref(),
                protected: &page.protected,
                story: &page.story,
            };
            let cleared = timed(Stage::Clutter, || {
                clutter::remove_clutter(&page.view, &page.silent, &pass)
            });
            self.last = Some((strict, cleared));
        }
        &self.last.as_ref().expect("computed above").1
    }
}

/// What one attempt chose: the article's roots, what is kept of the page,
/// the byline it took out, the clutter pass it started from (strict or
/// lenient) and that pass's cuts, and the removals reported (the clutter
/// pass's and pruning's).
pub(crate) struct Choice {
    pub roots: Vec<u32>,
    pub mask: Mask,
    pub byline: Option<String>,
    pub strict: bool,
    pub cuts: Vec<(u32, ClutterKind)>,
    pub removed: Vec<Removed>,
}

/// The body of the best attempt, with the choice it was rendered from.
pub(crate) struct Outcome {
    pub body: Body,
    pub choice: Option<Choice>,
}

/// Runs the attempts until one yields enough text; else keeps the longest.
pub(crate) fn rules_article(passes: &mut ClutterPasses, threshold: usize) -> Outcome {
    let page = passes.page;
    let mut best: Option<Outcome> = None;
    for attempt in ATTEMPTS {
        let cleared = passes.pass(attempt.strict_clutter);
        let choice = choose(page, cleared, attempt);
        let body = match &choice {
            Some(choice) => render(page, choice),
            None => Body::empty(cleared.removed.clone()),
        };
        let enough = body.text.chars().count() >= threshold;
        if best
            .as_ref()
            .is_none_or(|b| body.text.len() > b.body.text.len())
        {
            best = Some(Outcome { body, choice });
        }
        if enough {
            break;
        }
    }
    best.unwrap_or_else(|| Outcome {
        body: Body::empty(Vec::new()),
        choice: None,
    })
}

/// One attempt on the page without clutter: choose the article, take its
/// byline, prune it.
fn choose(page: &Page, cleared: &Cleared, attempt: Attempt) -> Option<Choice> {
    let view = &page.view;
    let body_element = view.body();
    let whole = view.is_fragment().then(|| score::Selection {
        top: body_element,
        nodes: vec![body_element],
    });
    let doc = Doc::new(view, &cleared.mask);
    let selection = whole.or_else(|| {
        timed(Stage::Score, || {
            score::find_article(doc, attempt.class_weight)
        })
    })?;
    // A fragment was judged already (it is usually an article cleaned before):
    // pruning it again could only take more away.
    let conditional = attempt.conditional_clean && !view.is_fragment();
    let pass = (cleared, attempt.strict_clutter);
    Some(prepare_roots(page, pass, selection.nodes, conditional))
}

/// The article of the chosen roots on a page without clutter (the pass and
/// whether it was the strict one): its byline taken, pruned.
pub(crate) fn prepare_roots(
    page: &Page,
    (cleared, strict): (&Cleared, bool),
    roots: Vec<u32>,
    conditional: bool,
) -> Choice {
    let view = &page.view;
    let (byline, pruned) = timed(Stage::Prepare, || {
        let mut mask = cleared.mask.clone();
        let byline = prepare::take_byline(view, &mut mask, &roots);
        let pruned = prepare::prune(view, mask, &roots, &page.meta.title, conditional);
        (byline, pruned)
    });
    let mut removed = cleared.removed.clone();
    removed.extend(pruned.report);
    Choice {
        roots,
        mask: pruned.mask,
        byline,
        strict,
        cuts: cleared.cuts.clone(),
        removed,
    }
}

/// Copies the chosen article out.
pub(crate) fn render(page: &Page, choice: &Choice) -> Body {
    timed(Stage::Sanitize, || render_untimed(page, choice))
}

fn render_untimed(page: &Page, choice: &Choice) -> Body {
    let doc = Doc::new(&page.view, &choice.mask);
    let mut tree = sanitize::build(doc, &choice.roots, &page.urls);
    clean::tidy(&mut tree);
    let text = output::text::to_text_with_captions(&tree);
    Body {
        tree,
        text,
        removed: choice.removed.clone(),
        byline: choice.byline.clone(),
    }
}
