//! The root component and the app-wide coach context.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::components::{controls::CmdButton, narration::Narration, stage::Stage, topbar::TopBar};
use crate::flow::{
    engine::Outcome, route::shorten, Action, Catalogs, Lang, Mode, Route, RouteError, Seed, Session,
    WatchSpeed, PERSONA,
};
use crate::{platform, player, scenarios};

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
}

/// App-wide state shared through context: the session, language, mode and player.
#[derive(Clone, Copy)]
pub struct Coach {
    /// Where the learner is in which scenario.
    pub session: RwSignal<Session>,
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// The catalogs of the current language.
    pub i18n: RwSignal<Catalogs>,
    /// Guided or watch.
    pub mode: RwSignal<Mode>,
    /// A URL that could not be followed, explained instead of the scenario.
    pub error: RwSignal<Option<RouteError>>,
    /// Whether the watch player runs, and how fast.
    pub play: RwSignal<Play>,
    /// Where the coach's pointer is (viewport px), when visible.
    pub pointer: RwSignal<Option<(f64, f64)>>,
    /// Bumped to cancel a running player loop.
    pub player_run: RwSignal<u32>,
    /// Bumped when the browser's voices change, so "read aloud" appears once one loads.
    pub voices: RwSignal<u32>,
    /// Where a side exercise was opened from (scenario and step), to return there.
    pub came_from: RwSignal<Option<(&'static crate::flow::Scenario, usize)>>,
    /// Counts scenario openings, so only the latest one lands once its texts arrive.
    opening: StoredValue<u32>,
    /// Counts language switches, so only the latest one lands.
    switching: StoredValue<u32>,
    /// The coach's note: texts on their way or unreachable, or the player lost its target.
    pub note: RwSignal<Note>,
    /// What to do again once the texts can be fetched.
    retry: StoredValue<Option<Pending>>,
    /// The facilitator's fixed `seed=`, if any: every run of the page is then repeatable.
    pub seed: Option<Seed>,
    /// The player is carrying out an action: a second "do it for me" waits its turn.
    pub acting: StoredValue<bool>,
}

impl Coach {
    /// The coach from context (panics only if used outside `App`, a programming error).
    pub fn use_context() -> Coach {
        expect_context::<Coach>()
    }

    /// A translated text (reactive when read inside a closure).
    pub fn t(&self, key: &str) -> String {
        self.i18n.with(|c| c.t(key))
    }

    /// A reactive translated text; one closure type for every call site keeps the wasm small.
    pub fn tr(&self, key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        let i18n = self.i18n;
        move || i18n.with(|c| c.t(key))
    }

    /// A translated text with placeholders filled in.
    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.i18n.with(|c| c.tf(key, args))
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

    /// Carries out a command of the coach's own controls.
    pub fn run(&self, cmd: Command) {
        let coach = *self;
        match cmd {
            Command::Hint => coach.session.update(|s| {
                s.request_hint();
            }),
            Command::DoIt | Command::PlayStep => player::step_once(coach),
            Command::Back => coach.session.update(|s| s.back()),
            Command::Restart => coach.session.update(|s| {
                let before = s.run().clone();
                s.restart();
                s.carry(&before, scenarios::csam::CARRIED);
            }),
            Command::PlayToggle => {
                if coach.play.get_untracked().state == PlayState::Playing {
                    player::stop(coach)
                } else {
                    player::start(coach)
                }
            }
            Command::Goto(i) => coach.session.update(|s| s.goto(i)),
            Command::Open(sc) => coach.open(sc, 0),
            Command::SetMode(m) => coach.mode.set(m),
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
            Command::SetSpeed(speed) => coach.play.update(|p| p.speed = speed),
            Command::ReadAloud => {
                let text = coach.session.with_untracked(|s| {
                    let phase = |part| crate::components::narration::phase_key(&coach, s, part);
                    let mut parts = vec![s.key("title"), phase("say")];
                    if s.hint() >= crate::flow::engine::HintLevel::Nudge {
                        parts.push(phase("hint"));
                    }
                    parts
                });
                let spoken: Vec<String> = text
                    .iter()
                    .filter(|k| coach.i18n.with_untracked(|c| c.has(k)))
                    .map(|k| crate::components::narration::say(&coach, k))
                    .collect();
                platform::speak(&spoken.join(" \n"), coach.lang.get_untracked().code());
            }
        }
    }

    /// Whether this target id is the one the learner should use next.
    pub fn is_target(&self, target: &str) -> bool {
        self.mode.get() == Mode::Guided
            && self.session.with(|s| s.next_target() == Some(target))
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
        let ticket = coach.opening.get_value().wrapping_add(1);
        coach.opening.set_value(ticket);
        let go = move || {
            coach.error.set(None);
            coach.came_from.set(from);
            let mut next = Session::seeded(scenario, &PERSONA, coach.seed_for(scenario)).starting_at(step);
            coach.session.with_untracked(|s| next.carry(s.run(), scenarios::csam::CARRIED));
            coach.session.set(next);
        };
        let needed = scenarios::parts_for(scenario.id);
        let chapter = scenarios::chapter_of(scenario.id);
        if coach.i18n.with_untracked(|c| c.missing(&needed).is_empty()) && platform::styles_ready(chapter) {
            coach.settled();
            return go();
        }
        coach.note.set(Note::Loading);
        // The chapter's look is fetched alongside its texts.
        let looks = platform::load_styles(chapter);
        leptos::task::spawn_local(async move {
            // Loop: the language may change while the texts are on their way.
            loop {
                let (lang, missing) = coach.i18n.with_untracked(|c| (c.lang(), c.missing(&needed)));
                if missing.is_empty() {
                    break;
                }
                let fetched = platform::fetch_parts(lang, &missing).await;
                let failed = coach.i18n.try_update(|c| c.add_fetched(lang, &fetched)).unwrap_or(0);
                if coach.opening.get_value() != ticket {
                    return;
                }
                if failed > 0 {
                    return coach.failed(Pending::Open(scenario, step, from));
                }
            }
            let styled = looks.await;
            if coach.opening.get_value() != ticket {
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
        self.retry.set_value(Some(pending));
        self.note.set(Note::LoadFailed);
    }

    /// Everything asked for is there: no note.
    fn settled(&self) {
        self.retry.set_value(None);
        self.note.set(Note::None);
    }

    /// Tries again what waited for texts that could not be fetched (the button, or back online).
    pub fn retry_now(&self) {
        match self.retry.get_value() {
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
        Coach {
            session: RwSignal::new(Session::seeded(route.scenario, &PERSONA, seed).starting_at(route.step)),
            lang: RwSignal::new(route.lang),
            i18n: RwSignal::new(catalogs),
            mode: RwSignal::new(route.mode),
            error: RwSignal::new(error),
            play: RwSignal::new(Play { state: PlayState::Paused, speed: WatchSpeed::default() }),
            pointer: RwSignal::new(None),
            player_run: RwSignal::new(0),
            voices: RwSignal::new(0),
            came_from: RwSignal::new(None),
            opening: StoredValue::new(0),
            switching: StoredValue::new(0),
            note: RwSignal::new(Note::None),
            retry: StoredValue::new(None),
            seed: route.seed,
            acting: StoredValue::new(false),
        }
    }

    /// Switches the interface language: the parts in use are fetched in it first. The
    /// latest choice wins; when the texts cannot come, the current language stays and a
    /// note offers to try again.
    pub fn set_lang(&self, lang: Lang) {
        let coach = *self;
        let ticket = coach.switching.get_value().wrapping_add(1);
        coach.switching.set_value(ticket);
        let mut needed = coach.i18n.with_untracked(|c| c.loaded().to_vec());
        if !needed.contains(&"core") {
            needed.insert(0, "core");
        }
        // The page's own chapter may still be missing after a failed opening.
        for part in coach.session.with_untracked(|s| scenarios::parts_for(s.scenario().id)) {
            if !needed.contains(&part) {
                needed.push(part);
            }
        }
        coach.note.set(Note::Loading);
        leptos::task::spawn_local(async move {
            let catalogs = platform::load_catalogs(Catalogs::empty(lang, platform::parse_catalog), &needed).await;
            if coach.switching.get_value() != ticket {
                return;
            }
            if !catalogs.missing(&needed).is_empty() {
                // The switch still shows the language in use.
                platform::set_select_value("lang-select", coach.lang.get_untracked().code());
                return coach.failed(Pending::Lang(lang));
            }
            coach.settled();
            coach.i18n.set(catalogs);
            coach.lang.set(lang);
        });
    }
}

/// The whole app: reads the URL, provides the coach, lays out narration and stage.
/// `catalogs` are those of the URL's language, loaded before mounting (no flash of Dutch).
#[component]
pub fn App(
    /// The catalogs of the URL's language, loaded before mounting.
    catalogs: Catalogs,
) -> impl IntoView {
    let (lang, parsed) = Route::parse(&platform::query(), &platform::preferred_languages());
    let (route, error) = match parsed {
        Ok(r) => (r, None),
        Err(e) => (Route::overview(lang), Some(e)),
    };
    // A chapter whose texts could not come is not shown: the overview (its texts are
    // built in) with the "check the connection" note, and the link is opened on retry.
    let unreachable = error.is_none()
        && catalogs.lang() == lang
        && (!catalogs.missing(&scenarios::parts_for(route.scenario.id)).is_empty()
            || !platform::styles_ready(scenarios::chapter_of(route.scenario.id)));
    let start = if unreachable { Route { scenario: scenarios::overview(), step: 0, ..route } } else { route };
    let coach = Coach::new(start, error, catalogs);
    if unreachable {
        coach.failed(Pending::Open(route.scenario, route.step, None));
    }
    provide_context(coach);

    // The address is the state. Each step the learner enters gets its own history
    // entry, so the browser's Back and Forward move between steps; a language or mode
    // change only rewrites the address. In a frame the address is only rewritten:
    // entries there would join the host page's history and fight its Back button.
    let framed = platform::is_framed();
    Effect::new(move |prev: Option<(&'static str, usize)>| {
        let here = coach.session.with(|s| (s.scenario().id, s.index()));
        let mode = coach.mode.get();
        if coach.error.with(|e| e.is_some()) || (unreachable && matches!(coach.note.get(), Note::LoadFailed)) {
            return here;
        }
        let r = coach.session.with(|s| Route {
            lang: coach.lang.get(),
            scenario: s.scenario(),
            step: s.index(),
            mode,
            seed: coach.seed,
        });
        let query = r.to_query();
        if platform::query() != query {
            // The player's steps in watch mode are not the learner's: no entries for them.
            let push = prev.is_some_and(|p| p != here) && !framed && !mode.autoplay();
            platform::set_query(&query, push);
        }
        here
    });

    // Back / Forward: show the step of that history entry, without a reload.
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let (_, parsed) = Route::parse(&platform::query(), &platform::preferred_languages());
        let Ok(r) = parsed else { return };
        if coach.mode.get_untracked() != r.mode {
            coach.mode.set(r.mode);
        }
        if coach.session.with_untracked(|s| s.scenario().id) == r.scenario.id {
            coach.error.set(None);
            coach.session.update(|s| s.goto(r.step));
        } else {
            coach.open(r.scenario, r.step);
        }
    });

    // Back online: what could not be fetched is tried again by itself.
    let _ = window_event_listener(leptos::ev::online, move |_| {
        if matches!(coach.note.get_untracked(), Note::LoadFailed) {
            coach.retry_now();
        }
    });

    // The document's language and title follow the view, for screen readers and tabs.
    Effect::new(move |_| {
        let title = coach.session.with(|s| s.key("title"));
        let text = format!("{} – LoginCoach", coach.t(&title));
        platform::set_document_lang_and_title(coach.lang.get().code(), &text);
    });

    // Tell an embedding page about readiness, every step entered and completion.
    let step_key = Memo::new(move |_| {
        coach
            .session
            .with(|s| (s.scenario().id, s.step().id, s.is_completed()))
    });
    Effect::new(move |announced: Option<bool>| {
        let (scenario, step, completed) = step_key.get();
        let lang = coach.lang.get_untracked().code();
        let mode = coach.mode.get_untracked().code();
        let send = |kind: &str| {
            platform::post_to_parent(&[
                ("source", JsValue::from_str("logincoach")),
                ("version", JsValue::from_f64(1.0)),
                ("type", JsValue::from_str(kind)),
                ("scenario", JsValue::from_str(scenario)),
                ("step", JsValue::from_str(step)),
                ("lang", JsValue::from_str(lang)),
                ("mode", JsValue::from_str(mode)),
            ])
        };
        if announced.is_none() {
            send("ready");
        }
        if completed {
            send("completed");
        } else {
            send("step");
        }
        true
    });

    // A new step: focus goes to its title so screen readers announce it (without
    // scrolling the page away from where the learner works), the next control comes
    // into view, and the old step's pointer and notes go.
    Effect::new(move |prev: Option<(&'static str, &'static str)>| {
        let (scenario, step, _) = step_key.get();
        if prev.is_some() && prev != Some((scenario, step)) {
            coach.pointer.set(None);
            if matches!(coach.note.get_untracked(), Note::PlayerLost) {
                coach.note.set(Note::None);
            }
            platform::focus_id("step-title");
            // The old step's instruction is not read over the new one.
            platform::stop_speaking();
            let target = coach.session.with_untracked(|s| s.next_target());
            if let Some(target) = target.filter(|_| coach.mode.get_untracked().offers_hints()) {
                leptos::task::spawn_local(async move {
                    // Once the new screen is drawn.
                    gloo_timers::future::TimeoutFuture::new(60).await;
                    if step_key.get_untracked().1 == step {
                        if let Some(el) = platform::find_target(target) {
                            platform::reveal(&el);
                        }
                    }
                });
            }
        }
        (scenario, step)
    });

    // A presenter remote sends PageDown / PageUp: the facilitator steps through the
    // projected scenario without the mouse (Next where it is allowed, else one action
    // of the paused watch player; Back).
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || platform::typing_in_field(&ev) {
            return;
        }
        let cmd = match ev.key().as_str() {
            "PageDown" if coach.session.with_untracked(|s| s.can_next()) => None,
            "PageDown" if !coach.mode.get_untracked().offers_hints() && coach.play.get_untracked().state == PlayState::Paused => {
                Some(Command::PlayStep)
            }
            "PageUp" if coach.session.with_untracked(|s| s.can_back()) => Some(Command::Back),
            _ => return,
        };
        ev.prevent_default();
        match cmd {
            Some(c) => coach.run(c),
            None => {
                coach.act(Action::Click(crate::flow::model::NEXT.to_owned()));
            }
        }
    });

    // Voices load after start-up; "read aloud" shows once one fits the language.
    platform::on_voices_changed(move || coach.voices.update(|n| *n += 1));

    // Scene events (an SMS arriving) come by themselves after their delay.
    Effect::new(move |_| {
        if let Some((event, after)) = coach.session.with(|s| s.awaited_event()) {
            let at = step_key.get_untracked();
            leptos::task::spawn_local(async move {
                gloo_timers::future::TimeoutFuture::new(after).await;
                if step_key.get_untracked() == at {
                    coach.act(Action::Event(event.to_owned()));
                }
            });
        }
    });

    // Watch mode starts playing by itself.
    Effect::new(move |_| {
        if coach.mode.get().autoplay() {
            player::start(coach);
        } else {
            player::stop(coach);
        }
    });

    let hint = move || coach.session.with(|s| s.hint().as_u8()).to_string();
    let scenario_id = move || coach.session.with(|s| s.scenario().id);
    let step_id = move || coach.session.with(|s| s.step().id);
    view! {
        <div
            id="app"
            class="app"
            lang=move || coach.lang.get().code()
            data-ready="true"
            data-scenario=scenario_id
            data-step=step_id
            data-mode=move || coach.mode.get().code()
            data-hint=hint
        >
            <TopBar />
            {move || match coach.error.get() {
                Some(e) => view! { <RouteProblem error=e /> }.into_any(),
                None => view! {
                    <main class="workspace" id="main">
                        <Narration />
                        <Stage />
                    </main>
                }.into_any(),
            }}
            // A live region that is always there, so screen readers announce its text.
            <div
                class="loading-note"
                id="loading-note"
                role="status"
                class:visible=move || matches!(coach.note.get(), Note::Loading | Note::LoadFailed)
                class:failed=move || matches!(coach.note.get(), Note::LoadFailed)
            >
                {move || match coach.note.get() {
                    Note::None | Note::PlayerLost => None,
                    Note::Loading => Some(view! { <p>{coach.t("ui.loading")}</p> }.into_any()),
                    Note::LoadFailed => Some(view! {
                        <p id="load-failed">{coach.t("ui.load-failed")}</p>
                        <CmdButton cmd=Command::Retry id="retry-btn" class="btn btn-primary" label=Signal::derive(coach.tr("ui.retry")) />
                    }.into_any()),
                }}
            </div>
            <div
                id="coach-pointer"
                class="coach-pointer"
                aria-hidden="true"
                class:visible=move || coach.pointer.with(|p| p.is_some())
                style:left=move || coach.pointer.get().map(|p| format!("{}px", p.0 as i32)).unwrap_or_default()
                style:top=move || coach.pointer.get().map(|p| format!("{}px", p.1 as i32)).unwrap_or_default()
            ></div>
        </div>
    }
}

/// A friendly explanation for a link that could not be followed, with a way out.
#[component]
fn RouteProblem(error: RouteError) -> impl IntoView {
    let coach = Coach::use_context();
    let (key, what) = match &error {
        RouteError::UnknownScenario(s) => ("error.scenario", s.clone()),
        RouteError::UnknownStep(_, s) => ("error.step", s.clone()),
        RouteError::UnknownMode(s) => ("error.mode", s.clone()),
        RouteError::UnknownLang(s) => ("error.lang", s.clone()),
    };
    // A very long value is cut: the reassuring text stays on a phone screen.
    let what = shorten(&what, 60);
    let go = move |_| {
        coach.open(scenarios::overview(), 0);
        coach.mode.set(Mode::Guided);
    };
    view! {
        <main class="problem" id="main">
            <div class="problem-card" id="error-panel" role="alert">
                <h1 id="step-title" tabindex="-1">{coach.tr("error.title")}</h1>
                <p class="problem-value">{move || coach.tf(key, &[("value", &what)])}</p>
                <p>{coach.tr("error.reassure")}</p>
                <button class="btn btn-primary big" id="to-overview" on:click=go>
                    {coach.tr("error.to-overview")}
                </button>
            </div>
        </main>
    }
}
