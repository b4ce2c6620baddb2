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
pub mod irisbox;
pub mod itsme;
pub mod phone;
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
        Screen::ItsmeIntro => crate::components::page::blocks(itsme::INTRO),
        Screen::ItsmeWelcome
        | Screen::ItsmeTerms
        | Screen::ItsmePhone
        | Screen::ItsmeIdCountry
        | Screen::ItsmeBanks
        | Screen::ItsmeToBank
        | Screen::ItsmeBankApp
        | Screen::ItsmeSms
        | Screen::ItsmeSmsCode
        | Screen::ItsmeChooseCode
        | Screen::ItsmeConfirmCode
        | Screen::ItsmeFinish
        | Screen::ItsmeHome
        | Screen::ItsmeBrowser => itsme::web::pc_rest(),
        Screen::ItsmeRegister => page(&itsme::web::REGISTER),
        Screen::ItsmeConsents => page(&itsme::web::CONSENTS),
        Screen::ItsmeReview => page(&itsme::web::REVIEW),
        Screen::ItsmeCardData => page(&itsme::web::CARD_DATA),
        Screen::ItsmeShare => page(&itsme::web::SHARE),
        Screen::ItsmeTermsPc => page(&itsme::web::TERMS),
        Screen::ItsmeSignPin => (page(&itsme::web::SIGNING), dialog(&os::pin::DIALOG)).into_any(),
        Screen::ItsmeSigned => page(&itsme::web::SIGNED),
        Screen::ItsmeToken | Screen::ItsmeAppToken | Screen::ItsmeAppSms => page(&itsme::web::TOKEN),
        Screen::IrisHome => page(&irisbox::HOME),
        Screen::IrisChoose => page(&irisbox::CHOOSE),
        Screen::IrisPhone | Screen::IrisCountry => page(&itsme::web::LOGIN),
        Screen::ItsmePhishing
        | Screen::IrisProve
        | Screen::IrisNotification
        | Screen::IrisConfirm
        | Screen::IrisSymbol
        | Screen::IrisCode => page(&itsme::web::PROVE),
        Screen::IrisProfile => page(&irisbox::PROFILE),
        Screen::IrisDone => page(&irisbox::DONE),
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
        Screen::ItsmeWelcome => crate::components::page::blocks(itsme::WELCOME),
        Screen::ItsmeTerms => crate::components::page::blocks(itsme::TERMS),
        Screen::ItsmePhone => crate::components::page::blocks(itsme::PHONE),
        Screen::ItsmeIdCountry => crate::components::page::blocks(itsme::ID_COUNTRY),
        Screen::ItsmeBanks => crate::components::page::blocks(itsme::BANKS),
        Screen::ItsmeToBank => crate::components::page::blocks(itsme::TO_BANK),
        Screen::ItsmeBankApp => crate::components::page::blocks(itsme::BANK_APP),
        Screen::ItsmeSms => crate::components::page::blocks(itsme::SMS),
        Screen::ItsmeSmsCode | Screen::ItsmeAppSms => crate::components::page::blocks(itsme::SMS_CODE),
        Screen::ItsmeChooseCode => crate::components::page::blocks(itsme::CHOOSE_CODE),
        Screen::ItsmeConfirmCode => crate::components::page::blocks(itsme::CONFIRM_CODE),
        Screen::ItsmeFinish => crate::components::page::blocks(itsme::FINISH),
        Screen::ItsmeHome => crate::components::page::blocks(itsme::APP_HOME),
        Screen::ItsmeAppToken => crate::components::page::blocks(itsme::TOKEN_ENTRY),
        Screen::ItsmePhishing => crate::components::page::blocks(itsme::PHISHING),
        Screen::ItsmeBrowser => crate::components::page::blocks(itsme::BROWSER),
        Screen::IrisProve => crate::components::page::blocks(itsme::HOME_SCREEN),
        Screen::IrisNotification => crate::components::page::blocks(itsme::NOTIFICATION),
        Screen::IrisConfirm => crate::components::page::blocks(itsme::CONFIRM),
        Screen::IrisSymbol => crate::components::page::blocks(itsme::SYMBOL),
        Screen::IrisCode => crate::components::page::blocks(itsme::LOGIN_CODE),
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
        // -- itsme desk (issue 4): the digipass, or nothing where no card reader belongs --
        Screen::ItsmeBankApp => crate::components::page::blocks(itsme::DIGIPASS_DESK),
        Screen::ItsmeIntro
        | Screen::ItsmeWelcome
        | Screen::ItsmeTerms
        | Screen::ItsmePhone
        | Screen::ItsmeIdCountry
        | Screen::ItsmeBanks
        | Screen::ItsmeToBank
        | Screen::ItsmeSms
        | Screen::ItsmeSmsCode
        | Screen::ItsmeChooseCode
        | Screen::ItsmeConfirmCode
        | Screen::ItsmeFinish
        | Screen::ItsmeHome
        | Screen::ItsmeAppToken
        | Screen::ItsmeAppSms
        | Screen::ItsmePhishing
        | Screen::ItsmeBrowser
        | Screen::IrisHome
        | Screen::IrisChoose
        | Screen::IrisPhone
        | Screen::IrisCountry
        | Screen::IrisProve
        | Screen::IrisNotification
        | Screen::IrisConfirm
        | Screen::IrisSymbol
        | Screen::IrisCode
        | Screen::IrisProfile
        | Screen::IrisDone => ().into_any(),
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
