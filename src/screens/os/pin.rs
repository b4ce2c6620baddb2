//! The Windows Security smart-card PIN prompt, and the "card blocked" detour.

use crate::components::page::{Block, Dialog};

/// The PIN prompt; after three wrong PINs it shows that the card is blocked.
pub static DIALOG: Dialog = Dialog {
    title: "os.pin.title",
    look: "win",
    blocks: &[
        Block::When(
            |s| s.branch().is_none(),
            &[
                Block::P("os-sub", "os.pin.smartcard"),
                Block::P("", "os.pin.text"),
                Block::Div("os-field", &[Block::Input("pin-field", "os.pin.label", "password", "numeric")]),
                Block::Button("pin-more", "os.pin.more", "os-link"),
                Block::Div(
                    "os-buttons",
                    &[
                        Block::Button("pin-ok", "os.ok", "os-btn os-default"),
                        Block::Button("pin-cancel", "os.cancel", "os-btn"),
                    ],
                ),
            ],
        ),
        Block::When(
            |s| s.branch().is_some(),
            &[
                Block::P("os-sub os-error", "os.pin.blocked"),
                Block::P("", "os.pin.blocked-text"),
                Block::Div("os-buttons", &[Block::Button("blocked-retry", "os.pin.retry", "os-btn os-default")]),
            ],
        ),
    ],
};
