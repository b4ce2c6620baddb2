//! The authenticator app showing the current 6-digit code with its countdown ring.

use leptos::prelude::*;

use crate::coach::Coach;
use crate::components::page::Block;
use crate::flow::totp;
use crate::platform;
use crate::scenarios::csam as logic;

/// The current code, the seconds left and a warning when it is about to change.
pub fn code() -> AnyView {
    let coach = Coach::use_context();
    let secret = coach.session.with_untracked(|s| logic::secret(s.run()));
    let now = RwSignal::new(platform::now_ms());
    platform::every(1000, move || {
        let t = platform::now_ms();
        now.set(t);
        // Keep the run's clock fresh so "do it for me" types the code shown now.
        coach.session.update_untracked(|s| s.set_now(t));
    });
    let current = Memo::new(move |_| totp::totp_at(secret.as_bytes(), now.get()));
    view! {
        <div class="auth-entry" class:low=move || current.with(|c| c.is_about_to_expire())>
            <p class="auth-account">
                <span class="auth-issuer">{coach.tr(logic::ISSUER_KEY)}</span>
                " "
                {coach.session.with_untracked(|s| s.persona().email)}
            </p>
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

/// The app showing the code of the practice account (the exercise issuer).
pub static PHONE: &[Block] = &[Block::Div("auth-app", &[Block::P("auth-bar", "auth.title"), Block::Custom(code)])];
