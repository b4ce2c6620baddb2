//! The overview: the three ways to log in.

use crate::flow::model::{Gesture, Scenario, Step};
use crate::flow::screen::{Overview, Screen};
use super::target;

/// `overview`: choose a method.
pub static OVERVIEW: Scenario = Scenario {
    id: "overview",
    chapter: None,
    steps: &[Step {
        id: "methods",
        devices: &[],
        screen: Screen::Overview(Overview::Methods),
        expect: &[Gesture::Click(target::overview::METHOD_EID)],
        branches: &[],
        mistakes: &[],
    }],
};
