//! MijnGezondheid profile choice: yourself as citizen (1) or one of your children (2).

use super::{FEDERAL_STRIP, HOST_KEY, LOGO};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// The profile page after logging in.
pub static PAGE: Page = Page {
    host_key: HOST_KEY,
    path: "/profiel",
    site: "mg",
    blocks: &[
        FEDERAL_STRIP,
        Block::Div("mg-header", &[LOGO]),
        Block::Div(
            "mg-content",
            &[
                Block::H2("mg.profile.heading"),
                Block::P("", "mg.profile.intro"),
                Block::Fieldset(
                    "mg.profile.legend",
                    &[
                        Block::Radio(target::mijngezondheid::PROFILE_CITIZEN, "profile", "mg.profile.citizen", |s| s.did(target::mijngezondheid::PROFILE_CITIZEN)),
                        Block::Radio(target::mijngezondheid::PROFILE_CHILD, "profile", "mg.profile.child", |_| false),
                    ],
                ),
                Block::Button(target::mijngezondheid::PROFILE_CONFIRM, "mg.profile.confirm", "mg-primary"),
            ],
        ),
    ],
};
