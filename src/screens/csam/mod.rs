//! Screens imitating CSAM, the federal login service ("Aanmelden bij de online overheid"),
//! and its activation pages after the LRA visit: one file per screen, as static data.

pub mod act_apps;
pub mod act_code;
pub mod act_credentials;
pub mod act_done;
pub mod act_key;
pub mod act_reg_code;
pub mod act_scan;
pub mod act_sent;
pub mod act_totp;
pub mod choose_key;
pub mod eid;
pub mod login;
pub mod login_code;
pub mod via;

use leptos::prelude::*;

use crate::coach::Coach;
use crate::components::page::{Block, Page};
use crate::flow::{ChapterId, Session};
use crate::scenarios::csam as logic;

use crate::flow::screen::Csam;
use crate::screens::{authenticator, devices, mail, os, reader, Pane, Scene};
use crate::scenarios::target;

/// Catalog key of the host in the address bar (idp.iamfas.belgium.be).
pub const HOST_KEY: &str = "csam.host";

/// CSAM's page header: the flag bars, the service name and the page title.
pub const HEADER: Block = Block::Div(
    "csam-header",
    &[
        Block::Art("csam-logo", "<i></i><i></i><i></i>"),
        Block::Span("csam-name", "csam.name"),
        Block::Span("csam-title", "csam.title"),
    ],
);

macro_rules! bar {
    ($a:literal, $b:literal, $c:literal) => {
        Block::Div(
            "csamact-bar",
            &[Block::Span($a, "csamact.bar.1"), Block::Span($b, "csamact.bar.2"), Block::Span($c, "csamact.bar.3")],
        )
    };
}

/// "Uw digitale sleutel activeren": the three-step progress bar at step 1, 2 and 3.
pub const BAR_1: Block = bar!("on", "", "");
/// The progress bar at step 2.
pub const BAR_2: Block = bar!("ok", "on", "");
/// The progress bar at step 3.
pub const BAR_3: Block = bar!("ok", "ok", "on");

/// A CSAM page at `path`.
pub const fn page(path: &'static str, blocks: &'static [Block]) -> Page {
    Page { host_key: HOST_KEY, path, site: "csam", blocks }
}

/// Back to the main path after an expired or cancelled registration code.
pub const RENEW: Block = Block::When(
    |s| s.branch().is_some(),
    &[
        Block::When(|s| s.in_branch(target::branch::EXPIRED), &[Block::P("csamact-alert", "csamact.reg.expired")]),
        Block::When(|s| s.in_branch(target::branch::CANCELLED), &[Block::P("csamact-alert", "csamact.reg.cancelled")]),
        Block::Button(target::csam::REG_NEW_CODE, "csamact.reg.new", "csam-primary"),
    ],
);

/// The login page's title: the key chosen on the key list.
pub const LOGIN_TITLE: Block = Block::Div(
    "",
    &[
        Block::When(|s| logic::uses_app(s.run()), &[Block::H2("csam.choose.app")]),
        Block::When(|s| !logic::uses_app(s.run()), &[Block::H2("csam.choose.email")]),
    ],
);

/// The four languages of the language choices, with the catalog keys of their names.
const LANGS: [(&str, &str); 4] =
    [("nl", "csamact.lang.nl"), ("fr", "csamact.lang.fr"), ("de", "csamact.lang.de"), ("en", "csamact.lang.en")];

/// A labelled language dropdown (CSAM's "Mijn voorkeurstaal", My e-Box's language).
/// It starts at `preferred`, else at the language the learner reads; any choice is
/// fine, so it is the learner's own and the coach does not check it.
pub fn lang_select(id: &'static str, label: &'static str, preferred: fn(&Session) -> Option<&'static str>) -> AnyView {
    let coach = Coach::use_context();
    let start = coach.session.with_untracked(preferred).unwrap_or_else(|| coach.texts.lang.get_untracked().code());
    view! {
        <label class="mock-label" for=id>{coach.tr(label)}</label>
        <select id=id class="mock-select" data-target-id=id>
            {LANGS.iter().map(|(code, key)| view! { <option value=*code selected=*code == start>{coach.tr(key)}</option> }).collect_view()}
        </select>
    }
    .into_any()
}

/// The scene table of this site: what the PC, the phone and the desk show for each
/// of its screens. Exhaustive: a new screen does not compile until it is listed.
pub fn scene(screen: Csam) -> Scene {
    match screen {
        Csam::ChooseKey => devices(Pane::Page(&choose_key::PAGE), Pane::PhoneIdle, Pane::Blocks(&CHOOSE_KEY_DESK)),
        Csam::Eid => devices(Pane::View(eid_pc), Pane::PhoneIdle, Pane::Blocks(&EID_DESK)),
        Csam::CertificateChooser => devices(Pane::Dialog(&eid::PAGE, &os::certificate::DIALOG), Pane::PhoneIdle, Pane::EidDesk),
        Csam::PinPrompt => devices(Pane::View(|| (crate::components::page::page(&eid::PAGE), os::pin::dialog()).into_any()), Pane::PhoneIdle, Pane::EidDesk),
        Csam::ActCode => devices(Pane::Page(&act_code::PAGE), Pane::PhoneIdle, Pane::Blocks(mail::letter::DESK)),
        Csam::CodeVia => devices(Pane::Page(&via::PAGE), Pane::PhoneIdle, Pane::Empty),
        Csam::ActKey => devices(Pane::Page(&act_key::PAGE), Pane::PhoneIdle, Pane::Empty),
        Csam::ActCredentials => devices(Pane::Page(&act_credentials::PAGE), Pane::PhoneIdle, Pane::Empty),
        Csam::RegMail => devices(Pane::Page(&act_sent::PAGE), Pane::Blocks(mail::registration::PHONE), Pane::Empty),
        Csam::RegCode => devices(Pane::Page(&act_reg_code::PAGE), Pane::Blocks(mail::registration::PHONE), Pane::Empty),
        Csam::ActDone => devices(Pane::Page(&act_done::PAGE), Pane::PhoneIdle, Pane::Empty),
        Csam::ActApps => devices(Pane::Page(&act_apps::PAGE), Pane::PhoneIdle, Pane::Empty),
        Csam::AuthInstall => devices(Pane::Page(&act_apps::PAGE), Pane::Blocks(authenticator::store::PHONE), Pane::Empty),
        Csam::AuthScan => devices(Pane::Page(&act_scan::PAGE), Pane::Blocks(authenticator::scan::PHONE), Pane::Empty),
        Csam::AuthCode => devices(Pane::Page(&act_totp::PAGE), Pane::Blocks(authenticator::code::PHONE), Pane::Empty),
        Csam::LoginCredentials => devices(Pane::Page(&login::PAGE), Pane::PhoneIdle, Pane::Empty),
        Csam::LoginCode => devices(Pane::Page(&login_code::PAGE), Pane::Blocks(mail::meb_code::PHONE), Pane::Empty),
    }
}

/// CSAM's key list: the eID reader and card in the eID flows, nothing in the CSAM chapter.
static CHOOSE_KEY_DESK: [Block; 1] = [Block::When(|s| s.scenario().chapter == Some(ChapterId::Eid), &[Block::Custom(eid_desk)])];

/// The eID login page; with the card out of the reader, what "Aanmelden" then shows:
/// a certificate chooser with nothing to choose.
fn eid_pc() -> AnyView {
    let coach = Coach::use_context();
    let no_card = Memo::new(move |_| coach.session.with(|s| s.in_branch(target::branch::NO_CARD)));
    (crate::components::page::page(&eid::PAGE), move || no_card.get().then(|| crate::components::page::dialog(&os::certificate::EMPTY))).into_any()
}

/// The eID login page: the practice desk (where the card can be taken out and put
/// back, and Chrome tried without its eID extension), plus the real-reader check in
/// the eID chapter.
static EID_DESK: [Block; 4] = [
    Block::Custom(eid_desk),
    reader::handled::CARD_MOVES,
    Block::When(
        |s| s.branch().is_none() && s.step().branch(target::branch::NO_EXTENSION).is_some(),
        &[Block::Div("eidi-moves", &[Block::Button(target::reader::TRY_CHROME, "reader.desk.chrome", "eidi-move eidi-move-alt")])],
    ),
    Block::When(|s| s.scenario().chapter == Some(ChapterId::Eid), &[Block::Custom(reader::handled::probe_link)]),
];

fn eid_desk() -> AnyView {
    Pane::EidDesk.view()
}
