//! MijnGezondheid logged in: "Aangesloten als: <name> - als Burger | Afmelden".

use leptos::prelude::*;

use super::{FederalStrip, HOST_KEY};
use crate::app::Coach;
use crate::components::browser_frame::BrowserFrame;
use crate::components::controls::CoachButton;

/// The logged-in home page.
#[component]
pub fn MgDone() -> AnyView {
    let coach = Coach::use_context();
    let p = coach.session.with_untracked(|s| s.persona());
    let tabs = [
        ("mg-tab-data", "mg.done.tab-data"),
        ("mg-tab-access", "mg.done.tab-access"),
        ("mg-tab-other", "mg.done.tab-other"),
        ("mg-tab-faq", "mg.done.tab-faq"),
        ("mg-tab-contact", "mg.done.tab-contact"),
    ];
    view! {
        <BrowserFrame host_key=HOST_KEY>
            <div class="site mg">
                <FederalStrip />
                <div class="mg-header">
                    <span class="mg-logo">{move || coach.t("mg.name")}</span>
                    <span class="mg-langs">
                        <CoachButton target="mg-lang-fr" class="mg-lang">"fr"</CoachButton>
                        <CoachButton target="mg-lang-de" class="mg-lang">"de"</CoachButton>
                        <CoachButton target="mg-lang-en" class="mg-lang">"en"</CoachButton>
                    </span>
                </div>
                <p class="mg-loggedin" id="logged-in-as">
                    {move || coach.t("mg.done.connected")}" "
                    <b>{p.full_name()}</b>
                    " - "{move || coach.t("mg.done.as")}" "
                    <b>{move || coach.t("mg.done.citizen")}</b>
                    " | "
                    <CoachButton target="mg-logout" class="mg-link">{move || coach.t("mg.done.logout")}</CoachButton>
                </p>
                <nav class="mg-tabs" aria-label=move || coach.t("mg.done.tabs")>
                    {tabs
                        .into_iter()
                        .map(|(target, key)| view! {
                            <CoachButton target=target class="mg-tab">{move || coach.t(key)}</CoachButton>
                        })
                        .collect_view()}
                </nav>
                <div class="mg-content">
                    <h2>{move || coach.tf("mg.done.welcome", &[("first", p.first_names)])}</h2>
                    <p>{move || coach.t("mg.done.intro")}</p>
                </div>
            </div>
        </BrowserFrame>
    }
    .into_any()
}
