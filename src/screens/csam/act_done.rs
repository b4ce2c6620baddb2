//! CSAM: "Uw digitale sleutel is nu geactiveerd."

use super::{page, HEADER};
use crate::components::page::{Block, Page};

const CHECK: &str = r##"<svg viewBox="0 0 48 48"><circle cx="24" cy="24" r="22" fill="#1e7b34"/><path d="M13 25l7 7 15-16" fill="none" stroke="#fff" stroke-width="5"/></svg>"##;

/// "Uw digitale sleutel is nu geactiveerd."
pub static PAGE: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                Block::Div("csamact-done", &[Block::Art("csamact-check", CHECK), Block::P("csamact-done-text", "csamact.done.text")]),
            ],
        ),
    ],
);
