//! The reader-check tool: is my real card reader connected?

use crate::flow::model::{ChapterId, Device, Scenario, Step};
use crate::flow::screen::{Reader, Screen};

/// `reader-check`: one informational step; the probe works without hardware too.
pub static READER_CHECK: Scenario = Scenario {
    id: "reader-check",
    chapter: Some(ChapterId::Eid),
    steps: &[Step {
        id: "probe",
        devices: &[Device::Pc],
        screen: Screen::Reader(Reader::Probe),
        expect: &[],
        branches: &[],
        mistakes: &[],
    }],
};
