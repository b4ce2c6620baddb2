//! Things on the desk: the card reader with the eID card, and the PIN letter.

use leptos::prelude::*;

use crate::coach::Coach;
use crate::flow::Device;

/// The desk of the eID flows: reader with card, the card itself, the PIN letter.
#[component]
pub fn EidDesk() -> impl IntoView {
    let coach = Coach::use_context();
    let uses = move |d: Device| coach.session.with(|s| s.step().uses(d));
    view! {
        <div class="prop" class:active=move || uses(Device::Reader)>
            <CardReader />
        </div>
        <div class="prop" class:active=move || uses(Device::Reader) || uses(Device::Paper)>
            <EidCard />
        </div>
        <div class="prop" class:active=move || uses(Device::Paper)>
            <PinLetter />
        </div>
    }
}

/// The persona's eID card, drawn (no real card images), marked as a practice card.
#[component]
pub fn EidCard() -> impl IntoView {
    let coach = Coach::use_context();
    let p = coach.session.with_untracked(|s| s.persona());
    view! {
        <div class="eid-card" role="img" aria-label=move || coach.tf("props.card-label", &[("name", &p.full_name())])>
            <div class="eid-top">
                <span class="eid-flag" aria-hidden="true"><i></i><i></i><i></i></span>
                <span>{coach.tr("props.card-title")}</span>
            </div>
            <div class="eid-body">
                <div class="eid-photo" aria-hidden="true">
                    <svg viewBox="0 0 40 48"><circle cx="20" cy="17" r="9"></circle><path d="M4 48c0-10 7-16 16-16s16 6 16 16z"></path></svg>
                </div>
                <dl>
                    <dt>{coach.tr("props.card-name")}</dt>
                    <dd>{p.last_name}</dd>
                    <dt>{coach.tr("props.card-first")}</dt>
                    <dd>{p.first_names}</dd>
                    <dt>{coach.tr("props.card-born")}</dt>
                    <dd>{p.birth_date}</dd>
                </dl>
                <div class="eid-chip" aria-hidden="true"></div>
            </div>
            <div class="eid-practice">{coach.tr("props.practice")}</div>
        </div>
    }
}

/// A USB card reader with the card in it (the simulated reader).
#[component]
pub fn CardReader() -> impl IntoView {
    let coach = Coach::use_context();
    // The card is out on the "no card" detour: the reader is drawn empty.
    let empty = move || coach.session.with(|s| s.in_branch(crate::scenarios::target::branch::NO_CARD));
    view! {
        <figure class="reader" class:empty=empty>
            <svg viewBox="0 0 220 120" role="img" aria-labelledby="reader-cap">
                <path d="M10 112 C 40 112, 30 80, 60 80" class="cable" fill="none"></path>
                <rect x="60" y="50" width="120" height="60" rx="14" class="reader-body"></rect>
                <rect x="80" y="14" width="80" height="48" rx="5" class="card-in"></rect>
                <rect x="92" y="28" width="16" height="12" rx="2" class="chip"></rect>
                <rect x="74" y="54" width="92" height="6" rx="3" class="slot"></rect>
                <circle cx="165" cy="92" r="5" class="led"></circle>
            </svg>
            <figcaption id="reader-cap">{move || coach.t(if empty() { "props.reader-empty" } else { "props.reader" })}</figcaption>
        </figure>
    }
}

/// The municipality's letter with the PIN (and PUK), which learners must keep safe.
#[component]
pub fn PinLetter() -> impl IntoView {
    let coach = Coach::use_context();
    let p = coach.session.with_untracked(|s| s.persona());
    view! {
        <div class="letter" role="group" aria-label=coach.tr("props.letter")>
            <p class="letter-from">{coach.tr("props.letter-from")}</p>
            <p class="letter-to">{p.full_name()}</p>
            <p class="letter-pin">
                <span>{coach.tr("props.letter-pin")}</span>
                " "
                <strong class="pin-value">{p.pin}</strong>
            </p>
            <p class="letter-puk">"PUK: " {p.puk}</p>
            <p class="letter-practice">{coach.tr("props.practice")}</p>
        </div>
    }
}
