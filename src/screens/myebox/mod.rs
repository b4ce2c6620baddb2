//! My e-Box (myebox.be): the home page, the language choice, the first-use message,
//! the preferences and the inbox. One file per screen, as static data.

pub mod first_use;
pub mod home;
pub mod inbox;
pub mod language;
pub mod prefs;

use crate::components::page::{Block, Page};

/// My e-Box's header: the flag bars and the name.
pub const HEADER: Block = Block::Div("meb-header", &[Block::Art("meb-logo", "<i></i><i></i><i></i>"), Block::Span("meb-name", "myebox.name")]);

/// A My e-Box page at `path`.
pub const fn page(path: &'static str, blocks: &'static [Block]) -> Page {
    Page { host_key: "myebox.host", path, site: "meb", blocks }
}

/// "Logged in as Sofie Maes".
pub const LOGGED_IN: Block = Block::Div("meb-user", &[Block::Span("", "myebox.user")]);
