//! Screens imitating CSAM, the federal login service ("Aanmelden bij de online overheid").

pub mod act;
pub mod choose_key;
pub mod eid;

use crate::components::page::Block;

/// Catalog key of the host in the address bar (idp.iamfas.belgium.be).
pub const HOST_KEY: &str = "csam.host";

/// CSAM's page header: the flag bars, the service name and the page title.
pub const HEADER: Block = Block::Div(
    "csam-header",
    &[
        Block::Art("csam-logo", "<i></i><i></i><i></i>"),
        Block::Span("csam-name", "csam.name"),
        Block::Span("csam-title", "csam.title"),
    ],
);
