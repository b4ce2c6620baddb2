//! One file per mock screen, grouped by the site it imitates. Mock pages and dialogs
//! are static data rendered by `components::page` (a new screen costs data, not
//! view code). Each site's `mod.rs` holds its scene table, one exhaustive match that
//! says what the PC, the phone and the desk show for each of its screens; this
//! module only hands a step's [`Screen`] to its site.

use leptos::prelude::*;

use crate::components::page::{blocks, dialog, page, Block, Dialog, Page};
use crate::flow::Screen;

/// A fake SMS with a link that comes in while the learner is busy (while `$when`
/// holds): a notification on top of the phone, to ignore; opening it is the step's
/// `scam` mistake. Used on the CSAM and the itsme chapters' phones.
macro_rules! scam_sms {
    ($when:expr, $from:literal, $text:literal) => {
        $crate::components::page::Block::When(
            $when,
            &[$crate::components::page::Block::RichButton(
                $crate::scenarios::target::phone::SCAM_LINK,
                "ph-scam",
                &[$crate::components::page::Block::Span("", $from), $crate::components::page::Block::Span("", $text)],
            )],
        )
    };
}

pub mod authenticator;
pub mod csam;
pub mod mail;
pub mod myebox;
pub mod eidsite;
pub mod installer;
pub mod irisbox;
pub mod itsme;
pub mod phone;
pub mod print;
pub mod reader;
pub mod mijngezondheid;
pub mod os;
pub mod overview;
pub mod stage;

/// What the stage shows for one screen.
#[derive(Clone, Copy)]
pub enum Scene {
    /// A screen that takes the whole stage instead of the devices (overview, explanations).
    Full(fn() -> AnyView),
    /// The three devices, each with its content.
    Devices {
        /// The computer's screen.
        pc: Pane,
        /// The phone's screen.
        phone: Pane,
        /// What lies on the desk (reader, card, letters).
        desk: Pane,
    },
}

/// The content of one device, as data, so a scene table reads as a table.
#[derive(Clone, Copy)]
pub enum Pane {
    /// A web page in the browser window.
    Page(&'static Page),
    /// A system dialog over a web page.
    Dialog(&'static Page, &'static Dialog),
    /// Blocks without a frame (the phone's apps, the desk's props, a quiz).
    Blocks(&'static [Block]),
    /// A component for what data cannot say (the PIN dialog of the learner's system).
    View(fn() -> AnyView),
    /// The phone's idle home screen.
    PhoneIdle,
    /// The practice card reader with the persona's eID card.
    EidDesk,
    /// Nothing (an empty desk).
    Empty,
}

impl Pane {
    /// Renders the content.
    pub fn view(self) -> AnyView {
        match self {
            Pane::Page(p) => page(p),
            Pane::Dialog(p, d) => (page(p), dialog(d)).into_any(),
            Pane::Blocks(list) => blocks(list),
            Pane::View(make) => make(),
            Pane::PhoneIdle => view! { <crate::components::phone_frame::PhoneIdle /> }.into_any(),
            Pane::EidDesk => view! { <crate::components::props::EidDesk /> }.into_any(),
            Pane::Empty => ().into_any(),
        }
    }
}

/// The devices of a scene, in the order PC, phone, desk (the tables' shorthand).
pub const fn devices(pc: Pane, phone: Pane, desk: Pane) -> Scene {
    Scene::Devices { pc, phone, desk }
}

/// What the stage shows for a step's screen: the site's own table decides.
pub fn scene(screen: Screen) -> Scene {
    match screen {
        Screen::Overview(s) => overview::scene(s),
        Screen::MijnGezondheid(s) => mijngezondheid::scene(s),
        Screen::Csam(s) => csam::scene(s),
        Screen::EidSite(s) => eidsite::scene(s),
        Screen::Reader(s) => reader::scene(s),
        Screen::Itsme(s) => itsme::scene(s),
        Screen::IrisBox(s) => irisbox::scene(s),
        Screen::Mail(s) => mail::scene(s),
        Screen::MyEbox(s) => myebox::scene(s),
    }
}
