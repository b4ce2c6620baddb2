//! The installer: "Install", a progress bar, then "Next".

use crate::components::page::{Block, Dialog};

/// The installer window; the bar fills while the engine awaits "installed".
pub static DIALOG: Dialog = Dialog {
    title: super::TITLE,
    look: "win eidi-inst",
    blocks: &[
        Block::P("os-sub", "installer.install.heading"),
        Block::When(|s| s.progress() == 0, &[Block::P("", "installer.install.ready")]),
        Block::When(
            |s| s.progress() == 1,
            &[
                Block::P("", "installer.install.busy"),
                Block::Div("eidi-bar", &[Block::Art("eidi-fill eidi-run", "")]),
            ],
        ),
        Block::When(
            |s| s.progress() >= 2,
            &[
                Block::P("eidi-ok", "installer.install.done"),
                Block::Div("eidi-bar", &[Block::Art("eidi-fill eidi-full", "")]),
            ],
        ),
        Block::Div(
            "os-buttons",
            &[
                Block::When(|s| s.progress() == 0, &[Block::Button("installer-install", "installer.install.install", "os-btn os-default")]),
                Block::When(|s| s.progress() >= 1, &[Block::Button("installer-next", "installer.install.next", "os-btn os-default")]),
                Block::Button("installer-cancel", "installer.cancel", "os-btn"),
            ],
        ),
    ],
};
