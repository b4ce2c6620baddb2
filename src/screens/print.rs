//! The printed material of one scenario, from its data (`view=print`): a card per
//! step with its number, title, instruction and what to click or type (its hint),
//! then the practice props learners hold like the real paper (the eID card and the
//! PIN letter, or the municipality's activation letter), each marked as an
//! exercise. `view=script` is the facilitator's script: the same cards with the
//! speaker notes. A4 portrait, large type, no card split across two pages (print
//! stylesheet); printing goes through the browser's print dialog.

use leptos::prelude::*;

use crate::coach::{Coach, Command};
use crate::components::controls::CmdButton;
use crate::components::page::{blocks, escape};
use crate::components::props::{EidCard, PinLetter};
use crate::flow::{ChapterId, View};
use crate::scenarios;
use crate::screens::mail;

/// The sheet, in place of the whole app. Its language is the address's (a sheet
/// has no language switch), so its texts are read once, and the step cards are
/// static markup: built as one string, they cost 1.2 KiB less of wasm than the
/// same cards as typed views (measured).
#[component]
pub fn PrintSheet() -> impl IntoView {
    let coach = Coach::use_context();
    let script = coach.view == View::Script;
    let sc = coach.session.with_untracked(|s| s.scenario());
    let text = |key: &str| coach.texts.i18n.with_untracked(|c| c.has(key)).then(|| escape(&coach.say(key)));
    let mut cards = String::new();
    for (i, st) in sc.steps.iter().enumerate() {
        let key = |part: &str| format!("{}.{}.{part}", sc.id, st.id);
        let mut card = format!(
            "<li class=\"print-step\"><h2>{}. {}</h2><p class=\"print-say\">{}</p>",
            i + 1,
            text(&key("title")).unwrap_or_default(),
            text(&key("say")).unwrap_or_default()
        );
        if let Some(hint) = text(&key("hint")) {
            card += &format!("<p class=\"print-do\"><strong>{}</strong> {hint}</p>", escape(&coach.t("print.do")));
        }
        if script {
            card += "<div class=\"print-notes\">";
            for part in ["say", "ask", "wrong"] {
                let note = text(&crate::flow::model::notes_key(sc.id, st.id, part)).unwrap_or_default();
                card += &format!("<p><strong>{}</strong></p><p>{note}</p>", escape(&coach.t(&format!("fac.{part}"))));
            }
            card += "</div>";
        }
        cards += &card;
        cards += "</li>";
    }
    let props = match scenarios::chapter_of(sc.id) {
        Some(ChapterId::Eid | ChapterId::Itsme) => Some(view! { <div class="prop"><EidCard /></div><div class="prop"><PinLetter /></div> }.into_any()),
        Some(ChapterId::Lra) => Some(blocks(mail::letter::DESK)),
        None => None,
    };
    view! {
        <main class="print-sheet" id="main">
            <header class="print-head">
                <p class="exercise-badge">{coach.t("ui.exercise-badge")}</p>
                <h1 id="step-title" tabindex="-1">{coach.t(&sc.title_key())}</h1>
                <p class="print-kind">{coach.t(if script { "print.script" } else { "print.cards" })}</p>
                <CmdButton cmd=Command::Print id="print-btn" class="btn btn-primary no-print" label=Signal::derive(coach.tr("print.print")) />
            </header>
            <ol class="print-steps" inner_html=cards></ol>
            {props.map(|p| view! {
                <section class="print-props" aria-labelledby="print-props-title">
                    <h2 id="print-props-title">{coach.t("print.props")}</h2>
                    <p>{coach.t("print.props-note")}</p>
                    <div class="print-props-row">{p}</div>
                </section>
            })}
        </main>
    }
}
