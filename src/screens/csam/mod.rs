//! Screens imitating CSAM, the federal login service ("Aanmelden bij de online overheid").

pub mod choose_key;
pub mod eid;

use leptos::prelude::*;

use crate::app::Coach;

/// Catalog key of the host in the address bar (idp.iamfas.belgium.be).
pub const HOST_KEY: &str = "csam.host";

/// CSAM's page header: the service name and the page title.
#[component]
pub fn CsamHeader() -> impl IntoView {
    let coach = Coach::use_context();
    view! {
        <div class="csam-header">
            <span class="csam-logo" aria-hidden="true"><i></i><i></i><i></i></span>
            <span class="csam-name">"CSAM"</span>
            <span class="csam-title">{move || coach.t("csam.title")}</span>
        </div>
    }
}
