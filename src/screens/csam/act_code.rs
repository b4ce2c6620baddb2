//! CSAM activation step 1: "Activatiecode ingeven" (the code from the LRA letter).

use super::{page, BAR_1, HEADER};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// Step 1: "Activatiecode ingeven".
pub static PAGE: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                BAR_1,
                Block::P("", "csamact.code.intro"),
                Block::Div("csamact-field", &[Block::Input(target::csam::ACT_CODE, "csamact.code.label", "text", "text")]),
                Block::P("csamact-small", "csamact.code.format"),
                Block::Button(target::csam::ACT_HELP, "csamact.code.help", "csam-link"),
                Block::Div("csam-actions csamact-end", &[Block::Button(target::csam::ACT_NEXT, "csamact.next", "csam-primary")]),
            ],
        ),
    ],
);
