//! CSAM: choose a username and a password. The rules are listed under each field and
//! tick off live while the learner types (the checks are `flow::rules`, tested natively).

use leptos::prelude::*;

use super::{page, BAR_3, HEADER};
use crate::components::controls::submit_all;
use crate::components::page::{Block, Page};
use crate::flow::rules::{password_rules, username_rules};
use crate::flow::Session;
use crate::scenarios::target;

const USER: &str = target::csam::CRED_USERNAME;
const PASSWORD: &str = target::csam::CRED_PASSWORD;

fn user_ok(s: &Session, i: usize) -> bool {
    username_rules(s.value(USER)).get(i).is_some_and(|r| r.1)
}

fn pw_ok(s: &Session, i: usize) -> bool {
    password_rules(s.value(PASSWORD), s.value(USER)).get(i).is_some_and(|r| r.1)
}

/// One rule of the checklist: "✓ in orde" or "○ nog niet", then the rule's text.
macro_rules! rule {
    ($check:ident, $i:literal, $key:literal) => {
        Block::Div(
            "csamact-rule-row",
            &[
                Block::When(
                    |s| $check(s, $i),
                    &[Block::Div("csamact-rule ok", &[Block::Span("eidw-sr", "csamact.rule.met"), Block::Span("", $key)])],
                ),
                Block::When(
                    |s| !$check(s, $i),
                    &[Block::Div("csamact-rule", &[Block::Span("eidw-sr", "csamact.rule.todo"), Block::Span("", $key)])],
                ),
            ],
        )
    };
}

fn cred_next() -> AnyView {
    submit_all(target::csam::CRED_NEXT, "csamact.next", "csam-primary")
}

/// Choose a username and a password, with the rules ticking off live.
pub static PAGE: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                BAR_3,
                Block::P("", "csamact.cred.intro"),
                Block::Div(
                    "csamact-cred",
                    &[
                        Block::Div(
                            "csamact-field",
                            &[
                                Block::Input(USER, "csamact.cred.username", "text", "text"),
                                Block::Div(
                                    "csamact-rules",
                                    &[
                                        Block::P("csamact-rules-head", "csamact.rule.user-head"),
                                        rule!(user_ok, 0, "csamact.rule.user-length"),
                                        rule!(user_ok, 1, "csamact.rule.user-chars"),
                                    ],
                                ),
                            ],
                        ),
                        Block::Div(
                            "csamact-field",
                            &[
                                Block::Input(PASSWORD, "csamact.cred.password", "password", "text"),
                                Block::Div(
                                    "csamact-rules",
                                    &[
                                        Block::P("csamact-rules-head", "csamact.rule.pw-head"),
                                        rule!(pw_ok, 0, "csamact.rule.pw-length"),
                                        rule!(pw_ok, 1, "csamact.rule.pw-upper"),
                                        rule!(pw_ok, 2, "csamact.rule.pw-lower"),
                                        rule!(pw_ok, 3, "csamact.rule.pw-digit"),
                                        rule!(pw_ok, 4, "csamact.rule.pw-special"),
                                        rule!(pw_ok, 5, "csamact.rule.pw-username"),
                                    ],
                                ),
                            ],
                        ),
                    ],
                ),
                Block::Div("csam-actions", &[Block::Button(target::csam::CRED_CANCEL, "csamact.cancel", "csam-secondary"), Block::Custom(cred_next)]),
            ],
        ),
    ],
);

#[cfg(test)]
mod tests {
    use crate::flow::rules::{password_rules, username_rules, PasswordRule as P, UsernameRule as U};

    #[test]
    fn checklist_lines_match_the_rules_in_order() {
        let user: Vec<U> = username_rules("").into_iter().map(|r| r.0).collect();
        assert_eq!(user, [U::Length, U::AllowedCharacters]);
        let pw: Vec<P> = password_rules("", "").into_iter().map(|r| r.0).collect();
        assert_eq!(pw, [P::MinLength, P::Uppercase, P::Lowercase, P::Digit, P::Special, P::NotContainingUsername]);
    }
}
