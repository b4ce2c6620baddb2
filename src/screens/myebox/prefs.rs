//! My e-Box: the preferences at the first visit, with "opslaan". The documents
//! choice, the nickname and the language are the learner's own (the coach checks
//! only the e-mail notification and "opslaan").

use leptos::prelude::*;

use super::{page, HEADER, LOGGED_IN};
use crate::coach::Coach;
use crate::components::page::{Block, Page};
use crate::screens::csam::lang_select;
use crate::scenarios::target;

/// A free, optional field (not checked by the coach): the nickname.
fn nickname() -> AnyView {
    let coach = Coach::use_context();
    view! {
        <label class="mock-label" for="meb-nickname">{coach.tr("myebox.prefs.nickname")}</label>
        <input id="meb-nickname" type="text" autocomplete="off" data-target-id="meb-nickname" />
    }
    .into_any()
}

/// "Ik wil geen documenten via My e-Box ontvangen": a real choice (the browser keeps
/// it; the coach does not check it), with what it means shown by CSS once ticked.
fn no_docs() -> AnyView {
    let coach = Coach::use_context();
    view! {
        <label class="mock-check" for="meb-no-docs">
            <input type="checkbox" id="meb-no-docs" data-target-id="meb-no-docs" />
            <span>{coach.tr("myebox.prefs.no-docs")}</span>
        </label>
        <p class="meb-note">{coach.tr("myebox.prefs.no-docs-note")}</p>
    }
    .into_any()
}

/// The language: the one of the box the learner logged in with, else the one they read.
fn language() -> AnyView {
    lang_select("meb-lang", "myebox.prefs.lang", |s| crate::scenarios::csam::meb_lang(s.run()))
}

/// The preferences at the first visit.
pub static PAGE: Page = page(
    "/nl/preferences",
    &[
        HEADER,
        LOGGED_IN,
        Block::Div(
            "meb-content",
            &[
                Block::H2("myebox.prefs.heading"),
                Block::Fieldset("myebox.prefs.docs", &[Block::Custom(no_docs)]),
                Block::Fieldset(
                    "myebox.prefs.profile",
                    &[Block::Div("meb-field", &[Block::Custom(nickname)]), Block::Div("meb-field", &[Block::Custom(language)])],
                ),
                Block::Fieldset(
                    "myebox.prefs.notify",
                    &[
                        Block::Radio(target::myebox::MEB_NOTIFY_YES, "meb-notify", "myebox.prefs.notify-yes", |s| s.did(target::myebox::MEB_NOTIFY_YES)),
                        Block::Radio(target::myebox::MEB_NOTIFY_NO, "meb-notify", "myebox.prefs.notify-no", |_| false),
                    ],
                ),
                Block::Button(target::myebox::MEB_SAVE, "myebox.prefs.save", "meb-primary"),
            ],
        ),
    ],
);
