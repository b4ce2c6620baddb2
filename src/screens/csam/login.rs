//! CSAM login with a security code, part 1: username and password, with a note
//! saying which pairs work in the exercise.

use leptos::prelude::*;

use super::{page, HEADER, LOGIN_TITLE};
use crate::components::controls::submit_all;
use crate::components::page::{Block, Page};
use crate::scenarios::csam::chosen_pair;

fn meb_next() -> AnyView {
    submit_all("meb-next", "csamact.next", "csam-primary")
}

/// Says plainly which pair works: the practice pair, and (when the learner chose
/// one earlier in this page) their own.
const PRACTICE_PAIR: Block = Block::Div(
    "practice-note",
    &[
        Block::P("", "csamact.login.practice"),
        Block::When(|s| chosen_pair(s.run()).is_some(), &[Block::P("", "csamact.login.practice-chosen")]),
    ],
);

/// Logging in with a security code: username and password.
pub static PAGE: Page = page(
    "/fasui/login/code",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                LOGIN_TITLE,
                PRACTICE_PAIR,
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
