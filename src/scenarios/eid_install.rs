//! Chapter 1.1: install the eID software, connect the reader and test it.

use crate::flow::model::{Branch, BranchKind, ChapterId, Device, Gesture, Scenario, Step};
use crate::flow::screen::{EidSite, Overview, Screen};
use super::target;

/// How long the simulated installer takes before "Next" can be used.
pub const INSTALL_MS: u32 = 2500;

/// Step id: the reader and the card are connected (the desk's reader remembers it).
pub const CONNECT_READER: &str = "connect-reader";

/// `eid-install`: download and install the eID software, plug in the reader, test it.
pub static EID_INSTALL: Scenario = Scenario {
    id: "eid-install",
    chapter: Some(ChapterId::Eid),
    steps: &[
        Step {
            id: "site",
            devices: &[Device::Pc],
            screen: Screen::EidSite(EidSite::Download),
            expect: &[Gesture::Click(target::eidsite::SITE_DOWNLOAD)],
            branches: &[],
            mistakes: &[(target::eidsite::SITE_OTHER_OS, "other-os"), (target::eidsite::SITE_HOWTO, "howto")],
        },
        Step {
            id: "license",
            devices: &[Device::Pc],
            screen: Screen::EidSite(EidSite::License),
            // The Quickinstaller link is an equally good way to get the software.
            expect: &[Gesture::Choose { options: &[target::eidsite::LICENSE_ACCEPT, target::eidsite::LICENSE_QUICK], remember: None }],
            branches: &[Branch { id: "closed", back: target::eidsite::SITE_DOWNLOAD, enter_on: &[target::eidsite::LICENSE_CLOSE], kind: BranchKind::Mistake }],
            mistakes: &[(target::eidsite::LICENSE_PRINT, "print")],
        },
        Step {
            id: "install",
            devices: &[Device::Pc],
            screen: Screen::EidSite(EidSite::Install),
            expect: &[
                Gesture::Click(target::installer::INSTALLER_INSTALL),
                Gesture::Await { event: target::event::INSTALLED, after_ms: INSTALL_MS },
                Gesture::Click(target::installer::INSTALLER_NEXT),
            ],
            branches: &[],
            mistakes: &[(target::installer::INSTALLER_NEXT, "next-early"), (target::installer::INSTALLER_CANCEL, "cancel"), (target::installer::INSTALLER_INSTALL, "busy")],
        },
        Step {
            id: CONNECT_READER,
            devices: &[Device::Reader],
            screen: Screen::EidSite(EidSite::Connect),
            expect: &[Gesture::Click(target::reader::READER_PLUG), Gesture::Click(target::reader::CARD_INSERT)],
            branches: &[],
            mistakes: &[(target::reader::CARD_INSERT, "plug-first"), (target::reader::CARD_WRONG, "wrong-way"), (target::reader::CARD_WRONG_SIDE, "wrong-way")],
        },
        Step {
            id: "reader-test",
            devices: &[Device::Pc, Device::Reader],
            screen: Screen::EidSite(EidSite::ReaderTest),
            expect: &[Gesture::Click(target::installer::TEST_CLOSE)],
            // With the card out only putting it back passes the test (the software retests by itself).
            branches: &[Branch { id: target::branch::NO_CARD, back: target::reader::CARD_REINSERT, enter_on: &[target::reader::CARD_REMOVE], kind: BranchKind::Detour }],
            mistakes: &[],
        },
        Step {
            id: "troubleshoot",
            devices: &[],
            screen: Screen::Overview(Overview::Explain),
            expect: &[],
            branches: &[],
            mistakes: &[],
        },
    ],
};

#[cfg(test)]
mod tests {
    use crate::flow::engine::Outcome;
    use crate::flow::{Action, Session, PERSONA};

    fn at(step: &str) -> Session {
        Session::at(&super::EID_INSTALL, &PERSONA, super::EID_INSTALL.index_of(step).unwrap_or(0))
    }

    fn click(s: &mut Session, t: &str) -> Outcome {
        s.act(Action::Click(t.to_owned()))
    }

    #[test]
    fn closing_the_licence_explains_and_returns() {
        let mut s = at("license");
        assert_eq!(click(&mut s, "license-close"), Outcome::Branched);
        assert_eq!(s.key("say"), "eid-install.license.closed.say");
        assert_eq!(s.next_target(), Some("site-download"));
        assert_eq!(click(&mut s, "site-download"), Outcome::Returned);
        assert_eq!(click(&mut s, "license-quick"), Outcome::NewStep);
    }

    #[test]
    fn installer_waits_for_the_install_before_next() {
        let mut s = at("install");
        assert_eq!(click(&mut s, "installer-next"), Outcome::Mistake);
        assert_eq!(click(&mut s, "installer-install"), Outcome::Progress);
        assert_eq!(s.awaited_event(), Some(("installed", super::INSTALL_MS)));
        assert_eq!(click(&mut s, "installer-next"), Outcome::Mistake);
        assert_eq!(s.act(Action::Event("installed".into())), Outcome::Progress);
        assert_eq!(click(&mut s, "installer-next"), Outcome::NewStep);
    }

    #[test]
    fn reader_must_be_plugged_and_card_inserted_the_right_way() {
        let mut s = at("connect-reader");
        assert_eq!(click(&mut s, "card-insert"), Outcome::Mistake);
        assert!(matches!(s.feedback(), Some(crate::flow::Feedback::Mistake(k)) if k == "eid-install.connect-reader.plug-first"));
        assert_eq!(click(&mut s, "reader-plug"), Outcome::Progress);
        assert_eq!(click(&mut s, "card-wrong"), Outcome::Mistake);
        assert!(matches!(s.feedback(), Some(crate::flow::Feedback::Mistake(k)) if k == "eid-install.connect-reader.wrong-way"));
        assert_eq!(click(&mut s, "card-insert"), Outcome::NewStep);
        assert_eq!(click(&mut s, "card-remove"), Outcome::Branched);
        assert_eq!(s.next_target(), Some("card-reinsert"), "with the card out, the card goes back in first");
        assert_eq!(click(&mut s, "test-close"), Outcome::Mistake, "the test cannot pass without the card");
        assert_eq!(s.step().id, "reader-test");
        assert_eq!(click(&mut s, "card-reinsert"), Outcome::Returned);
        assert_eq!(click(&mut s, "test-close"), Outcome::NewStep);
    }
}
