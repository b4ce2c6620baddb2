//! CSAM: the compatible authenticator apps (also behind the phone's app store).

use super::{page, HEADER};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// The compatible authenticator apps.
pub static PAGE: Page = page(
    "/sma/activation/app",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.apps.heading"),
                Block::P("", "csamact.apps.intro"),
                Block::Table(
                    "csamact-apps",
                    &["csamact.apps.app", "csamact.apps.phones"],
                    &[
                        &["auth.google", "csamact.apps.ios-android"],
                        &["auth.duo", "csamact.apps.ios-android"],
                        &["auth.microsoft", "csamact.apps.ms-systems"],
                    ],
                ),
                Block::P("", "csamact.apps.install"),
                Block::Div("csam-actions csamact-end", &[Block::Button(target::csam::APPS_NEXT, "csamact.next", "csam-primary")]),
            ],
        ),
    ],
);
