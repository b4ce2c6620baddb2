//! My e-Box (myebox.be): the home page, the language choice, the first-use message,
//! the preferences and the inbox. One file per screen, as static data.

pub mod first_use;
pub mod home;
pub mod inbox;
pub mod language;
pub mod prefs;

use crate::components::page::{Block, Page};

use crate::flow::screen::MyEbox;
use crate::screens::{devices, Pane, Scene};

/// My e-Box's header: the flag bars and the name.
pub const HEADER: Block = Block::Div("meb-header", &[Block::Art("meb-logo", "<i></i><i></i><i></i>"), Block::Span("meb-name", "myebox.name")]);

/// A My e-Box page at `path`.
pub const fn page(path: &'static str, blocks: &'static [Block]) -> Page {
    Page { host_key: "myebox.host", path, site: "meb", blocks }
}

/// "Logged in as Sofie Maes".
pub const LOGGED_IN: Block = Block::Div("meb-user", &[Block::Span("", "myebox.user")]);

/// The scene table of this site: what the PC, the phone and the desk show for each
/// of its screens. Exhaustive: a new screen does not compile until it is listed.
pub fn scene(screen: MyEbox) -> Scene {
    match screen {
        MyEbox::Home => devices(Pane::Page(&home::PAGE), Pane::PhoneIdle, Pane::Empty),
        MyEbox::Language => devices(Pane::Page(&language::PAGE), Pane::PhoneIdle, Pane::Empty),
        MyEbox::FirstUse => devices(Pane::Page(&first_use::PAGE), Pane::PhoneIdle, Pane::Empty),
        MyEbox::Prefs => devices(Pane::Page(&prefs::PAGE), Pane::PhoneIdle, Pane::Empty),
        MyEbox::Inbox => devices(Pane::Page(&inbox::PAGE), Pane::PhoneIdle, Pane::Empty),
    }
}
