//! The root component and the app-wide coach context.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::components::{narration::Narration, stage::Stage, topbar::TopBar};
use crate::flow::{
    engine::Outcome, Action, Catalogs, Lang, Mode, Route, RouteError, Session, PERSONA,
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
    /// Whether the watch player runs.
    pub play: RwSignal<PlayState>,
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
    /// A chapter's texts are on their way (a slow line): say so instead of seeming stuck.
    pub loading: RwSignal<bool>,
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
            Command::Restart => coach.session.update(|s| s.restart()),
            Command::PlayToggle => {
                if coach.play.get_untracked() == PlayState::Playing {
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
    /// (no flash of bare keys); the latest choice wins.
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
            coach.session.set(Session::seeded(scenario, &PERSONA, platform::random_seed()).starting_at(step));
        };
        let needed = scenarios::parts_for(scenario.id);
        if coach.i18n.with_untracked(|c| c.missing(&needed).is_empty()) {
            coach.loading.set(false);
            return go();
        }
        coach.loading.set(true);
        leptos::task::spawn_local(async move {
            // Loop: the language may change while the texts are on their way.
            loop {
                let (lang, missing) = coach.i18n.with_untracked(|c| (c.lang(), c.missing(&needed)));
                if missing.is_empty() {
                    break;
                }
                let fetched = platform::fetch_parts(lang, &missing).await;
                coach.i18n.update(|c| c.add_fetched(lang, &fetched));
            }
            if coach.opening.get_value() == ticket {
                coach.loading.set(false);
                go();
            }
        });
    }

    /// Creates the coach for a view (the app, or a test mounting one component).
    pub fn new(route: Route, error: Option<RouteError>, catalogs: Catalogs) -> Coach {
        Coach {
            session: RwSignal::new(
                Session::seeded(route.scenario, &PERSONA, platform::random_seed()).starting_at(route.step),
            ),
            lang: RwSignal::new(route.lang),
            i18n: RwSignal::new(catalogs),
            mode: RwSignal::new(route.mode),
            error: RwSignal::new(error),
            play: RwSignal::new(PlayState::Paused),
            pointer: RwSignal::new(None),
            player_run: RwSignal::new(0),
            voices: RwSignal::new(0),
            came_from: RwSignal::new(None),
            opening: StoredValue::new(0),
            loading: RwSignal::new(false),
        }
    }

    /// Switches the interface language: the parts in use are fetched in it first.
    pub fn set_lang(&self, lang: Lang) {
        let coach = *self;
        let mut needed = coach.i18n.with_untracked(|c| c.loaded().to_vec());
        if !needed.contains(&"core") {
            needed.insert(0, "core");
        }
        leptos::task::spawn_local(async move {
            let catalogs = platform::load_catalogs(Catalogs::empty(lang), &needed).await;
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
    let coach = Coach::new(route, error, catalogs);
    provide_context(coach);

    // The address is the state: keep it in step with every change.
    Effect::new(move |_| {
        if coach.error.with(|e| e.is_some()) {
            return;
        }
        let r = coach.session.with(|s| Route {
            lang: coach.lang.get(),
            scenario: s.scenario(),
            step: s.index(),
            mode: coach.mode.get(),
        });
        platform::replace_query(&r.to_query());
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

    // Move focus to the new step's title so screen readers announce it.
    Effect::new(move |prev: Option<(&'static str, &'static str)>| {
        let (scenario, step, _) = step_key.get();
        if prev.is_some() && prev != Some((scenario, step)) {
            platform::focus_id("step-title");
            // The old step's instruction is not read over the new one.
            platform::stop_speaking();
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
            "PageDown" if !coach.mode.get_untracked().offers_hints() && coach.play.get_untracked() == PlayState::Paused => {
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
            <p class="loading-note" id="loading-note" role="status" class:visible=move || coach.loading.get()>
                {move || if coach.loading.get() { coach.t("ui.loading") } else { String::new() }}
            </p>
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
    let go = move |_| {
        coach.open(scenarios::overview(), 0);
        coach.mode.set(Mode::Guided);
    };
    view! {
        <main class="problem" id="main">
            <div class="problem-card" id="error-panel" role="alert">
                <h1 id="step-title" tabindex="-1">{coach.tr("error.title")}</h1>
                <p>{move || coach.tf(key, &[("value", &what)])}</p>
                <p>{coach.tr("error.reassure")}</p>
                <button class="btn btn-primary big" id="to-overview" on:click=go>
                    {coach.tr("error.to-overview")}
                </button>
            </div>
        </main>
    }
}
