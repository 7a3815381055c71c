//! Late clutter: a MutationObserver that re-runs the in-place pass when the page adds elements.
//!
//! Cost stays bounded on busy pages: a run waits for [`DEBOUNCE_MS`] of quiet (but never more
//! than [`MAX_WAIT_MS`] after the first mutation it answers), at most [`MAX_RUNS_PER_MINUTE`]
//! runs happen in any minute, and mutations that only add text, remove nodes, or happen inside
//! blocks already hidden do not count at all. The observer watches the child lists only, so the
//! attributes the pass sets never wake it.
use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, MutationObserver, MutationObserverInit, MutationRecord, Node};

use super::live_document::{document, window};
use super::PageError;

pub const DEBOUNCE_MS: f64 = 300.0;
pub const MAX_WAIT_MS: f64 = 2_000.0;
pub const MAX_RUNS_PER_MINUTE: usize = 12;
const MINUTE_MS: f64 = 60_000.0;

/// When the next run may happen. Pure bookkeeping, times in milliseconds.
#[derive(Debug, Default)]
pub struct Throttle {
    runs: VecDeque<f64>,
    pending_since: Option<f64>,
}

impl Throttle {
    /// A mutation worth a run arrived at `now`: the delay to (re)schedule the run with, or `None`
    /// to keep the timer already set (the run has been put off for [`MAX_WAIT_MS`] already).
    pub fn on_mutation(&mut self, now: f64) -> Option<f64> {
        let since = *self.pending_since.get_or_insert(now);
        if now - since >= MAX_WAIT_MS {
            return None;
        }
        Some(DEBOUNCE_MS.max(self.until_free_slot(now)))
    }

    /// The run happened at `now`.
    pub fn ran(&mut self, now: f64) {
        self.runs.push_back(now);
        self.pending_since = None;
    }

    /// Milliseconds until a run fits in the per-minute budget (0 when it fits now).
    pub fn until_free_slot(&mut self, now: f64) -> f64 {
        while self.runs.front().is_some_and(|&run| now - run >= MINUTE_MS) {
            self.runs.pop_front();
        }
        match self.runs.front() {
            Some(&oldest) if self.runs.len() >= MAX_RUNS_PER_MINUTE => oldest + MINUTE_MS - now,
            _ => 0.0,
        }
    }
}

struct Watch {
    observer: MutationObserver,
    timer: Option<i32>,
    throttle: Throttle,
    /// The pass to run; `in_place` hands it in, so this module does not depend on it.
    run: fn(),
    /// Elements whose subtrees never count (the reader view's host, for one).
    ignore_selector: &'static str,
}

thread_local! {
    static WATCH: RefCell<Option<Watch>> = const { RefCell::new(None) };
    /// Created once and kept, so a callback is never dropped while it runs.
    static CALLBACKS: Callbacks = Callbacks::new();
}

struct Callbacks {
    mutations: Closure<dyn FnMut(js_sys::Array, MutationObserver)>,
    timer: Closure<dyn FnMut()>,
}

impl Callbacks {
    fn new() -> Callbacks {
        Callbacks {
            mutations: Closure::new(on_mutations),
            timer: Closure::new(on_timer),
        }
    }
}

/// Starts watching the whole document; `run` is called (throttled) after relevant additions.
pub fn start(run: fn(), ignore_selector: &'static str) -> Result<(), PageError> {
    stop();
    let root = document()?
        .document_element()
        .ok_or_else(|| PageError::new("document has no root element"))?;
    let observer = CALLBACKS
        .with(|callbacks| MutationObserver::new(callbacks.mutations.as_ref().unchecked_ref()))?;
    let init = MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    observer.observe_with_options(&root, &init)?;
    WATCH.with(|watch| {
        *watch.borrow_mut() = Some(Watch {
            observer,
            timer: None,
            throttle: Throttle::default(),
            run,
            ignore_selector,
        })
    });
    Ok(())
}

/// Disconnects the observer and cancels a pending run; `true` when one was watching.
pub fn stop() -> bool {
    let Some(watch) = WATCH.with(|watch| watch.borrow_mut().take()) else {
        return false;
    };
    watch.observer.disconnect();
    if let (Some(timer), Ok(window)) = (watch.timer, window()) {
        window.clear_timeout_with_handle(timer);
    }
    true
}

pub fn is_watching() -> bool {
    WATCH.with(|watch| watch.borrow().is_some())
}

fn on_mutations(records: js_sys::Array, _observer: MutationObserver) {
    let Some(ignore) =
        WATCH.with(|watch| watch.borrow().as_ref().map(|watch| watch.ignore_selector))
    else {
        return;
    };
    let relevant = records
        .iter()
        .any(|record| is_relevant(record.unchecked_ref(), ignore));
    if relevant {
        schedule();
    }
}

/// A record counts when it adds an element outside the hidden blocks and the ignored subtrees.
fn is_relevant(record: &MutationRecord, ignore: &str) -> bool {
    let Some(target) = record.target() else {
        return false;
    };
    if inside(&target, ignore) {
        return false;
    }
    let added = record.added_nodes();
    (0..added.length())
        .filter_map(|index| added.item(index))
        .any(|node| {
            node.dyn_ref::<Element>()
                .is_some_and(|element| !element.matches(ignore).unwrap_or(false))
        })
}

fn inside(node: &Node, selector: &str) -> bool {
    let element = match node.dyn_ref::<Element>() {
        Some(element) => Some(element.clone()),
        None => node.parent_element(),
    };
    element.is_some_and(|element| matches!(element.closest(selector), Ok(Some(_))))
}

fn schedule() {
    let Ok(window) = window() else { return };
    let now = now(&window);
    WATCH.with(|watch| {
        let mut watch = watch.borrow_mut();
        let Some(watch) = watch.as_mut() else { return };
        let Some(delay) = watch.throttle.on_mutation(now) else {
            return;
        };
        if let Some(timer) = watch.timer.take() {
            window.clear_timeout_with_handle(timer);
        }
        watch.timer = CALLBACKS
            .with(|callbacks| {
                window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    callbacks.timer.as_ref().unchecked_ref(),
                    delay.ceil() as i32,
                )
            })
            .ok();
    });
}

fn on_timer() {
    let Ok(window) = window() else { return };
    let run = WATCH.with(|watch| {
        let mut watch = watch.borrow_mut();
        let watch = watch.as_mut()?;
        watch.timer = None;
        watch.throttle.ran(now(&window));
        Some(watch.run)
    });
    if let Some(run) = run {
        run();
    }
}

fn now(window: &web_sys::Window) -> f64 {
    window
        .performance()
        .map_or_else(js_sys::Date::now, |performance| performance.now())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn a_burst_is_debounced_but_not_put_off_forever() {
        let mut throttle = Throttle::default();
        assert_eq!(throttle.on_mutation(0.0), Some(DEBOUNCE_MS));
        assert_eq!(throttle.on_mutation(1_000.0), Some(DEBOUNCE_MS));
        assert_eq!(
            throttle.on_mutation(MAX_WAIT_MS),
            None,
            "a steady stream of mutations starves the run"
        );
        throttle.ran(MAX_WAIT_MS + 10.0);
        assert_eq!(throttle.on_mutation(MAX_WAIT_MS + 20.0), Some(DEBOUNCE_MS));
    }

    #[wasm_bindgen_test]
    fn runs_per_minute_are_capped() {
        let mut throttle = Throttle::default();
        for run in 0..MAX_RUNS_PER_MINUTE {
            throttle.ran(run as f64 * 1_000.0);
        }
        let now = MAX_RUNS_PER_MINUTE as f64 * 1_000.0;
        assert_eq!(
            throttle.on_mutation(now),
            Some(MINUTE_MS - now),
            "the next run waits for the oldest to leave the window"
        );
        assert_eq!(throttle.until_free_slot(MINUTE_MS), 0.0);
    }
}
