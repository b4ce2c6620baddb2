//! CSAM login with a security code, part 1: username and password, with a note
//! saying which pair works in the exercise.

use leptos::prelude::*;

use super::{page, HEADER, LOGIN_TITLE};
use crate::app::Coach;
use crate::components::controls::submit_all;
use crate::components::page::{Block, Page};
use crate::scenarios::csam::chosen_username;

fn meb_next() -> AnyView {
    submit_all("meb-next", "csamact.next", "csam-primary")
}

/// Says plainly which pair works: the practice pair, and the username the learner
/// chose earlier in this page (never the password).
fn practice_pair() -> AnyView {
    let coach = Coach::use_context();
    let chosen = chosen_username().map(|user| {
        view! { <p>{move || coach.tf("csamact.login.practice-chosen", &[("user", user.as_str())])}</p> }
    });
    view! {
        <div class="practice-note" id="meb-practice">
            <p>{coach.tr("csamact.login.practice")}</p>
            {chosen}
        </div>
    }
    .into_any()
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
                Block::Custom(practice_pair),
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
