//! The authenticator app, ready to add an account by scanning the QR code.

use crate::components::page::Block;

/// The authenticator app, ready to add an account.
pub static PHONE: &[Block] = &[Block::Div(
    "auth-app",
    &[
        Block::P("auth-bar", "auth.title"),
        Block::P("", "auth.empty"),
        Block::Button("auth-scan", "auth.scan", "auth-big"),
        Block::Button("auth-manual", "auth.manual", "auth-link"),
    ],
)];
