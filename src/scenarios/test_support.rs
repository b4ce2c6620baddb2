//! Helpers for the scenario tests: open a step, submit a field, read the feedback.

use crate::flow::engine::{Action, Feedback, Outcome};
use crate::flow::model::Scenario;
use crate::flow::{Session, PERSONA};

/// A session of the practice persona at a step of a scenario.
pub fn at(sc: &'static Scenario, step: &str) -> Session {
    Session::at(sc, &PERSONA, sc.index_of(step).expect("step"))
}

/// Types a value into a field, then clicks a button, as a learner would.
pub fn submit(s: &mut Session, field: &str, value: &str, button: &str) -> Outcome {
    s.act(Action::Input(field.into(), value.into()));
    s.act(Action::Click(button.into()))
}

/// The catalog key of the coach's feedback (empty when there is none).
pub fn wrong_key(s: &Session) -> String {
    match s.feedback() {
        Some(Feedback::WrongValue { key, .. }) | Some(Feedback::Mistake(key)) => key.clone(),
        None => String::new(),
    }
}
