//! CSAM: a security code by e-mail or by SMS (csam-code's first step), with the
//! advice that an SMS code works only for some services.

use super::{page, HEADER};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// "Beveiligingscode via e-mail of sms": the advice and the two ways.
pub static PAGE: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.via.heading"),
                Block::P("csamact-advice", "csamact.via.advice"),
                Block::Div(
                    "csam-keys",
                    &[
                        Block::Button(target::csam::VIA_EMAIL, "csamact.key.email", "csam-key"),
                        Block::Button(target::csam::VIA_SMS, "csamact.key.sms", "csam-key"),
                    ],
                ),
            ],
        ),
    ],
);
