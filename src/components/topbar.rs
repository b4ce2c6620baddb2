//! The app's own top bar: name, overview, mode switch and language switch.

use leptos::prelude::*;

use crate::app::Coach;
use crate::flow::{Lang, Mode};
use crate::scenarios;

/// Top bar with the controls a facilitator needs on a projector.
#[component]
pub fn TopBar() -> impl IntoView {
    let coach = Coach::use_context();
    let on_lang = move |ev| {
        if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
            coach.set_lang(l);
        }
    };
    let to_overview = move |_| {
        coach.open(scenarios::overview(), 0);
    };
    view! {
        <header class="topbar">
            <span class="brand">
                <svg viewBox="0 0 24 24" aria-hidden="true" class="brand-mark">
                    <circle cx="12" cy="12" r="11"></circle>
                    <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke-width="2.6"></path>
                </svg>
                "LoginCoach"
            </span>
            <button type="button" class="btn btn-quiet" id="overview-link" on:click=to_overview>
                {move || coach.t("ui.overview")}
            </button>
            <div class="mode-switch" role="group" aria-label=move || coach.t("ui.mode")>
                {Mode::ALL
                    .into_iter()
                    .map(|m| {
                        view! {
                            <button
                                type="button"
                                class="btn btn-toggle"
                                id=format!("mode-{}", m.code())
                                aria-pressed=move || (coach.mode.get() == m).to_string()
                                on:click=move |_| coach.mode.set(m)
                            >
                                {move || coach.t(&format!("ui.mode.{}", m.code()))}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <label class="lang-label" for="lang-select">{move || coach.t("ui.language")}</label>
            <select id="lang-select" on:change=on_lang>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() selected=move || coach.lang.get() == l lang=l.code()>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </header>
    }
}
