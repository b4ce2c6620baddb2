//! CSAM activation step 2: "Kies uw digitale sleutel", the language and the terms.
//! As on the real page: the terms are a checkbox with a download link, the language
//! a dropdown.

use leptos::prelude::*;

use super::{lang_select, page, BAR_2, HEADER};
use crate::coach::Coach;
use crate::components::page::{Block, Page};
use crate::flow::Session;
use crate::scenarios::csam::KEY_CHOICE;
use crate::screens::phone::check;
use crate::scenarios::target;

fn chose(s: &Session, key: &str) -> bool {
    s.run().recall(KEY_CHOICE) == Some(key)
}

fn language() -> AnyView {
    lang_select("act-lang", "csamact.key.lang", |_| None)
}

fn terms() -> AnyView {
    check(target::csam::ACT_TERMS, "csamact.key.terms", |s| s.did(target::csam::ACT_TERMS))
}

/// "Download de gebruikersvoorwaarden (PDF)": in the exercise nothing downloads; the
/// button says what the real one would open.
fn terms_pdf() -> AnyView {
    let coach = Coach::use_context();
    let open = RwSignal::new(false);
    view! {
        <button
            type="button"
            class="csam-link"
            data-target-id="act-terms-pdf"
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.set(true)
        >
            {coach.tr("csamact.key.terms-pdf")}
        </button>
        <p class="practice-note" role="status" hidden=move || !open.get()>{coach.tr("csamact.key.terms-pdf-note")}</p>
    }
    .into_any()
}

/// Step 2: "Kies uw digitale sleutel", language and terms.
pub static PAGE: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                BAR_2,
                Block::P("", "csamact.key.intro"),
                Block::P("csamact-advice", "csamact.key.advice"),
                Block::Div(
                    "csamact-choices",
                    &[
                        Block::Fieldset(
                            "csamact.key.legend",
                            &[
                                Block::Radio(target::csam::ACT_KEY_EMAIL, "act-key", "csamact.key.email", |s| chose(s, target::csam::ACT_KEY_EMAIL)),
                                Block::Radio(target::csam::ACT_KEY_APP, "act-key", "csamact.key.app", |s| chose(s, target::csam::ACT_KEY_APP)),
                                Block::Radio(target::csam::ACT_KEY_SMS, "act-key", "csamact.key.sms", |_| false),
                            ],
                        ),
                        Block::Div("csamact-field", &[Block::Custom(language)]),
                    ],
                ),
                Block::Div("csamact-terms", &[Block::Custom(terms), Block::Custom(terms_pdf)]),
                Block::Div("csam-actions csamact-end", &[Block::Button(target::csam::ACT_ACTIVATE, "csamact.key.activate", "csam-primary")]),
            ],
        ),
    ],
);
