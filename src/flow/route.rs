//! The public URL contract: `?lang=…&scenario=…&step=…&mode=…`. Parsing never
//! panics; bad input becomes a [`RouteError`] the UI explains in plain words.

use sha1::{Digest, Sha1};

use super::i18n::Lang;
use super::engine::HintLevel;
use super::model::Scenario;
use super::score::Help;

/// The scenarios a link may name, handed in by the layer that holds them
/// (`scenarios::REGISTRY`): the floor imports nothing above it.
pub struct Registry {
    /// The landing view, for a link without `scenario=`.
    pub overview: &'static Scenario,
    /// Every scenario, found by its id.
    pub all: &'static [&'static Scenario],
}

impl Registry {
    /// The scenario with this id.
    pub fn find(&self, id: &str) -> Option<&'static Scenario> {
        self.all.iter().copied().find(|s| s.id == id)
    }
}

/// A facilitator's fixed `seed=` word: the same word gives the same tokens and
/// symbols on every load, so a workshop script can be prepared in advance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seed {
    len: u8,
    bytes: [u8; Seed::MAX],
}

impl Seed {
    /// Longest seed kept (letters, digits, `-` and `_`; the rest is dropped).
    pub const MAX: usize = 24;

    /// Keeps the ASCII letters, digits, `-` and `_` of a URL value, at most [`Seed::MAX`]; `None` when nothing is left.
    pub fn from_text(text: &str) -> Option<Seed> {
        let mut bytes = [0u8; Seed::MAX];
        let mut len = 0;
        for b in text.bytes().filter(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_') {
            if len == Seed::MAX {
                break;
            }
            bytes[len] = b;
            len += 1;
        }
        (len > 0).then_some(Seed { len: len as u8, bytes })
    }

    /// The seed as written in the URL.
    pub fn as_str(&self) -> &str {
        // Only ASCII bytes are ever stored, so this cannot fail.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }

    /// The run's random bytes for one scenario: the same seed and scenario give the same run.
    pub fn bytes_for(&self, scenario_id: &str) -> [u8; 32] {
        let mut out = [0u8; 32];
        for (half, chunk) in out.chunks_mut(16).enumerate() {
            let digest = Sha1::new()
                .chain_update([half as u8])
                .chain_update(self.as_str())
                .chain_update(":")
                .chain_update(scenario_id)
                .finalize();
            chunk.copy_from_slice(&digest[..16]);
        }
        out
    }
}

/// A URL value cut to a length that fits an error page (`…` marks the cut), so a
/// 10,000-character link cannot push the reassuring text off a phone screen.
pub fn shorten(value: &str, max_chars: usize) -> String {
    match value.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &value[..cut]),
        None => value.to_owned(),
    }
}

/// How the coach behaves; new modes are added here without reshaping steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// The coach plays every step by itself at a readable pace.
    Watch,
    /// Narration, the learner acts, the next control marked; mistakes bring more help.
    #[default]
    Guided,
    /// The learner acts alone: nothing marked, help only on request.
    Practice,
    /// No help at all; each step is recorded for the result card.
    Test,
}

impl Mode {
    /// Every mode, in the order the mode switch lists them (from most help to none).
    pub const ALL: [Mode; 4] = [Mode::Watch, Mode::Guided, Mode::Practice, Mode::Test];

    /// The URL value.
    pub fn code(self) -> &'static str {
        match self {
            Mode::Watch => "watch",
            Mode::Guided => "guided",
            Mode::Practice => "practice",
            Mode::Test => "test",
        }
    }

    /// Parses a URL value.
    pub fn from_code(code: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.code() == code)
    }

    /// Catalog key of the mode's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Mode::Watch => "ui.mode.watch",
            Mode::Guided => "ui.mode.guided",
            Mode::Practice => "ui.mode.practice",
            Mode::Test => "ui.mode.test",
        }
    }

    /// Element id of the mode's button in the top bar.
    pub fn button_id(self) -> &'static str {
        match self {
            Mode::Watch => "mode-watch",
            Mode::Guided => "mode-guided",
            Mode::Practice => "mode-practice",
            Mode::Test => "mode-test",
        }
    }

    /// Whether the player performs the expected actions by itself.
    pub fn autoplay(self) -> bool {
        matches!(self, Mode::Watch)
    }

    /// Whether the learner can ask for help (the hint ladder's button shows).
    pub fn offers_hints(self) -> bool {
        matches!(self, Mode::Guided | Mode::Practice)
    }

    /// Whether the next control is marked, at this rung of the hint ladder: always
    /// when guided, in practice only once the learner asked up to the highlight.
    pub fn marks_next(self, hint: HintLevel) -> bool {
        match self {
            Mode::Guided => true,
            Mode::Practice => hint >= HintLevel::Highlight,
            Mode::Watch | Mode::Test => false,
        }
    }

    /// How much help the engine gives in this mode.
    pub fn help(self) -> Help {
        match self {
            Mode::Watch | Mode::Guided => Help::Guided,
            Mode::Practice => Help::OnRequest,
            Mode::Test => Help::Off,
        }
    }

    /// Whether the learner may move around freely (step list, Back): not in a test.
    pub fn free_to_jump(self) -> bool {
        !matches!(self, Mode::Test)
    }
}

/// A valid view: which scenario, which step, in what language and mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    /// Interface language.
    pub lang: Lang,
    /// Scenario shown.
    pub scenario: &'static Scenario,
    /// Index of the step shown.
    pub step: usize,
    /// Coach mode.
    pub mode: Mode,
    /// A facilitator's fixed seed (`seed=`), kept in the address; `None`: a new run each load.
    pub seed: Option<Seed>,
    /// `lock=mode`: the mode switch is hidden, so a facilitator or a host site fixes the mode.
    pub lock_mode: bool,
    /// What the page embedding the app asked for in the address (kept in it).
    pub host: Host,
    /// Which window this is: the learner's (projected) one or the facilitator's.
    pub view: View,
}

/// Which of the app's windows a page is (`view=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    /// The exercise itself, as the learner (or the projector) shows it.
    #[default]
    Learner,
    /// `view=facilitator`: the facilitator's window that drives the learner's one.
    Facilitator,
    /// `view=print`: the scenario's step cards and practice props, to print.
    Print,
    /// `view=script`: the step cards with the speaker notes, for the facilitator.
    Script,
}

impl View {
    /// The URL value (`None` for the learner's window, which has none).
    pub fn code(self) -> Option<&'static str> {
        match self {
            View::Learner => None,
            View::Facilitator => Some("facilitator"),
            View::Print => Some("print"),
            View::Script => Some("script"),
        }
    }

    /// Whether this view reads the workshop texts (speaker notes, print labels).
    pub fn workshop(self) -> bool {
        self != View::Learner
    }
}

/// Flags a host page sets in the address; both are kept there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Host {
    /// `fit=height`: the app takes the height its content needs (a 16:9 stage on a
    /// wide frame) instead of the frame's, and reports it, so the frame can follow.
    pub fit: bool,
    /// `scorm=1`: launched by a learning platform; the SCORM 1.2 glue is loaded.
    pub scorm: bool,
}

/// Why a URL could not be followed; the language is still known so the message can be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouteError {
    /// `scenario=` names no scenario.
    UnknownScenario(String),
    /// `step=` names no step of that scenario.
    UnknownStep(String, String),
    /// `mode=` is not a mode.
    UnknownMode(String),
    /// `lang=` is not a language of the app.
    UnknownLang(String),
}

/// Splits a query string into decoded key/value pairs, as a form encodes them (`+`
/// is a space); a bad escape stays as it is, never a panic.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-decoding by hand: 0.2 KiB gzip less wasm than `percent_encoding`'s
/// `percent_decode_str` (measured 2026-12-02; see README, "Size budget").
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Route {
    /// The overview in a language.
    pub fn overview(lang: Lang, registry: &Registry) -> Route {
        Route {
            lang,
            scenario: registry.overview,
            step: 0,
            mode: Mode::Guided,
            seed: None,
            lock_mode: false,
            host: Host::default(),
            view: View::Learner,
        }
    }

    /// Parses the page's query against the scenarios of `registry`; `preferred` are the
    /// browser's languages, best first.
    pub fn parse(query: &str, preferred: &[String], registry: &Registry) -> (Lang, Result<Route, RouteError>) {
        let pairs = query_pairs(query);
        let get = |name: &str| {
            pairs
                .iter()
                .rev()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.trim().to_owned())
        };
        let fallback = Lang::from_preferred(preferred);
        let lang = match get("lang") {
            None => fallback,
            Some(code) => match Lang::from_code(&code) {
                Some(l) => l,
                None => return (fallback, Err(RouteError::UnknownLang(code))),
            },
        };
        let mode = match get("mode") {
            None => Mode::Guided,
            Some(code) => match Mode::from_code(&code) {
                Some(m) => m,
                None => return (lang, Err(RouteError::UnknownMode(code))),
            },
        };
        let scenario = match get("scenario") {
            None => registry.overview,
            Some(id) => match registry.find(&id) {
                Some(s) => s,
                None => return (lang, Err(RouteError::UnknownScenario(id))),
            },
        };
        let step = match get("step") {
            // A test starts at its first step: no jumping ahead.
            _ if mode == Mode::Test => 0,
            None => 0,
            Some(id) => match scenario.index_of(&id) {
                Some(i) => i,
                None => return (lang, Err(RouteError::UnknownStep(scenario.id.to_owned(), id))),
            },
        };
        (
            lang,
            Ok(Route {
                lang,
                scenario,
                step,
                mode,
                seed: get("seed").and_then(|s| Seed::from_text(&s)),
                lock_mode: get("lock").is_some_and(|l| l.split(',').any(|p| p.trim() == "mode")),
                host: Host { fit: get("fit").as_deref() == Some("height"), scorm: get("scorm").as_deref() == Some("1") },
                view: [View::Facilitator, View::Print, View::Script].into_iter().find(|v| get("view").as_deref() == v.code()).unwrap_or_default(),
            }),
        )
    }

    /// The query string that reproduces this view.
    pub fn to_query(&self) -> String {
        let step = self
            .scenario
            .steps
            .get(self.step)
            .map(|s| s.id)
            .unwrap_or("");
        let mut q = format!(
            "?lang={}&scenario={}&step={}&mode={}",
            self.lang.code(),
            self.scenario.id,
            step,
            self.mode.code()
        );
        if let Some(seed) = &self.seed {
            q.push_str("&seed=");
            q.push_str(seed.as_str());
        }
        if self.lock_mode {
            q.push_str("&lock=mode");
        }
        if self.host.fit {
            q.push_str("&fit=height");
        }
        if self.host.scorm {
            q.push_str("&scorm=1");
        }
        if let Some(view) = self.view.code() {
            q.push_str("&view=");
            q.push_str(view);
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The app's own scenarios (the floor's tests may read the data above it).
    fn parse(query: &str, preferred: &[String]) -> (Lang, Result<Route, RouteError>) {
        Route::parse(query, preferred, &crate::scenarios::REGISTRY)
    }

    fn nl() -> Vec<String> {
        vec!["nl-BE".to_owned()]
    }

    #[test]
    fn four_modes_and_a_test_starts_at_its_first_step() {
        let (_, r) = parse("?scenario=itsme-irisbox&step=code&mode=practice", &nl());
        let r = r.expect("route");
        assert_eq!((r.mode, r.step), (Mode::Practice, 8));
        let (_, r) = parse("?scenario=itsme-irisbox&step=code&mode=test", &nl());
        let r = r.expect("route");
        assert_eq!((r.mode, r.step), (Mode::Test, 0), "no jumping ahead in a test");
        assert!(!Mode::Test.free_to_jump() && Mode::Practice.free_to_jump());
        assert!(!Mode::Practice.marks_next(HintLevel::Nudge) && Mode::Practice.marks_next(HintLevel::Highlight));
        assert!(Mode::Guided.marks_next(HintLevel::None) && !Mode::Test.marks_next(HintLevel::DoIt));
    }

    #[test]
    fn the_facilitators_window_is_kept_in_the_address() {
        let q = "?lang=nl&scenario=itsme-irisbox&step=code&mode=guided&view=facilitator";
        let (_, r) = parse(q, &nl());
        let r = r.expect("route");
        assert_eq!(r.view, View::Facilitator);
        assert_eq!(r.to_query(), q);
        assert_eq!(parse("?view=other", &nl()).1.expect("route").view, View::Learner);
        assert_eq!(parse("?scenario=myebox&view=script", &nl()).1.expect("route").view, View::Script);
        assert_eq!(parse("?scenario=myebox&view=print", &nl()).1.expect("route").view, View::Print);
    }

    #[test]
    fn a_hosts_flags_are_kept_in_the_address() {
        let q = "?lang=fr&scenario=myebox&step=home&mode=guided&fit=height&scorm=1";
        let (_, r) = parse(q, &nl());
        let r = r.expect("route");
        assert_eq!(r.host, Host { fit: true, scorm: true });
        assert_eq!(r.to_query(), q);
        let (_, r) = parse("?scenario=myebox&fit=yes&scorm=true", &nl());
        assert_eq!(r.expect("route").host, Host::default(), "only the documented values count");
    }

    #[test]
    fn lock_mode_is_kept_in_the_address() {
        let q = "?lang=nl&scenario=myebox&step=home&mode=test&lock=mode";
        let (_, r) = parse(q, &nl());
        let r = r.expect("route");
        assert!(r.lock_mode);
        assert_eq!(r.to_query(), q);
        let (_, r) = parse("?scenario=myebox&lock=lang", &nl());
        assert!(!r.expect("route").lock_mode, "only `mode` locks the mode");
    }

    #[test]
    fn empty_query_opens_overview_in_browser_language() {
        let (lang, r) = parse("", &["fr-BE".to_owned(), "nl".to_owned()]);
        assert_eq!(lang, Lang::Fr);
        let r = r.expect("valid");
        assert_eq!(r.scenario.id, "overview");
        assert_eq!(r.mode, Mode::Guided);
    }

    #[test]
    fn unsupported_browser_language_falls_back_to_dutch() {
        let (lang, _) = parse("", &["ja".to_owned(), "es-ES".to_owned()]);
        assert_eq!(lang, Lang::Nl);
        let (lang, _) = parse("", &[]);
        assert_eq!(lang, Lang::Nl);
    }

    #[test]
    fn deep_link_round_trips() {
        let q = "?lang=fr&scenario=eid-mijngezondheid&step=pin&mode=watch";
        let (_, r) = parse(q, &nl());
        let r = r.expect("valid");
        assert_eq!(r.scenario.steps[r.step].id, "pin");
        assert_eq!(r.mode, Mode::Watch);
        assert_eq!(r.lang, Lang::Fr);
        assert_eq!(r.to_query(), q);
    }

    #[test]
    fn bad_input_gives_errors_not_panics() {
        let cases = [
            ("scenario=nope", RouteError::UnknownScenario("nope".into())),
            (
                "scenario=eid-mijngezondheid&step=zzz",
                RouteError::UnknownStep("eid-mijngezondheid".into(), "zzz".into()),
            ),
            ("mode=fast", RouteError::UnknownMode("fast".into())),
            ("lang=xx", RouteError::UnknownLang("xx".into())),
            ("scenario=%zz%", RouteError::UnknownScenario("%zz%".into())),
            ("scenario=%E2%82", RouteError::UnknownScenario("\u{FFFD}".into())),
        ];
        for (q, want) in cases {
            let (_, r) = parse(q, &nl());
            assert_eq!(r, Err(want), "query {q}");
        }
    }

    #[test]
    fn garbage_queries_never_panic() {
        for q in ["%", "%%", "=&=&", "&&&", "lang", "step=%4", "?=?", "scenario=&step=", "a=%F0%9F%98"] {
            let _ = parse(q, &nl());
        }
    }

    #[test]
    fn step_without_scenario_is_looked_up_in_overview() {
        let (_, r) = parse("step=methods", &nl());
        assert_eq!(r.expect("valid").scenario.id, "overview");
    }

    #[test]
    fn a_seed_is_kept_in_the_address_and_fixes_the_run() {
        let q = "?lang=nl&scenario=itsme-irisbox&step=code&mode=guided&seed=workshop-1";
        let (_, r) = parse(q, &nl());
        let r = r.expect("valid");
        let seed = r.seed.expect("seed kept");
        assert_eq!(seed.as_str(), "workshop-1");
        assert_eq!(r.to_query(), q);
        assert_eq!(seed.bytes_for("itsme-irisbox"), seed.bytes_for("itsme-irisbox"));
        assert_ne!(seed.bytes_for("itsme-irisbox"), seed.bytes_for("itsme-eid"), "each scenario its own run");
        let other = Seed::from_text("workshop-2").expect("seed");
        assert_ne!(seed.bytes_for("itsme-irisbox"), other.bytes_for("itsme-irisbox"));
        // Anything but letters, digits, - and _ is dropped; long values are cut; empty is no seed.
        assert_eq!(Seed::from_text("a b<c>/é").map(|s| s.as_str().to_owned()), Some("abc".into()));
        assert_eq!(Seed::from_text(&"x".repeat(500)).map(|s| s.as_str().len()), Some(Seed::MAX));
        assert_eq!(Seed::from_text("%%%"), None);
        let (_, r) = parse("seed=", &nl());
        assert_eq!(r.expect("valid").seed, None);
    }

    #[test]
    fn long_values_are_shortened_for_the_error_page() {
        assert_eq!(shorten("abc", 5), "abc");
        assert_eq!(shorten("abcdef", 5), "abcde…");
        assert_eq!(shorten(&"é".repeat(10_000), 40).chars().count(), 41);
    }

    #[test]
    fn decoding_handles_escapes_and_plus() {
        let p = query_pairs("a=b%20c&d=e+f&g");
        assert_eq!(p[0], ("a".into(), "b c".into()));
        assert_eq!(p[1], ("d".into(), "e f".into()));
        assert_eq!(p[2], ("g".into(), "".into()));
    }
}
