//! The app's own top bar: name, overview, mode switch and language switch.

use leptos::prelude::*;

use crate::coach::{Coach, Command};
use crate::components::controls::CmdButton;
use crate::flow::embed::HostCommand;
use crate::flow::{Lang, Mode, View};
use crate::scenarios;

/// Top bar with the controls a facilitator needs on a projector.
#[component]
pub fn TopBar() -> impl IntoView {
    let coach = Coach::use_context();
    let facilitator = coach.view == View::Facilitator;
    let on_lang = move |ev| {
        match Lang::from_code(&event_target_value(&ev)) {
            // The facilitator's window changes the wall's language, then follows it.
            Some(l) if facilitator => coach.drive(HostCommand::Set { lang: Some(l), mode: None }),
            Some(l) => coach.set_lang(l),
            None => {}
        }
    };
    // A window on its own (a projector) can be driven from a second window.
    let offers_facilitator = !facilitator && !crate::platform::is_framed();
    view! {
        <header class="topbar">
            <span class="brand">
                <svg viewBox="0 0 24 24" aria-hidden="true" class="brand-mark">
                    <circle cx="12" cy="12" r="11"></circle>
                    <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke-width="2.6"></path>
                </svg>
                "LoginCoach"
            </span>
            // The app's own frame says on every step that nothing here is real.
            <span class="exercise-badge" id="exercise-badge">{coach.tr("ui.exercise-badge")}</span>
            <CmdButton cmd=Command::Open(scenarios::overview()) id="overview-link" class="btn btn-quiet" label=Signal::derive(coach.tr("ui.overview")) />
            // `lock=mode` in the link: the mode is fixed by whoever shared it.
            {(!coach.lock_mode).then(|| view! {
                <div class="mode-switch" role="group" aria-label=coach.tr("ui.mode")>
                    {Mode::ALL
                        .into_iter()
                        .map(|m| {
                            view! {
                                <CmdButton
                                    cmd=Command::SetMode(m)
                                    id=m.button_id()
                                    class="btn btn-toggle"
                                    label=Signal::derive(coach.tr(m.label_key()))
                                    pressed=Signal::derive(move || Some(if coach.mode.get() == m { "true" } else { "false" }))
                                />
                            }
                        })
                        .collect_view()}
                </div>
            })}
            {offers_facilitator.then(|| view! {
                <button type="button" class="btn btn-quiet" id="open-facilitator" on:click=move |_| coach.open_facilitator()>
                    {coach.tr("ui.facilitator")}
                </button>
            })}
            <label class="lang-label" for="lang-select">{coach.tr("ui.language")}</label>
            <select id="lang-select" on:change=on_lang>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() selected=move || coach.texts.lang.get() == l lang=l.code()>
                                {l.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </header>
    }
}
