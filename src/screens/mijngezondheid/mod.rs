//! Screens imitating www.mijngezondheid.belgie.be.

pub mod done;
pub mod home;
pub mod profile;

use leptos::prelude::*;

use crate::app::Coach;

/// Catalog key of the host in the address bar (www.mijngezondheid.belgie.be in Dutch).
pub const HOST_KEY: &str = "mg.host";

/// The federal strip above every Belgian government site.
#[component]
pub fn FederalStrip() -> impl IntoView {
    let coach = Coach::use_context();
    view! {
        <div class="fed-strip">
            <span class="fed-flag" aria-hidden="true"><i></i><i></i><i></i></span>
            <span>{move || coach.t("mg.federal")}" "<b>"www.belgium.be"</b></span>
        </div>
    }
}
