//! CSAM "Aanmelden met eID kaartlezer": three numbered instructions and "Aanmelden".

use leptos::prelude::*;

use super::{CsamHeader, HOST_KEY};
use crate::app::Coach;
use crate::components::browser_frame::BrowserFrame;
use crate::components::controls::CoachButton;

/// The eID login page (also shown behind the certificate and PIN dialogs).
#[component]
pub fn CsamEid() -> AnyView {
    let coach = Coach::use_context();
    view! {
        <BrowserFrame host_key=HOST_KEY path="/fasui/login/eid">
            <div class="site csam">
                <CsamHeader />
                <div class="csam-content">
                    <h2>{move || coach.t("csam.eid.heading")}</h2>
                    <ol class="csam-steps">
                        <li>{move || coach.t("csam.eid.step1")}</li>
                        <li>{move || coach.t("csam.eid.step2")}</li>
                        <li>{move || coach.t("csam.eid.step3")}</li>
                    </ol>
                    <div class="csam-noeid">
                        <b>{move || coach.t("csam.eid.no-eid")}</b>" "
                        <CoachButton target="csam-no-eid" class="csam-link">{move || coach.t("csam.eid.no-eid-link")}</CoachButton>
                    </div>
                    <div class="csam-actions">
                        <CoachButton target="csam-other-key" class="csam-secondary">{move || coach.t("csam.eid.other-key")}</CoachButton>
                        <CoachButton target="csam-login" class="csam-primary">{move || coach.t("csam.eid.login")}</CoachButton>
                    </div>
                </div>
            </div>
        </BrowserFrame>
    }
    .into_any()
}
