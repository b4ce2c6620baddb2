//! CSAM activation step 3 while the registration code is on its way to the phone
//! (by e-mail or by SMS, as chosen).

use super::{page, BAR_3, HEADER, RENEW};
use crate::components::page::{Block, Page};
use crate::scenarios::csam::by_sms;

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
                Block::When(|s| s.branch().is_none() && !by_sms(s.run()), &[Block::P("csamact-advice", "csamact.reg.sent")]),
                Block::When(|s| s.branch().is_none() && by_sms(s.run()), &[Block::P("csamact-advice", "csamact.reg.sent-sms")]),
                RENEW,
            ],
        ),
    ],
);
