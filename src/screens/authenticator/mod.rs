//! The phone's authenticator app: the app store, scanning the QR code, and the
//! 6-digit code that changes every 30 seconds (RFC 6238).

use leptos::prelude::*;
use std::time::Duration;

use crate::app::Coach;
use crate::components::page::Block;
use crate::flow::totp;
use crate::platform;
use crate::scenarios::csam as logic;

const STORE_ICON: &str = r##"<svg viewBox="0 0 40 40"><rect x="2" y="2" width="36" height="36" rx="9" fill="#3b5998"/><circle cx="20" cy="20" r="9" fill="none" stroke="#fff" stroke-width="4"/><path d="M20 20V12" stroke="#fff" stroke-width="4"/></svg>"##;

/// The app store with the three compatible apps.
pub static STORE: &[Block] = &[Block::Div(
    "auth-app",
    &[
        Block::P("auth-bar", "auth.store"),
        Block::Div("auth-store-item", &[Block::Art("auth-icon", STORE_ICON), Block::Span("auth-name", "auth.google"), Block::Button("store-google", "auth.install-google", "auth-install")]),
        Block::Div("auth-store-item", &[Block::Art("auth-icon", STORE_ICON), Block::Span("auth-name", "auth.microsoft"), Block::Button("store-microsoft", "auth.install-microsoft", "auth-install")]),
        Block::Div("auth-store-item", &[Block::Art("auth-icon", STORE_ICON), Block::Span("auth-name", "auth.duo"), Block::Button("store-duo", "auth.install-duo", "auth-install")]),
        Block::Div("auth-store-item", &[Block::Span("auth-name", "auth.game"), Block::Button("store-game", "auth.install-game", "auth-install")]),
    ],
)];

/// The authenticator app, ready to add an account.
pub static SCAN: &[Block] = &[Block::Div(
    "auth-app",
    &[
        Block::P("auth-bar", "auth.title"),
        Block::P("", "auth.empty"),
        Block::Button("auth-scan", "auth.scan", "auth-big"),
        Block::Button("auth-manual", "auth.manual", "auth-link"),
    ],
)];

/// The current code, the seconds left and a warning when it is about to change.
pub fn code() -> AnyView {
    let coach = Coach::use_context();
    let secret = coach.session.with_untracked(|s| logic::secret(s.run()));
    let now = RwSignal::new(platform::now_ms());
    if let Ok(h) = set_interval_with_handle(
        move || {
            let t = platform::now_ms();
            now.set(t);
            // Keep the run's clock fresh so "do it for me" types the code shown now.
            coach.session.update_untracked(|s| s.set_now(t));
        },
        Duration::from_secs(1),
    ) {
        on_cleanup(move || h.clear());
    }
    let current = Memo::new(move |_| totp::totp_at(secret.as_bytes(), now.get()));
    view! {
        <div class="auth-entry" class:low=move || current.with(|c| c.is_about_to_expire())>
            <p class="auth-account">"CSAM: " {coach.session.with_untracked(|s| s.persona().email)}</p>
            <p class="auth-code" data-code=move || current.with(|c| c.code.clone())>
                {move || current.with(|c| format!("{} {}", &c.code[..3], &c.code[3..]))}
            </p>
            <p class="auth-left">
                <span class="auth-ring" style=move || format!("--left:{}", current.with(|c| c.seconds_left))></span>
                {move || coach.tf("auth.left", &[("n", &current.with(|c| c.seconds_left).to_string())])}
            </p>
            {move || current.with(|c| c.is_about_to_expire()).then(|| view! { <p class="auth-warn">{coach.t("auth.wait")}</p> })}
        </div>
    }
    .into_any()
}

/// The app showing the code for CSAM.
pub static CODE: &[Block] = &[Block::Div("auth-app", &[Block::P("auth-bar", "auth.title"), Block::Custom(code)])];
