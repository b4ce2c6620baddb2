//! eid.belgium.be, "Download de eID software": the learner's OS and "gratis download".

use super::{OS_LINE, HEADER, HOST_KEY};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// The download section (also shown behind the licence and the installer).
pub const MAIN: Block = Block::Div(
    "eidw-main",
    &[
        Block::H2("eidsite.site.heading"),
        Block::P("", "eidsite.site.intro"),
        Block::Button(target::eidsite::SITE_HOWTO, "eidsite.site.howto", "eidw-link"),
        Block::Div(
            "eidw-dl",
            &[
                OS_LINE,
                Block::Button(target::eidsite::SITE_DOWNLOAD, "eidsite.site.download", "eidw-btn"),
                Block::Button(target::eidsite::SITE_OTHER_OS, "eidsite.site.other-os", "eidw-link"),
            ],
        ),
    ],
);

/// The page.
pub static PAGE: Page = Page {
    host_key: HOST_KEY,
    path: "/",
    site: "eidw",
    blocks: &[HEADER, MAIN],
};
