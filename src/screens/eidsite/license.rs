//! The "eID softwarelicentie" modal: ✕, "Accepteren en downloaden", the Quickinstaller link.

use super::{OS_LINE, site::MAIN, HEADER, HOST_KEY};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// The site with the licence modal over it (gone while the learner is on the ✕ detour).
pub static PAGE: Page = Page {
    host_key: HOST_KEY,
    path: "/",
    site: "eidw",
    blocks: &[
        HEADER,
        MAIN,
        Block::When(
            |s| s.branch().is_none(),
            &[Block::Div(
                "eidw-modal-back",
                &[Block::Div(
                    "eidw-modal",
                    &[
                        Block::Div(
                            "eidw-modal-head",
                            &[
                                Block::H3("eidsite.license.title"),
                                Block::RichButton(
                                    target::eidsite::LICENSE_CLOSE,
                                    "eidw-x",
                                    &[Block::Art("", "✕"), Block::Span("eidw-sr", "eidsite.license.close")],
                                ),
                            ],
                        ),
                        Block::Div(
                            "eidw-modal-body",
                            &[
                                Block::Div(
                                    "eidw-modal-os",
                                    &[OS_LINE, Block::Button(target::eidsite::LICENSE_PRINT, "eidsite.license.print", "eidw-link")],
                                ),
                                Block::P("eidw-warn", "eidsite.license.warning"),
                                Block::P("", "eidsite.license.text"),
                            ],
                        ),
                        Block::Div(
                            "eidw-modal-foot",
                            &[
                                Block::Button(target::eidsite::LICENSE_ACCEPT, "eidsite.license.accept", "eidw-btn"),
                                Block::P("", "eidsite.license.alt"),
                                Block::Button(target::eidsite::LICENSE_QUICK, "eidsite.license.quick", "eidw-link"),
                            ],
                        ),
                    ],
                )],
            )],
        ),
    ],
};
