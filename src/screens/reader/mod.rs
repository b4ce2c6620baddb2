//! The card reader: the simulated one handled on the desk, and the probe of the real one.

pub mod handled;
pub mod probe;

use leptos::prelude::*;

use crate::flow::screen::Reader;
use crate::screens::{devices, Pane, Scene};

/// The scene table of this site: what the PC, the phone and the desk show for each
/// of its screens. Exhaustive: a new screen does not compile until it is listed.
pub fn scene(screen: Reader) -> Scene {
    match screen {
        Reader::Probe => devices(Pane::View(|| view! { <probe::Probe /> }.into_any()), Pane::PhoneIdle, Pane::Empty),
    }
}
