//! The installer: "Install", a progress bar, then "Next".

use crate::components::page::{Block, Dialog};
use crate::scenarios::target;

/// The installer window; the bar fills while the engine awaits "installed".
pub static DIALOG: Dialog = Dialog {
    title: super::TITLE,
    look: "win eidi-inst",
    blocks: &[
        Block::P("os-sub", "installer.install.heading"),
        Block::When(|s| !s.did(target::installer::INSTALLER_INSTALL), &[Block::P("", "installer.install.ready")]),
        Block::When(
            |s| s.did(target::installer::INSTALLER_INSTALL) && !s.did(target::event::INSTALLED),
            &[
                Block::P("", "installer.install.busy"),
                Block::Div("eidi-bar", &[Block::Art("eidi-fill eidi-run", "")]),
            ],
        ),
        Block::When(
            |s| s.did(target::event::INSTALLED),
            &[
                Block::P("eidi-ok", "installer.install.done"),
                Block::Div("eidi-bar", &[Block::Art("eidi-fill eidi-full", "")]),
            ],
        ),
        Block::Div(
            "os-buttons",
            &[
                Block::When(|s| !s.did(target::installer::INSTALLER_INSTALL), &[Block::Button(target::installer::INSTALLER_INSTALL, "installer.install.install", "os-btn os-default")]),
                Block::When(|s| s.did(target::installer::INSTALLER_INSTALL), &[Block::Button(target::installer::INSTALLER_NEXT, "installer.install.next", "os-btn os-default")]),
                Block::Button(target::installer::INSTALLER_CANCEL, "installer.cancel", "os-btn"),
            ],
        ),
    ],
};
