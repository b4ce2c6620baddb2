//! One file per mock screen, grouped by the site it imitates. Mock pages and dialogs
//! are static data rendered by `components::page` (a new screen costs data, not
//! view code); this module maps a step's [`Screen`] to what each pane shows.

use leptos::prelude::*;

use crate::components::page::{blocks, dialog, page, Block};
use crate::flow::Screen;

pub mod authenticator;
pub mod csam;
pub mod mail;
pub mod myebox;
pub mod eidsite;
pub mod installer;
pub mod reader;
pub mod explain;
pub mod mijngezondheid;
pub mod os;
pub mod overview;

/// The PC pane's content for a screen: a browser page, perhaps with a dialog over it.
pub fn pc(screen: Screen) -> AnyView {
    match screen {
        Screen::MgHome => page(&mijngezondheid::home::PAGE),
        Screen::MgProfile => page(&mijngezondheid::profile::PAGE),
        Screen::MgDone => page(&mijngezondheid::done::PAGE),
        Screen::CsamChooseKey => page(&csam::choose_key::PAGE),
        Screen::CsamEid => page(&csam::eid::PAGE),
        Screen::CertificateChooser => (page(&csam::eid::PAGE), dialog(&os::certificate::DIALOG)).into_any(),
        Screen::PinPrompt => (page(&csam::eid::PAGE), dialog(&os::pin::DIALOG)).into_any(),
        Screen::Methods | Screen::Explain => full(screen),
        // -- eid-install / reader-check PC screens (issue 3) go here --
        Screen::EidSite => page(&eidsite::site::PAGE),
        Screen::EidLicense => page(&eidsite::license::PAGE),
        Screen::EidInstall => (page(&eidsite::site::PAGE), dialog(&installer::install::DIALOG)).into_any(),
        Screen::EidConnect => (page(&eidsite::site::PAGE), dialog(&installer::connect::DIALOG)).into_any(),
        Screen::EidReaderTest => (page(&eidsite::site::PAGE), dialog(&installer::test::DIALOG)).into_any(),
        Screen::ReaderProbe => view! { <reader::probe::Probe /> }.into_any(),
        // -- itsme PC screens (issue 4) go here --
        // -- CSAM / My e-Box PC screens (issue 5) go here --
        Screen::LraLetter | Screen::LraMail => page(&mail::webmail::PAGE),
        Screen::CsamActCode => page(&csam::act_code::PAGE),
        Screen::CsamActKey => page(&csam::act_key::PAGE),
        Screen::CsamActCredentials => page(&csam::act_credentials::PAGE),
        Screen::CsamRegMail => page(&csam::act_sent::PAGE),
        Screen::CsamRegCode => page(&csam::act_reg_code::PAGE),
        Screen::CsamActDone => page(&csam::act_done::PAGE),
        Screen::CsamActApps | Screen::AuthInstall => page(&csam::act_apps::PAGE),
        Screen::AuthScan => page(&csam::act_scan::PAGE),
        Screen::AuthCode => page(&csam::act_totp::PAGE),
        Screen::MebHome => page(&myebox::home::PAGE),
        Screen::MebLanguage => page(&myebox::language::PAGE),
        Screen::MebCredentials => page(&csam::login::PAGE),
        Screen::MebCode => page(&csam::login_code::PAGE),
        Screen::MebFirstUse => page(&myebox::first_use::PAGE),
        Screen::MebPrefs => page(&myebox::prefs::PAGE),
        Screen::MebInbox => page(&myebox::inbox::PAGE),
    }
}

/// The phone pane's content for a screen (idle home screen unless the step uses the phone).
pub fn phone(screen: Screen) -> AnyView {
    #[allow(clippy::match_single_binding)]
    match screen {
        // -- itsme phone screens (issue 4) go here --
        // -- CSAM phone screens: authenticator, mail (issue 5) go here --
        Screen::CsamRegMail | Screen::CsamRegCode => blocks(mail::registration::PHONE),
        Screen::AuthInstall => blocks(authenticator::store::PHONE),
        Screen::AuthScan => blocks(authenticator::scan::PHONE),
        Screen::AuthCode => blocks(authenticator::code::PHONE),
        Screen::MebCode => blocks(mail::meb_code::PHONE),
        _ => view! { <crate::components::phone_frame::PhoneIdle /> }.into_any(),
    }
}

/// The desk's content for a screen (reader, card, letters); the default suits the eID flows.
pub fn desk(screen: Screen) -> AnyView {
    match screen {
        // -- eid-install reader handling (issue 3) goes here --
        Screen::EidSite | Screen::EidLicense | Screen::EidInstall | Screen::EidConnect | Screen::EidReaderTest => {
            blocks(&reader::handled::DESK)
        }
        // -- LRA activation letter (issue 5) goes here --
        Screen::LraLetter | Screen::LraMail | Screen::CsamActCode => blocks(mail::letter::DESK),
        // CSAM's key list is also part of the eID flow: the reader only there.
        Screen::CsamChooseKey => blocks(&CHOOSE_KEY_DESK),
        // Logging in with the eID: the practice reader, and a check of a real one.
        Screen::CsamEid => blocks(&CSAM_EID_DESK),
        // The probe is about the learner's own reader; the rest of the CSAM chapter
        // needs nothing on the desk either.
        Screen::ReaderProbe
        | Screen::CsamActKey
        | Screen::CsamActCredentials
        | Screen::CsamRegMail
        | Screen::CsamRegCode
        | Screen::CsamActDone
        | Screen::CsamActApps
        | Screen::AuthInstall
        | Screen::AuthScan
        | Screen::AuthCode
        | Screen::MebHome
        | Screen::MebLanguage
        | Screen::MebCredentials
        | Screen::MebCode
        | Screen::MebFirstUse
        | Screen::MebPrefs
        | Screen::MebInbox => ().into_any(),
        _ => eid_desk(),
    }
}

fn eid_desk() -> AnyView {
    view! { <crate::components::props::EidDesk /> }.into_any()
}

/// CSAM's key list: the eID reader and card in the eID flows, nothing in the CSAM chapter.
static CHOOSE_KEY_DESK: [Block; 1] = [Block::When(|s| s.scenario().chapter == "eid", &[Block::Custom(eid_desk)])];

/// The eID login page: the practice desk, plus the real-reader check in the eID chapter.
static CSAM_EID_DESK: [Block; 2] = [
    Block::Custom(eid_desk),
    Block::When(|s| s.scenario().chapter == "eid", &[Block::Custom(reader::handled::probe_link)]),
];

/// Screens that take the whole stage instead of a device.
pub fn full(screen: Screen) -> AnyView {
    match screen {
        Screen::Methods => view! { <overview::methods::Methods /> }.into_any(),
        _ => view! { <explain::Explain /> }.into_any(),
    }
}
