//! CSAM activation step 3: "Registratiecode" from the mail or the SMS (valid 5 minutes).

use super::{page, BAR_3, HEADER, RENEW};
use crate::components::page::{Block, Page};
use crate::scenarios::csam::by_sms;
use crate::scenarios::target;

/// Step 3: "Registratiecode".
pub static PAGE: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                BAR_3,
                Block::When(
                    |s| s.branch().is_none(),
                    &[
                        Block::When(|s| !by_sms(s.run()), &[Block::P("", "csamact.reg.intro"), Block::P("csamact-small", "csamact.reg.spam")]),
                        Block::When(|s| by_sms(s.run()), &[Block::P("", "csamact.reg.intro-sms"), Block::P("csamact-small", "csamact.reg.wait-sms")]),
                        Block::Div("csamact-field", &[Block::Input(target::csam::REG_CODE, "csamact.reg.label", "text", "numeric")]),
                        Block::Div(
                            "csam-actions",
                            &[Block::Button(target::csam::REG_CANCEL, "csamact.cancel", "csam-secondary"), Block::Button(target::csam::REG_NEXT, "csamact.next", "csam-primary")],
                        ),
                        Block::Button(target::csam::REG_OTHER, "csamact.reg.other", "csam-link"),
                    ],
                ),
                RENEW,
            ],
        ),
    ],
);
