//! The webmail at home: CSAM's activation mail with its link, and the inbox before
//! that mail has come (while the learner is still at the municipality).

use crate::components::page::{Block, Page};
use crate::scenarios::target;

/// The webmail at home with "CSAM – Mijn digitale sleutels : activatie" opened.
pub static PAGE: Page = Page {
    host_key: "mail.host",
    path: "/inbox",
    site: "mail",
    blocks: &[Block::Div(
        "mail-app",
        &[
            Block::Div(
                "mail-list",
                &[
                    Block::Div("mail-item mail-open", &[Block::Span("mail-from", "mail.from-csam"), Block::Span("", "mail.lra.subject")]),
                    Block::Div("mail-item", &[Block::Span("mail-from", "mail.from-library"), Block::Span("", "mail.library.subject")]),
                ],
            ),
            Block::Div(
                "mail-read",
                &[
                    Block::H2("mail.lra.subject"),
                    Block::P("mail-meta", "mail.lra.meta"),
                    Block::P("", "mail.lra.body"),
                    Block::Button(target::mail::MAIL_ACTIVATE, "mail.lra.link", "mail-link"),
                    Block::P("", "mail.lra.body2"),
                    Block::Div("mail-tools", &[Block::Button(target::mail::MAIL_REPLY, "mail.reply", "mail-tool"), Block::Button(target::mail::MAIL_DELETE, "mail.delete", "mail-tool")]),
                ],
            ),
        ],
    )],
};

/// The webmail before CSAM's mail has come: the letter step happens at the municipality.
pub static WAITING: Page = Page {
    host_key: "mail.host",
    path: "/inbox",
    site: "mail",
    blocks: &[Block::Div(
        "mail-app",
        &[
            Block::Div("mail-list", &[Block::Div("mail-item", &[Block::Span("mail-from", "mail.from-library"), Block::Span("", "mail.library.subject")])]),
            Block::Div("mail-read", &[Block::P("mail-meta", "mail.none")]),
        ],
    )],
};
