//! The installer asks for the reader and the card (the desk shows them).

use crate::components::page::{Block, Dialog};
use crate::scenarios::target;

/// The installer's "connect your reader" window.
pub static DIALOG: Dialog = Dialog {
    title: super::TITLE,
    look: "win eidi-inst",
    blocks: &[
        Block::P("os-sub", "installer.connect.heading"),
        Block::P("", "installer.connect.text"),
        Block::When(|s| !s.did(target::reader::READER_PLUG), &[Block::P("eidi-wait", "installer.connect.wait-reader")]),
        Block::When(|s| s.did(target::reader::READER_PLUG), &[Block::P("eidi-wait", "installer.connect.wait-card")]),
    ],
};
