//! CSAM "Aanmelden met eID kaartlezer": three numbered instructions and "Aanmelden".

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
                Block::Div(
                    "csam-actions",
                    &[
                        Block::Button(target::csam::CSAM_OTHER_KEY, "csam.eid.other-key", "csam-secondary"),
                        Block::Button(target::csam::CSAM_LOGIN, "csam.eid.login", "csam-primary"),
                    ],
                ),
            ],
        ),
    ],
};
