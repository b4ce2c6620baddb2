//! CSAM activation step 3 while the registration mail is on its way to the phone.

use super::{page, BAR_3, HEADER, RENEW};
use crate::components::page::{Block, Page};

/// Step 3 while the registration mail is on its way.
pub static PAGE: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                BAR_3,
                Block::When(|s| s.branch().is_none(), &[Block::P("csamact-advice", "csamact.reg.sent")]),
                RENEW,
            ],
        ),
    ],
);
