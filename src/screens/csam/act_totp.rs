//! CSAM: type the 6-digit code the authenticator app shows now.

use super::{page, HEADER};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// The code from the app.
pub static PAGE: Page = page(
    "/sma/activation/app",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.apps.heading"),
                Block::P("", "csamact.totp.intro"),
                Block::Div("csamact-field", &[Block::Input(target::csam::TOTP_CODE, "csamact.totp.label", "text", "numeric")]),
                Block::P("csamact-small", "csamact.totp.time"),
                Block::Div("csam-actions csamact-end", &[Block::Button(target::csam::TOTP_NEXT, "csamact.next", "csam-primary")]),
            ],
        ),
    ],
);
