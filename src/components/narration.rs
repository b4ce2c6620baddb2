//! The coach panel: the instruction in large plain words, feedback, the hint ladder,
//! progress, navigation and the step list.

use leptos::prelude::*;

use crate::coach::{Coach, Command, PlayState};
use crate::components::controls::{CmdButton, CoachButton};
use crate::flow::engine::HintLevel;
use crate::flow::model::NEXT;
use crate::components::result_card::ResultCard;
use crate::flow::{Mode, WatchSpeed};
use crate::coach::player;
use crate::scenarios;

/// The narration panel beside (or above) the mock screens.
#[component]
pub fn Narration() -> impl IntoView {
    let coach = Coach::use_context();
    let key = move |part: &str| coach.session.with(|s| coach.phase_key(s, part));
    let title = move || coach.say(&key("title"));
    let instruction = move || coach.say(&key("say"));
    let scenario_title = move || coach.t(&coach.session.with(|s| s.scenario().title_key()));
    let progress = move || {
        let (i, n) = coach.session.with(|s| (s.index() + 1, s.len()));
        coach.tf("ui.progress", &[("n", &i.to_string()), ("total", &n.to_string())])
    };
    // A scale, not a width: the bar grows on the compositor, with no layout per frame.
    // In thousandths, written with integers: formatting a float would bring the float
    // printer into the wasm (7.6 KiB gzip, measured).
    let progress_scale = move || {
        coach.session.with(|s| {
            let permille = (s.index() + 1) * 1000 / s.len().max(1);
            format!("scaleX({}.{:03})", permille / 1000, permille % 1000)
        })
    };
    let multi_step = move || coach.session.with(|s| s.len() > 1);
    // One-step tools (reader-check) still need Next; only the overview has none.
    let has_nav = move || coach.session.with(|s| s.len() > 1 || s.step().is_informational());
    let hint_level = move || coach.session.with(|s| s.hint());
    let nudge = move || {
        (hint_level() >= HintLevel::Nudge)
            .then(|| coach.texts.i18n.with(|c| c.opt(&key("hint"))).map(|_| coach.say(&key("hint"))))
            .flatten()
    };
    let feedback = move || {
        coach
            .session
            .with(|s| s.feedback().cloned())
            .map(|fb| coach.feedback_text(&fb))
    };
    let completed = move || coach.step_key.with(|k| k.2);
    let offer_do_it = move || hint_level() == HintLevel::DoIt;
    let helps = move || coach.mode.get().offers_hints();
    let watching = move || coach.mode.get().autoplay();
    let free = move || coach.mode.get().free_to_jump();
    let testing = move || coach.mode.get() == Mode::Test;

    // "Show me" animates the pointer as soon as the ladder reaches it.
    Effect::new(move |prev: Option<HintLevel>| {
        let level = hint_level();
        if level == HintLevel::ShowMe && prev != Some(HintLevel::ShowMe) {
            player::show_me(coach);
        }
        level
    });

    let label = move |key: &'static str| Signal::derive(coach.tr(key));
    let can_speak = move || {
        coach.texts.voices.track();
        crate::platform::can_speak(coach.texts.lang.get().code())
    };
    let can_next = Signal::derive(move || !coach.session.with(|s| s.can_next()));

    view! {
        // A finished test shows its result card in place of the last step's words.
        <section class="coach-panel" id="narration" aria-labelledby="step-title" class:finished=move || completed() && testing()>
            <p class="scenario-name">{scenario_title}</p>
            <Show when=multi_step>
                <div class="progress">
                    <p id="progress">{progress}</p>
                    <div class="progress-track" aria-hidden="true">
                        <div class="progress-fill" style:transform=progress_scale></div>
                    </div>
                </div>
            </Show>
            <h1 id="step-title" tabindex="-1">{title}</h1>
            // The instruction, the feedback and the hint scroll when a long text meets a
            // short screen: focusable, so a keyboard can scroll them too.
            <p id="instruction" class="say" tabindex="0">{instruction}</p>
            <Show when=can_speak>
                <CmdButton cmd=Command::ReadAloud id="read-aloud" class="btn btn-quiet read-aloud" label=label("ui.read-aloud") />
            </Show>
            <div id="feedback" class="feedback" role="status" aria-live="polite" tabindex="0">
                {move || feedback().map(|t| view! { <p class="feedback-text">{t}</p> })}
                {move || matches!(coach.note.get(), crate::coach::Note::PlayerLost).then(|| view! { <p id="coach-notice" class="coach-notice">{coach.t(crate::coach::player::LOST_KEY)}</p> })}
            </div>
            // A code or a notification that expires: show what happens without the room waiting.
            <Show when=move || !testing() && coach.session.with(|s| s.timeout_branch().is_some())>
                <CmdButton cmd=Command::TimeOut id="time-out-btn" class="btn btn-quiet" label=label("ui.time-out") />
            </Show>
            <Show when=move || helps() && !completed()>
                <div class="hint-area">
                    {move || nudge().map(|t| view! { <p id="hint-text" class="hint-text" tabindex="0">{t}</p> })}
                    <div class="hint-buttons">
                        <CmdButton cmd=Command::Hint id="hint-btn" class="btn btn-hint" label=label("ui.hint") />
                        <Show when=offer_do_it>
                            <CmdButton cmd=Command::DoIt id="do-it-btn" class="btn btn-hint" label=label("ui.do-it") />
                        </Show>
                    </div>
                </div>
            </Show>
            <Show when=move || watching() && !completed()>
                <div class="watch-controls" role="group" aria-label=coach.tr("ui.watch-controls")>
                    <CmdButton
                        cmd=Command::PlayToggle
                        id="play-toggle"
                        class="btn btn-primary"
                        label=Signal::derive(move || if coach.watch.play.get().state == PlayState::Playing { coach.t("ui.pause") } else { coach.t("ui.resume") })
                    />
                    <CmdButton
                        cmd=Command::PlayStep
                        id="play-step"
                        class="btn"
                        label=label("ui.step-once")
                        disabled=Signal::derive(move || coach.watch.play.get().state == PlayState::Playing)
                    />
                    <div class="speed-switch" role="group" aria-label=coach.tr("ui.speed")>
                        {WatchSpeed::ALL
                            .into_iter()
                            .map(|sp| view! {
                                <CmdButton
                                    cmd=Command::SetSpeed(sp)
                                    id=sp.button_id()
                                    class="btn btn-toggle btn-small"
                                    label=label(sp.label_key())
                                    pressed=Signal::derive(move || Some(if coach.watch.play.get().speed == sp { "true" } else { "false" }))
                                />
                            })
                            .collect_view()}
                    </div>
                </div>
            </Show>
            // The end: a test's result card (drawn again in a new language), or praise
            // and where to go next.
            {move || {
                coach.texts.lang.track();
                completed().then(|| if testing() { view! { <ResultCard /> }.into_any() } else { view! { <Completed /> }.into_any() })
            }}
            <Show when=move || has_nav() && !completed()>
                <nav class="step-nav" aria-label=coach.tr("ui.step-nav")>
                    <Show when=free>
                        <CmdButton
                            cmd=Command::Back
                            id="back-btn"
                            class="btn"
                            label=label("ui.back")
                            disabled=Signal::derive(move || !coach.session.with(|s| s.can_back()))
                        />
                    </Show>
                    <CoachButton target=NEXT id="next-btn" class="btn btn-primary" disabled=can_next>
                        {coach.tr("ui.next")}
                    </CoachButton>
                    <CmdButton cmd=Command::Restart id="restart-btn" class="btn btn-quiet" label=label("ui.restart") />
                </nav>
            </Show>
            <Show when=move || multi_step() && free()>
                <StepList />
            </Show>
        </section>
    }
}

/// The scenario's steps, so a facilitator can jump anywhere.
#[component]
fn StepList() -> impl IntoView {
    let coach = Coach::use_context();
    // Drawn again for each step, not for each keystroke in a field.
    let steps = move || {
        coach.step_key.track();
        coach.session.with_untracked(|s| (s.scenario(), s.index()))
    };
    view! {
        <details class="step-list" id="step-list">
            <summary>{coach.tr("ui.all-steps")}</summary>
            <ol>
                {move || {
                    let (scenario, current) = steps();
                    scenario
                        .steps
                        .iter()
                        .enumerate()
                        .map(|(i, step)| {
                            let key = format!("{}.{}.title", scenario.id, step.id);
                            let done = coach.session.with_untracked(|s| s.is_done(i));
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="step-link"
                                        data-step-id=step.id
                                        aria-current=(i == current).then_some("step")
                                        on:click=move |_| coach.run(Command::Goto(i))
                                    >
                                        <span class="step-no" aria-hidden="true">{if done { "✓".to_owned() } else { (i + 1).to_string() }}</span>
                                        {coach.say(&key)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </details>
    }
}

/// The end of a scenario: praise, and where to go next.
#[component]
fn Completed() -> impl IntoView {
    let coach = Coach::use_context();
    let next = move || coach.session.with(scenarios::next_for);
    view! {
        <div class="completed" id="completed">
            <p class="completed-title">{coach.tr("ui.completed")}</p>
            <div class="completed-actions">
                <CmdButton cmd=Command::Restart id="again-btn" class="btn" label=Signal::derive(coach.tr("ui.again")) />
                {move || coach.came_from.get().map(|(sc, _)| view! {
                    <CmdButton
                        cmd=Command::Return
                        id="return-btn"
                        class="btn btn-primary"
                        label=Signal::derive(move || coach.tf("ui.return", &[("title", &coach.t(&sc.title_key()))]))
                    />
                })}
                {move || next().filter(|_| coach.came_from.with(|c| c.is_none())).map(|sc| view! {
                    <CmdButton
                        cmd=Command::Open(sc)
                        id="next-scenario-btn"
                        class="btn btn-primary"
                        label=Signal::derive(move || coach.tf("ui.next-scenario", &[("title", &coach.t(&sc.title_key()))]))
                    />
                })}
                <CmdButton cmd=Command::Open(scenarios::overview()) id="overview-btn" class="btn btn-primary" label=Signal::derive(coach.tr("ui.overview")) />
            </div>
        </div>
    }
}
