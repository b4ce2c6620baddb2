//! The phone's app store with the three compatible authenticator apps (and a game).

use crate::components::page::Block;
use crate::scenarios::target;

const STORE_ICON: &str = r##"<svg viewBox="0 0 40 40"><rect x="2" y="2" width="36" height="36" rx="9" fill="#3b5998"/><circle cx="20" cy="20" r="9" fill="none" stroke="#fff" stroke-width="4"/><path d="M20 20V12" stroke="#fff" stroke-width="4"/></svg>"##;

/// The app store with the three compatible apps.
pub static PHONE: &[Block] = &[Block::Div(
    "auth-app",
    &[
        Block::P("auth-bar", "auth.store"),
        Block::Div("auth-store-item", &[Block::Art("auth-icon", STORE_ICON), Block::Span("auth-name", "auth.google"), Block::Button(target::authenticator::STORE_GOOGLE, "auth.install-google", "auth-install")]),
        Block::Div("auth-store-item", &[Block::Art("auth-icon", STORE_ICON), Block::Span("auth-name", "auth.microsoft"), Block::Button(target::authenticator::STORE_MICROSOFT, "auth.install-microsoft", "auth-install")]),
        Block::Div("auth-store-item", &[Block::Art("auth-icon", STORE_ICON), Block::Span("auth-name", "auth.duo"), Block::Button(target::authenticator::STORE_DUO, "auth.install-duo", "auth-install")]),
        Block::Div("auth-store-item", &[Block::Span("auth-name", "auth.game"), Block::Button(target::authenticator::STORE_GAME, "auth.install-game", "auth-install")]),
    ],
)];
