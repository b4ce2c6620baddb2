//! The facilitator's window (`view=facilitator`): it drives the learner's window
//! on the projector from a second window of the same machine. It shows the step
//! now on the wall with its instruction, the speaker notes of that step (what to
//! say, the question asked most, what goes wrong on the real site), the step list,
//! previous / next / restart, and links to the exercise's print sheets; the top
//! bar's mode and language go to the wall too. Its session only follows the
//! learner's window (see `embed::follow`).

use leptos::prelude::*;

use crate::coach::{Coach, Command};
use crate::components::controls::CmdButton;
use crate::flow::{Route, View};
use crate::scenarios;

/// The facilitator's panel, in place of the narration and the stage.
#[component]
pub fn Facilitator() -> impl IntoView {
    let coach = Coach::use_context();
    let seen = move || coach.linked.get();
    let key = move |part: &str| coach.session.with(|s| coach.phase_key(s, part));
    let note = move |part: &'static str| {
        move || coach.session.with(|s| coach.t(&crate::flow::model::notes_key(s.scenario().id, s.step().id, part)))
    };
    let index = move || coach.session.with(|s| s.index());
    let len = move || coach.session.with(|s| s.len());
    let progress = move || coach.tf("ui.progress", &[("n", &(index() + 1).to_string()), ("total", &len().to_string())]);
    let label = move |key: &'static str| Signal::derive(coach.tr(key));
    let steps = move || {
        coach.session.with(|s| {
            let sc = s.scenario();
            sc.steps
                .iter()
                .enumerate()
                .map(|(i, st)| (i, coach.say(&format!("{}.{}.title", sc.id, st.id))))
                .collect::<Vec<_>>()
        })
    };
    let sheet = move |view: View| {
        coach.session.track();
        Route { view, ..coach.route() }.to_query()
    };
    let on_scenario = move |ev| {
        if let Some(sc) = scenarios::find(&event_target_value(&ev)) {
            coach.run(Command::Open(sc));
        }
    };
    view! {
        <main class="facilitator" id="main">
            <section class="fac-now" aria-labelledby="step-title">
                <p class="fac-status" id="fac-status" role="status" class:linked=seen>
                    {move || if seen() { coach.t("fac.linked") } else { coach.t("fac.waiting") }}
                </p>
                <label class="fac-label" for="fac-scenario">{coach.tr("fac.scenario")}</label>
                <select id="fac-scenario" class="fac-select" on:change=on_scenario>
                    {scenarios::ALL
                        .iter()
                        .map(|sc| {
                            let id = sc.id;
                            view! {
                                <option value=id selected=move || coach.session.with(|s| s.scenario().id == id)>
                                    {move || coach.t(&sc.title_key())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <p class="fac-progress" id="fac-progress">{progress}</p>
                <h1 id="step-title" tabindex="-1">{move || coach.say(&key("title"))}</h1>
                <p class="fac-say" id="fac-instruction">{move || coach.say(&key("say"))}</p>
                <div class="fac-controls">
                    <CmdButton cmd=Command::Back id="fac-prev" class="btn" label=label("fac.prev") disabled=Signal::derive(move || index() == 0) />
                    {move || {
                        let i = index();
                        view! {
                            <CmdButton cmd=Command::Goto(i + 1) id="fac-next" class="btn btn-primary" label=label("fac.next") disabled=Signal::derive(move || index() + 1 >= len()) />
                        }
                    }}
                    <CmdButton cmd=Command::Restart id="fac-restart" class="btn btn-quiet" label=label("fac.restart") />
                </div>
                // The printed material of this exercise, in a tab of its own.
                <p class="fac-print">
                    <a id="fac-print-cards" target="_blank" href=move || sheet(View::Print)>{coach.tr("fac.print-cards")}</a>
                    " · "
                    <a id="fac-print-script" target="_blank" href=move || sheet(View::Script)>{coach.tr("fac.print-script")}</a>
                </p>
            </section>
            <section class="fac-notes" aria-labelledby="fac-notes-title">
                <h2 id="fac-notes-title">{coach.tr("fac.notes")}</h2>
                <h3>{coach.tr("fac.say")}</h3>
                <p id="fac-note-say">{note("say")}</p>
                <h3>{coach.tr("fac.ask")}</h3>
                <p id="fac-note-ask">{note("ask")}</p>
                <h3>{coach.tr("fac.wrong")}</h3>
                <p id="fac-note-wrong">{note("wrong")}</p>
            </section>
            <nav class="fac-steps" aria-labelledby="fac-steps-title">
                <h2 id="fac-steps-title">{coach.tr("fac.steps")}</h2>
                <ol id="fac-step-list">
                    {move || {
                        let now = index();
                        steps()
                            .into_iter()
                            .map(|(i, title)| {
                                view! {
                                    <li>
                                        <button type="button" class="fac-step" data-step-index=i aria-current=(i == now).then_some("step") on:click=move |_| coach.run(Command::Goto(i))>
                                            {title}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
            </nav>
        </main>
    }
}
