//! CSAM: the QR code holding this run's `otpauth://totp/…` URI, for the app to scan.
//! The issuer says "LoginCoach (exercise)" in the learner's language, and a note says
//! that a real app which scans it may delete the entry afterwards.

use leptos::prelude::*;

use super::{page, HEADER};
use crate::coach::Coach;
use crate::components::page::{Block, Page};
use crate::platform;
use crate::scenarios::csam as logic;

fn qr() -> AnyView {
    let coach = Coach::use_context();
    let issuer = coach.t(logic::ISSUER_KEY);
    let uri = coach.session.with_untracked(|s| logic::otpauth(s.run(), &issuer));
    // Drawn by a script only this screen fetches (see `platform::qr_svg`): an empty
    // square until it comes, a calm note if it cannot (the exercise goes on).
    let drawn = RwSignal::new(None::<Option<String>>);
    let text = uri.clone();
    leptos::task::spawn_local(async move {
        let svg = platform::qr_svg(&text).await;
        // The learner may have moved on, and this screen with its signal be gone.
        let _ = drawn.try_set(Some(svg));
    });
    view! {
        <div class="csamact-qr" role="img" aria-label=coach.tr("csamact.scan.qr") data-otpauth=uri
            inner_html=move || drawn.get().flatten().unwrap_or_default()></div>
        {move || matches!(drawn.get(), Some(None)).then(|| view! {
            <p class="practice-note qr-missing">{coach.tr("csamact.scan.qr-missing")}</p>
        })}
    }
    .into_any()
}

/// The QR code the app scans, with the note that it is an exercise.
pub static PAGE: Page = page(
    "/sma/activation/app",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.apps.heading"),
                Block::P("", "csamact.scan.intro"),
                Block::Custom(qr),
                Block::P("practice-note", "csamact.scan.note"),
            ],
        ),
    ],
);
