//! Chapter 1.1: install the eID software, connect the reader and test it.

use crate::flow::model::{Branch, ChapterId, Device, Gesture, Scenario, Step};
use crate::flow::screen::{EidSite, Overview, Screen};

/// How long the simulated installer takes before "Next" can be used.
pub const INSTALL_MS: u32 = 2500;

/// `eid-install`: download and install the eID software, plug in the reader, test it.
pub static EID_INSTALL: Scenario = Scenario {
    id: "eid-install",
    chapter: Some(ChapterId::Eid),
    steps: &[
        Step {
            id: "site",
            devices: &[Device::Pc],
            screen: Screen::EidSite(EidSite::Download),
            expect: &[Gesture::Click("site-download")],
            branches: &[],
            mistakes: &[("site-other-os", "other-os"), ("site-howto", "howto")],
        },
        Step {
            id: "license",
            devices: &[Device::Pc],
            screen: Screen::EidSite(EidSite::License),
            // The Quickinstaller link is an equally good way to get the software.
            expect: &[Gesture::Choose { options: &["license-accept", "license-quick"], remember: None }],
            branches: &[Branch { id: "closed", back: "site-download", enter_on: &["license-close"] }],
            mistakes: &[("license-print", "print")],
        },
        Step {
            id: "install",
            devices: &[Device::Pc],
            screen: Screen::EidSite(EidSite::Install),
            expect: &[
                Gesture::Click("installer-install"),
                Gesture::Await { event: "installed", after_ms: INSTALL_MS },
                Gesture::Click("installer-next"),
            ],
            branches: &[],
            mistakes: &[("installer-next", "next-early"), ("installer-cancel", "cancel"), ("installer-install", "busy")],
        },
        Step {
            id: "connect-reader",
            devices: &[Device::Reader],
            screen: Screen::EidSite(EidSite::Connect),
            expect: &[Gesture::Click("reader-plug"), Gesture::Click("card-insert")],
            branches: &[],
            mistakes: &[("card-insert", "plug-first"), ("card-wrong", "wrong-way"), ("card-wrong-side", "wrong-way")],
        },
        Step {
            id: "reader-test",
            devices: &[Device::Pc, Device::Reader],
            screen: Screen::EidSite(EidSite::ReaderTest),
            expect: &[Gesture::Click("test-close")],
            // With the card out only putting it back passes the test (the software retests by itself).
            branches: &[Branch { id: "no-card", back: "card-reinsert", enter_on: &["card-remove"] }],
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
