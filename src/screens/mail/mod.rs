//! Mail: the PC webmail with CSAM's activation mail, the phone's mail app with the
//! registration code (and its 5-minute countdown) or a login code, and the LRA letter.

use leptos::prelude::*;
use std::time::Duration;

use crate::app::Coach;
use crate::components::page::{Block, Page};
use crate::flow::Action;
use crate::platform;
use crate::scenarios::csam::{self as logic, REGISTRATION_VALID_MS, ROUND, SENT_AT};

/// The webmail at home with "CSAM – Mijn digitale sleutels : activatie" opened.
pub static WEBMAIL: Page = Page {
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
                    Block::Button("mail-activate", "mail.lra.link", "mail-link"),
                    Block::P("", "mail.lra.body2"),
                    Block::Div("mail-tools", &[Block::Button("mail-reply", "mail.reply", "mail-tool"), Block::Button("mail-delete", "mail.delete", "mail-tool")]),
                ],
            ),
        ],
    )],
};

/// The paper letter from the municipality (LRA) with the activation code.
pub static LETTER: &[Block] = &[Block::Div(
    "prop active lra-letter",
    &[
        Block::P("letter-from", "lra.letter.from"),
        Block::P("letter-to", "lra.letter.to"),
        Block::P("", "lra.letter.text"),
        Block::P("lra-code", "lra.letter.code"),
        Block::P("letter-practice", "props.practice"),
    ],
)];

/// The registration code with a countdown; at 0 the scene reports "expired". It
/// follows the session itself (no re-mounting), so a detour's "new code" shows a
/// fresh code and a fresh 5 minutes.
fn registration() -> AnyView {
    let coach = Coach::use_context();
    // (code, seconds left, code withdrawn)
    let state = RwSignal::new((String::new(), 0u64, false));
    let tick = move || {
        let now = platform::now_ms() as u64;
        let (detour, sent) = coach
            .session
            .with_untracked(|s| (s.branch().is_some(), s.run().recall(SENT_AT).and_then(|v| v.parse::<u64>().ok())));
        if detour {
            state.update(|st| st.2 = true);
            return;
        }
        let sent = sent.unwrap_or_else(|| {
            coach.session.update_untracked(|s| s.remember(SENT_AT, now.to_string()));
            now
        });
        let left = (sent + REGISTRATION_VALID_MS).saturating_sub(now).div_ceil(1000);
        let code = coach.session.with_untracked(|s| logic::registration_code(s.run()));
        state.set((code, left, false));
        if left == 0 {
            coach.act(Action::Event("expired".to_owned()));
        }
    };
    let was_detour = StoredValue::new(false);
    Effect::new(move |_| {
        let detour = coach.session.with(|s| s.branch().is_some());
        if detour && !was_detour.get_value() {
            // Expired or cancelled: the next mail brings another code.
            coach.session.update_untracked(|s| {
                let r = s.run().recall(ROUND).and_then(|v| v.parse::<u32>().ok()).unwrap_or(0);
                s.remember(ROUND, (r + 1).to_string());
                s.remember(SENT_AT, String::new());
            });
        }
        was_detour.set_value(detour);
        tick();
    });
    if let Ok(h) = set_interval_with_handle(tick, Duration::from_secs(1)) {
        on_cleanup(move || h.clear());
    }
    let text = move |k: &'static str| coach.t(k);
    (move || {
        let (code, left, gone) = state.get();
        if gone {
            view! { <p class="mail-small">{text("mail.reg.gone")}</p> }.into_any()
        } else {
            let time = format!("{}:{:02}", left / 60, left % 60);
            view! {
                <p>{text("mail.reg.body")}</p>
                <p class="mail-code" data-code=code.clone()>{code.clone()}</p>
                <p class="mail-timer" role="timer" class:low=left < 60>{coach.tf("mail.reg.left", &[("time", &time)])}</p>
                <p class="mail-small">{text("mail.reg.note")}</p>
            }
            .into_any()
        }
    })
    .into_any()
}

/// A login code sent by mail (valid 10 minutes).
fn login() -> AnyView {
    let coach = Coach::use_context();
    let code = coach.session.with_untracked(|s| logic::login_code(s.run()));
    view! { <p class="mail-code" data-code=code.clone()>{code.clone()}</p> }.into_any()
}

/// The phone's mail app with CSAM's registration code.
pub static REGISTRATION: &[Block] = &[Block::Div(
    "pmail",
    &[
        Block::P("pmail-bar", "mail.phone.inbox"),
        Block::P("pmail-from", "mail.from-csam"),
        Block::P("pmail-subject", "mail.reg.subject"),
        Block::Custom(registration),
    ],
)];

/// My e-Box's login code on the phone: the authenticator app or the mail, as chosen.
pub static MEB_CODE: &[Block] = &[
    Block::When(
        |s| logic::uses_app(s.run()),
        &[Block::Div("auth-app", &[Block::P("auth-bar", "auth.title"), Block::Custom(crate::screens::authenticator::code)])],
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
                Block::Custom(login),
                Block::P("mail-small", "mail.login.note"),
            ],
        )],
    ),
];
