//! CSAM's list of digital keys: eID reader, itsme, and security codes.

use leptos::prelude::*;

use super::{CsamHeader, HOST_KEY};
use crate::app::Coach;
use crate::components::browser_frame::BrowserFrame;
use crate::components::controls::CoachButton;

fn key_icon(kind: &str) -> AnyView {
    match kind {
        "eid" => view! { <svg viewBox="0 0 40 28" aria-hidden="true"><rect x="2" y="2" width="28" height="18" rx="3"></rect><rect x="6" y="7" width="7" height="6" rx="1" class="fill-light"></rect><rect x="18" y="16" width="20" height="10" rx="3" class="fill-dark"></rect></svg> }.into_any(),
        "itsme" => view! { <svg viewBox="0 0 40 28" aria-hidden="true"><rect x="12" y="1" width="16" height="26" rx="3"></rect><circle cx="20" cy="13" r="4" class="fill-light"></circle></svg> }.into_any(),
        _ => view! { <svg viewBox="0 0 40 28" aria-hidden="true"><rect x="4" y="10" width="32" height="14" rx="3"></rect><text x="20" y="21" text-anchor="middle" class="fill-light" font-size="9">"•••"</text></svg> }.into_any(),
    }
}

/// "Kies uw digitale sleutel om aan te melden".
#[component]
pub fn CsamChooseKey() -> AnyView {
    let coach = Coach::use_context();
    let key = move |target: &'static str, kind: &'static str, label: &'static str| {
        view! {
            <CoachButton target=target class="csam-key">
                <span class="csam-key-icon">{key_icon(kind)}</span>
                <span class="csam-key-label">{move || coach.t(label)}</span>
            </CoachButton>
        }
    };
    view! {
        <BrowserFrame host_key=HOST_KEY path="/fasui/login">
            <div class="site csam">
                <CsamHeader />
                <div class="csam-content">
                    <h2>{move || coach.t("csam.choose.heading")}</h2>
                    <section class="csam-group">
                        <h3>{move || coach.t("csam.choose.group-eid")}</h3>
                        <div class="csam-keys">
                            {key("key-eid", "eid", "csam.choose.eid")}
                            <div class="csam-key-wrap">
                                {key("key-itsme", "itsme", "csam.choose.itsme")}
                                <CoachButton target="key-itsme-create" class="csam-link">{move || coach.t("csam.choose.itsme-create")}</CoachButton>
                            </div>
                        </div>
                    </section>
                    <section class="csam-group">
                        <h3>{move || coach.t("csam.choose.group-code")}</h3>
                        <div class="csam-keys">
                            {key("key-email", "code", "csam.choose.email")}
                            {key("key-app", "code", "csam.choose.app")}
                            {key("key-token", "code", "csam.choose.token")}
                        </div>
                    </section>
                </div>
            </div>
        </BrowserFrame>
    }
    .into_any()
}
