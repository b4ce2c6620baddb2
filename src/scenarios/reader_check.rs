//! The reader-check tool: is my real card reader connected?

use crate::flow::model::{ChapterId, Device, Scenario, Screen, Step};

/// `reader-check`: one informational step; the probe works without hardware too.
pub static READER_CHECK: Scenario = Scenario {
    id: "reader-check",
    chapter: Some(ChapterId::Eid),
    steps: &[Step {
        id: "probe",
        devices: &[Device::Pc],
        screen: Screen::ReaderProbe,
        expect: &[],
        branches: &[],
        mistakes: &[],
    }],
};
