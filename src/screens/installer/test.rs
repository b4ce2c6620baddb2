//! The installer's reader test: the first names from the card, or what is wrong. Like
//! the real software it tests again by itself once the card is back in the reader.

use crate::components::page::{Block, Dialog};
use crate::scenarios::target;

/// The test result; on the "card out" detour it shows the software's complaint and the
/// fix (no button passes the test while the card is out).
pub static DIALOG: Dialog = Dialog {
    title: super::TITLE,
    look: "win eidi-inst",
    blocks: &[
        Block::P("os-sub", "installer.test.heading"),
        Block::When(
            |s| s.branch().is_none(),
            &[
                Block::P("eidi-ok", "installer.test.ok"),
                Block::Div("eidi-names", &[Block::Span("eidi-label", "installer.test.names-label"), Block::Span("eidi-name", "installer.test.names")]),
                Block::Div("os-buttons", &[Block::Button(target::installer::TEST_CLOSE, "installer.test.close", "os-btn os-default")]),
            ],
        ),
        Block::When(
            |s| s.branch().is_some(),
            &[
                Block::P("eidi-err", "installer.test.no-card"),
                Block::P("", "installer.test.no-card-fix"),
                Block::P("eidi-wait", "installer.test.waiting"),
            ],
        ),
    ],
};
