//! An explanation card for steps without a mock screen (advice, background).

use leptos::prelude::*;

use crate::coach::Coach;

/// Shows the step's `body` text as large bullet points with an info illustration.
#[component]
pub fn Explain() -> impl IntoView {
    let coach = Coach::use_context();
    let lines = move || {
        let key = coach.session.with(|s| s.key("body"));
        coach.say(&key)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| view! { <li>{l.to_owned()}</li> })
            .collect_view()
    };
    view! {
        <div class="explain-card" id="explain">
            <svg class="explain-icon" viewBox="0 0 48 48" aria-hidden="true">
                <circle cx="24" cy="24" r="22"></circle>
                <rect x="21.5" y="20" width="5" height="16" rx="2.5"></rect>
                <circle cx="24" cy="13" r="3"></circle>
            </svg>
            <ul class="explain-points">{lines}</ul>
        </div>
    }
}
