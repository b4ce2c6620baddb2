//! What a test run records and how it is summed up: plain data, so the result card,
//! the parent frame's `completed` event and the native tests read the same figures.

use super::model::{Feedback, Step};

/// How much help the coach gives, as the mode sets it: the engine needs to know
/// whether a mistake climbs the hint ladder by itself and whether help may be asked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Help {
    /// Guided (and watch): the next control is marked, mistakes climb the ladder.
    #[default]
    Guided,
    /// Practice: nothing is marked; help comes only when the learner asks.
    OnRequest,
    /// Test: no help at all; what the learner does is recorded.
    Off,
}

/// What one step of a run recorded: the mistakes in the words the coach said them,
/// whether help was asked, and the time spent.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepRecord {
    /// The feedback of each mistake, in order.
    pub mistakes: Vec<Feedback>,
    /// The learner asked for help (a hint, "show me", "do it for me").
    pub helped: bool,
    /// Milliseconds spent in the step until it was done.
    pub ms: f64,
    /// Whether the step was finished.
    pub done: bool,
}

impl StepRecord {
    /// Done without a mistake and without help.
    pub fn alone(&self) -> bool {
        self.done && self.mistakes.is_empty() && !self.helped
    }
}

/// The figures of a run, as the result card shows them and `completed` carries them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Steps that ask the learner to do something (reading steps are not counted).
    pub steps: u32,
    /// Of those, the ones done alone: no mistake, no help.
    pub alone: u32,
    /// Mistakes in the whole run.
    pub mistakes: u32,
    /// Whole seconds from the first step to the end.
    pub seconds: u32,
}

impl Score {
    /// Sums up a run's records for its steps (records and steps in the same order).
    pub fn of(steps: &[Step], records: &[StepRecord]) -> Score {
        let mut score = Score::default();
        let mut ms = 0.0;
        for (step, rec) in steps.iter().zip(records) {
            ms += rec.ms;
            score.mistakes += u32::try_from(rec.mistakes.len()).unwrap_or(u32::MAX);
            if step.is_informational() {
                continue;
            }
            score.steps += 1;
            if rec.alone() {
                score.alone += 1;
            }
        }
        score.seconds = (ms / 1000.0).round().max(0.0) as u32;
        score
    }

    /// Whether every step to do was done alone.
    pub fn full_marks(&self) -> bool {
        self.alone == self.steps
    }
}
