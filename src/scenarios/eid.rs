//! Chapter 1: the eID card with a card reader.

use crate::flow::model::{Branch, ChapterId, Device, Gesture, Rule, Scenario, Step};
use crate::flow::screen::{Csam, MijnGezondheid, Overview, Screen};

/// `eid-mijngezondheid`: log in to MijnGezondheid with the eID and a card reader.
pub static MIJNGEZONDHEID: Scenario = Scenario {
    id: "eid-mijngezondheid",
    chapter: Some(ChapterId::Eid),
    steps: &[
        Step {
            id: "home",
            devices: &[Device::Pc],
            screen: Screen::MijnGezondheid(MijnGezondheid::Home),
            expect: &[Gesture::Click("mg-login")],
            branches: &[],
            mistakes: &[("mg-lang-fr", "lang"), ("mg-lang-de", "lang"), ("mg-lang-en", "lang")],
        },
        Step {
            id: "browser-note",
            devices: &[],
            screen: Screen::Overview(Overview::Explain),
            expect: &[],
            branches: &[],
            mistakes: &[],
        },
        Step {
            id: "csam-choose",
            devices: &[Device::Pc],
            screen: Screen::Csam(Csam::ChooseKey),
            expect: &[Gesture::Click("key-eid")],
            branches: &[],
            mistakes: &[
                ("key-itsme", "other-key"),
                ("key-email", "other-key"),
                ("key-app", "other-key"),
                ("key-token", "other-key"),
                ("key-itsme-create", "other-key"),
            ],
        },
        Step {
            id: "csam-eid",
            devices: &[Device::Pc, Device::Reader],
            screen: Screen::Csam(Csam::Eid),
            expect: &[Gesture::Click("csam-login")],
            branches: &[],
            mistakes: &[("csam-other-key", "other-key"), ("csam-no-eid", "no-eid")],
        },
        Step {
            id: "certificate",
            devices: &[Device::Pc],
            screen: Screen::Csam(Csam::CertificateChooser),
            expect: &[Gesture::Click("cert-ok")],
            branches: &[],
            mistakes: &[("cert-cancel", "cancel"), ("cert-info", "info")],
        },
        Step {
            id: "pin",
            devices: &[Device::Pc, Device::Paper, Device::Reader],
            screen: Screen::Csam(Csam::PinPrompt),
            expect: &[Gesture::Type {
                target: "pin-field",
                rule: Rule::PersonaPin,
                submit: "pin-ok",
                tries: Some(3),
                on_exhausted: Some("blocked"),
                remember: None,
            }],
            branches: &[Branch {
                id: "blocked",
                back: "blocked-retry",
                enter_on: &[],
            }],
            mistakes: &[("pin-cancel", "cancel"), ("pin-more", "more")],
        },
        Step {
            id: "profile",
            devices: &[Device::Pc],
            screen: Screen::MijnGezondheid(MijnGezondheid::Profile),
            expect: &[
                Gesture::Click("profile-citizen"),
                Gesture::Click("profile-confirm"),
            ],
            branches: &[],
            mistakes: &[("profile-child", "child"), ("profile-confirm", "choose-first")],
        },
        Step {
            id: "done",
            devices: &[Device::Pc],
            screen: Screen::MijnGezondheid(MijnGezondheid::Done),
            expect: &[],
            branches: &[],
            mistakes: &[
                ("mg-tab-data", "explore"),
                ("mg-tab-access", "explore"),
                ("mg-tab-other", "explore"),
                ("mg-tab-faq", "explore"),
                ("mg-tab-contact", "explore"),
                ("mg-lang-fr", "explore"),
                ("mg-lang-de", "explore"),
                ("mg-lang-en", "explore"),
                ("mg-logout", "logout"),
            ],
        },
    ],
};
