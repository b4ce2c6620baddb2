//! Typed scenario data: what a step shows, which devices it uses and what the
//! learner is expected to do. The engine reads these; screens render them.

use super::persona::Persona;

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

/// Which mock screen a step shows; the screens module maps each to a component.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The overview: the three ways to log in.
    Methods,
    /// An explanation card without a mock screen (the PC pane recedes).
    Explain,
    /// MijnGezondheid home page, logged out.
    MgHome,
    /// CSAM "Aanmelden bij de online overheid": the list of digital keys.
    CsamChooseKey,
    /// CSAM "Aanmelden met eID kaartlezer" with its three instructions.
    CsamEid,
    /// The browser's certificate chooser over the CSAM eID page.
    CertificateChooser,
    /// The OS smart-card PIN prompt over the CSAM eID page.
    PinPrompt,
    /// MijnGezondheid profile choice (citizen or a child).
    MgProfile,
    /// MijnGezondheid logged in.
    MgDone,
    /// eid.belgium.be "Download de eID software" with the detected OS.
    EidSite,
    /// The "eID softwarelicentie" modal over eid.belgium.be.
    EidLicense,
    /// The eID installer window: Install, progress, Next.
    EidInstall,
    /// The installer asks for the reader; the desk shows the reader, cable and card.
    EidConnect,
    /// The installer's reader test with the persona's first names.
    EidReaderTest,
    /// The real card-reader probe (WebUSB / WebHID).
    ReaderProbe,
    /// Which device is a digipass, which a card reader (PC pane shows a small quiz).
    ItsmeIntro,
    /// Phone home screen, then the itsme welcome screen.
    ItsmeWelcome,
    /// itsme app: accept the terms (two checkboxes).
    ItsmeTerms,
    /// itsme app: "Vul je gsm-nummer in" with the +32 button.
    ItsmePhone,
    /// itsme app: which country issued the identity card.
    ItsmeIdCountry,
    /// itsme app: the list of banks.
    ItsmeBanks,
    /// itsme app: the warning before the bank app opens.
    ItsmeToBank,
    /// The bank app sharing identity data, confirmed with the digipass (desk).
    ItsmeBankApp,
    /// Phone: an SMS arrives, the thread shows the control code.
    ItsmeSms,
    /// itsme app: "Vul je controlecode in" on the code pad.
    ItsmeSmsCode,
    /// itsme app: "Kies uw itsme code" with the three rules.
    ItsmeChooseCode,
    /// itsme app: the itsme code once more.
    ItsmeConfirmCode,
    /// itsme app: "Aan de slag" / "Starten".
    ItsmeFinish,
    /// itsme app home with the persona's first names.
    ItsmeHome,
    /// my.itsme.be/nl/register: phone number and e-mail.
    ItsmeRegister,
    /// my.itsme.be: location consent, "Ik ben geen robot", "Maak mijn account aan".
    ItsmeConsents,
    /// my.itsme.be: "Kijk je gegevens nog eens na".
    ItsmeReview,
    /// my.itsme.be: the data read from the eID card.
    ItsmeCardData,
    /// my.itsme.be: consent to share the data with Belgian Mobile ID.
    ItsmeShare,
    /// my.itsme.be: the terms to scroll through and sign.
    ItsmeTermsPc,
    /// The PIN prompt over the terms page.
    ItsmeSignPin,
    /// my.itsme.be: signature confirmed, "Afsluiten".
    ItsmeSigned,
    /// my.itsme.be: the identification token.
    ItsmeToken,
    /// itsme app: "Vul je identificatietoken in" (PC still shows the token).
    ItsmeAppToken,
    /// itsme app: the SMS arrives and the control code is typed.
    ItsmeAppSms,
    /// Phone: three messages to judge, safe or scam.
    ItsmePhishing,
    /// Phone: the default browser.
    ItsmeBrowser,
    /// irisbox.irisnet.be: "me aanmelden".
    IrisHome,
    /// IRISbox: choose itsme.
    IrisChoose,
    /// itsme web page: BE button, number, "verstuur".
    IrisPhone,
    /// itsme web page with the "Kies je land" picker.
    IrisCountry,
    /// itsme web page: "Bewijs dat jij het bent" with the symbol.
    IrisProve,
    /// Phone: the push notification at the bottom.
    IrisNotification,
    /// itsme app: the confirm screen.
    IrisConfirm,
    /// itsme app: pick the symbol the computer shows.
    IrisSymbol,
    /// itsme app: the itsme code.
    IrisCode,
    /// IRISbox: log in as citizen.
    IrisProfile,
    /// IRISbox: logged in, the name top right.
    IrisDone,
    /// Desk: the LRA's paper letter with the activation code (PC shows the webmail).
    LraLetter,
    /// Webmail with "CSAM – Mijn digitale sleutels : activatie".
    LraMail,
    /// CSAM activation step 1: the activation code.
    CsamActCode,
    /// CSAM: the security code by e-mail or by SMS, with the advice about SMS.
    CsamCodeVia,
    /// CSAM activation step 2: choose the key, language, terms.
    CsamActKey,
    /// CSAM: choose a username and password.
    CsamActCredentials,
    /// Phone mail with the registration code and its countdown (PC waits).
    CsamRegMail,
    /// CSAM activation step 3: the registration code (phone shows the mail).
    CsamRegCode,
    /// CSAM: "Uw digitale sleutel is nu geactiveerd."
    CsamActDone,
    /// CSAM: the compatible authenticator apps.
    CsamActApps,
    /// Phone app store: install an authenticator app.
    AuthInstall,
    /// PC shows the QR code; the phone's authenticator scans it.
    AuthScan,
    /// Phone shows the 6-digit code; the PC asks for it.
    AuthCode,
    /// myebox.be home: "Open My e-Box".
    MebHome,
    /// My e-Box: choose the language and "inloggen".
    MebLanguage,
    /// CSAM: username and password for a security-code key.
    MebCredentials,
    /// CSAM: the security code from the mail or the app.
    MebCode,
    /// My e-Box: the first-use message.
    MebFirstUse,
    /// My e-Box: preferences at the first visit.
    MebPrefs,
    /// My e-Box: the inbox with documents.
    MebInbox,
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
    memory: Vec<(&'static str, String)>,
}

impl Run {
    /// A fresh run.
    pub fn new(persona: &'static Persona, seed: [u8; 32]) -> Self {
        Run {
            persona,
            seed,
            now_ms: 0.0,
            memory: Vec::new(),
        }
    }

    /// A value remembered earlier in this run.
    pub fn recall(&self, key: &str) -> Option<&str> {
        self.memory
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Takes over these remembered values from another run (an exercise opened after
    /// another one in the same page).
    pub fn carry_from(&mut self, other: &Run, keys: &[&'static str]) {
        for key in keys {
            if let Some(v) = other.recall(key) {
                self.remember(key, v.to_owned());
            }
        }
    }

    /// Remembers a value for later steps of this run.
    pub fn remember(&mut self, key: &'static str, value: String) {
        self.memory.retain(|(k, _)| *k != key);
        self.memory.push((key, value));
    }

    /// Forgets a remembered value.
    pub fn forget(&mut self, key: &str) {
        self.memory.retain(|(k, _)| *k != key);
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
        remember: Option<&'static str>,
    },
    /// Choose one of several right options (a bank, a kind of key); the first is the
    /// one the player picks. The chosen target id can be remembered.
    Choose {
        /// Target ids of the acceptable options.
        options: &'static [&'static str],
        /// Remember the chosen target id under this name.
        remember: Option<&'static str>,
    },
    /// Wait for an event of the scene (an SMS arriving); the watch player just waits.
    Await {
        /// Name of the event, forwarded to the screen.
        event: &'static str,
        /// How long the scene takes to produce it.
        after_ms: u32,
    },
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
