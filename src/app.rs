//! The root component: reads the URL, provides the coach, lays out the top bar, the
//! narration and the stage, and keeps the address, the document title and (through
//! `embed`) an embedding page in step with the session.

use leptos::prelude::*;

use crate::coach::{player, Coach, Command, Note, PlayState};
use crate::components::{controls::CmdButton, facilitator::Facilitator, narration::Narration, topbar::TopBar};
use crate::flow::{route::shorten, Action, Catalogs, Mode, Route, RouteError, View};
use crate::screens::{print::PrintSheet, stage::Stage};
use crate::{platform, scenarios};

/// The whole app: reads the URL, provides the coach, lays out narration and stage.
/// `catalogs` are those of the URL's language, loaded before mounting (no flash of Dutch).
#[component]
pub fn App(
    /// The catalogs of the URL's language, loaded before mounting.
    catalogs: Catalogs,
) -> impl IntoView {
    let (lang, parsed) = Route::parse(&platform::query(), &platform::preferred_languages(), &scenarios::REGISTRY);
    let (route, error) = match parsed {
        Ok(r) => (r, None),
        Err(e) => (Route::overview(lang, &scenarios::REGISTRY), Some(e)),
    };
    // A chapter whose texts could not come is not shown: the overview (its texts are
    // built in) with the "check the connection" note, and the link is opened on retry.
    let unreachable = error.is_none()
        && catalogs.lang() == lang
        && (!catalogs.missing(&scenarios::parts_in_view(route.scenario.id, route.view)).is_empty()
            || !platform::styles_ready(scenarios::chapter_of(route.scenario.id)));
    let start = if unreachable { Route { scenario: scenarios::overview(), step: 0, ..route } } else { route };
    let coach = Coach::new(start, error, catalogs);
    if unreachable {
        coach.unreachable(route.scenario, route.step);
    }
    provide_context(coach);

    // The address is the state. Each step the learner enters gets its own history
    // entry, so the browser's Back and Forward move between steps; a language or mode
    // change only rewrites the address. In a frame the address is only rewritten:
    // entries there would join the host page's history and fight its Back button.
    let framed = platform::is_framed();
    // It follows the step, not every keystroke in a field.
    Effect::new(move |prev: Option<(&'static str, &'static str)>| {
        let here = coach.step_key.with(|k| (k.0, k.1));
        let mode = coach.mode.get();
        if coach.error.with(|e| e.is_some()) || (unreachable && matches!(coach.note.get(), Note::LoadFailed)) {
            return here;
        }
        coach.texts.lang.track();
        let query = coach.route().to_query();
        if platform::query() != query {
            // The player's steps in watch mode are not the learner's: no entries for them.
            let push = prev.is_some_and(|p| p != here) && !framed && !mode.autoplay();
            platform::set_query(&query, push);
        }
        here
    });

    // Back / Forward: show the step of that history entry, without a reload.
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        let (_, parsed) = Route::parse(&platform::query(), &platform::preferred_languages(), &scenarios::REGISTRY);
        let Ok(r) = parsed else { return };
        coach.set_mode(r.mode);
        if coach.session.with_untracked(|s| s.scenario().id) == r.scenario.id {
            coach.clear_error();
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
        platform::set_document_lang_and_title(coach.texts.lang.get().code(), &text);
    });

    // Tell an embedding page (or a learning platform) where the learner is, and
    // obey its checked commands.
    let step_key = coach.step_key;
    crate::embed::wire(coach);

    // A new step: focus goes to its title so screen readers announce it (without
    // scrolling the page away from where the learner works), the next control comes
    // into view, and the old step's pointer and notes go.
    Effect::new(move |prev: Option<(&'static str, &'static str)>| {
        let (scenario, step, _) = step_key.get();
        if prev.is_some() && prev != Some((scenario, step)) {
            coach.watch.pointer.set(None);
            if matches!(coach.note.get_untracked(), Note::PlayerLost) {
                coach.note.set(Note::None);
            }
            platform::focus_id("step-title");
            // The old step's instruction is not read over the new one.
            platform::stop_speaking();
            let mode = coach.mode.get_untracked();
            let target = coach.session.with_untracked(|s| s.next_target().filter(|_| mode.marks_next(s.hint())));
            if let Some(target) = target {
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
        // The key first: every keystroke in a field passes here, and asking the
        // browser what the target is costs more than that.
        let key = ev.key();
        if !matches!(key.as_str(), "PageDown" | "PageUp")
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || platform::typing_in_field(&ev)
        {
            return;
        }
        let cmd = match key.as_str() {
            "PageDown" if coach.session.with_untracked(|s| s.can_next()) => None,
            "PageDown" if coach.mode.get_untracked().autoplay() && coach.watch.play.get_untracked().state == PlayState::Paused => {
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

    // Offline after the first visit. A new version is offered between exercises
    // (on the overview, or once one is finished), never in the middle of one.
    let new_version = RwSignal::new(false);
    platform::register_offline(move || new_version.set(true));
    let offer_update = move || {
        new_version.get() && coach.session.with(|s| s.is_completed() || s.scenario().id == scenarios::overview().id)
    };

    // Voices load after start-up; "read aloud" shows once one fits the language.
    platform::on_voices_changed(move || coach.texts.voices.update(|n| *n += 1));

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

    let printing = matches!(coach.view, View::Print | View::Script);
    let hint = move || coach.session.with(|s| s.hint().as_u8()).to_string();
    let scenario_id = move || coach.session.with(|s| s.scenario().id);
    let step_id = move || coach.session.with(|s| s.step().id);
    // Where the pointer was last, kept while it fades out (a plain cell: the closure below is its only reader);
    // none before it has ever been shown.
    let pointer_at = std::cell::Cell::new(None::<(i32, i32)>);
    view! {
        <div
            id="app"
            class="app"
            class:fit=coach.host.fit
            lang=move || coach.texts.lang.get().code()
            data-ready="true"
            data-scenario=scenario_id
            data-step=step_id
            data-mode=move || coach.mode.get().code()
            data-hint=hint
        >
            {(!printing).then(|| view! { <TopBar /> })}
            {move || match coach.error.get() {
                Some(e) => view! { <RouteProblem error=e /> }.into_any(),
                None if coach.view == View::Facilitator => view! { <Facilitator /> }.into_any(),
                None if printing => view! { <PrintSheet /> }.into_any(),
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
            {move || offer_update().then(|| view! {
                <div class="update-note" id="new-version" role="status">
                    <p>{coach.t("ui.new-version")}</p>
                    <button type="button" class="btn btn-primary" id="reload-btn" on:click=move |_| platform::apply_new_version()>
                        {coach.t("ui.reload")}
                    </button>
                </div>
            })}
            <div
                id="coach-pointer"
                class="coach-pointer"
                aria-hidden="true"
                class:visible=move || coach.watch.pointer.with(|p| p.is_some())
                // Where it was last while it fades out, so it does not glide back to a corner. Until it
                // is first shown it is not drawn at all, so it appears on its target instead of gliding
                // in from the window's top-left corner (no transition starts from `display: none`).
                style=move || {
                    if let Some(p) = coach.watch.pointer.get() {
                        pointer_at.set(Some((p.0 as i32, p.1 as i32)));
                    }
                    match pointer_at.get() {
                        Some((x, y)) => format!("transform: translate({x}px, {y}px)"),
                        None => "display: none".to_owned(),
                    }
                }
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
        coach.set_mode(Mode::Guided);
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
