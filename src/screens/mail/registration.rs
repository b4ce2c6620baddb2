//! The phone's mail app (or its messages app, for a code by SMS) with CSAM's
//! registration code and its 5-minute countdown.

use leptos::prelude::*;

use crate::coach::Coach;
use crate::components::page::Block;
use crate::flow::screen::Csam;
use crate::flow::{Action, Screen};
use crate::platform;
use crate::scenarios::target;
use crate::scenarios::csam::{self as logic, REGISTRATION_VALID_MS, ROUND, SENT_AT};

/// The code in a mail on the phone. For the registration mail: the code with a
/// countdown; at 0 the scene reports "expired". It follows the session itself (no
/// re-mounting), so a detour's "new code" shows a fresh code and a fresh 5 minutes.
/// For My e-Box's login mail: the login code, no countdown (one view for both).
pub fn code() -> AnyView {
    let coach = Coach::use_context();
    let login = coach.session.with_untracked(|s| s.step().screen == Screen::Csam(Csam::LoginCode));
    // (code, seconds left, code withdrawn)
    let state = RwSignal::new((String::new(), 0u64, false));
    let tick = move || {
        if login {
            state.set((coach.session.with_untracked(|s| logic::login_code(s.run())), 600, false));
            return;
        }
        let now = platform::now_ms() as u64;
        let (detour, sent) = coach
            .session
            .with_untracked(|s| (s.branch().is_some(), s.run().count(SENT_AT)));
        if detour {
            state.update(|st| st.2 = true);
            return;
        }
        let sent = sent.unwrap_or_else(|| {
            coach.session.update_untracked(|s| s.set_count(SENT_AT, now));
            now
        });
        let left = (sent + REGISTRATION_VALID_MS).saturating_sub(now).div_ceil(1000);
        let code = coach.session.with_untracked(|s| logic::registration_code(s.run()));
        state.set((code, left, false));
        if left == 0 {
            coach.act(Action::Event(target::event::EXPIRED.to_owned()));
        }
    };
    let was_detour = StoredValue::new(false);
    Effect::new(move |_| {
        let detour = coach.session.with(|s| s.branch().is_some());
        if detour && !was_detour.get_value() {
            // Expired or cancelled: the next mail brings another code.
            coach.session.update_untracked(|s| {
                let r = s.run().count(ROUND).unwrap_or(0);
                s.set_count(ROUND, r + 1);
                s.forget(SENT_AT);
            });
        }
        was_detour.set_value(detour);
        tick();
    });
    if !login {
        platform::every(1000, tick);
    }
    (move || {
        let (code, left, gone) = state.get();
        let time = format!("{}:{:02}", left / 60, left % 60);
        (!gone).then(|| {
            view! {
                <p class="mail-code" data-code=code.clone()>{code.clone()}</p>
                <p class="mail-timer" role="timer" hidden=login class:low=left < 60>{coach.tf("mail.reg.left", &[("time", &time)])}</p>
            }
        })
    })
    .into_any()
}

/// A fake SMS "from CSAM" that comes in while the learner types the code.
const SCAM: Block = scam_sms!(|s| s.step().screen == Screen::Csam(Csam::RegCode) && s.branch().is_none(), "mail.scam.from", "mail.scam.text");

/// The phone's mail app with CSAM's registration code, or its messages app when the
/// learner chose a code by SMS; while the code is typed, a fake SMS comes in too.
pub static PHONE: &[Block] = &[
    SCAM,
    Block::When(
        |s| !logic::by_sms(s.run()),
        &[Block::Div(
            "pmail",
            &[
                Block::P("pmail-bar", "mail.phone.inbox"),
                Block::P("pmail-from", "mail.from-csam"),
                Block::P("pmail-subject", "mail.reg.subject"),
                Block::When(|s| s.branch().is_none(), &[Block::P("", "mail.reg.body")]),
                Block::Custom(code),
                Block::When(|s| s.branch().is_none(), &[Block::P("mail-small", "mail.reg.note")]),
                Block::When(|s| s.branch().is_some(), &[Block::P("mail-small", "mail.reg.gone")]),
            ],
        )],
    ),
    Block::When(
        |s| logic::by_sms(s.run()),
        &[Block::Div(
            "ph-sms csam-sms",
            &[
                Block::Div("ph-sms-head", &[Block::Span("ph-sms-name", "mail.sms.from")]),
                Block::Div(
                    "ph-bubble",
                    &[
                        Block::When(|s| s.branch().is_none(), &[Block::P("", "mail.sms.body")]),
                        Block::Custom(code),
                        Block::When(|s| s.branch().is_none(), &[Block::P("mail-small", "mail.reg.note")]),
                        Block::When(|s| s.branch().is_some(), &[Block::P("mail-small", "mail.reg.gone")]),
                    ],
                ),
            ],
        )],
    ),
];
