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
pub mod irisbox;
pub mod itsme;
pub mod phone;
pub mod reader;
pub mod explain;
pub mod mijngezondheid;
pub mod os;
pub mod overview;
pub mod stage;

/// The PC pane's content for a screen: a browser page, perhaps with a dialog over it.
pub fn pc(screen: Screen) -> AnyView {
    match screen {
        Screen::MgHome => page(&mijngezondheid::home::PAGE),
        Screen::MgProfile => page(&mijngezondheid::profile::PAGE),
        Screen::MgDone => page(&mijngezondheid::done::PAGE),
        Screen::CsamChooseKey => page(&csam::choose_key::PAGE),
        Screen::CsamEid => page(&csam::eid::PAGE),
        Screen::CertificateChooser => (page(&csam::eid::PAGE), dialog(&os::certificate::DIALOG)).into_any(),
        Screen::PinPrompt => (page(&csam::eid::PAGE), os::pin::dialog()).into_any(),
        Screen::Methods | Screen::Explain => full(screen),
        Screen::EidSite => page(&eidsite::site::PAGE),
        Screen::EidLicense => page(&eidsite::license::PAGE),
        Screen::EidInstall => (page(&eidsite::site::PAGE), dialog(&installer::install::DIALOG)).into_any(),
        Screen::EidConnect => (page(&eidsite::site::PAGE), dialog(&installer::connect::DIALOG)).into_any(),
        Screen::EidReaderTest => (page(&eidsite::site::PAGE), dialog(&installer::test::DIALOG)).into_any(),
        Screen::ReaderProbe => view! { <reader::probe::Probe /> }.into_any(),
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
        Screen::ItsmeSignPin => (page(&itsme::web::SIGNING), os::pin::dialog()).into_any(),
        Screen::ItsmeSigned => page(&itsme::web::SIGNED),
        Screen::ItsmeToken | Screen::ItsmeAppToken | Screen::ItsmeAppSms => page(&itsme::web::TOKEN),
        Screen::IrisHome => page(&irisbox::HOME),
        Screen::IrisChoose => page(&irisbox::CHOOSE),
        Screen::IrisPhone | Screen::IrisCountry => page(&itsme::web::LOGIN),
        Screen::ItsmePhishing => blocks(itsme::PHISHING_PC),
        Screen::IrisProve
        | Screen::IrisNotification
        | Screen::IrisConfirm
        | Screen::IrisSymbol
        | Screen::IrisCode => page(&itsme::web::PROVE),
        Screen::IrisProfile => page(&irisbox::PROFILE),
        Screen::IrisDone => page(&irisbox::DONE),
        Screen::LraLetter => page(&mail::webmail::WAITING),
        Screen::LraMail => page(&mail::webmail::PAGE),
        Screen::CsamActCode => page(&csam::act_code::PAGE),
        Screen::CsamCodeVia => page(&csam::via::PAGE),
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
/// Every screen is listed: a new one does not compile until it says what the phone shows.
pub fn phone(screen: Screen) -> AnyView {
    match screen {
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
        Screen::CsamRegMail | Screen::CsamRegCode => blocks(mail::registration::PHONE),
        Screen::AuthInstall => blocks(authenticator::store::PHONE),
        Screen::AuthScan => blocks(authenticator::scan::PHONE),
        Screen::AuthCode => blocks(authenticator::code::PHONE),
        Screen::MebCode => blocks(mail::meb_code::PHONE),
        // The phone's idle home screen wherever a step does not use the phone.
        Screen::Methods
        | Screen::Explain
        | Screen::MgHome
        | Screen::CsamChooseKey
        | Screen::CsamEid
        | Screen::CertificateChooser
        | Screen::PinPrompt
        | Screen::MgProfile
        | Screen::MgDone
        | Screen::EidSite
        | Screen::EidLicense
        | Screen::EidInstall
        | Screen::EidConnect
        | Screen::EidReaderTest
        | Screen::ReaderProbe
        | Screen::ItsmeIntro
        | Screen::ItsmeRegister
        | Screen::ItsmeConsents
        | Screen::ItsmeReview
        | Screen::ItsmeCardData
        | Screen::ItsmeShare
        | Screen::ItsmeTermsPc
        | Screen::ItsmeSignPin
        | Screen::ItsmeSigned
        | Screen::ItsmeToken
        | Screen::IrisHome
        | Screen::IrisChoose
        | Screen::IrisPhone
        | Screen::IrisCountry
        | Screen::IrisProfile
        | Screen::IrisDone
        | Screen::LraLetter
        | Screen::LraMail
        | Screen::CsamActCode
        | Screen::CsamCodeVia
        | Screen::CsamActKey
        | Screen::CsamActCredentials
        | Screen::CsamActDone
        | Screen::CsamActApps
        | Screen::MebHome
        | Screen::MebLanguage
        | Screen::MebCredentials
        | Screen::MebFirstUse
        | Screen::MebPrefs
        | Screen::MebInbox => view! { <crate::components::phone_frame::PhoneIdle /> }.into_any(),
    }
}

/// The desk's content for a screen (reader, card, letters). Every screen is listed: a
/// new one does not compile until it says what lies on the desk.
pub fn desk(screen: Screen) -> AnyView {
    match screen {
        Screen::EidSite | Screen::EidLicense | Screen::EidInstall | Screen::EidConnect | Screen::EidReaderTest => {
            blocks(&reader::handled::DESK)
        }
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
        Screen::LraLetter | Screen::LraMail | Screen::CsamActCode => blocks(mail::letter::DESK),
        // CSAM's key list is also part of the eID flow: the reader only there.
        Screen::CsamChooseKey => blocks(&CHOOSE_KEY_DESK),
        // Logging in with the eID: the practice reader, and a check of a real one.
        Screen::CsamEid => blocks(&CSAM_EID_DESK),
        // The probe is about the learner's own reader; the rest of the CSAM chapter
        // needs nothing on the desk either.
        Screen::ReaderProbe
        | Screen::CsamActKey
        | Screen::CsamCodeVia
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
        // The practice card reader with the persona's card: the eID flows.
        Screen::Methods
        | Screen::Explain
        | Screen::MgHome
        | Screen::CertificateChooser
        | Screen::PinPrompt
        | Screen::MgProfile
        | Screen::MgDone
        | Screen::ItsmeRegister
        | Screen::ItsmeConsents
        | Screen::ItsmeReview
        | Screen::ItsmeCardData
        | Screen::ItsmeShare
        | Screen::ItsmeTermsPc
        | Screen::ItsmeSignPin
        | Screen::ItsmeSigned
        | Screen::ItsmeToken => eid_desk(),
    }
}

fn eid_desk() -> AnyView {
    view! { <crate::components::props::EidDesk /> }.into_any()
}

/// CSAM's key list: the eID reader and card in the eID flows, nothing in the CSAM chapter.
static CHOOSE_KEY_DESK: [Block; 1] = [Block::When(|s| s.scenario().chapter == Some(crate::flow::ChapterId::Eid), &[Block::Custom(eid_desk)])];

/// The eID login page: the practice desk, plus the real-reader check in the eID chapter.
static CSAM_EID_DESK: [Block; 2] = [
    Block::Custom(eid_desk),
    Block::When(|s| s.scenario().chapter == Some(crate::flow::ChapterId::Eid), &[Block::Custom(reader::handled::probe_link)]),
];

/// Screens that take the whole stage instead of a device.
pub fn full(screen: Screen) -> AnyView {
    match screen {
        Screen::Methods => view! { <overview::methods::Methods /> }.into_any(),
        _ => view! { <explain::Explain /> }.into_any(),
    }
}
