//! CSAM login with a security code, part 1: username and password, with a note
//! saying which pairs work in the exercise, and what "forgotten?" leads to.

use leptos::prelude::*;

use super::{page, HEADER, LOGIN_TITLE};
use crate::components::controls::submit_all;
use crate::components::page::{Block, Page};
use crate::scenarios::csam::chosen_pair;
use crate::scenarios::target;

fn meb_next() -> AnyView {
    submit_all(target::csam::MEB_NEXT, "csamact.next", "csam-primary")
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

/// "Username or password forgotten?": what the real site offers instead (log in
/// with the eID or itsme and choose new ones; else the municipality's desk).
const FORGOT: Block = Block::When(
    |s| s.in_branch(target::branch::FORGOT),
    &[
        Block::H2("csamact.forgot.title"),
        Block::Ol("csam-steps", &["csamact.forgot.eid", "csamact.forgot.none"]),
        Block::Div("csam-actions", &[Block::Button(target::csam::MEB_FORGOT_BACK, "csamact.forgot.back", "csam-primary")]),
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
                Block::When(|s| !s.in_branch(target::branch::FORGOT), &[
                    LOGIN_TITLE,
                    PRACTICE_PAIR,
                    Block::P("csamact-num", "csamact.login.step1"),
                    Block::Div("csamact-field", &[Block::Input(target::csam::MEB_USERNAME, "csamact.cred.username", "text", "text")]),
                    Block::Div("csamact-field", &[Block::Input(target::csam::MEB_PASSWORD, "csamact.cred.password", "password", "text")]),
                    Block::Button(target::csam::MEB_FORGOT, "csamact.login.forgot", "csam-link"),
                    Block::P("csamact-num", "csamact.login.step2"),
                    Block::Div("csam-actions", &[Block::Button(target::csam::MEB_OTHER_KEY, "csam.eid.other-key", "csam-secondary"), Block::Custom(meb_next)]),
                ]),
                FORGOT,
            ],
        ),
    ],
);
