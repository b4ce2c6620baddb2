//! CSAM login with a security code, part 1: username and password.

use leptos::prelude::*;

use super::{page, HEADER, LOGIN_TITLE};
use crate::components::controls::submit_all;
use crate::components::page::{Block, Page};

fn meb_next() -> AnyView {
    submit_all("meb-next", "csamact.next", "csam-primary")
}

/// Logging in with a security code: username and password.
pub static PAGE: Page = page(
    "/fasui/login/code",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                LOGIN_TITLE,
                Block::P("csamact-num", "csamact.login.step1"),
                Block::Div("csamact-field", &[Block::Input("meb-username", "csamact.cred.username", "text", "text")]),
                Block::Div("csamact-field", &[Block::Input("meb-password", "csamact.cred.password", "password", "text")]),
                Block::Button("meb-forgot", "csamact.login.forgot", "csam-link"),
                Block::P("csamact-num", "csamact.login.step2"),
                Block::Div("csam-actions", &[Block::Button("meb-other-key", "csam.eid.other-key", "csam-secondary"), Block::Custom(meb_next)]),
            ],
        ),
    ],
);
