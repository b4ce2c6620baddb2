//! MijnGezondheid home page, logged out: "aanmelden" top right.

use leptos::prelude::*;

use super::{FederalStrip, HOST_KEY};
use crate::app::Coach;
use crate::components::browser_frame::BrowserFrame;
use crate::components::controls::CoachButton;

/// The logged-out home page.
#[component]
pub fn MgHome() -> AnyView {
    let coach = Coach::use_context();
    view! {
        <BrowserFrame host_key=HOST_KEY>
            <div class="site mg">
                <FederalStrip />
                <div class="mg-header">
                    <span class="mg-logo">
                        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 21s-8-5.2-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.8-8 11-8 11z"></path></svg>
                        {move || coach.t("mg.name")}
                    </span>
                    <span class="mg-langs">
                        <CoachButton target="mg-lang-fr" class="mg-lang">"fr"</CoachButton>
                        <CoachButton target="mg-lang-de" class="mg-lang">"de"</CoachButton>
                        <CoachButton target="mg-lang-en" class="mg-lang">"en"</CoachButton>
                    </span>
                    <CoachButton target="mg-login" class="mg-login">
                        {move || coach.t("mg.login")}
                    </CoachButton>
                </div>
                <div class="mg-hero">
                    <h2>{move || coach.t("mg.home.hero")}</h2>
                    <p>{move || coach.t("mg.home.intro")}</p>
                </div>
                <div class="mg-tiles">
                    <div class="mg-tile"><h3>{move || coach.t("mg.tile.data")}</h3></div>
                    <div class="mg-tile"><h3>{move || coach.t("mg.tile.vaccines")}</h3></div>
                    <div class="mg-tile"><h3>{move || coach.t("mg.tile.medicines")}</h3></div>
                </div>
            </div>
        </BrowserFrame>
    }
    .into_any()
}
