//! The authenticator app, ready to add an account by scanning the QR code.

use crate::components::page::Block;
use crate::scenarios::target;

/// The authenticator app, ready to add an account.
pub static PHONE: &[Block] = &[Block::Div(
    "auth-app",
    &[
        Block::P("auth-bar", "auth.title"),
        Block::P("", "auth.empty"),
        Block::Button(target::authenticator::AUTH_SCAN, "auth.scan", "auth-big"),
        Block::Button(target::authenticator::AUTH_MANUAL, "auth.manual", "auth-link"),
    ],
)];
