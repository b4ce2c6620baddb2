//! CSAM "Uw digitale sleutel activeren": the activation pages after the LRA visit
//! (activation code, key choice, username and password, registration code, done,
//! compatible apps, QR code, app code) and the submit button that checks every
//! filled field of a form in one click.

use leptos::prelude::*;

use super::{HEADER, HOST_KEY};
use crate::app::Coach;
use crate::components::page::{Block, Page};
use crate::flow::{Action, Outcome};
use crate::scenarios::csam::{self as logic, KEY_CHOICE};

macro_rules! bar {
    ($a:literal, $b:literal, $c:literal) => {
        Block::Div(
            "csamact-bar",
            &[Block::Span($a, "csamact.bar.1"), Block::Span($b, "csamact.bar.2"), Block::Span($c, "csamact.bar.3")],
        )
    };
}

const BAR_1: Block = bar!("on", "", "");
const BAR_2: Block = bar!("ok", "on", "");
const BAR_3: Block = bar!("ok", "ok", "on");

const fn page(path: &'static str, blocks: &'static [Block]) -> Page {
    Page { host_key: HOST_KEY, path, site: "csam", blocks }
}

/// A "Volgende" that checks the form's fields one after the other in one click.
fn submit_all(target: &'static str) -> AnyView {
    let coach = Coach::use_context();
    view! {
        <button
            type="button"
            class="csam-primary"
            data-target-id=target
            data-coach-target=move || coach.is_target(target).then_some("true")
            on:click=move |_| {
                while coach.act(Action::Click(target.to_owned())) == Outcome::Progress
                    && coach.session.with_untracked(|s| s.next_target()) == Some(target)
                {}
            }
        >
            {coach.tr("csamact.next")}
        </button>
    }
    .into_any()
}

/// Step 1: "Activatiecode ingeven".
pub static CODE: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                BAR_1,
                Block::P("", "csamact.code.intro"),
                Block::Div("csamact-field", &[Block::Input("act-code", "csamact.code.label", "text", "text")]),
                Block::P("csamact-small", "csamact.code.format"),
                Block::Button("act-help", "csamact.code.help", "csam-link"),
                Block::Div("csam-actions csamact-end", &[Block::Button("act-next", "csamact.next", "csam-primary")]),
            ],
        ),
    ],
);

fn chose(s: &crate::flow::Session, key: &str) -> bool {
    s.run().recall(KEY_CHOICE) == Some(key)
}

/// Step 2: "Kies uw digitale sleutel", language and terms.
pub static KEY: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                BAR_2,
                Block::P("", "csamact.key.intro"),
                Block::P("csamact-advice", "csamact.key.advice"),
                Block::Fieldset(
                    "csamact.key.legend",
                    &[
                        Block::Radio("act-key-email", "act-key", "csamact.key.email", |s| chose(s, "act-key-email")),
                        Block::Radio("act-key-app", "act-key", "csamact.key.app", |s| chose(s, "act-key-app")),
                        Block::Radio("act-key-sms", "act-key", "csamact.key.sms", |_| false),
                    ],
                ),
                Block::Fieldset(
                    "csamact.key.lang",
                    &[
                        Block::Radio("act-lang-nl", "act-lang", "csamact.lang.nl", |_| true),
                        Block::Radio("act-lang-fr", "act-lang", "csamact.lang.fr", |_| false),
                        Block::Radio("act-lang-de", "act-lang", "csamact.lang.de", |_| false),
                        Block::Radio("act-lang-en", "act-lang", "csamact.lang.en", |_| false),
                    ],
                ),
                Block::Fieldset(
                    "csamact.key.terms-legend",
                    &[Block::Radio("act-terms", "act-terms", "csamact.key.terms", |s| s.progress() >= 2)],
                ),
                Block::Div("csam-actions csamact-end", &[Block::Button("act-activate", "csamact.key.activate", "csam-primary")]),
            ],
        ),
    ],
);

fn cred_next() -> AnyView {
    submit_all("cred-next")
}

/// Choose a username and a password, with the rules shown.
pub static CREDENTIALS: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                BAR_3,
                Block::P("", "csamact.cred.intro"),
                Block::Div("csamact-field", &[Block::Input("cred-username", "csamact.cred.username", "text", "text")]),
                Block::P("csamact-small", "csamact.cred.user-rules"),
                Block::Div("csamact-field", &[Block::Input("cred-password", "csamact.cred.password", "password", "text")]),
                Block::P("csamact-small", "csamact.cred.pw-rules"),
                Block::Div("csam-actions", &[Block::Button("cred-cancel", "csamact.cancel", "csam-secondary"), Block::Custom(cred_next)]),
            ],
        ),
    ],
);

/// Back to the main path after an expired or cancelled registration code.
const RENEW: Block = Block::When(
    |s| s.branch().is_some(),
    &[
        Block::When(|s| s.branch().is_some_and(|b| b.id == "expired"), &[Block::P("csamact-alert", "csamact.reg.expired")]),
        Block::When(|s| s.branch().is_some_and(|b| b.id == "cancelled"), &[Block::P("csamact-alert", "csamact.reg.cancelled")]),
        Block::Button("reg-new-code", "csamact.reg.new", "csam-primary"),
    ],
);

/// Step 3 while the registration mail is on its way.
pub static SENT: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                BAR_3,
                Block::When(|s| s.branch().is_none(), &[Block::P("csamact-advice", "csamact.reg.sent")]),
                RENEW,
            ],
        ),
    ],
);

/// Step 3: "Registratiecode".
pub static REG_CODE: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                BAR_3,
                Block::When(
                    |s| s.branch().is_none(),
                    &[
                        Block::P("", "csamact.reg.intro"),
                        Block::P("csamact-small", "csamact.reg.spam"),
                        Block::Div("csamact-field", &[Block::Input("reg-code", "csamact.reg.label", "text", "numeric")]),
                        Block::Div(
                            "csam-actions",
                            &[Block::Button("reg-cancel", "csamact.cancel", "csam-secondary"), Block::Button("reg-next", "csamact.next", "csam-primary")],
                        ),
                        Block::Button("reg-other", "csamact.reg.other", "csam-link"),
                    ],
                ),
                RENEW,
            ],
        ),
    ],
);

const CHECK: &str = r##"<svg viewBox="0 0 48 48"><circle cx="24" cy="24" r="22" fill="#1e7b34"/><path d="M13 25l7 7 15-16" fill="none" stroke="#fff" stroke-width="5"/></svg>"##;

/// "Uw digitale sleutel is nu geactiveerd."
pub static DONE: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                Block::Div("csamact-done", &[Block::Art("csamact-check", CHECK), Block::P("csamact-done-text", "csamact.done.text")]),
            ],
        ),
    ],
);

/// The compatible authenticator apps.
pub static APPS: Page = page(
    "/sma/activation/app",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.apps.heading"),
                Block::P("", "csamact.apps.intro"),
                Block::Table(
                    "csamact-apps",
                    &["csamact.apps.app", "csamact.apps.phones"],
                    &[
                        &["auth.google", "csamact.apps.ios-android"],
                        &["auth.duo", "csamact.apps.ios-android"],
                        &["auth.microsoft", "csamact.apps.ms-systems"],
                    ],
                ),
                Block::P("", "csamact.apps.install"),
                Block::Div("csam-actions csamact-end", &[Block::Button("apps-next", "csamact.next", "csam-primary")]),
            ],
        ),
    ],
);

fn qr() -> AnyView {
    let coach = Coach::use_context();
    let uri = coach.session.with_untracked(|s| logic::otpauth(s.run()));
    let svg = qrcode::QrCode::new(uri.as_bytes())
        .map(|c| c.render::<qrcode::render::svg::Color>().min_dimensions(220, 220).build())
        .unwrap_or_default();
    let svg = match svg.find("<svg") {
        Some(i) => svg[i..].to_owned(),
        None => svg,
    };
    view! {
        <div class="csamact-qr" role="img" aria-label=coach.tr("csamact.scan.qr") data-otpauth=uri inner_html=svg></div>
    }
    .into_any()
}

/// The QR code the app scans.
pub static SCAN: Page = page(
    "/sma/activation/app",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[Block::H2("csamact.apps.heading"), Block::P("", "csamact.scan.intro"), Block::Custom(qr)],
        ),
    ],
);

/// The code from the app.
pub static TOTP: Page = page(
    "/sma/activation/app",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.apps.heading"),
                Block::P("", "csamact.totp.intro"),
                Block::Div("csamact-field", &[Block::Input("totp-code", "csamact.totp.label", "text", "numeric")]),
                Block::P("csamact-small", "csamact.totp.time"),
                Block::Div("csam-actions csamact-end", &[Block::Button("totp-next", "csamact.next", "csam-primary")]),
            ],
        ),
    ],
);

fn meb_next() -> AnyView {
    submit_all("meb-next")
}

const LOGIN_TITLE: Block = Block::Div(
    "",
    &[
        Block::When(|s| logic::uses_app(s.run()), &[Block::H2("csam.choose.app")]),
        Block::When(|s| !logic::uses_app(s.run()), &[Block::H2("csam.choose.email")]),
    ],
);

/// Logging in with a security code: username and password.
pub static LOGIN: Page = page(
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

/// Logging in with a security code: the code itself.
pub static LOGIN_CODE: Page = page(
    "/fasui/login/code",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                LOGIN_TITLE,
                Block::When(|s| logic::uses_app(s.run()), &[Block::P("", "csamact.login.code-app")]),
                Block::When(|s| !logic::uses_app(s.run()), &[Block::P("", "csamact.login.code-mail")]),
                Block::Div("csamact-field", &[Block::Input("meb-code", "csamact.login.code-label", "text", "numeric")]),
                Block::Div("csam-actions csamact-end", &[Block::Button("meb-code-next", "csamact.next", "csam-primary")]),
            ],
        ),
    ],
);
