//! My e-Box: the first-use message (no more paper post).

use super::{page, HEADER, LOGGED_IN};
use crate::components::page::{Block, Page};

/// The first-use message.
pub static PAGE: Page = page(
    "/nl/welcome",
    &[
        HEADER,
        LOGGED_IN,
        Block::Div(
            "meb-content",
            &[Block::H2("myebox.first.heading"), Block::P("meb-notice", "myebox.first.notice"), Block::P("", "myebox.first.change")],
        ),
    ],
);
