//! CSAM's list of digital keys: eID reader, itsme, and security codes.

use super::{HEADER, HOST_KEY};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

const EID_ICON: &str = r##"<svg viewBox="0 0 40 28"><rect x="2" y="2" width="28" height="18" rx="3"/><rect x="6" y="7" width="7" height="6" rx="1" fill="#fff"/><rect x="18" y="16" width="20" height="10" rx="3" fill="#111"/></svg>"##;
const ITSME_ICON: &str = r##"<svg viewBox="0 0 40 28"><rect x="12" y="1" width="16" height="26" rx="3"/><circle cx="20" cy="13" r="4" fill="#fff"/></svg>"##;
const CODE_ICON: &str = r##"<svg viewBox="0 0 40 28"><rect x="4" y="8" width="32" height="14" rx="3"/><circle cx="13" cy="15" r="2" fill="#fff"/><circle cx="20" cy="15" r="2" fill="#fff"/><circle cx="27" cy="15" r="2" fill="#fff"/></svg>"##;

/// "Kies uw digitale sleutel om aan te melden": every key CSAM offers.
pub static PAGE: Page = Page {
    host_key: HOST_KEY,
    path: "/fasui/login",
    site: "csam",
    blocks: &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csam.choose.heading"),
                Block::Div(
                    "csam-group",
                    &[
                        Block::H3("csam.choose.group-eid"),
                        Block::Div(
                            "csam-keys",
                            &[
                                Block::RichButton(target::csam::KEY_EID, "csam-key", &[Block::Art("csam-key-icon", EID_ICON), Block::Span("", "csam.choose.eid")]),
                                Block::Div(
                                    "csam-key-wrap",
                                    &[
                                        Block::RichButton(target::csam::KEY_ITSME, "csam-key", &[Block::Art("csam-key-icon", ITSME_ICON), Block::Span("", "csam.choose.itsme")]),
                                        Block::Button(target::csam::KEY_ITSME_CREATE, "csam.choose.itsme-create", "csam-link"),
                                    ],
                                ),
                            ],
                        ),
                    ],
                ),
                Block::Div(
                    "csam-group",
                    &[
                        Block::H3("csam.choose.group-code"),
                        Block::Div(
                            "csam-keys",
                            &[
                                Block::RichButton(target::csam::KEY_EMAIL, "csam-key", &[Block::Art("csam-key-icon", CODE_ICON), Block::Span("", "csam.choose.email")]),
                                Block::RichButton(target::csam::KEY_APP, "csam-key", &[Block::Art("csam-key-icon", CODE_ICON), Block::Span("", "csam.choose.app")]),
                                Block::RichButton(target::csam::KEY_TOKEN, "csam-key", &[Block::Art("csam-key-icon", CODE_ICON), Block::Span("", "csam.choose.token")]),
                            ],
                        ),
                    ],
                ),
            ],
        ),
    ],
};
