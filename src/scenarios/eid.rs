//! Chapter 1: the eID card with a card reader.

use crate::flow::model::{Branch, BranchKind, ChapterId, Device, Gesture, Rule, Scenario, Step};
use crate::flow::screen::{Csam, MijnGezondheid, Overview, Screen};
use super::target;

/// `eid-mijngezondheid`: log in to MijnGezondheid with the eID and a card reader.
pub static MIJNGEZONDHEID: Scenario = Scenario {
    id: "eid-mijngezondheid",
    chapter: Some(ChapterId::Eid),
    steps: &[
        Step {
            id: "home",
            devices: &[Device::Pc],
            screen: Screen::MijnGezondheid(MijnGezondheid::Home),
            expect: &[Gesture::Click(target::mijngezondheid::MG_LOGIN)],
            branches: &[],
            mistakes: &[(target::mijngezondheid::MG_LANG_FR, "lang"), (target::mijngezondheid::MG_LANG_DE, "lang"), (target::mijngezondheid::MG_LANG_EN, "lang")],
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
            expect: &[Gesture::Click(target::csam::KEY_EID)],
            branches: &[],
            mistakes: &[
                (target::csam::KEY_ITSME, "other-key"),
                (target::csam::KEY_EMAIL, "other-key"),
                (target::csam::KEY_APP, "other-key"),
                (target::csam::KEY_TOKEN, "other-key"),
                (target::csam::KEY_ITSME_CREATE, "other-key"),
            ],
        },
        Step {
            id: "csam-eid",
            devices: &[Device::Pc, Device::Reader],
            screen: Screen::Csam(Csam::Eid),
            expect: &[Gesture::Click(target::csam::CSAM_LOGIN)],
            // "What if the card is not in the reader?": the certificate list stays empty.
            // "What if Chrome lacks the eID extension?": CSAM cannot read the card.
            branches: &[
                Branch { id: target::branch::NO_CARD, back: target::reader::CARD_REINSERT, enter_on: &[target::reader::CARD_REMOVE], kind: BranchKind::Detour },
                Branch { id: target::branch::NO_EXTENSION, back: target::csam::CSAM_RETRY, enter_on: &[target::reader::TRY_CHROME], kind: BranchKind::Detour },
            ],
            mistakes: &[(target::csam::CSAM_OTHER_KEY, "other-key"), (target::csam::CSAM_NO_EID, "no-eid")],
        },
        Step {
            id: "certificate",
            devices: &[Device::Pc],
            screen: Screen::Csam(Csam::CertificateChooser),
            expect: &[Gesture::Click(target::os::CERT_OK)],
            branches: &[],
            mistakes: &[(target::os::CERT_CANCEL, "cancel"), (target::os::CERT_INFO, "info")],
        },
        Step {
            id: "pin",
            devices: &[Device::Pc, Device::Paper, Device::Reader],
            screen: Screen::Csam(Csam::PinPrompt),
            expect: &[Gesture::Type {
                target: target::os::PIN_FIELD,
                rule: Rule::PersonaPin,
                submit: target::os::PIN_OK,
                tries: Some(3),
                on_exhausted: Some("blocked"),
                remember: None,
            }],
            branches: &[Branch {
                id: "blocked",
                back: target::os::BLOCKED_RETRY,
                enter_on: &[],
                kind: BranchKind::Detour,
            }],
            mistakes: &[(target::os::PIN_CANCEL, "cancel"), (target::os::PIN_MORE, "more")],
        },
        Step {
            id: "profile",
            devices: &[Device::Pc],
            screen: Screen::MijnGezondheid(MijnGezondheid::Profile),
            expect: &[
                Gesture::Click(target::mijngezondheid::PROFILE_CITIZEN),
                Gesture::Click(target::mijngezondheid::PROFILE_CONFIRM),
            ],
            branches: &[],
            mistakes: &[(target::mijngezondheid::PROFILE_CHILD, "child"), (target::mijngezondheid::PROFILE_CONFIRM, "choose-first")],
        },
        Step {
            id: "done",
            devices: &[Device::Pc],
            screen: Screen::MijnGezondheid(MijnGezondheid::Done),
            expect: &[],
            branches: &[],
            mistakes: &[
                (target::mijngezondheid::MG_TAB_DATA, "explore"),
                (target::mijngezondheid::MG_TAB_ACCESS, "explore"),
                (target::mijngezondheid::MG_TAB_OTHER, "explore"),
                (target::mijngezondheid::MG_TAB_FAQ, "explore"),
                (target::mijngezondheid::MG_TAB_CONTACT, "explore"),
                (target::mijngezondheid::MG_LANG_FR, "explore"),
                (target::mijngezondheid::MG_LANG_DE, "explore"),
                (target::mijngezondheid::MG_LANG_EN, "explore"),
                (target::mijngezondheid::MG_LOGOUT, "logout"),
            ],
        },
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::engine::{Action, Outcome};
    use crate::scenarios::test_support::at;

    #[test]
    fn chrome_without_the_extension_is_a_detour_back_to_aanmelden() {
        let mut s = at(&MIJNGEZONDHEID, "csam-eid");
        assert_eq!(s.act(Action::Click("try-chrome".into())), Outcome::Branched);
        assert_eq!(s.branch().map(|b| b.id), Some("no-extension"));
        assert_eq!(s.next_target(), Some("csam-retry"));
        assert_eq!(s.act(Action::Click("csam-retry".into())), Outcome::Returned);
        assert_eq!(s.act(Action::Click("csam-login".into())), Outcome::NewStep);
    }
}
