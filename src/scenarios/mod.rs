//! The scenario registry: every scenario of STEPS.md that the app offers, as data.
//! Adding a scenario means adding a file here and a line in [`ALL`]; the engine
//! does not change.

use crate::flow::model::{Chapter, ChapterId, Scenario, TextMemo};

pub mod csam;
pub mod itsme;
pub mod target;
mod eid;
pub mod eid_install;
mod reader_check;
mod overview;
#[cfg(test)]
mod test_support;

/// Every scenario the app offers, overview first.
pub static ALL: &[&Scenario] = &[
    &overview::OVERVIEW,
    &reader_check::READER_CHECK,
    &eid_install::EID_INSTALL,
    &eid::MIJNGEZONDHEID,
    &itsme::ITSME_BANK,
    &itsme::ITSME_EID,
    &itsme::ITSME_SAFETY,
    &itsme::ITSME_IRISBOX,
    &csam::LRA_ACTIVATION,
    &csam::CSAM_CODE,
    &csam::CSAM_APP,
    &csam::MYEBOX,
];

/// The three login methods of the overview, each listing its scenarios in learning order.
pub static CHAPTERS: &[Chapter] = &[
    Chapter {
        id: ChapterId::Eid,
        scenarios: &["eid-install", "eid-mijngezondheid", "reader-check"],
    },
    Chapter {
        id: ChapterId::Itsme,
        scenarios: &["itsme-bank", "itsme-eid", "itsme-safety", "itsme-irisbox"],
    },
    Chapter {
        id: ChapterId::Lra,
        scenarios: &["lra-activation", "csam-code", "csam-app", "myebox"],
    },
];

/// The catalog parts a window needs for a scenario: the facilitator's window and
/// the print sheets also read the workshop texts (`notes`: speaker notes, print
/// labels), which no learner's window ever fetches.
pub fn parts_in_view(id: &str, view: crate::flow::View) -> Vec<&'static str> {
    let mut parts = parts_for(id);
    if view.workshop() {
        parts.push("notes");
    }
    parts
}

/// The catalog parts a scenario needs: `core`, its chapter's parts and its own
/// narration part if it has one (the overview needs only `core`; a scenario outside
/// every chapter gets every part, to be safe).
pub fn parts_for(id: &str) -> Vec<&'static str> {
    let mut parts = vec!["core"];
    if id != overview().id {
        let chapter = chapter_of(id);
        match crate::flow::i18n::CHAPTER_PARTS.iter().find(|(c, _, _)| Some(*c) == chapter) {
            Some((_, shared, own)) => {
                parts.extend(shared.iter().copied());
                parts.extend(own.iter().copied().filter(|p| *p == id));
            }
            None => parts.extend(crate::flow::i18n::PARTS.iter().copied().filter(|p| *p != "core")),
        }
    }
    parts
}

/// The chapter a scenario belongs to (none for the overview and tools outside every
/// chapter). A chapter's look is `style/<code>.css`, fetched with its texts.
pub fn chapter_of(id: &str) -> Option<ChapterId> {
    CHAPTERS.iter().find(|c| c.scenarios.contains(&id)).map(|c| c.id)
}

/// The scenarios a link may name, for `Route::parse`.
pub static REGISTRY: crate::flow::route::Registry = crate::flow::route::Registry { overview: &overview::OVERVIEW, all: ALL };

/// Finds a scenario by id.
pub fn find(id: &str) -> Option<&'static Scenario> {
    ALL.iter().copied().find(|s| s.id == id)
}

/// The overview scenario (the landing view).
pub fn overview() -> &'static Scenario {
    &overview::OVERVIEW
}

/// The first scenario of a chapter that the app already offers.
pub fn first_of_chapter(chapter: ChapterId) -> Option<&'static Scenario> {
    CHAPTERS
        .iter()
        .find(|c| c.id == chapter)
        .and_then(|c| c.scenarios.iter().find_map(|id| find(id)))
}

/// The scenarios of a chapter that the app offers, in order.
pub fn offered_in(chapter: &Chapter) -> Vec<&'static Scenario> {
    chapter.scenarios.iter().filter_map(|id| find(id)).collect()
}

/// The scenario a learner should take after this one, within its chapter.
pub fn next_after(id: &str) -> Option<&'static Scenario> {
    let chapter = CHAPTERS.iter().find(|c| c.scenarios.contains(&id))?;
    let pos = chapter.scenarios.iter().position(|s| *s == id)?;
    chapter.scenarios[pos + 1..].iter().find_map(|s| find(s))
}

/// Where a choice made during a scenario decides what comes next: (scenario,
/// remembered key, remembered value, the scenario that follows).
pub const FOLLOW_UPS: &[(&str, TextMemo, &str, &str)] = &[
    // The key chosen at the registration office: the app leads to the app exercise.
    ("lra-activation", csam::KEY_CHOICE, target::csam::ACT_KEY_APP, "csam-app"),
    ("lra-activation", csam::KEY_CHOICE, target::csam::ACT_KEY_EMAIL, "csam-code"),
];

/// The scenario a learner should take after this session: the one their choice
/// leads to, else the next of the chapter.
pub fn next_for(s: &crate::flow::Session) -> Option<&'static Scenario> {
    let id = s.scenario().id;
    FOLLOW_UPS
        .iter()
        .find(|(sc, key, value, _)| *sc == id && s.run().recall(*key) == Some(*value))
        .and_then(|(_, _, _, next)| find(next))
        .or_else(|| next_after(id))
}
