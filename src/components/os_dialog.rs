//! A system dialog drawn over the browser (certificate chooser, PIN prompt).

use leptos::prelude::*;

/// A modal-looking window of the operating system or browser, over the page.
#[component]
pub fn OsDialog(
    /// Title bar text.
    #[prop(into)]
    title: Signal<String>,
    /// `win` (Windows Security) or `chrome` (browser dialog) look.
    #[prop(default = "win")]
    look: &'static str,
    /// The dialog body.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="os-overlay">
            <div class=format!("os-dialog {look}") role="dialog" aria-labelledby="os-dialog-title">
                <div class="os-title" id="os-dialog-title">{move || title.get()}</div>
                <div class="os-body">{children()}</div>
            </div>
        </div>
    }
}
