//! CSAM activation step 1: "Activatiecode ingeven" (the code from the LRA letter).

use super::{page, BAR_1, HEADER};
use crate::components::page::{Block, Page};

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
                Block::Div("csamact-field", &[Block::Input("act-code", "csamact.code.label", "text", "text")]),
                Block::P("csamact-small", "csamact.code.format"),
                Block::Button("act-help", "csamact.code.help", "csam-link"),
                Block::Div("csam-actions csamact-end", &[Block::Button("act-next", "csamact.next", "csam-primary")]),
            ],
        ),
    ],
);
