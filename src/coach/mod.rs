//! The coach layer: the app-wide context every component and screen reads (the
//! session, language, mode, notes and player), the commands of the coach's own
//! controls, and the one place texts are looked up. Above `flow` and `platform`,
//! below the components: it imports no component or screen.

pub mod player;

use leptos::prelude::*;

use crate::flow::embed::HostCommand;
use crate::flow::{engine::Outcome, Action, Feedback, Catalogs, Lang, Mode, Route, RouteError, Seed, Session, View, WatchSpeed, PERSONA};
use crate::{platform, scenarios};

/// Whether the watch-mode player is running, so the controls can show pause or resume.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlayState {
    /// Not playing (guided mode, or paused).
    Paused,
    /// Playing by itself.
    Playing,
}

/// The watch player as its controls show it: whether it plays, and how fast.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Play {
    /// Playing or paused.
    pub state: PlayState,
    /// The pace, kept while the page is open.
    pub speed: WatchSpeed,
}

/// The coach's one note besides the step's own texts: a chapter on its way or
/// unreachable, or the player that lost its target. One at a time: the latest wins.
#[derive(Clone, Copy, Debug)]
pub enum Note {
    /// Nothing to say.
    None,
    /// A chapter's texts are on their way (a slow line): say so instead of seeming stuck.
    Loading,
    /// They could not be fetched (no network): a calm note with a retry button.
    LoadFailed,
    /// "Do it for me" could not find what to use: said in the panel, never silent.
    PlayerLost,
}

/// What waits for texts that could not be fetched, done again by "try again" or
/// when the browser is back online.
#[derive(Clone, Copy)]
enum Pending {
    /// Open a scenario at a step (with the side exercise's origin).
    Open(&'static crate::flow::Scenario, usize, Option<(&'static crate::flow::Scenario, usize)>),
    /// Switch to a language.
    Lang(Lang),
}

/// Something a coach-panel or top-bar button does; one handler type for all of them
/// keeps the compiled app small.
#[derive(Clone, Copy)]
pub enum Command {
    /// Climb one rung of the hint ladder.
    Hint,
    /// Let the coach perform the next action.
    DoIt,
    /// One step back.
    Back,
    /// Start the scenario over.
    Restart,
    /// Pause or resume the watch-mode player.
    PlayToggle,
    /// Perform one action while paused.
    PlayStep,
    /// Jump to a step of the scenario.
    Goto(usize),
    /// Open a scenario at its first step.
    Open(&'static crate::flow::Scenario),
    /// Switch the coach mode.
    SetMode(Mode),
    /// Read the step's instruction aloud with a voice of the device.
    ReadAloud,
    /// Open a side exercise (the real-reader check) and come back here after it.
    Detour(&'static crate::flow::Scenario),
    /// Go back to where the side exercise was opened.
    Return,
    /// Fetch the texts that could not come again (the "try again" button).
    Retry,
    /// Set the watch-mode speed.
    SetSpeed(WatchSpeed),
    /// Practise from this step (the result card's "practise the hard steps").
    PracticeFrom(usize),
    /// Print the result card (the browser's print dialog).
    Print,
    /// Let the time run out now ("what if I wait too long?").
    TimeOut,
}

/// The interface language and its texts: what every label reads, in one small context.
#[derive(Clone, Copy)]
pub struct Texts {
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// The catalogs of the current language.
    pub i18n: RwSignal<Catalogs>,
    /// Bumped when the browser's voices change, so "read aloud" appears once one loads.
    pub voices: RwSignal<u32>,
}

/// The watch player's state as its controls and pointer show it.
#[derive(Clone, Copy)]
pub struct Watch {
    /// Whether the watch player runs, and how fast.
    pub play: RwSignal<Play>,
    /// Where the coach's pointer is (viewport px), when visible.
    pub pointer: RwSignal<Option<(f64, f64)>>,
    /// Bumped to cancel a running player loop.
    pub run: RwSignal<u32>,
    /// The player is carrying out an action: a second "do it for me" waits its turn.
    pub acting: StoredValue<bool>,
}

/// Texts that are on their way: only the latest opening or language switch lands,
/// and what failed is remembered for "try again".
#[derive(Clone, Copy)]
struct Fetching {
    /// Counts scenario openings, so only the latest one lands once its texts arrive.
    opening: StoredValue<u32>,
    /// Counts language switches, so only the latest one lands.
    switching: StoredValue<u32>,
    /// What to do again once the texts can be fetched.
    retry: StoredValue<Option<Pending>>,
}

/// Starts the scenario over now, keeping what the page carries from run to run.
fn restart(s: &mut Session) {
    let before = s.run().clone();
    s.set_now(platform::now_ms());
    s.restart();
    s.carry(&before, scenarios::csam::CARRIED);
}

/// Scenario id, step id and whether the scenario is done: what changes once per step.
pub type StepKey = (&'static str, &'static str, bool);

/// App-wide state shared through context: the session and mode, with the texts and
/// the watch player as their own small parts.
#[derive(Clone, Copy)]
pub struct Coach {
    /// Where the learner is in which scenario. Every change of it (a keystroke in a
    /// field too) reruns whatever reads it: what follows only the step reads `step_key`.
    pub session: RwSignal<Session>,
    /// The session's step: the address, the step list, the end of a scenario and an
    /// embedding page follow this, so typing in a field redraws none of them.
    pub step_key: Memo<StepKey>,
    /// Guided or watch.
    pub mode: RwSignal<Mode>,
    /// The language and its texts.
    pub texts: Texts,
    /// The watch player.
    pub watch: Watch,
    /// A URL that could not be followed, explained instead of the scenario.
    pub error: RwSignal<Option<RouteError>>,
    /// Where a side exercise was opened from (scenario and step), to return there.
    pub came_from: RwSignal<Option<(&'static crate::flow::Scenario, usize)>>,
    /// The coach's note: texts on their way or unreachable, or the player lost its target.
    pub note: RwSignal<Note>,
    /// The facilitator's fixed `seed=`, if any: every run of the page is then repeatable.
    pub seed: Option<Seed>,
    /// `lock=mode`: the mode switch is hidden and the mode stays as the link set it.
    pub lock_mode: bool,
    /// What the embedding page asked for in the address (`fit=height`, `scorm=1`).
    pub host: crate::flow::Host,
    /// The learner's window, the facilitator's (`view=facilitator`) or a print sheet.
    pub view: crate::flow::View,
    /// In the facilitator's window: whether the learner's window has answered (the
    /// panel then says it is connected, else how to open it).
    pub linked: RwSignal<bool>,
    fetching: Fetching,
}

impl Coach {
    /// The coach from context (panics only if used outside `App`, a programming error).
    pub fn use_context() -> Coach {
        expect_context::<Coach>()
    }

    /// A translated text (reactive when read inside a closure).
    pub fn t(&self, key: &str) -> String {
        self.texts.i18n.with(|c| c.t(key))
    }

    /// A reactive translated text; one closure type for every call site keeps the wasm small.
    pub fn tr(&self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let i18n = self.texts.i18n;
        move || i18n.with(|c| c.t(key))
    }

    /// A translated text with placeholders filled in.
    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.texts.i18n.with(|c| c.tf(key, args))
    }

    /// A narration text with the persona's details (`{name}`, `{pin}` …) filled in.
    pub fn say(&self, key: &str) -> String {
        let args = self.session.with_untracked(|s| s.persona().placeholders());
        let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.tf(key, &refs)
    }

    /// The words the coach says for a mistake (in the panel and on the result card).
    pub fn feedback_text(&self, fb: &Feedback) -> String {
        match fb {
            Feedback::Mistake(key) => self.say(key),
            Feedback::WrongValue { key, tries_left } => match tries_left {
                Some(1) if self.texts.i18n.with(|c| c.has(&format!("{key}-one"))) => self.say(&format!("{key}-one")),
                Some(n) => self.tf(key, &[("n", &n.to_string())]),
                None => self.say(key),
            },
        }
    }

    /// The key of a step text for the step's current phase when the catalog has one
    /// (`say-1` once the first of several actions is done), else the step's own (`say`):
    /// a step with several actions can guide each of them.
    pub fn phase_key(&self, s: &Session, part: &str) -> String {
        let phased = s.key(&format!("{part}-{}", s.progress()));
        if self.texts.i18n.with(|c| c.has(&phased)) {
            phased
        } else {
            s.key(part)
        }
    }

    /// Forwards a learner action to the engine, with the browser's clock.
    pub fn act(&self, action: Action) -> Outcome {
        let mut outcome = Outcome::Ignored;
        let now = platform::now_ms();
        self.session.update(|s| {
            s.set_now(now);
            outcome = s.act(action);
        });
        outcome
    }

    /// The view as an address: where the session is, in this language and mode.
    pub fn route(&self) -> Route {
        self.session.with_untracked(|s| Route {
            lang: self.texts.lang.get_untracked(),
            scenario: s.scenario(),
            step: s.index(),
            mode: self.mode.get_untracked(),
            seed: self.seed,
            lock_mode: self.lock_mode,
            host: self.host,
            view: self.view,
        })
    }

    /// Opens the facilitator's window for this exercise (or brings it back).
    pub fn open_facilitator(&self) {
        let query = Route { view: View::Facilitator, ..self.route() }.to_query();
        platform::open_window(&query, "logincoach-facilitator");
    }

    /// In the facilitator's window, what a command of the coach's controls asks of
    /// the learner's window (which this one then follows); `None`: done here.
    fn remote(&self, cmd: Command) -> Option<HostCommand> {
        let (scenario, index) = self.session.with_untracked(|s| (s.scenario(), s.index()));
        let step = |i: usize| scenario.steps.get(i).map(|st| HostCommand::Goto { scenario: scenario.id.to_owned(), step: Some(st.id.to_owned()) });
        match cmd {
            Command::Goto(i) => step(i),
            Command::Back => index.checked_sub(1).and_then(step),
            Command::Restart => Some(HostCommand::Restart),
            Command::Open(sc) => Some(HostCommand::Goto { scenario: sc.id.to_owned(), step: None }),
            Command::SetMode(m) => Some(HostCommand::Set { lang: None, mode: Some(m) }),
            _ => None,
        }
    }

    /// Sends a command to the learner's window on this machine (from the facilitator's).
    pub fn drive(&self, cmd: HostCommand) {
        let obj = platform::fields_object(&cmd.fields());
        let _ = js_sys::Reflect::set(&obj, &"version".into(), &crate::flow::embed::VERSION.into());
        platform::channel_post(&obj);
    }

    /// Carries out a command of the coach's own controls (in the facilitator's
    /// window, those that move the exercise are sent to the learner's window).
    pub fn run(&self, cmd: Command) {
        let coach = *self;
        if coach.view == View::Facilitator {
            if let Some(remote) = coach.remote(cmd) {
                return coach.drive(remote);
            }
        }
        match cmd {
            Command::Hint => coach.session.update(|s| {
                s.request_hint();
            }),
            Command::DoIt | Command::PlayStep => player::step_once(coach),
            Command::Back => coach.session.update(|s| s.back()),
            Command::Restart => coach.session.update(restart),
            Command::PlayToggle => {
                if coach.watch.play.get_untracked().state == PlayState::Playing {
                    player::stop(coach)
                } else {
                    player::start(coach)
                }
            }
            Command::Goto(i) => coach.session.update(|s| s.goto(i)),
            Command::Open(sc) => coach.open(sc, 0),
            Command::SetMode(m) => coach.set_mode(m),
            Command::PracticeFrom(i) => {
                coach.set_mode(Mode::Practice);
                coach.session.update(|s| {
                    s.set_now(platform::now_ms());
                    s.goto(i);
                });
            }
            Command::Print => platform::print(),
            Command::TimeOut => coach.session.update(|s| {
                s.set_now(platform::now_ms());
                s.time_out();
            }),
            Command::Detour(sc) => {
                let here = coach.session.with_untracked(|s| (s.scenario(), s.index()));
                coach.open_from(sc, 0, Some(here));
            }
            Command::Return => {
                if let Some((sc, step)) = coach.came_from.get_untracked() {
                    coach.open(sc, step);
                }
            }
            Command::Retry => coach.retry_now(),
            Command::SetSpeed(speed) => coach.watch.play.update(|p| p.speed = speed),
            Command::ReadAloud => {
                let text = coach.session.with_untracked(|s| {
                    let phase = |part| coach.phase_key(s, part);
                    let mut parts = vec![s.key("title"), phase("say")];
                    if s.hint() >= crate::flow::engine::HintLevel::Nudge {
                        parts.push(phase("hint"));
                    }
                    parts
                });
                let spoken: Vec<String> = text
                    .iter()
                    .filter(|k| coach.texts.i18n.with_untracked(|c| c.has(k)))
                    .map(|k| coach.say(k))
                    .collect();
                platform::speak(&spoken.join(" \n"), coach.texts.lang.get_untracked().code());
            }
        }
    }

    /// Whether this target id is the one the learner should use next, and the mode
    /// marks it (always when guided; in practice only after asking for help).
    pub fn is_target(&self, target: &str) -> bool {
        let mode = self.mode.get();
        self.session.with(|s| mode.marks_next(s.hint()) && s.next_target() == Some(target))
    }

    /// Drops the explained link error, if one shows. Only then: setting the signal
    /// redraws the whole page below the top bar, and doing that on every Back or
    /// Forward kept about 10 KB of wasm memory each time and cost a full redraw.
    pub fn clear_error(&self) {
        if self.error.with_untracked(Option::is_some) {
            self.error.set(None);
        }
    }

    /// Switches the coach mode; the engine learns how much help to give. Starting a
    /// test starts the scenario over, so its result card covers every step.
    pub fn set_mode(&self, mode: Mode) {
        let before = self.mode.get_untracked();
        if before == mode {
            return;
        }
        self.mode.set(mode);
        self.session.update(|s| {
            s.set_help(mode.help());
            if mode == Mode::Test {
                restart(s);
            }
        });
    }

    /// A new session as this coach runs it: the mode's help and the clock set.
    fn fresh(&self, scenario: &'static crate::flow::Scenario, step: usize) -> Session {
        let mut s = Session::seeded(scenario, &PERSONA, self.seed_for(scenario)).starting_at(step);
        s.set_help(self.mode.get_untracked().help());
        s.set_now(platform::now_ms());
        s
    }

    /// Opens a scenario at a step, keeping language and mode.
    pub fn open(&self, scenario: &'static crate::flow::Scenario, step: usize) {
        self.open_from(scenario, step, None);
    }

    /// Opens a scenario, remembering where a side exercise came from. When its
    /// chapter's texts are not loaded yet, the current view stays until they arrive
    /// (no flash of bare keys); the latest choice wins. When they cannot be fetched,
    /// the current view stays too and a note offers to try again.
    pub fn open_from(
        &self,
        scenario: &'static crate::flow::Scenario,
        step: usize,
        from: Option<(&'static crate::flow::Scenario, usize)>,
    ) {
        let coach = *self;
        let ticket = coach.fetching.opening.get_value().wrapping_add(1);
        coach.fetching.opening.set_value(ticket);
        let go = move || {
            coach.clear_error();
            coach.came_from.set(from);
            let mut next = coach.fresh(scenario, step);
            coach.session.with_untracked(|s| next.carry(s.run(), scenarios::csam::CARRIED));
            coach.session.set(next);
        };
        let needed = scenarios::parts_in_view(scenario.id, coach.view);
        let chapter = scenarios::chapter_of(scenario.id);
        if coach.texts.i18n.with_untracked(|c| c.missing(&needed).is_empty()) && platform::styles_ready(chapter) {
            coach.settled();
            return go();
        }
        coach.note.set(Note::Loading);
        // The chapter's look is fetched alongside its texts.
        let looks = platform::load_styles(chapter);
        leptos::task::spawn_local(async move {
            // Loop: the language may change while the texts are on their way.
            loop {
                let (lang, missing) = coach.texts.i18n.with_untracked(|c| (c.lang(), c.missing(&needed)));
                if missing.is_empty() {
                    break;
                }
                let fetched = platform::fetch_parts(lang, &missing).await;
                let failed = coach.texts.i18n.try_update(|c| c.add_fetched(lang, &fetched)).unwrap_or(0);
                if coach.fetching.opening.get_value() != ticket {
                    return;
                }
                if failed > 0 {
                    return coach.failed(Pending::Open(scenario, step, from));
                }
            }
            let styled = looks.await;
            if coach.fetching.opening.get_value() != ticket {
                return;
            }
            if !styled {
                return coach.failed(Pending::Open(scenario, step, from));
            }
            coach.settled();
            go();
        });
    }

    /// The random bytes of a new run: from the facilitator's seed when there is one.
    fn seed_for(&self, scenario: &'static crate::flow::Scenario) -> [u8; 32] {
        match &self.seed {
            Some(seed) => seed.bytes_for(scenario.id),
            None => platform::random_seed(),
        }
    }

    /// Texts could not be fetched: keep the current view, say so, and remember what to retry.
    fn failed(&self, pending: Pending) {
        self.fetching.retry.set_value(Some(pending));
        self.note.set(Note::LoadFailed);
    }

    /// A link whose texts (or look) could not come at start-up: the note, and the link
    /// is opened on retry.
    pub fn unreachable(&self, scenario: &'static crate::flow::Scenario, step: usize) {
        self.failed(Pending::Open(scenario, step, None));
    }

    /// Everything asked for is there: no note.
    fn settled(&self) {
        self.fetching.retry.set_value(None);
        self.note.set(Note::None);
    }

    /// Tries again what waited for texts that could not be fetched (the button, or back online).
    pub fn retry_now(&self) {
        match self.fetching.retry.get_value() {
            Some(Pending::Open(sc, step, from)) => self.open_from(sc, step, from),
            Some(Pending::Lang(lang)) => self.set_lang(lang),
            None => {}
        }
    }

    /// Creates the coach for a view (the app, or a test mounting one component).
    pub fn new(route: Route, error: Option<RouteError>, catalogs: Catalogs) -> Coach {
        let seed = match &route.seed {
            Some(seed) => seed.bytes_for(route.scenario.id),
            None => platform::random_seed(),
        };
        let mut session = Session::seeded(route.scenario, &PERSONA, seed).starting_at(route.step);
        session.set_help(route.mode.help());
        session.set_now(platform::now_ms());
        let session = RwSignal::new(session);
        Coach {
            session,
            step_key: Memo::new(move |_| session.with(|s| (s.scenario().id, s.step().id, s.is_completed()))),
            mode: RwSignal::new(route.mode),
            texts: Texts { lang: RwSignal::new(route.lang), i18n: RwSignal::new(catalogs), voices: RwSignal::new(0) },
            watch: Watch {
                play: RwSignal::new(Play { state: PlayState::Paused, speed: WatchSpeed::default() }),
                pointer: RwSignal::new(None),
                run: RwSignal::new(0),
                acting: StoredValue::new(false),
            },
            error: RwSignal::new(error),
            came_from: RwSignal::new(None),
            note: RwSignal::new(Note::None),
            seed: route.seed,
            lock_mode: route.lock_mode,
            host: route.host,
            view: route.view,
            linked: RwSignal::new(false),
            fetching: Fetching { opening: StoredValue::new(0), switching: StoredValue::new(0), retry: StoredValue::new(None) },
        }
    }

    /// Switches the interface language: the parts in use are fetched in it first. The
    /// latest choice wins; when the texts cannot come, the current language stays and a
    /// note offers to try again.
    pub fn set_lang(&self, lang: Lang) {
        let coach = *self;
        let ticket = coach.fetching.switching.get_value().wrapping_add(1);
        coach.fetching.switching.set_value(ticket);
        let mut needed = coach.texts.i18n.with_untracked(|c| c.loaded().to_vec());
        if !needed.contains(&"core") {
            needed.insert(0, "core");
        }
        // The page's own chapter may still be missing after a failed opening.
        for part in coach.session.with_untracked(|s| scenarios::parts_in_view(s.scenario().id, coach.view)) {
            if !needed.contains(&part) {
                needed.push(part);
            }
        }
        coach.note.set(Note::Loading);
        leptos::task::spawn_local(async move {
            let catalogs = platform::load_catalogs(Catalogs::empty(lang, platform::parse_catalog), &needed).await;
            if coach.fetching.switching.get_value() != ticket {
                return;
            }
            if !catalogs.missing(&needed).is_empty() {
                // The switch still shows the language in use.
                platform::set_select_value("lang-select", coach.texts.lang.get_untracked().code());
                return coach.failed(Pending::Lang(lang));
            }
            coach.settled();
            coach.texts.i18n.set(catalogs);
            coach.texts.lang.set(lang);
        });
    }
}

