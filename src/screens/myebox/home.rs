//! myebox.be: "Open My e-Box".

use super::{page, HEADER};
use crate::components::page::{Block, Page};

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
                Block::Button("meb-open", "myebox.start.open", "meb-primary"),
                Block::Button("meb-info", "myebox.start.info", "meb-link"),
            ],
        ),
    ],
);
