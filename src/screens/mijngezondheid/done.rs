//! MijnGezondheid logged in: "Aangesloten als: <name> - als Burger | Afmelden".

use super::{FEDERAL_STRIP, HOST_KEY, LANGS, LOGO};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// The logged-in home page.
pub static PAGE: Page = Page {
    host_key: HOST_KEY,
    path: "/",
    site: "mg",
    blocks: &[
        FEDERAL_STRIP,
        Block::Div("mg-header", &[LOGO, LANGS]),
        Block::Div(
            "mg-loggedin",
            &[
                Block::Span("", "mg.done.connected"),
                Block::Span("strong", "mg.done.name"),
                Block::Span("", "mg.done.as"),
                Block::Span("strong", "mg.done.citizen"),
                Block::Span("", "mg.done.separator"),
                Block::Button(target::mijngezondheid::MG_LOGOUT, "mg.done.logout", "mg-link"),
            ],
        ),
        Block::Div(
            "mg-tabs",
            &[
                Block::Button(target::mijngezondheid::MG_TAB_DATA, "mg.done.tab-data", "mg-tab"),
                Block::Button(target::mijngezondheid::MG_TAB_ACCESS, "mg.done.tab-access", "mg-tab"),
                Block::Button(target::mijngezondheid::MG_TAB_OTHER, "mg.done.tab-other", "mg-tab"),
                Block::Button(target::mijngezondheid::MG_TAB_FAQ, "mg.done.tab-faq", "mg-tab"),
                Block::Button(target::mijngezondheid::MG_TAB_CONTACT, "mg.done.tab-contact", "mg-tab"),
            ],
        ),
        Block::Div("mg-content", &[Block::H2("mg.done.welcome"), Block::P("", "mg.done.intro")]),
    ],
};
