//! CSAM: the QR code holding this run's `otpauth://totp/…` URI, for the app to scan.
//! The issuer says "LoginCoach (exercise)" in the learner's language, and a note says
//! that a real app which scans it may delete the entry afterwards.

use leptos::prelude::*;

use super::{page, HEADER};
use crate::coach::Coach;
use crate::components::page::{Block, Page};
use crate::scenarios::csam as logic;

fn qr() -> AnyView {
    let coach = Coach::use_context();
    let issuer = coach.t(logic::ISSUER_KEY);
    let uri = coach.session.with_untracked(|s| logic::otpauth(s.run(), &issuer));
    // The crate's own SVG renderer (the stack's choice): dark modules as one path,
    // with the standard quiet zone; CSS scales it.
    let svg = qrcode::QrCode::new(uri.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>()
                .quiet_zone(true)
                .module_dimensions(1, 1)
                .build()
        })
        .unwrap_or_default();
    view! {
        <div class="csamact-qr" role="img" aria-label=coach.tr("csamact.scan.qr") data-otpauth=uri inner_html=svg></div>
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
