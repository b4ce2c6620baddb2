//! One component per mock screen, grouped by the site it imitates. This module maps
//! a step's [`Screen`] to what the PC pane (or the full stage) shows.

use leptos::prelude::*;

use crate::flow::Screen;

pub mod csam;
pub mod explain;
pub mod mijngezondheid;
pub mod os;
pub mod overview;

/// The PC pane's content for a screen: a browser page, perhaps with a dialog over it.
pub fn pc(screen: Screen) -> AnyView {
    match screen {
        Screen::MgHome => view! { <mijngezondheid::home::MgHome /> }.into_any(),
        Screen::MgProfile => view! { <mijngezondheid::profile::MgProfile /> }.into_any(),
        Screen::MgDone => view! { <mijngezondheid::done::MgDone /> }.into_any(),
        Screen::CsamChooseKey => view! { <csam::choose_key::CsamChooseKey /> }.into_any(),
        Screen::CsamEid => view! { <csam::eid::CsamEid /> }.into_any(),
        Screen::CertificateChooser => view! {
            <csam::eid::CsamEid />
            <os::certificate::CertificateChooser />
        }
        .into_any(),
        Screen::PinPrompt => view! {
            <csam::eid::CsamEid />
            <os::pin::PinPrompt />
        }
        .into_any(),
        Screen::Methods | Screen::Explain => full(screen),
        // -- eid-install / reader-check PC screens (issue 3) go here --
        // -- itsme PC screens (issue 4) go here --
        // -- CSAM / My e-Box PC screens (issue 5) go here --
    }
}

/// The phone pane's content for a screen (idle home screen unless the step uses the phone).
pub fn phone(screen: Screen) -> AnyView {
    #[allow(clippy::match_single_binding)]
    match screen {
        // -- itsme phone screens (issue 4) go here --
        // -- CSAM phone screens: authenticator, mail (issue 5) go here --
        _ => view! { <crate::components::phone_frame::PhoneIdle /> }.into_any(),
    }
}

/// The desk's content for a screen (reader, card, letters); the default suits the eID flows.
pub fn desk(screen: Screen) -> AnyView {
    #[allow(clippy::match_single_binding)]
    match screen {
        // -- eid-install reader handling (issue 3) goes here --
        // -- LRA activation letter (issue 5) goes here --
        _ => view! { <crate::components::props::EidDesk /> }.into_any(),
    }
}

/// Screens that take the whole stage instead of a device.
pub fn full(screen: Screen) -> AnyView {
    match screen {
        Screen::Methods => view! { <overview::methods::Methods /> }.into_any(),
        _ => view! { <explain::Explain /> }.into_any(),
    }
}
