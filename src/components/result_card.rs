//! The end of a test: what the learner did alone, the mistakes in the words the
//! coach said them, the time, and what to do next. It lives in the page only
//! (nothing is stored or sent but the figures in `completed`) and prints on one A4
//! page (`@media print` in `style/main.css`).

use leptos::prelude::*;

use crate::coach::{Coach, Command};
use crate::components::controls::CmdButton;
use crate::platform;

/// "4 min 12 s", or "35 s" under a minute.
fn duration(coach: &Coach, seconds: u32) -> String {
    let (m, s) = (seconds / 60, seconds % 60);
    if m == 0 {
        coach.tf("ui.result.seconds", &[("s", &s.to_string())])
    } else {
        coach.tf("ui.result.minutes", &[("m", &m.to_string()), ("s", &s.to_string())])
    }
}

/// The steps with mistakes: the step's title, and each different thing said (with
/// how many times, when more than once) in one line.
fn mistakes_by_step(coach: &Coach) -> Vec<(String, String)> {
    coach.session.with_untracked(|s| {
        let sc = s.scenario();
        sc.steps
            .iter()
            .enumerate()
            .filter_map(|(i, step)| {
                let rec = s.record(i).filter(|r| !r.mistakes.is_empty())?;
                let mut said: Vec<(String, usize)> = Vec::new();
                for fb in &rec.mistakes {
                    let text = coach.feedback_text(fb);
                    match said.iter_mut().find(|(t, _)| *t == text) {
                        Some((_, n)) => *n += 1,
                        None => said.push((text, 1)),
                    }
                }
                let line: Vec<String> = said
                    .into_iter()
                    .map(|(t, n)| if n > 1 { format!("{t} ({})", coach.tf("ui.result.times", &[("n", &n.to_string())])) } else { t })
                    .collect();
                Some((coach.say(&format!("{}.{}.title", sc.id, step.id)), line.join(" ")))
            })
            .collect()
    })
}

/// The result card of a finished test, drawn once from the session as it ended (the
/// panel draws it again when the language changes): a plain view without reactive
/// parts, which keeps its code small in the first load.
#[component]
pub fn ResultCard() -> impl IntoView {
    let coach = Coach::use_context();
    let lang = coach.texts.lang.get_untracked();
    let (score, title_key, hard) = coach.session.with_untracked(|s| (s.score(), s.scenario().title_key(), s.first_hard_step()));
    let alone = coach.tf("ui.result.alone", &[("alone", &score.alone.to_string()), ("steps", &score.steps.to_string())]);
    let time = coach.tf("ui.result.time", &[("time", &duration(&coach, score.seconds))]);
    let lines = [
        ("result-scenario", coach.t(&title_key)),
        ("result-date", platform::today(lang.code())),
        ("result-alone", alone),
        ("result-time", time),
        ("result-full", if score.full_marks() { coach.t("ui.result.full") } else { String::new() }),
    ];
    let mistakes = mistakes_by_step(&coach);
    let heading = (!mistakes.is_empty()).then(|| coach.t("ui.result.mistakes"));
    view! {
        <section class="result-card" id="result-card" aria-labelledby="result-title">
            <h2 id="result-title">{coach.t("ui.result.title")}</h2>
            {lines.into_iter().filter(|(_, t)| !t.is_empty()).map(|(id, t)| view! { <p id=id>{t}</p> }).collect_view()}
            {heading.map(|h| view! { <h3>{h}</h3> })}
            <ul id="result-mistakes">
                {mistakes.into_iter().map(|(step, said)| view! { <li><strong>{step}</strong>" "{said}</li> }).collect_view()}
            </ul>
            <div class="result-actions">
                <CmdButton cmd=Command::Restart id="test-again-btn" class="btn btn-primary" label=coach.t("ui.result.again") />
                {hard.map(|i| view! { <CmdButton cmd=Command::PracticeFrom(i) id="practise-hard-btn" class="btn" label=coach.t("ui.result.practise") /> })}
                <CmdButton cmd=Command::Print id="print-result-btn" class="btn btn-quiet" label=coach.t("ui.result.print") />
            </div>
        </section>
    }
}
