//! Mock controls that report to the coach: real `<button>`s and labelled `<input>`s
//! carrying `data-target-id`, and `data-coach-target` when they are next in line.

use leptos::prelude::*;

use crate::coach::{Coach, Command};
use crate::flow::Action;

/// A real button on a mock screen that tells the engine it was activated.
#[component]
pub fn CoachButton(
    /// Target id the engine knows this control by.
    target: &'static str,
    /// Extra CSS classes (the look of the imitated site).
    #[prop(optional)]
    class: &'static str,
    /// Element id, for controls the app itself also addresses.
    #[prop(optional)]
    id: Option<&'static str>,
    /// Disables the button (for Next on steps that need an action first).
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// The visible content.
    children: Children,
) -> impl IntoView {
    let coach = Coach::use_context();
    view! {
        <button
            type="button"
            class=class
            id=id
            data-target-id=target
            data-coach-target=move || coach.is_target(target).then_some("true")
            disabled=move || disabled.get()
            on:click=move |_| {
                coach.act(Action::Click(target.to_owned()));
            }
        >
            {children()}
        </button>
    }
}

/// A labelled text field on a mock screen; what is typed goes to the engine only.
#[component]
pub fn CoachInput(
    /// Target id (also the element id, so the label points at it).
    target: &'static str,
    /// Catalog key of the label.
    label_key: &'static str,
    /// `text`, `password`, …
    #[prop(default = "text")]
    kind: &'static str,
    /// `numeric` for PIN and code pads.
    #[prop(default = "text")]
    inputmode: &'static str,
    /// Extra CSS classes.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let coach = Coach::use_context();
    view! {
        <label class="mock-label" for=target>{coach.tr(label_key)}</label>
        <input
            id=target
            class=class
            type=kind
            inputmode=inputmode
            autocomplete="off"
            spellcheck="false"
            data-target-id=target
            data-coach-target=move || coach.is_target(target).then_some("true")
            prop:value=move || coach.session.with(|s| s.value(target).to_owned())
            on:input=move |ev| {
                coach.act(Action::Input(target.to_owned(), event_target_value(&ev)));
            }
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Enter" {
                    ev.prevent_default();
                    let submit = coach.session.with_untracked(|s| s.next_target());
                    if let Some(t) = submit.filter(|t| *t != target) {
                        coach.act(Action::Click(t.to_owned()));
                    }
                }
            }
        />
    }
}

/// A labelled radio option on a mock screen; choosing it is an action for the engine.
#[component]
pub fn CoachRadio(
    /// Target id (also the element id).
    target: &'static str,
    /// Radio group name.
    name: &'static str,
    /// Whether the option shows as chosen.
    #[prop(into)]
    checked: Signal<bool>,
    /// The label content.
    children: Children,
) -> impl IntoView {
    let coach = Coach::use_context();
    view! {
        <label class="mock-radio" for=target>
            <input
                type="radio"
                id=target
                name=name
                data-target-id=target
                data-coach-target=move || coach.is_target(target).then_some("true")
                prop:checked=move || checked.get()
                on:click=move |ev| {
                    let before = coach.session.with_untracked(|s| (s.index(), s.feedback().cloned()));
                    coach.act(Action::Click(target.to_owned()));
                    let after = coach.session.with_untracked(|s| (s.index(), s.feedback().cloned()));
                    if after.0 == before.0 && after.1.is_some() && !checked.get_untracked() {
                        // A wrong choice does not stay selected: the page keeps its state.
                        ev.prevent_default();
                    }
                }
            />
            <span>{children()}</span>
        </label>
    }
}

/// A button of the coach itself (not of a mock screen): runs a [`Command`].
#[component]
pub fn CmdButton(
    /// What the button does.
    cmd: Command,
    /// Element id (tests and facilitators address these).
    #[prop(optional)]
    id: Option<&'static str>,
    /// CSS classes.
    class: &'static str,
    /// The label.
    #[prop(into)]
    label: Signal<String>,
    /// Disables the button.
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// `aria-pressed` for toggles; unset when `None`.
    #[prop(optional, into)]
    pressed: Signal<Option<&'static str>>,
) -> impl IntoView {
    let coach = Coach::use_context();
    view! {
        <button
            type="button"
            id=id
            class=class
            disabled=disabled
            aria-pressed=pressed
            on:click=move |_| coach.run(cmd)
        >
            {label}
        </button>
    }
}

/// A submit button that checks every filled field of a form in one click.
pub fn submit_all(target: &'static str, label: &'static str, class: &'static str) -> AnyView {
    let coach = Coach::use_context();
    view! {
        <button
            type="button"
            class=class
            data-target-id=target
            data-coach-target=move || coach.is_target(target).then_some("true")
            on:click=move |_| {
                while coach.act(crate::flow::Action::Click(target.to_owned())) == crate::flow::engine::Outcome::Progress
                    && coach.session.with_untracked(|s| s.next_target()) == Some(target)
                {}
            }
        >
            {coach.tr(label)}
        </button>
    }
    .into_any()
}
