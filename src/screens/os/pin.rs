//! The Windows Security smart-card PIN prompt, and the "card blocked" detour.

use leptos::prelude::*;

use crate::app::Coach;
use crate::components::controls::{CoachButton, CoachInput};
use crate::components::os_dialog::OsDialog;

/// The PIN prompt; after three wrong PINs it shows that the card is blocked.
#[component]
pub fn PinPrompt() -> AnyView {
    let coach = Coach::use_context();
    let blocked = move || coach.session.with(|s| s.branch().is_some());
    view! {
        <Show
            when=blocked
            fallback=move || view! {
                <OsDialog title=Signal::derive(move || coach.t("os.pin.title"))>
                    <p class="os-sub">{move || coach.t("os.pin.smartcard")}</p>
                    <p>{move || coach.t("os.pin.text")}</p>
                    <div class="os-field">
                        <CoachInput target="pin-field" label_key="os.pin.label" kind="password" inputmode="numeric" />
                    </div>
                    <CoachButton target="pin-more" class="os-link">{move || coach.t("os.pin.more")}</CoachButton>
                    <div class="os-buttons">
                        <CoachButton target="pin-ok" class="os-btn os-default">"OK"</CoachButton>
                        <CoachButton target="pin-cancel" class="os-btn">{move || coach.t("os.cancel")}</CoachButton>
                    </div>
                </OsDialog>
            }
        >
            <OsDialog title=Signal::derive(move || coach.t("os.pin.title"))>
                <p class="os-sub os-error">{move || coach.t("os.pin.blocked")}</p>
                <p>{move || coach.t("os.pin.blocked-text")}</p>
                <div class="os-buttons">
                    <CoachButton target="blocked-retry" class="os-btn os-default">{move || coach.t("os.pin.retry")}</CoachButton>
                </div>
            </OsDialog>
        </Show>
    }
    .into_any()
}
