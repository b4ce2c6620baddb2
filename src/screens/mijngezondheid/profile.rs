//! MijnGezondheid profile choice: yourself as citizen (1) or one of your children (2).

use leptos::prelude::*;

use super::{FederalStrip, HOST_KEY};
use crate::app::Coach;
use crate::components::browser_frame::BrowserFrame;
use crate::components::controls::{CoachButton, CoachRadio};

/// The profile page after logging in.
#[component]
pub fn MgProfile() -> AnyView {
    let coach = Coach::use_context();
    let p = coach.session.with_untracked(|s| s.persona());
    let citizen_chosen = Signal::derive(move || coach.session.with(|s| s.progress() >= 1));
    view! {
        <BrowserFrame host_key=HOST_KEY path="/profiel">
            <div class="site mg">
                <FederalStrip />
                <div class="mg-header">
                    <span class="mg-logo">{move || coach.t("mg.name")}</span>
                </div>
                <div class="mg-content">
                    <h2>{move || coach.t("mg.profile.heading")}</h2>
                    <p>{move || coach.t("mg.profile.intro")}</p>
                    <fieldset class="mg-profiles">
                        <legend>{move || coach.t("mg.profile.legend")}</legend>
                        <CoachRadio target="profile-citizen" name="profile" checked=citizen_chosen>
                            <span class="badge" aria-hidden="true">"1"</span>
                            <b>{move || coach.t("mg.profile.citizen")}</b>
                            " — "{p.full_name()}
                        </CoachRadio>
                        <CoachRadio target="profile-child" name="profile" checked=Signal::derive(|| false)>
                            <span class="badge" aria-hidden="true">"2"</span>
                            <b>{move || coach.t("mg.profile.child")}</b>
                            " — "{p.child_full_name()}
                        </CoachRadio>
                    </fieldset>
                    <CoachButton target="profile-confirm" class="mg-primary">
                        {move || coach.t("mg.profile.confirm")}
                    </CoachButton>
                </div>
            </div>
        </BrowserFrame>
    }
    .into_any()
}
