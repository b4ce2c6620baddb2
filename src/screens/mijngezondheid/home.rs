//! MijnGezondheid home page, logged out: "aanmelden" top right.

use super::{FEDERAL_STRIP, HOST_KEY, LANGS, LOGO};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// The logged-out home page.
pub static PAGE: Page = Page {
    host_key: HOST_KEY,
    path: "/",
    site: "mg",
    blocks: &[
        FEDERAL_STRIP,
        Block::Div("mg-header", &[LOGO, LANGS, Block::Button(target::mijngezondheid::MG_LOGIN, "mg.login", "mg-login")]),
        Block::Div("mg-hero", &[Block::H2("mg.home.hero"), Block::P("", "mg.home.intro")]),
        Block::Div(
            "mg-tiles",
            &[
                Block::Div("mg-tile", &[Block::H3("mg.tile.data")]),
                Block::Div("mg-tile", &[Block::H3("mg.tile.vaccines")]),
                Block::Div("mg-tile", &[Block::H3("mg.tile.medicines")]),
            ],
        ),
    ],
};
