//! The overview: the three ways to log in.

use crate::flow::model::{Gesture, Scenario, Screen, Step};

/// `overview`: choose a method.
pub static OVERVIEW: Scenario = Scenario {
    id: "overview",
    chapter: None,
    steps: &[Step {
        id: "methods",
        devices: &[],
        screen: Screen::Methods,
        expect: &[Gesture::Click("method-eid")],
        branches: &[],
        mistakes: &[],
    }],
};
