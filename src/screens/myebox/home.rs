//! myebox.be: "Open My e-Box".

use super::{page, HEADER};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// myebox.be: "Open My e-Box".
pub static PAGE: Page = page(
    "/nl",
    &[
        HEADER,
        Block::Div(
            "meb-hero",
            &[
                Block::H2("myebox.start.heading"),
                Block::P("", "myebox.start.intro"),
                Block::Button(target::myebox::MEB_OPEN, "myebox.start.open", "meb-primary"),
                Block::Button(target::myebox::MEB_INFO, "myebox.start.info", "meb-link"),
            ],
        ),
    ],
);
