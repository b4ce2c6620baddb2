//! Typed scenario data: what a step shows, which devices it uses and what the
//! learner is expected to do. The engine reads these; screens render them.

use super::persona::Persona;
use super::screen::Screen;

/// A device of the simulated scene, so the layout can bring the active ones forward.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Device {
    /// The computer: a browser window with an address bar, plus OS dialogs.
    Pc,
    /// The smartphone pane.
    Phone,
    /// The card reader and the eID card.
    Reader,
    /// A paper letter (PIN letter, activation code).
    Paper,
    /// SMS or e-mail messages.
    Inbox,
}

impl Device {
    /// Stable lower-case name used in CSS classes and data attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Device::Pc => "pc",
            Device::Phone => "phone",
            Device::Reader => "reader",
            Device::Paper => "paper",
            Device::Inbox => "inbox",
        }
    }
}

/// A rule a typed value must satisfy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The persona's eID PIN.
    PersonaPin,
    /// Exactly this text (ignoring surrounding spaces).
    Exactly(&'static str),
    /// A check written for one scenario (itsme code rules, TOTP, tokens).
    Custom(&'static Validator),
}

/// A scenario-specific check of a typed value, so new rules need no engine change.
pub struct Validator {
    /// Checks a typed value; `Err` carries the catalog key suffix of the explanation
    /// (`<scenario>.<step>.<suffix>`), e.g. `"rule-palindrome"`.
    pub check: fn(&str, &Run) -> Result<(), &'static str>,
    /// A value that passes, typed by the watch-mode player.
    pub example: fn(&Run) -> String,
}

impl std::fmt::Debug for Validator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Validator")
    }
}

impl PartialEq for Validator {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Validator {}

/// The name of a text a run remembers (a choice, a typed username): typed, so a
/// text is never read back as a number or under a misspelt name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextMemo(pub &'static str);

/// The name of a number a run remembers (a time, a count, a card's position): kept
/// as a number, never formatted to text and parsed back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberMemo(pub &'static str);

/// What one run of a scenario knows besides the step: persona, randomness, clock and
/// values the learner chose earlier (an itsme code to confirm, a key chosen).
#[derive(Clone, Debug)]
pub struct Run {
    /// The persona whose data the screens show.
    pub persona: &'static Persona,
    /// Random bytes for this run (tokens, secrets, shuffled symbols); fixed in tests.
    pub seed: [u8; 32],
    /// The time of the latest action, ms since the Unix epoch (from `js_sys::Date::now()`).
    pub now_ms: f64,
    texts: Vec<(TextMemo, String)>,
    numbers: Vec<(NumberMemo, u64)>,
}

impl Run {
    /// A fresh run.
    pub fn new(persona: &'static Persona, seed: [u8; 32]) -> Self {
        Run {
            persona,
            seed,
            now_ms: 0.0,
            texts: Vec::new(),
            numbers: Vec::new(),
        }
    }

    /// A text remembered earlier in this run.
    pub fn recall(&self, key: TextMemo) -> Option<&str> {
        self.texts.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }

    /// A number remembered earlier in this run.
    pub fn count(&self, key: NumberMemo) -> Option<u64> {
        self.numbers.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    /// Takes over these remembered texts from another run (an exercise opened after
    /// another one in the same page).
    pub fn carry_from(&mut self, other: &Run, keys: &[TextMemo]) {
        for key in keys {
            if let Some(v) = other.recall(*key) {
                self.remember(*key, v.to_owned());
            }
        }
    }

    /// Remembers a text for later steps of this run.
    pub fn remember(&mut self, key: TextMemo, value: String) {
        self.texts.retain(|(k, _)| *k != key);
        self.texts.push((key, value));
    }

    /// Remembers a number for later steps of this run.
    pub fn set_count(&mut self, key: NumberMemo, value: u64) {
        self.numbers.retain(|(k, _)| *k != key);
        self.numbers.push((key, value));
    }

    /// Forgets a remembered number (a countdown that no longer runs).
    pub fn forget(&mut self, key: NumberMemo) {
        self.numbers.retain(|(k, _)| *k != key);
    }

    /// A new seed for the next run, derived from this one (so restarts differ).
    pub fn next_seed(&self) -> [u8; 32] {
        let mut out = self.seed;
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for (i, b) in out.iter_mut().enumerate() {
            x ^= u64::from(*b).wrapping_add(i as u64);
            x = x.wrapping_mul(0x2545_F491_4F6C_DD1D).rotate_left(17);
            *b = (x >> 24) as u8;
        }
        out
    }
}

/// What the coach says after an action; rendered from the catalogs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Feedback {
    /// A wrong control: catalog key of the explanation.
    Mistake(String),
    /// A wrong value was submitted: catalog key and tries left, if limited.
    WrongValue {
        /// Catalog key of the explanation.
        key: String,
        /// How many tries remain, when the real system limits them.
        tries_left: Option<u8>,
    },
}

/// One thing the learner does; a step expects a sequence of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gesture {
    /// Activate the control whose target id is given (a button, link, option).
    Click(&'static str),
    /// Type a value satisfying `rule` into the field `target`, then activate `submit`.
    /// With `tries`, that many wrong submissions send the learner into `on_exhausted`.
    Type {
        /// Target id of the input field.
        target: &'static str,
        /// What the value must satisfy.
        rule: Rule,
        /// Target id of the button that submits the value.
        submit: &'static str,
        /// How many wrong submissions are allowed before the branch, if limited.
        tries: Option<u8>,
        /// Branch entered when the tries run out.
        on_exhausted: Option<&'static str>,
        /// Remember the accepted value under this name for later steps.
        remember: Option<TextMemo>,
    },
    /// Choose one of several right options (a bank, a kind of key); the first is the
    /// one the player picks. The chosen target id can be remembered.
    Choose {
        /// Target ids of the acceptable options.
        options: &'static [&'static str],
        /// Remember the chosen target id under this name.
        remember: Option<TextMemo>,
    },
    /// Wait for an event of the scene (an SMS arriving); the watch player just waits.
    Await {
        /// Name of the event, forwarded to the screen.
        event: &'static str,
        /// How long the scene takes to produce it.
        after_ms: u32,
    },
}

impl Gesture {
    /// Whether this gesture is done on (or waits for) the control or event `target`.
    pub fn names(&self, target: &str) -> bool {
        match self {
            Gesture::Click(t) => *t == target,
            Gesture::Type { target: field, submit, .. } => *field == target || *submit == target,
            Gesture::Choose { options, .. } => options.contains(&target),
            Gesture::Await { event, .. } => *event == target,
        }
    }
}

/// Target id of the narration panel's "Next" button, used by informational steps.
pub const NEXT: &str = "next";

/// A detour from the main path (card blocked, licence refused) that leads back to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Branch {
    /// Id of the branch, unique within its step (also its catalog key part).
    pub id: &'static str,
    /// Target id of the control that returns to the main path.
    pub back: &'static str,
    /// Target ids (clicked) or scene events (an expired code) that enter this detour.
    pub enter_on: &'static [&'static str],
    /// What kind of detour it is (a mistake counts in a test; a timeout can be shown
    /// without waiting).
    pub kind: BranchKind,
}

/// What a detour means to the learner, so a test counts mistakes and the coach can
/// show what happens when time runs out without making the room wait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchKind {
    /// A way the learner may take on purpose (the country list, editing data).
    Detour,
    /// A mistake a test counts (the wrong symbol, closing the licence).
    Mistake,
    /// Time ran out (a code or a notification expired): entered by the scene's
    /// timer, or at once with "what if I wait too long?".
    Timeout,
}

/// One step of a scenario, as listed in STEPS.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Step id exactly as in STEPS.md.
    pub id: &'static str,
    /// The active devices; the others recede.
    pub devices: &'static [Device],
    /// The mock screen to show.
    pub screen: Screen,
    /// The expected actions in order; empty means informational (press Next).
    pub expect: &'static [Gesture],
    /// Detours this step can take.
    pub branches: &'static [Branch],
    /// Known wrong targets with a specific explanation (catalog key suffix).
    pub mistakes: &'static [(&'static str, &'static str)],
}

impl Step {
    /// An informational step: the learner reads and presses Next.
    pub fn is_informational(&self) -> bool {
        self.expect.is_empty()
    }

    /// Whether the step shows this device as active.
    pub fn uses(&self, device: Device) -> bool {
        self.devices.contains(&device)
    }

    /// Looks up a branch by id.
    pub fn branch(&self, id: &str) -> Option<&'static Branch> {
        self.branches.iter().find(|b| b.id == id)
    }
}

/// A scenario: an ordered list of steps under a stable id.
#[derive(Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Scenario id exactly as in STEPS.md.
    pub id: &'static str,
    /// Chapter (login method) the scenario belongs to; none for the overview.
    pub chapter: Option<ChapterId>,
    /// Steps in STEPS.md order.
    pub steps: &'static [Step],
}

impl Scenario {
    /// Position of a step by id.
    pub fn index_of(&self, step: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == step)
    }

    /// Catalog key of the scenario title.
    pub fn title_key(&self) -> String {
        format!("{}.title", self.id)
    }
}

/// Catalog key for a text of a step: `<scenario>.<step>.<part>`.
pub fn step_key(scenario: &str, step: &str, part: &str) -> String {
    format!("{scenario}.{step}.{part}")
}

/// A speaker note's catalog key (`notes.<scenario>.<step>.<part>`): one spelling for
/// the facilitator's window, the printed script and the catalog contract.
pub fn notes_key(scenario: &str, step: &str, part: &str) -> String {
    format!("notes.{}", step_key(scenario, step, part))
}

/// The three ways to log in, as the overview offers them: a typed seam for a
/// chapter's texts, look, icon and target, so a new one fails to compile until
/// each place says what it does for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChapterId {
    /// The eID card with a card reader.
    Eid,
    /// The itsme app.
    Itsme,
    /// A local registration office and CSAM's digital keys.
    Lra,
}

impl ChapterId {
    /// Its code in catalog keys (`method.<code>.title`), file names (`style/<code>.css`)
    /// and target ids (`method-<code>`).
    pub const fn code(self) -> &'static str {
        match self {
            ChapterId::Eid => "eid",
            ChapterId::Itsme => "itsme",
            ChapterId::Lra => "lra",
        }
    }
}

/// A login method of the overview, grouping scenarios.
#[derive(Debug, PartialEq, Eq)]
pub struct Chapter {
    /// Which method.
    pub id: ChapterId,
    /// Scenario ids in the order a learner should take them.
    pub scenarios: &'static [&'static str],
}
