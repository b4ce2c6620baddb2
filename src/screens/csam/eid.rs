//! CSAM "Aanmelden met eID kaartlezer": three numbered instructions and "Aanmelden";
//! in the Chrome detour, the message that the card cannot be read.

use super::{HEADER, HOST_KEY};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// The eID login page (also shown behind the certificate and PIN dialogs).
pub static PAGE: Page = Page {
    host_key: HOST_KEY,
    path: "/fasui/login/eid",
    site: "csam",
    blocks: &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csam.eid.heading"),
                Block::Ol("csam-steps", &["csam.eid.step1", "csam.eid.step2", "csam.eid.step3"]),
                Block::Div(
                    "csam-noeid",
                    &[
                        Block::Span("strong", "csam.eid.no-eid"),
                        Block::Button(target::csam::CSAM_NO_EID, "csam.eid.no-eid-link", "csam-link"),
                    ],
                ),
                Block::When(
                    |s| !s.in_branch(target::branch::NO_EXTENSION),
                    &[Block::Div(
                        "csam-actions",
                        &[
                            Block::Button(target::csam::CSAM_OTHER_KEY, "csam.eid.other-key", "csam-secondary"),
                            Block::Button(target::csam::CSAM_LOGIN, "csam.eid.login", "csam-primary"),
                        ],
                    )],
                ),
                // Chrome without the eID extension: the card cannot be read.
                Block::When(
                    |s| s.in_branch(target::branch::NO_EXTENSION),
                    &[
                        Block::P("csam-alert", "csam.eid.no-extension"),
                        Block::P("", "csam.eid.no-extension-fix"),
                        Block::Div("csam-actions", &[Block::Button(target::csam::CSAM_RETRY, "csam.eid.retry", "csam-primary")]),
                    ],
                ),
            ],
        ),
    ],
};
