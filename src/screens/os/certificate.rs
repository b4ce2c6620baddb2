//! The browser's "Select a certificate" chooser for certif.iamfas.belgium.be:443.

use crate::components::page::{Block, Dialog};
use crate::scenarios::target;

/// The chooser when no card is in the reader: no certificate to choose.
pub static EMPTY: Dialog = Dialog {
    title: "os.cert.title",
    look: "chrome",
    blocks: &[Block::P("", "os.cert.text"), Block::P("cert-none", "os.cert.none")],
};

/// The certificate chooser with the persona's authentication certificate selected.
pub static DIALOG: Dialog = Dialog {
    title: "os.cert.title",
    look: "chrome",
    blocks: &[
        Block::P("", "os.cert.text"),
        Block::Table(
            "cert-table",
            &["os.cert.subject", "os.cert.issuer", "os.cert.serial"],
            &[&["os.cert.subject-value", "os.cert.issuer-value", "os.cert.serial-value"]],
        ),
        Block::Div(
            "os-buttons",
            &[
                Block::Button(target::os::CERT_INFO, "os.cert.info", "os-btn os-left"),
                Block::Button(target::os::CERT_OK, "os.ok", "os-btn os-default"),
                Block::Button(target::os::CERT_CANCEL, "os.cancel", "os-btn"),
            ],
        ),
    ],
};
