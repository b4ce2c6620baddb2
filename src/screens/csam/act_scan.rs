//! CSAM: the QR code holding this run's `otpauth://totp/…` URI, for the app to scan.

use std::fmt::Write;

use leptos::prelude::*;

use super::{page, HEADER};
use crate::app::Coach;
use crate::components::page::{Block, Page};
use crate::scenarios::csam as logic;

fn qr() -> AnyView {
    let coach = Coach::use_context();
    let uri = coach.session.with_untracked(|s| logic::otpauth(s.run()));
    // Drawn as one SVG path of 1×1 squares with a 4-module quiet zone: much smaller
    // code than the crate's generic renderer.
    let svg = qrcode::QrCode::new(uri.as_bytes())
        .map(|code| {
            let w = code.width();
            let mut d = String::new();
            for (i, m) in code.to_colors().iter().enumerate() {
                if *m == qrcode::Color::Dark {
                    let _ = write!(d, "M{} {}h1v1h-1z", i % w + 4, i / w + 4);
                }
            }
            let n = w + 8;
            format!(r##"<svg viewBox="0 0 {n} {n}" shape-rendering="crispEdges"><rect width="{n}" height="{n}" fill="#fff"/><path d="{d}"/></svg>"##)
        })
        .unwrap_or_default();
    view! {
        <div class="csamact-qr" role="img" aria-label=coach.tr("csamact.scan.qr") data-otpauth=uri inner_html=svg></div>
    }
    .into_any()
}

/// The QR code the app scans.
pub static PAGE: Page = page(
    "/sma/activation/app",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[Block::H2("csamact.apps.heading"), Block::P("", "csamact.scan.intro"), Block::Custom(qr)],
        ),
    ],
);
