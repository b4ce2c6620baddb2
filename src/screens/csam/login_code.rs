//! CSAM login with a security code, part 2: the code from the mail or the app.

use super::{page, HEADER, LOGIN_TITLE};
use crate::components::page::{Block, Page};
use crate::scenarios::csam as logic;
use crate::scenarios::target;

/// Logging in with a security code: the code itself.
pub static PAGE: Page = page(
    "/fasui/login/code",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                LOGIN_TITLE,
                Block::When(|s| logic::uses_app(s.run()), &[Block::P("", "csamact.login.code-app")]),
                Block::When(|s| !logic::uses_app(s.run()), &[Block::P("", "csamact.login.code-mail")]),
                Block::Div("csamact-field", &[Block::Input(target::csam::MEB_CODE, "csamact.login.code-label", "text", "numeric")]),
                Block::Div("csam-actions csamact-end", &[Block::Button(target::csam::MEB_CODE_NEXT, "csamact.next", "csam-primary")]),
            ],
        ),
    ],
);
