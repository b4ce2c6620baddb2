//! One file per mock screen, grouped by the site it imitates. Mock pages and dialogs
//! are static data rendered by `components::page` (a new screen costs data, not
//! view code); this module maps a step's [`Screen`] to what each pane shows.

use leptos::prelude::*;

use crate::components::page::{dialog, page};
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
        Screen::LraLetter | Screen::LraMail => page(&mail::WEBMAIL),
        Screen::CsamActCode => page(&csam::act::CODE),
        Screen::CsamActKey => page(&csam::act::KEY),
        Screen::CsamActCredentials => page(&csam::act::CREDENTIALS),
        Screen::CsamRegMail => page(&csam::act::SENT),
        Screen::CsamRegCode => page(&csam::act::REG_CODE),
        Screen::CsamActDone => page(&csam::act::DONE),
        Screen::CsamActApps | Screen::AuthInstall => page(&csam::act::APPS),
        Screen::AuthScan => page(&csam::act::SCAN),
        Screen::AuthCode => page(&csam::act::TOTP),
        Screen::MebHome => page(&myebox::HOME),
        Screen::MebLanguage => page(&myebox::LANGUAGE),
        Screen::MebCredentials => page(&csam::act::LOGIN),
        Screen::MebCode => page(&csam::act::LOGIN_CODE),
        Screen::MebFirstUse => page(&myebox::FIRST_USE),
        Screen::MebPrefs => page(&myebox::PREFS),
        Screen::MebInbox => page(&myebox::INBOX),
    }
}

/// The phone pane's content for a screen (idle home screen unless the step uses the phone).
pub fn phone(screen: Screen) -> AnyView {
    #[allow(clippy::match_single_binding)]
    match screen {
        // -- itsme phone screens (issue 4) go here --
        // -- CSAM phone screens: authenticator, mail (issue 5) go here --
        Screen::CsamRegMail | Screen::CsamRegCode => crate::components::page::blocks(mail::REGISTRATION),
        Screen::AuthInstall => crate::components::page::blocks(authenticator::STORE),
        Screen::AuthScan => crate::components::page::blocks(authenticator::SCAN),
        Screen::AuthCode => crate::components::page::blocks(authenticator::CODE),
        Screen::MebCode => crate::components::page::blocks(mail::MEB_CODE),
        _ => view! { <crate::components::phone_frame::PhoneIdle /> }.into_any(),
    }
}

/// The desk's content for a screen (reader, card, letters); the default suits the eID flows.
pub fn desk(screen: Screen) -> AnyView {
    #[allow(clippy::match_single_binding)]
    match screen {
        // -- eid-install reader handling (issue 3) goes here --
        Screen::EidSite | Screen::EidLicense | Screen::EidInstall | Screen::EidConnect | Screen::EidReaderTest => {
            crate::components::page::blocks(&reader::handled::DESK)
        }
        // -- LRA activation letter (issue 5) goes here --
        Screen::LraLetter | Screen::LraMail | Screen::CsamActCode | Screen::CsamActKey => {
            crate::components::page::blocks(mail::LETTER)
        }
        _ => view! { <crate::components::props::EidDesk /> }.into_any(),
    }
}

/// Screens that take the whole stage instead of a device.
pub fn full(screen: Screen) -> AnyView {
    match screen {
        Screen::Methods => view! { <overview::methods::Methods /> }.into_any(),
        _ => view! { <explain::Explain /> }.into_any(),
    }
}
