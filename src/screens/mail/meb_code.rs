//! My e-Box's login code on the phone: the authenticator app or the mail, as chosen.

use crate::components::page::Block;
use crate::scenarios::csam as logic;

/// My e-Box's login code on the phone: the authenticator app or the mail, as chosen.
pub static PHONE: &[Block] = &[
    Block::When(
        |s| logic::uses_app(s.run()),
        &[Block::Div("auth-app", &[Block::P("auth-bar", "auth.title"), Block::Custom(crate::screens::authenticator::code::code)])],
    ),
    Block::When(
        |s| !logic::uses_app(s.run()),
        &[Block::Div(
            "pmail",
            &[
                Block::P("pmail-bar", "mail.phone.inbox"),
                Block::P("pmail-from", "mail.from-csam"),
                Block::P("pmail-subject", "mail.login.subject"),
                Block::P("", "mail.login.body"),
                Block::Custom(super::registration::code),
                Block::P("mail-small", "mail.login.note"),
            ],
        )],
    ),
];
