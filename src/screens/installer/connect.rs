//! The installer asks for the reader and the card (the desk shows them).

use crate::components::page::{Block, Dialog};

/// The installer's "connect your reader" window.
pub static DIALOG: Dialog = Dialog {
    title: super::TITLE,
    look: "win eidi-inst",
    blocks: &[
        Block::P("os-sub", "installer.connect.heading"),
        Block::P("", "installer.connect.text"),
        Block::When(|s| s.progress() == 0, &[Block::P("eidi-wait", "installer.connect.wait-reader")]),
        Block::When(|s| s.progress() >= 1, &[Block::P("eidi-wait", "installer.connect.wait-card")]),
    ],
};
