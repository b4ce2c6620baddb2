//! The phone: a frame with a status bar and a live clock.

use leptos::prelude::*;

use crate::coach::{Coach, Command};
use crate::platform;

/// A smartphone outline with status bar; the clock ticks only while it is shown.
#[component]
pub fn PhoneFrame(
    /// The phone screen's content.
    children: Children,
) -> impl IntoView {
    let coach = Coach::use_context();
    let clock = RwSignal::new(platform::clock_text());
    // A scenario that never shows the phone keeps it off the desk: then nothing ticks.
    if coach.session.with_untracked(|s| s.scenario().steps.iter().any(|st| st.uses(crate::flow::Device::Phone))) {
        platform::every(20_000, move || clock.set(platform::clock_text()));
    }
    view! {
        <div class="phone" role="group" aria-label=coach.tr("phone.label")>
            <div class="phone-status" aria-hidden="true">
                <span class="clock">{move || clock.get()}</span>
                <span class="signal">"▮▮▮ 4G ▭"</span>
            </div>
            <div class="phone-screen">{children()}</div>
            <div class="phone-nav">
                // Android's back button: one screen back, like the coach's Back.
                <button
                    type="button"
                    class="phone-back"
                    id="phone-back"
                    aria-label=coach.tr("phone.back")
                    disabled=move || !coach.session.with(|s| s.can_back() && s.step().uses(crate::flow::Device::Phone))
                    on:click=move |_| coach.run(Command::Back)
                >
                    <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"></path></svg>
                </button>
                <div class="phone-home" aria-hidden="true"></div>
            </div>
        </div>
    }
}

/// The phone's idle home screen, for steps where the phone is not used.
#[component]
pub fn PhoneIdle() -> impl IntoView {
    let coach = Coach::use_context();
    view! {
        <div class="phone-idle">
            <p class="phone-idle-time">{platform::clock_text()}</p>
            <p>{coach.tr("phone.idle")}</p>
        </div>
    }
}
