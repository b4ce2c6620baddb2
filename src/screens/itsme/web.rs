//! itsme on the PC: my.itsme.be (register with the eID, sign, the token) and the
//! itsme login page a partner site sends you to (number, "verstuur", the symbol).

use leptos::prelude::*;

use super::LOGO;
use crate::coach::Coach;
use crate::components::page::{blocks, page, Block, Page};
use crate::flow::screen::Itsme;
use crate::flow::{Screen, Session};
use crate::scenarios::itsme::{symbols, token};
use crate::components::controls::submit_all;
use crate::screens::phone::{check, country_picker, run_html, symbol_svg};
use crate::scenarios::{self, target};

const MY_HEAD: Block = Block::Div("iw-head", &[Block::Art("iw-logo", LOGO), Block::Span("iw-brand", "itsme.brand")]);

const fn my(path: &'static str, blocks: &'static [Block]) -> Page {
    Page { host_key: "itsme.host", path, site: "iw", blocks }
}

const STATIC_FIELDS: Block = Block::Div(
    "",
    &[
        Block::Div("iw-static", &[Block::Span("iw-k", "itsme.reg.phone"), Block::Span("iw-v", "itsme.reg.phone-val")]),
        Block::Div("iw-static", &[Block::Span("iw-k", "itsme.reg.email"), Block::Span("iw-v", "itsme.reg.email-val")]),
    ],
);

fn location() -> AnyView {
    check(target::itsme::REG_LOCATION, "itsme.reg.location", |s| s.did(target::itsme::REG_LOCATION))
}

fn robot() -> AnyView {
    check(target::itsme::REG_ROBOT, "itsme.reg.robot", |s| s.did(target::itsme::REG_ROBOT))
}

const CONSENTS_BLOCK: Block = Block::Div(
    "iw-consents",
    &[
        Block::Custom(location),
        Block::Div("iw-robot", &[Block::Custom(robot), Block::Span("iw-recaptcha", "itsme.reg.recaptcha")]),
        Block::P("iw-small", "itsme.reg.privacy"),
    ],
);

fn create_all() -> AnyView {
    submit_all(target::itsme::REG_CREATE, "itsme.reg.create", "iw-primary")
}

/// "Maak je itsme-account aan met eID": number (without its first 0) and e-mail.
pub static REGISTER: Page = my(
    "/nl/register",
    &[
        MY_HEAD,
        Block::Div(
            "iw-content",
            &[
                Block::H2("itsme.reg.title"),
                Block::P("", "itsme.reg.intro"),
                Block::Div("iw-phone", &[Block::Input(target::itsme::REG_PHONE, "itsme.reg.phone", "tel", "tel"), Block::Button(target::itsme::REG_CC, "itsme.cc.be", "iw-cc")]),
                Block::P("iw-small", "itsme.reg.link"),
                Block::Div("iw-field", &[Block::Input(target::itsme::REG_EMAIL, "itsme.reg.email", "email", "email")]),
                CONSENTS_BLOCK,
                Block::Custom(create_all),
            ],
        ),
    ],
);

/// The same page further down: the two boxes and "Maak mijn account aan".
pub static CONSENTS: Page = my(
    "/nl/register",
    &[
        MY_HEAD,
        Block::Div(
            "iw-content",
            &[
                Block::H2("itsme.reg.title"),
                STATIC_FIELDS,
                CONSENTS_BLOCK,
                Block::Button(target::itsme::REG_CREATE, "itsme.reg.create", "iw-primary"),
            ],
        ),
    ],
);

/// "Kijk je gegevens nog eens na"; "Gegevens aanpassen" goes back to the form.
pub static REVIEW: Page = my(
    "/nl/register",
    &[
        MY_HEAD,
        Block::Div(
            "iw-content",
            &[
                Block::When(
                    |s| s.branch().is_none(),
                    &[
                        Block::H2("itsme.rev.title"),
                        Block::P("", "itsme.rev.text"),
                        STATIC_FIELDS,
                        Block::Div(
                            "iw-actions",
                            &[Block::Button(target::itsme::REV_EDIT, "itsme.rev.edit", "iw-secondary"), Block::Button(target::itsme::REV_CREATE, "itsme.reg.create", "iw-primary")],
                        ),
                    ],
                ),
                Block::When(
                    |s| s.branch().is_some(),
                    &[
                        Block::H2("itsme.reg.title"),
                        Block::P("iw-note", "itsme.rev.back-note"),
                        STATIC_FIELDS,
                        Block::Button(target::itsme::REV_BACK, "itsme.reg.create", "iw-primary"),
                    ],
                ),
            ],
        ),
    ],
);

macro_rules! row {
    ($k:literal, $v:literal) => {
        Block::Div("iw-row", &[Block::Span("iw-k", $k), Block::Span("iw-v", $v)])
    };
}

const CARD_DATA_ROWS: Block = Block::Div(
    "iw-data",
    &[
        row!("itsme.card.valid", "itsme.v.valid"),
        row!("itsme.card.issued", "itsme.v.city"),
        row!("itsme.card.last", "itsme.v.last"),
        row!("itsme.card.first", "itsme.v.first"),
        row!("itsme.card.nat", "itsme.card.nat-v"),
        row!("itsme.card.bplace", "itsme.v.birthplace"),
        row!("itsme.card.bdate", "itsme.v.birth"),
        row!("itsme.card.sex", "itsme.card.sex-v"),
        row!("itsme.card.doc", "itsme.card.doc-v"),
        row!("itsme.card.special", "itsme.card.special-v"),
        row!("itsme.card.nrn", "itsme.v.nrn"),
        row!("itsme.card.street", "itsme.v.street"),
        row!("itsme.card.postcode", "itsme.v.postcode"),
    ],
);

/// The data read from the card.
pub static CARD_DATA: Page = my(
    "/nl/register/eid",
    &[MY_HEAD, Block::Div("iw-content", &[Block::H2("itsme.card.title"), Block::P("", "itsme.card.text"), CARD_DATA_ROWS])],
);

fn share() -> AnyView {
    check(target::itsme::SHARE_AGREE, "itsme.share.agree", |s| s.did(target::itsme::SHARE_AGREE))
}

/// The same data with the consent to share it.
pub static SHARE: Page = my(
    "/nl/register/eid",
    &[
        MY_HEAD,
        Block::Div(
            "iw-content",
            &[CARD_DATA_ROWS, Block::Custom(share), Block::Button(target::itsme::SHARE_CONTINUE, "itsme.continue-cap", "iw-primary")],
        ),
    ],
);

/// The terms, to scroll through to the sign button.
pub static TERMS: Page = my(
    "/nl/register/terms",
    &[
        MY_HEAD,
        Block::Div(
            "iw-content",
            &[
                Block::H2("itsme.tc.title"),
                Block::P("", "itsme.tc.text"),
                Block::Div(
                    "iw-terms",
                    &[
                        Block::H3("itsme.tc.personal"),
                        Block::Div(
                            "iw-data",
                            &[
                                row!("itsme.card.last", "itsme.v.last"),
                                row!("itsme.card.first", "itsme.v.first"),
                                row!("itsme.card.bdate", "itsme.v.birth"),
                                row!("itsme.card.bplace", "itsme.v.birthplace"),
                                row!("itsme.card.sex", "itsme.card.sex-v"),
                                row!("itsme.card.nat", "itsme.card.nat-v"),
                                row!("itsme.tc.address", "itsme.tc.address-v"),
                                row!("itsme.tc.cardno", "itsme.v.cardno"),
                                row!("itsme.reg.email", "itsme.reg.email-val"),
                            ],
                        ),
                        Block::H3("itsme.tc.changes"),
                        Block::Ol("", &["itsme.tc.c1", "itsme.tc.c2", "itsme.tc.c3", "itsme.tc.c4"]),
                        Block::P("", "itsme.tc.end"),
                        Block::Button(target::itsme::TERMS_SIGN, "itsme.tc.sign", "iw-primary"),
                    ],
                ),
            ],
        ),
    ],
);

/// Signing: the site talks to the card (the PIN prompt goes over it).
pub static SIGNING: Page = my(
    "/nl/register/sign",
    &[MY_HEAD, Block::Div("iw-content", &[Block::H2("itsme.sign.title"), Block::P("", "itsme.sign.text")])],
);

const OK_ICON: &str = r##"<svg viewBox="0 0 48 48"><circle cx="24" cy="24" r="22" fill="#1e7b34"/><path d="M13 25l7 7 15-16" fill="none" stroke="#fff" stroke-width="5"/></svg>"##;

/// Signature confirmed: "Afsluiten".
pub static SIGNED: Page = my(
    "/nl/register/sign",
    &[
        MY_HEAD,
        Block::Div(
            "iw-content",
            &[
                Block::Div("iw-ok", &[Block::Art("iw-ok-icon", OK_ICON), Block::H2("itsme.signed.title")]),
                Block::P("", "itsme.signed.text"),
                Block::Button(target::itsme::SIG_CLOSE, "itsme.signed.close", "iw-primary"),
            ],
        ),
    ],
);

fn token_box() -> AnyView {
    run_html("iw-token", |run, _| {
        let t = token(run);
        (t.clone(), t)
    })
}

/// The identification token to carry to the phone.
pub static TOKEN: Page = my(
    "/nl/register/token",
    &[
        MY_HEAD,
        Block::Div(
            "iw-content",
            &[Block::H2("itsme.token.title"), Block::P("", "itsme.token.text"), Block::Custom(token_box), Block::P("iw-note", "itsme.token.next")],
        ),
    ],
);

/// The PC during phone-only steps: the token page in `itsme-eid`, else a rest note.
pub fn pc_rest() -> AnyView {
    let coach = Coach::use_context();
    let eid = Memo::new(move |_| coach.session.with(|s| s.is_in(&scenarios::itsme::ITSME_EID)));
    (move || if eid.get() { page(&TOKEN) } else { blocks(super::PC_REST) }).into_any()
}

// ---------------------------------------------------------------------------
// The itsme login page (partner sites send you here)
// ---------------------------------------------------------------------------

const IW_HEAD: Block = Block::Div(
    "iw-head",
    &[
        Block::Art("iw-logo", LOGO),
        Block::Span("iw-brand", "itsme.brand"),
        Block::Div(
            "iw-langs",
            &[
                Block::Button("iw-lang-nl", "itsme.lang.nl", "iw-lang"),
                Block::Button(target::itsme::IW_LANG_FR, "itsme.lang.fr", "iw-lang"),
                Block::Button(target::itsme::IW_LANG_DE, "itsme.lang.de", "iw-lang"),
                Block::Button(target::itsme::IW_LANG_EN, "itsme.lang.en", "iw-lang"),
            ],
        ),
    ],
);

const fn idp(blocks: &'static [Block]) -> Page {
    Page { host_key: "itsme.idp", path: "/v2/authorization", site: "iw", blocks }
}

/// Whether the "Kies je land" picker is open: on the IRISbox country step until a
/// country is chosen, or in the app after "+32".
pub fn picking(s: &Session) -> bool {
    (s.step().screen == Screen::Itsme(Itsme::LoginCountry) && !s.did(target::phone::CC_BE)) || s.in_branch(target::branch::CC)
}

/// Number (2) with the country button (1) and "verstuur" (3); the country picker on top.
pub static LOGIN: Page = idp(&[
    IW_HEAD,
    Block::Div(
        "iw-content",
        &[
            Block::H2("itsme.iw.title"),
            Block::P("", "itsme.iw.text"),
            Block::Div(
                "iw-phone iw-numbered",
                &[
                    Block::Input(target::itsme::IW_PHONE, "itsme.iw.phone", "tel", "tel"),
                    Block::Art("iw-badge iw-b1", "1"),
                    Block::Button(target::itsme::IW_CC, "itsme.cc.be-short", "iw-cc"),
                    Block::Art("iw-badge iw-b2", "2"),
                ],
            ),
            Block::Div("iw-send-row", &[Block::Art("iw-badge", "3"), Block::Button(target::itsme::IW_SEND, "itsme.iw.send", "iw-primary")]),
            Block::P("iw-small", "itsme.iw.noaccount"),
        ],
    ),
    Block::When(picking, &[Block::Custom(country_picker)]),
]);

fn pc_symbol() -> AnyView {
    run_html("iw-symbol", |run, coach| {
        let (right, _) = symbols(run);
        (symbol_svg(coach, right), right.to_string())
    })
}

/// "Bewijs dat jij het bent" with the symbol; after an expired push, "send again".
pub static PROVE: Page = idp(&[
    IW_HEAD,
    Block::Div(
        "iw-content",
        &[
            Block::When(
                |s| !s.in_branch(target::branch::EXPIRED),
                &[
                    Block::H2("itsme.prove.title"),
                    Block::P("", "itsme.prove.text"),
                    Block::Custom(pc_symbol),
                    Block::P("iw-note", "itsme.prove.tap"),
                ],
            ),
            Block::When(
                |s| s.in_branch(target::branch::EXPIRED),
                &[Block::P("iw-alert", "itsme.prove.expired"), Block::Button(target::itsme::IW_RESEND, "itsme.prove.resend", "iw-primary")],
            ),
        ],
    ),
]);
