//! My e-Box: the preferences at the first visit, with "opslaan".

use leptos::prelude::*;

use super::{page, HEADER, LOGGED_IN};
use crate::app::Coach;
use crate::components::page::{Block, Page};

/// A free, optional field (not checked by the coach): the nickname.
fn nickname() -> AnyView {
    let coach = Coach::use_context();
    view! {
        <label class="mock-label" for="meb-nickname">{coach.tr("myebox.prefs.nickname")}</label>
        <input id="meb-nickname" type="text" autocomplete="off" data-target-id="meb-nickname" />
    }
    .into_any()
}

/// The preferences at the first visit.
pub static PAGE: Page = page(
    "/nl/preferences",
    &[
        HEADER,
        LOGGED_IN,
        Block::Div(
            "meb-content",
            &[
                Block::H2("myebox.prefs.heading"),
                Block::Fieldset("myebox.prefs.docs", &[Block::Radio("meb-no-docs", "meb-docs", "myebox.prefs.no-docs", |_| false)]),
                Block::Fieldset(
                    "myebox.prefs.profile",
                    &[
                        Block::Div("meb-field", &[Block::Custom(nickname)]),
                        Block::Radio("meb-lang-nl", "meb-lang", "csamact.lang.nl", |_| true),
                        Block::Radio("meb-lang-fr", "meb-lang", "csamact.lang.fr", |_| false),
                        Block::Radio("meb-lang-de", "meb-lang", "csamact.lang.de", |_| false),
                        Block::Radio("meb-lang-en", "meb-lang", "csamact.lang.en", |_| false),
                    ],
                ),
                Block::Fieldset(
                    "myebox.prefs.notify",
                    &[
                        Block::Radio("meb-notify-yes", "meb-notify", "myebox.prefs.notify-yes", |s| s.progress() >= 1),
                        Block::Radio("meb-notify-no", "meb-notify", "myebox.prefs.notify-no", |_| false),
                    ],
                ),
                Block::Button("meb-save", "myebox.prefs.save", "meb-primary"),
            ],
        ),
    ],
);
