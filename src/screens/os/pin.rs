//! The smart-card PIN prompt as the learner's own system shows it (Windows Security,
//! the eID software's macOS alert, its Linux window), and the "card blocked" detour.
//! The guide warns that the dialog looks different per system; the targets are the same.

use leptos::prelude::*;

use super::{browser_os, Os};
use crate::components::page::{dialog as draw, Block, Dialog};
use crate::scenarios::target;

/// After three wrong PINs: the card is blocked (the same words on every system).
const BLOCKED: Block = Block::When(
    |s| s.branch().is_some(),
    &[
        Block::P("os-sub os-error", "os.pin.blocked"),
        Block::P("", "os.pin.blocked-text"),
        Block::Div("os-buttons", &[Block::Button(target::os::BLOCKED_RETRY, "os.pin.retry", "os-btn os-default")]),
    ],
);

const FIELD: Block = Block::Div("os-field", &[Block::Input(target::os::PIN_FIELD, "os.pin.label", "password", "numeric")]);

/// Cancel, then OK on the right (macOS and GTK order).
const CANCEL_OK: Block = Block::Div(
    "os-buttons",
    &[Block::Button(target::os::PIN_CANCEL, "os.cancel", "os-btn"), Block::Button(target::os::PIN_OK, "os.ok", "os-btn os-default")],
);

/// Windows Security: "Smartcard", the PIN field, a "more information" link, OK / Cancel.
pub static WINDOWS: Dialog = Dialog {
    title: "os.pin.title",
    look: "win",
    blocks: &[
        Block::When(
            |s| s.branch().is_none(),
            &[
                Block::P("os-sub", "os.pin.smartcard"),
                Block::P("", "os.pin.text"),
                FIELD,
                Block::Button(target::os::PIN_MORE, "os.pin.more", "os-link"),
                Block::Div(
                    "os-buttons",
                    &[
                        Block::Button(target::os::PIN_OK, "os.ok", "os-btn os-default"),
                        Block::Button(target::os::PIN_CANCEL, "os.cancel", "os-btn"),
                    ],
                ),
            ],
        ),
        BLOCKED,
    ],
};

/// macOS: the eID software's alert with the card icon, a bold question, the field.
pub static MAC: Dialog = Dialog {
    title: "os.pin.mac.title",
    look: "mac",
    blocks: &[Block::When(|s| s.branch().is_none(), &[Block::P("", "os.pin.mac.text"), FIELD, CANCEL_OK]), BLOCKED],
};

/// Linux: the eID software's own window, "beID: PIN code required".
pub static LINUX: Dialog = Dialog {
    title: "os.pin.linux.title",
    look: "gtk",
    blocks: &[Block::When(|s| s.branch().is_none(), &[Block::P("os-gtk-text", "os.pin.linux.text"), FIELD, CANCEL_OK]), BLOCKED],
};

/// The PIN dialog of the system this browser runs on.
pub fn for_os(os: Os) -> &'static Dialog {
    match os {
        Os::Windows => &WINDOWS,
        Os::Mac => &MAC,
        Os::Linux => &LINUX,
    }
}

/// The PIN prompt drawn over the page, in the learner's system's look.
pub fn dialog() -> AnyView {
    draw(for_os(browser_os()))
}
