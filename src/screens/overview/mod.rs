//! The app's own overview screens.

pub mod explain;
pub mod methods;

use leptos::prelude::*;

use crate::flow::screen::Overview;
use crate::screens::Scene;

/// The scene table of this site: what the PC, the phone and the desk show for each
/// of its screens. Exhaustive: a new screen does not compile until it is listed.
pub fn scene(screen: Overview) -> Scene {
    match screen {
        Overview::Methods => Scene::Full(|| view! { <methods::Methods /> }.into_any()),
        Overview::Explain => Scene::Full(|| view! { <explain::Explain /> }.into_any()),
    }
}
