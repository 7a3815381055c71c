//! Time spent in each stage of the pipeline, for `make bench`'s breakdown: with the
//! `stage-times` feature (native builds only) [`timed`] adds each call's wall time to a
//! per-thread total that [`take`] reads and clears; without it, [`timed`] is the call itself
//! and costs nothing. A stage timed inside another (the article rendered while the block
//! scorer judges its edges) pauses the outer one: each total is the stage's own time, and the
//! totals add up to the time of the timed parts.

/// A stage of the pipeline, in the order a page goes through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// html5ever builds the tree (with the noscript re-parse).
    Parse,
    /// The flat view of the tree: tags, ranges, text counts.
    View,
    /// Metadata: title, byline, JSON-LD, Open Graph.
    Metadata,
    /// The silent mask, the provisional article and the story's path.
    Setup,
    /// The clutter passes.
    Clutter,
    /// Readability-style candidate scoring.
    Score,
    /// The byline taken and the article pruned.
    Prepare,
    /// The page cut into blocks and their features.
    Blocks,
    /// The block scorer, the page kind and the content mask from the blocks.
    Model,
    /// The article copied out sanitized, tidied, its text.
    Sanitize,
    /// HTML, text and Markdown written.
    Output,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 11] = [
        Stage::Parse,
        Stage::View,
        Stage::Metadata,
        Stage::Setup,
        Stage::Clutter,
        Stage::Score,
        Stage::Prepare,
        Stage::Blocks,
        Stage::Model,
        Stage::Sanitize,
        Stage::Output,
    ];

    /// The stage's name in the bench's table.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Parse => "parse",
            Stage::View => "view",
            Stage::Metadata => "metadata",
            Stage::Setup => "setup",
            Stage::Clutter => "clutter",
            Stage::Score => "score",
            Stage::Prepare => "prepare",
            Stage::Blocks => "blocks+features",
            Stage::Model => "model",
            Stage::Sanitize => "sanitize",
            Stage::Output => "output",
        }
    }
}

#[cfg(all(feature = "stage-times", not(target_arch = "wasm32")))]
mod clock {
    use super::Stage;
    use std::cell::Cell;
    use std::time::{Duration, Instant};

    thread_local! {
        static TOTALS: Cell<[Duration; Stage::ALL.len()]> =
            const { Cell::new([Duration::ZERO; Stage::ALL.len()]) };
        /// The stage running now and since when its time is counted.
        static CURRENT: Cell<Option<(Stage, Instant)>> = const { Cell::new(None) };
    }

    fn charge(stage: Stage, spent: Duration) {
        TOTALS.with(|totals| {
            let mut all = totals.get();
            all[stage as usize] += spent;
            totals.set(all);
        });
    }

    /// Runs `f`, adding its wall time to `stage`'s total (and not to the stage it runs in).
    pub fn timed<R>(stage: Stage, f: impl FnOnce() -> R) -> R {
        let start = Instant::now();
        let outer = CURRENT.replace(Some((stage, start)));
        if let Some((outer_stage, since)) = outer {
            charge(outer_stage, start - since);
        }
        let out = f();
        let end = Instant::now();
        if let Some((own, since)) = CURRENT.get() {
            charge(own, end - since);
        }
        CURRENT.set(outer.map(|(outer_stage, _)| (outer_stage, end)));
        out
    }

    /// The totals of this thread since the last call, per stage in pipeline order.
    pub fn take() -> Vec<(Stage, Duration)> {
        let all = TOTALS.with(|totals| totals.replace([Duration::ZERO; Stage::ALL.len()]));
        Stage::ALL.iter().copied().zip(all).collect()
    }
}

#[cfg(all(feature = "stage-times", not(target_arch = "wasm32")))]
pub use clock::{take, timed};

/// Without the `stage-times` feature: the call itself.
#[cfg(not(all(feature = "stage-times", not(target_arch = "wasm32"))))]
#[inline(always)]
pub fn timed<R>(_stage: Stage, f: impl FnOnce() -> R) -> R {
    f()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_are_listed_in_their_own_order() {
        for (i, stage) in Stage::ALL.iter().enumerate() {
            assert_eq!(*stage as usize, i, "{}", stage.name());
        }
    }

    #[cfg(feature = "stage-times")]
    #[test]
    fn timed_calls_add_up_per_stage_and_take_clears() {
        let _ = take();
        let value = timed(Stage::Parse, || {
            std::thread::sleep(std::time::Duration::from_millis(2));
            7
        });
        assert_eq!(value, 7);
        let totals = take();
        assert!(totals[Stage::Parse as usize].1 >= std::time::Duration::from_millis(2));
        assert!(totals[1..].iter().all(|(_, d)| d.is_zero()));
        assert!(take().iter().all(|(_, d)| d.is_zero()));
    }

    #[cfg(feature = "stage-times")]
    #[test]
    fn a_nested_stage_pauses_the_outer_one() {
        let _ = take();
        let pause = std::time::Duration::from_millis(3);
        timed(Stage::Model, || {
            timed(Stage::Sanitize, || std::thread::sleep(pause));
        });
        let totals = take();
        assert!(totals[Stage::Sanitize as usize].1 >= pause);
        assert!(totals[Stage::Model as usize].1 < pause);
    }
}
