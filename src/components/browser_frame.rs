//! The PC's browser window: a plain chrome with an address bar showing the real domain.

use leptos::prelude::*;

use crate::coach::Coach;

/// A browser window around a mock page; `host` is shown bold so learners learn to check it.
#[component]
pub fn BrowserFrame(
    /// Catalog key of the domain shown in the address bar (sites have a domain per language).
    host_key: &'static str,
    /// Path after the domain.
    #[prop(default = "/")]
    path: &'static str,
    /// The page.
    children: Children,
) -> impl IntoView {
    let coach = Coach::use_context();
    view! {
        <div class="browser">
            <div class="browser-bar">
                <span class="win-dots" aria-hidden="true"><i></i><i></i><i></i></span>
                <span class="nav-arrows" aria-hidden="true">"← → ⟳"</span>
                <div class="address" role="group" aria-label=coach.tr("pc.address")>
                    <svg class="lock" viewBox="0 0 16 16" aria-hidden="true">
                        <rect x="3" y="7" width="10" height="8" rx="1.5"></rect>
                        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke-width="1.8"></path>
                    </svg>
                    <span class="scheme">"https://"</span>
                    <strong class="host">{move || coach.t(host_key)}</strong>
                    <span class="path">{path}</span>
                </div>
            </div>
            <div class="browser-page">{children()}</div>
        </div>
    }
}
