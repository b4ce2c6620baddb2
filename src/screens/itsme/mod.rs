//! The itsme chapter's phone: the home screen with app icons, notification banners,
//! the SMS thread, the mail, and the itsme app's screens (welcome, terms, phone
//! number, ID country, banks, codes, confirm, symbols), plus the bank app and the
//! digipass on the desk. All static block data; the few live parts are in
//! `screens::phone`.

pub mod web;

use leptos::prelude::*;

use crate::components::page::Block;
use crate::flow::{Screen, Session};
use crate::screens::phone::{check, filled, pad, push_timer, run_html, symbol_choice};
use crate::scenarios::itsme::sms_code;

use crate::flow::screen::Itsme;
use crate::screens::{devices, os, Pane, Scene};
use crate::scenarios::target;

/// The itsme look: a dark tile with an orange ring (drawn, not the real logo).
pub const LOGO: &str = r##"<svg viewBox="0 0 40 40"><rect width="40" height="40" rx="10" fill="#1d1d1b"/><circle cx="20" cy="20" r="11" fill="none" stroke="#ff6a13" stroke-width="5"/><circle cx="20" cy="20" r="3.5" fill="#ffb81c"/></svg>"##;
const BANK_ICON: &str = r##"<svg viewBox="0 0 40 40"><rect width="40" height="40" rx="10" fill="#1f6f5c"/><path d="M8 16l12-7 12 7zM10 18h4v11h-4zM18 18h4v11h-4zM26 18h4v11h-4zM8 31h24v3H8z" fill="#fff"/></svg>"##;
const SMS_ICON: &str = r##"<svg viewBox="0 0 40 40"><rect width="40" height="40" rx="10" fill="#2fb84f"/><path d="M8 12h24v14H17l-6 5v-5H8z" fill="#fff"/></svg>"##;
const MAIL_ICON: &str = r##"<svg viewBox="0 0 40 40"><rect width="40" height="40" rx="10" fill="#1a73e8"/><rect x="7" y="11" width="26" height="18" rx="2" fill="#fff"/><path d="M7 12l13 10 13-10" fill="none" stroke="#1a73e8" stroke-width="2.5"/></svg>"##;
const NET_ICON: &str = r##"<svg viewBox="0 0 40 40"><rect width="40" height="40" rx="10" fill="#5b3cc4"/><circle cx="20" cy="20" r="11" fill="none" stroke="#fff" stroke-width="2.5"/><path d="M9 20h22M20 9c-6 6-6 16 0 22M20 9c6 6 6 16 0 22" fill="none" stroke="#fff" stroke-width="2"/></svg>"##;
const CHROME_ICON: &str = r##"<svg viewBox="0 0 40 40"><rect width="40" height="40" rx="10" fill="#eceff1"/><circle cx="20" cy="20" r="12" fill="#db4437"/><path d="M20 20L9.6 26A12 12 0 0 0 26 30.4z" fill="#0f9d58"/><path d="M20 20l6 10.4A12 12 0 0 0 30.4 14z" fill="#f4b400"/><circle cx="20" cy="20" r="5" fill="#4285f4" stroke="#fff" stroke-width="2"/></svg>"##;
const FOX_ICON: &str = r##"<svg viewBox="0 0 40 40"><rect width="40" height="40" rx="10" fill="#20123a"/><circle cx="20" cy="21" r="11" fill="#ff7139"/><circle cx="22" cy="19" r="6" fill="#592acb"/></svg>"##;
const DONE_ICON: &str = r##"<svg viewBox="0 0 48 48"><circle cx="24" cy="24" r="22" fill="#ff6a13"/><path d="M13 25l7 7 15-16" fill="none" stroke="#fff" stroke-width="5"/></svg>"##;
/// A digipass: a small calculator-like bank device with a card slot.
pub const DIGIPASS: &str = r##"<svg viewBox="0 0 120 170"><rect x="10" y="8" width="100" height="154" rx="16" fill="#2b3a55"/><rect x="22" y="20" width="76" height="30" rx="4" fill="#cfe7c8"/><g fill="#e8ecf2"><rect x="24" y="62" width="20" height="14" rx="3"/><rect x="50" y="62" width="20" height="14" rx="3"/><rect x="76" y="62" width="20" height="14" rx="3"/><rect x="24" y="82" width="20" height="14" rx="3"/><rect x="50" y="82" width="20" height="14" rx="3"/><rect x="76" y="82" width="20" height="14" rx="3"/><rect x="24" y="102" width="20" height="14" rx="3"/><rect x="50" y="102" width="20" height="14" rx="3"/><rect x="76" y="102" width="20" height="14" rx="3"/><rect x="50" y="122" width="20" height="14" rx="3"/></g><rect x="30" y="150" width="60" height="5" rx="2" fill="#111"/></svg>"##;
/// An eID card reader with its cable (for the quiz).
pub const READER: &str = r##"<svg viewBox="0 0 160 120"><path d="M120 70c20 0 30 10 36 30" stroke="#333" stroke-width="5" fill="none"/><rect x="20" y="50" width="110" height="50" rx="14" fill="#2b2f36"/><rect x="35" y="45" width="80" height="8" rx="3" fill="#111"/><rect x="45" y="10" width="60" height="40" rx="4" fill="#cfe3f5" stroke="#6f8fb0"/><rect x="55" y="20" width="14" height="10" rx="2" fill="#d4a72c"/><circle cx="115" cy="88" r="4" fill="#34c759"/></svg>"##;

const IM_BAR: Block = Block::Div("im-bar", &[Block::Art("im-logo", LOGO), Block::Span("im-brand", "itsme.brand")]);

/// The phone's home screen with its apps.
pub const HOME: Block = Block::Div(
    "ph-home",
    &[Block::Div(
        "ph-apps",
        &[
            Block::RichButton(target::itsme::APP_ITSME, "ph-app", &[Block::Art("ph-icon", LOGO), Block::Span("", "itsme.app.itsme")]),
            Block::RichButton(target::itsme::APP_BANK, "ph-app", &[Block::Art("ph-icon", BANK_ICON), Block::Span("", "itsme.app.bank")]),
            Block::RichButton(target::itsme::APP_SMS, "ph-app", &[Block::Art("ph-icon", SMS_ICON), Block::Span("", "itsme.app.sms")]),
            Block::RichButton(target::itsme::APP_MAIL, "ph-app", &[Block::Art("ph-icon", MAIL_ICON), Block::Span("", "itsme.app.mail")]),
        ],
    )],
);

/// The home screen while the push is awaited, and a fake SMS "from itsme" meanwhile.
pub static HOME_SCREEN: &[Block] = &[scam_sms!(|_| true, "itsme.scam.from", "itsme.scam.text"), HOME];

fn sms_preview() -> AnyView {
    run_html("ph-notif-text", |run, coach| (filled(coach, "itsme.sms.text", "code", &sms_code(run)), sms_code(run)))
}

fn sms_bubble() -> AnyView {
    run_html("ph-bubble ph-in", |run, coach| (filled(coach, "itsme.sms.text", "code", &sms_code(run)), sms_code(run)))
}

const SMS_BANNER: Block = Block::Div(
    "ph-notif ph-static",
    &[Block::Span("ph-notif-app", "itsme.sms.from"), Block::Custom(sms_preview)],
);

/// Tap the itsme icon, then the welcome screen.
pub static WELCOME: &[Block] = &[
    Block::When(|s| !s.did(target::itsme::APP_ITSME), &[HOME]),
    Block::When(
        |s| s.did(target::itsme::APP_ITSME),
        &[Block::Div(
            "im-app im-welcome",
            &[
                IM_BAR,
                Block::Art("im-hero", LOGO),
                Block::H2("itsme.welcome.title"),
                Block::P("", "itsme.welcome.text"),
                Block::Button(target::itsme::IM_CONTINUE, "itsme.continue", "im-primary"),
            ],
        )],
    ),
];

fn terms_1() -> AnyView {
    check(target::itsme::IM_CHECK_1, "itsme.terms.c1", |s| s.did(target::itsme::IM_CHECK_1))
}

fn terms_2() -> AnyView {
    check(target::itsme::IM_CHECK_2, "itsme.terms.c2", |s| s.did(target::itsme::IM_CHECK_2))
}

/// The terms with two checkboxes.
pub static TERMS: &[Block] = &[Block::Div(
    "im-app",
    &[
        IM_BAR,
        Block::H2("itsme.terms.title"),
        Block::P("", "itsme.terms.text"),
        Block::Custom(terms_1),
        Block::Custom(terms_2),
        Block::Button(target::itsme::IM_CONTINUE, "itsme.continue", "im-primary"),
    ],
)];

/// "Vul je gsm-nummer in" with the +32 button.
pub static PHONE: &[Block] = &[Block::Div(
    "im-app",
    &[
        IM_BAR,
        Block::H2("itsme.phone.title"),
        Block::P("im-small", "itsme.phone.text"),
        Block::Div("im-phone", &[Block::Input(target::itsme::IM_PHONE, "itsme.phone.label", "tel", "tel"), Block::Button(target::itsme::IM_CC, "itsme.cc.plus", "im-cc")]),
        Block::Button(target::itsme::IM_CONTINUE, "itsme.continue", "im-primary"),
        Block::When(web::picking, &[Block::Custom(crate::screens::phone::country_picker)]),
    ],
)];

/// Which country issued the identity card.
pub static ID_COUNTRY: &[Block] = &[Block::Div(
    "im-app",
    &[
        IM_BAR,
        Block::H2("itsme.idc.title"),
        Block::Button(target::itsme::IM_ID_BE, "itsme.idc.be", "im-option"),
        Block::Button(target::itsme::IM_ID_NL, "itsme.idc.nl", "im-option"),
    ],
)];

/// The list of banks.
pub static BANKS: &[Block] = &[Block::Div(
    "im-app",
    &[
        IM_BAR,
        Block::H2("itsme.banks.title"),
        Block::Div(
            "im-list",
            &[
                Block::Button(target::itsme::BANK_MOCK, "itsme.bank.mock", "im-option"),
                Block::Button(target::itsme::BANK_ARGENTA, "itsme.bank.argenta", "im-option"),
                Block::Button(target::itsme::BANK_BELFIUS, "itsme.bank.belfius", "im-option"),
                Block::Button(target::itsme::BANK_BNP, "itsme.bank.bnp", "im-option"),
                Block::Button(target::itsme::BANK_CRELAN, "itsme.bank.crelan", "im-option"),
                Block::Button(target::itsme::BANK_ING, "itsme.bank.ing", "im-option"),
                Block::Button(target::itsme::BANK_KBC, "itsme.bank.kbc", "im-option"),
            ],
        ),
    ],
)];

/// The warning before the bank app opens.
pub static TO_BANK: &[Block] = &[Block::Div(
    "im-app",
    &[
        IM_BAR,
        Block::Div(
            "im-modal",
            &[
                Block::H2("itsme.tobank.title"),
                Block::P("", "itsme.tobank.text"),
                Block::Button(target::itsme::IM_TO_BANK, "itsme.continue-cap", "im-primary"),
                Block::Button(target::itsme::IM_CANCEL, "itsme.cancel", "im-secondary"),
            ],
        ),
    ],
)];

fn bank_pad() -> AnyView {
    pad(target::itsme::BANK_RESPONSE, "itsme.bankapp.response", target::itsme::BANK_CONFIRM, "itsme.bankapp.confirm", 6)
}

/// The bank app: share identity data, then confirm with the digipass.
pub static BANK_APP: &[Block] = &[Block::Div(
    "bank-app",
    &[
        Block::P("bank-bar", "itsme.bank.mock"),
        Block::When(
            |s| !s.did(target::itsme::BANK_SHARE),
            &[
                Block::H2("itsme.bankapp.title"),
                Block::P("", "itsme.bankapp.text"),
                Block::Ol("bank-data", &["itsme.bankapp.d1", "itsme.bankapp.d2", "itsme.bankapp.d3", "itsme.bankapp.d4"]),
                Block::Button(target::itsme::BANK_SHARE, "itsme.bankapp.share", "bank-primary"),
                Block::Button(target::itsme::BANK_REFUSE, "itsme.bankapp.refuse", "bank-secondary"),
            ],
        ),
        Block::When(
            |s| s.did(target::itsme::BANK_SHARE),
            &[
                Block::H2("itsme.bankapp.dp-title"),
                Block::P("", "itsme.bankapp.dp-text"),
                Block::P("bank-challenge", "itsme.bankapp.challenge"),
                Block::Custom(bank_pad),
            ],
        ),
    ],
)];

/// The desk during the bank step: the digipass and the bank card.
pub static DIGIPASS_DESK: &[Block] = &[Block::Div(
    "prop active dp",
    &[
        Block::Art("dp-art", DIGIPASS),
        Block::When(|s| !s.did(target::itsme::DP_CARD), &[Block::Button(target::itsme::DP_CARD, "itsme.dp.insert", "dp-btn")]),
        Block::When(|s| s.did(target::itsme::DP_CARD), &[Block::P("dp-screen", "itsme.dp.screen")]),
        Block::P("dp-label", "itsme.dp.label"),
    ],
)];

/// The SMS arrives as a banner; tapped, the thread shows the control code.
pub static SMS: &[Block] = &[
    Block::When(|s| !s.did(target::itsme::NOTIF_SMS), &[HOME]),
    Block::When(
        |s| s.did(target::event::SMS) && !s.did(target::itsme::NOTIF_SMS),
        &[Block::RichButton(target::itsme::NOTIF_SMS, "ph-notif", &[Block::Span("ph-notif-app", "itsme.sms.from"), Block::Custom(sms_preview)])],
    ),
    Block::When(
        |s| s.did(target::itsme::NOTIF_SMS),
        &[Block::Div(
            "ph-sms",
            &[
                Block::Div("ph-sms-head", &[Block::Button(target::itsme::SMS_BACK, "itsme.sms.back", "ph-back"), Block::Span("ph-sms-name", "itsme.sms.from")]),
                Block::Custom(sms_bubble),
            ],
        )],
    ),
];

fn sms_pad() -> AnyView {
    pad(target::itsme::IM_SMS, "itsme.smscode.label", target::itsme::IM_SMS_OK, "itsme.continue", 5)
}

/// "Vul je controlecode in"; the SMS banner stays on top once it has arrived.
pub static SMS_CODE: &[Block] = &[Block::Div(
    "im-app",
    &[
        Block::When(|s| s.step().screen == Screen::Itsme(Itsme::SmsCode) || s.did(target::event::SMS), &[SMS_BANNER]),
        IM_BAR,
        Block::H2("itsme.smscode.title"),
        Block::P("im-small", "itsme.smscode.text"),
        Block::Custom(sms_pad),
        Block::Button(target::itsme::IM_RESEND, "itsme.smscode.resend", "im-link"),
    ],
)];

fn code_pad() -> AnyView {
    pad(target::itsme::IM_CODE, "itsme.code.label", target::itsme::IM_CODE_OK, "itsme.continue", 5)
}

fn code2_pad() -> AnyView {
    pad(target::itsme::IM_CODE2, "itsme.code.label", target::itsme::IM_CODE2_OK, "itsme.continue", 5)
}

/// "Kies uw itsme code" with the three rules.
pub static CHOOSE_CODE: &[Block] = &[Block::Div(
    "im-app",
    &[
        IM_BAR,
        Block::H2("itsme.code.title"),
        Block::Ol("im-rules", &["itsme.code.r1", "itsme.code.r2", "itsme.code.r3"]),
        Block::P("im-small", "itsme.code.unique"),
        Block::Custom(code_pad),
    ],
)];

/// The code once more.
pub static CONFIRM_CODE: &[Block] = &[Block::Div(
    "im-app",
    &[
        IM_BAR,
        Block::H2("itsme.confirm.title"),
        Block::P("im-small", "itsme.confirm.text"),
        Block::Custom(code2_pad),
        Block::P("im-small", "itsme.confirm.bio"),
    ],
)];

/// "Aan de slag" (bank) or "Starten" (eID).
pub static FINISH: &[Block] = &[Block::Div(
    "im-app im-done",
    &[
        IM_BAR,
        Block::Art("im-hero", DONE_ICON),
        Block::H2("itsme.finish.title"),
        Block::When(|s| s.is_in(&crate::scenarios::itsme::ITSME_BANK), &[Block::Button(target::itsme::IM_START, "itsme.finish.bank", "im-primary")]),
        Block::When(|s| s.scenario().id != "itsme-bank", &[Block::Button(target::itsme::IM_START, "itsme.finish.eid", "im-primary")]),
    ],
)];

/// The itsme home with the first names in the middle.
pub static APP_HOME: &[Block] = &[Block::Div(
    "im-app im-home",
    &[
        IM_BAR,
        Block::P("im-hello", "itsme.home.hello"),
        Block::P("im-name", "itsme.home.name"),
        Block::P("im-small", "itsme.home.text"),
        Block::Div(
            "im-tiles",
            &[Block::Button(target::itsme::IM_HOME_SCAN, "itsme.home.scan", "im-tile"), Block::Button(target::itsme::IM_HOME_SETTINGS, "itsme.home.settings", "im-tile")],
        ),
    ],
)];

/// "Vul je identificatietoken in".
pub static TOKEN_ENTRY: &[Block] = &[Block::Div(
    "im-app",
    &[
        IM_BAR,
        Block::H2("itsme.tokenin.title"),
        Block::P("im-small", "itsme.tokenin.text"),
        Block::Div("im-field", &[Block::Input(target::itsme::IM_TOKEN, "itsme.tokenin.label", "text", "text")]),
        Block::Button(target::itsme::IM_TOKEN_OK, "itsme.continue", "im-primary"),
    ],
)];

macro_rules! judge {
    ($safe:expr, $scam:expr) => {
        Block::Div(
            "ph-judge",
            &[
                Block::P("ph-q", "itsme.ph.question"),
                Block::Button($safe, "itsme.ph.safe", "ph-safe"),
                Block::Button($scam, "itsme.ph.scam", "ph-scam"),
            ],
        )
    };
}

/// Three messages to judge (an SMS with a link, a mail, a real in-app request), then a
/// recap. Each message stands alone on the phone: the verdict on the previous one is
/// said in the coach panel (the step's `say-1`, `say-2`, `say-3`), never over the next.
pub static PHISHING: &[Block] = &[
    Block::When(
        |s| !s.did(target::itsme::PH_1_SCAM),
        &[Block::Div(
            "ph-sms",
            &[
                Block::P("ph-count", "itsme.ph.n1"),
                Block::Div("ph-sms-head", &[Block::Span("ph-sms-name", "itsme.ph.sms-from")]),
                Block::P("ph-bubble ph-in", "itsme.ph.sms-text"),
                Block::Button(target::itsme::PH_LINK, "itsme.ph.sms-link", "ph-linkbtn"),
                judge!(target::itsme::PH_1_SAFE, target::itsme::PH_1_SCAM),
            ],
        )],
    ),
    Block::When(
        |s| s.did(target::itsme::PH_1_SCAM) && !s.did(target::itsme::PH_2_SCAM),
        &[Block::Div(
            "ph-mail",
            &[
                Block::P("ph-count", "itsme.ph.n2"),
                Block::P("ph-mail-bar", "itsme.ph.inbox"),
                Block::Div(
                    "ph-inbox",
                    &[
                        Block::Div("ph-mail-item ph-open", &[Block::Span("ph-mail-who", "itsme.ph.mail-who"), Block::Span("", "itsme.ph.mail-subject")]),
                        Block::Div("ph-mail-item", &[Block::Span("ph-mail-who", "itsme.ph.inbox2-who"), Block::Span("", "itsme.ph.inbox2")]),
                    ],
                ),
                Block::P("ph-mail-from", "itsme.ph.mail-from"),
                Block::P("ph-mail-subject", "itsme.ph.mail-subject"),
                Block::P("", "itsme.ph.mail-text"),
                Block::Button(target::itsme::PH_LINK, "itsme.ph.mail-link", "ph-linkbtn"),
                judge!(target::itsme::PH_2_SAFE, target::itsme::PH_2_SCAM),
            ],
        )],
    ),
    Block::When(
        judging_third,
        &[Block::Div(
            "im-app",
            &[
                Block::P("ph-count", "itsme.ph.n3"),
                IM_BAR,
                Block::P("im-small", "itsme.ph.app-note"),
                Block::Div("im-card", &[Block::H3("itsme.cf.login"), Block::P("", "itsme.cf.service")]),
                judge!(target::itsme::PH_3_SAFE, target::itsme::PH_3_SCAM),
            ],
        )],
    ),
    Block::When(
        |s| s.did(target::itsme::PH_3_SAFE),
        &[Block::Div(
            "ph-recap",
            &[
                Block::P("ph-ok", "itsme.ph.ok3"),
                Block::Ol("ph-tells", &["itsme.ph.t1", "itsme.ph.t2", "itsme.ph.t3"]),
                Block::Button(target::itsme::PH_DONE, "itsme.ph.done", "im-primary"),
            ],
        )],
    ),
];

/// Whether the learner is judging the third message (the in-app request).
fn judging_third(s: &Session) -> bool {
    s.did(target::itsme::PH_2_SCAM) && !s.did(target::itsme::PH_3_SAFE)
}

/// The PC while the learner judges the messages: at rest for the SMS and the mail;
/// for the third, the login page that asked for it (a real request is one you
/// started yourself, on the computer in front of you).
pub static PHISHING_PC: &[Block] = &[
    Block::When(|s| !judging_third(s), PC_REST),
    Block::When(judging_third, &[Block::Custom(prove_page)]),
];

fn prove_page() -> AnyView {
    crate::components::page::page(&web::PROVE)
}

/// The default browser: "Internet" on this Android phone (Safari on an iPhone).
pub static BROWSER: &[Block] = &[Block::Div(
    "ph-home",
    &[
        Block::P("ph-tip", "itsme.br.tip"),
        Block::Div(
            "ph-apps",
            &[
                Block::RichButton(target::itsme::BR_INTERNET, "ph-app", &[Block::Art("ph-icon", NET_ICON), Block::Span("", "itsme.br.internet")]),
                Block::RichButton(target::itsme::BR_CHROME, "ph-app", &[Block::Art("ph-icon", CHROME_ICON), Block::Span("", "itsme.br.chrome")]),
                Block::RichButton(target::itsme::BR_FIREFOX, "ph-app", &[Block::Art("ph-icon", FOX_ICON), Block::Span("", "itsme.br.firefox")]),
            ],
        ),
        Block::P("ph-tip", "itsme.br.iphone"),
    ],
)];

fn expired(s: &Session) -> bool {
    s.branch().is_some()
}

/// The push at the bottom of the home screen; it expires after a while.
pub static NOTIFICATION: &[Block] = &[
    Block::When(
        |s| !expired(s),
        &[
            HOME,
            Block::RichButton(
                target::itsme::NOTIF_PUSH,
                "ph-notif ph-bottom",
                &[Block::Span("ph-notif-app", "itsme.app.itsme"), Block::Span("ph-notif-text", "itsme.push.text")],
            ),
            Block::Custom(push_timer),
        ],
    ),
    Block::When(expired, &[Block::Div("im-app", &[IM_BAR, Block::P("im-alert", "itsme.push.expired")])]),
];

/// The confirm screen: which service, what you do, which data.
pub static CONFIRM: &[Block] = &[Block::Div(
    "im-app",
    &[
        IM_BAR,
        Block::H2("itsme.cf.title"),
        Block::Div("im-card", &[Block::H3("itsme.cf.login"), Block::P("", "itsme.cf.service")]),
        Block::Div("im-card", &[Block::H3("itsme.cf.info"), Block::P("", "itsme.cf.info-text")]),
        Block::Div("im-card", &[Block::H3("itsme.cf.data"), Block::P("", "itsme.cf.nrn"), Block::P("", "itsme.cf.cardno")]),
        Block::Button(target::itsme::PUSH_CONFIRM, "itsme.cf.confirm", "im-primary"),
        Block::Button(target::itsme::PUSH_REJECT, "itsme.cf.reject", "im-secondary"),
    ],
)];

/// Pick the symbol the computer shows; a wrong one stops the login.
pub static SYMBOL: &[Block] = &[Block::Div(
    "im-app",
    &[
        IM_BAR,
        Block::When(|s| !expired(s), &[Block::H2("itsme.sym.title"), Block::P("im-small", "itsme.sym.text"), Block::Custom(symbol_choice)]),
        Block::When(expired, &[Block::P("im-alert", "itsme.sym.stopped"), Block::Button(target::itsme::SYM_RETRY, "itsme.again", "im-primary")]),
    ],
)];

fn login_pad() -> AnyView {
    pad(target::itsme::IRIS_CODE, "itsme.code.label", target::itsme::IRIS_CODE_OK, "itsme.cf.confirm", 5)
}

/// The itsme code to finish; three wrong codes block the app.
pub static LOGIN_CODE: &[Block] = &[Block::Div(
    "im-app",
    &[
        IM_BAR,
        Block::When(|s| !expired(s), &[Block::H2("itsme.login.title"), Block::Custom(login_pad), Block::P("im-small", "itsme.confirm.bio")]),
        Block::When(expired, &[Block::P("im-alert", "itsme.login.blocked"), Block::Button(target::itsme::IM_UNBLOCK, "itsme.again", "im-primary")]),
    ],
)];

/// The PC while only the phone is used.
pub static PC_REST: &[Block] = &[Block::Div("pc-rest", &[Block::Art("pc-rest-art", LOGO), Block::P("", "itsme.pcrest")])];

/// Which device is a digipass (a small quiz instead of a web page).
pub static INTRO: &[Block] = &[Block::Div(
    "quiz",
    &[
        Block::H2("itsme.quiz.title"),
        Block::P("", "itsme.quiz.text"),
        Block::Div(
            "quiz-options",
            &[
                Block::RichButton(target::itsme::QUIZ_READER, "quiz-opt", &[Block::Art("quiz-art", READER), Block::Span("quiz-label", "itsme.quiz.a")]),
                Block::RichButton(target::itsme::QUIZ_DIGIPASS, "quiz-opt", &[Block::Art("quiz-art", DIGIPASS), Block::Span("quiz-label", "itsme.quiz.b")]),
            ],
        ),
    ],
)];

/// The PC while only the phone is in use.
const REST: Pane = Pane::View(web::pc_rest);

/// The scene table of this site: what the PC, the phone and the desk show for each
/// of its screens. Exhaustive: a new screen does not compile until it is listed.
pub fn scene(screen: Itsme) -> Scene {
    match screen {
        Itsme::Intro => devices(Pane::Blocks(INTRO), Pane::PhoneIdle, Pane::Empty),
        Itsme::Welcome => devices(REST, Pane::Blocks(WELCOME), Pane::Empty),
        Itsme::Terms => devices(REST, Pane::Blocks(TERMS), Pane::Empty),
        Itsme::Phone => devices(REST, Pane::Blocks(PHONE), Pane::Empty),
        Itsme::IdCountry => devices(REST, Pane::Blocks(ID_COUNTRY), Pane::Empty),
        Itsme::Banks => devices(REST, Pane::Blocks(BANKS), Pane::Empty),
        Itsme::ToBank => devices(REST, Pane::Blocks(TO_BANK), Pane::Empty),
        Itsme::BankApp => devices(REST, Pane::Blocks(BANK_APP), Pane::Blocks(DIGIPASS_DESK)),
        Itsme::Sms => devices(REST, Pane::Blocks(SMS), Pane::Empty),
        Itsme::SmsCode => devices(REST, Pane::Blocks(SMS_CODE), Pane::Empty),
        Itsme::ChooseCode => devices(REST, Pane::Blocks(CHOOSE_CODE), Pane::Empty),
        Itsme::ConfirmCode => devices(REST, Pane::Blocks(CONFIRM_CODE), Pane::Empty),
        Itsme::Finish => devices(REST, Pane::Blocks(FINISH), Pane::Empty),
        Itsme::Home => devices(REST, Pane::Blocks(APP_HOME), Pane::Empty),
        Itsme::Register => devices(Pane::Page(&web::REGISTER), Pane::PhoneIdle, Pane::EidDesk),
        Itsme::Consents => devices(Pane::Page(&web::CONSENTS), Pane::PhoneIdle, Pane::EidDesk),
        Itsme::Review => devices(Pane::Page(&web::REVIEW), Pane::PhoneIdle, Pane::EidDesk),
        Itsme::CardData => devices(Pane::Page(&web::CARD_DATA), Pane::PhoneIdle, Pane::EidDesk),
        Itsme::Share => devices(Pane::Page(&web::SHARE), Pane::PhoneIdle, Pane::EidDesk),
        Itsme::TermsPc => devices(Pane::Page(&web::TERMS), Pane::PhoneIdle, Pane::EidDesk),
        Itsme::SignPin => devices(Pane::View(|| (crate::components::page::page(&web::SIGNING), os::pin::dialog()).into_any()), Pane::PhoneIdle, Pane::EidDesk),
        Itsme::Signed => devices(Pane::Page(&web::SIGNED), Pane::PhoneIdle, Pane::EidDesk),
        Itsme::Token => devices(Pane::Page(&web::TOKEN), Pane::PhoneIdle, Pane::EidDesk),
        Itsme::AppToken => devices(Pane::Page(&web::TOKEN), Pane::Blocks(TOKEN_ENTRY), Pane::Empty),
        Itsme::AppSms => devices(Pane::Page(&web::TOKEN), Pane::Blocks(SMS_CODE), Pane::Empty),
        Itsme::Phishing => devices(Pane::Blocks(PHISHING_PC), Pane::Blocks(PHISHING), Pane::Empty),
        Itsme::Browser => devices(REST, Pane::Blocks(BROWSER), Pane::Empty),
        Itsme::LoginPhone => devices(Pane::Page(&web::LOGIN), Pane::PhoneIdle, Pane::Empty),
        Itsme::LoginCountry => devices(Pane::Page(&web::LOGIN), Pane::PhoneIdle, Pane::Empty),
        Itsme::LoginProve => devices(Pane::Page(&web::PROVE), Pane::Blocks(HOME_SCREEN), Pane::Empty),
        Itsme::LoginNotification => devices(Pane::Page(&web::PROVE), Pane::Blocks(NOTIFICATION), Pane::Empty),
        Itsme::LoginConfirm => devices(Pane::Page(&web::PROVE), Pane::Blocks(CONFIRM), Pane::Empty),
        Itsme::LoginSymbol => devices(Pane::Page(&web::PROVE), Pane::Blocks(SYMBOL), Pane::Empty),
        Itsme::LoginCode => devices(Pane::Page(&web::PROVE), Pane::Blocks(LOGIN_CODE), Pane::Empty),
    }
}
