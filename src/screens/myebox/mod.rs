//! My e-Box (myebox.be): the home page, the language choice, the first-use message,
//! the preferences and the inbox.

use leptos::prelude::*;

use crate::app::Coach;
use crate::components::page::{Block, Page};

const HEADER: Block = Block::Div("meb-header", &[Block::Art("meb-logo", "<i></i><i></i><i></i>"), Block::Span("meb-name", "myebox.name")]);

const fn page(path: &'static str, blocks: &'static [Block]) -> Page {
    Page { host_key: "myebox.host", path, site: "meb", blocks }
}

/// myebox.be: "Open My e-Box".
pub static HOME: Page = page(
    "/nl",
    &[
        HEADER,
        Block::Div(
            "meb-hero",
            &[
                Block::H2("myebox.start.heading"),
                Block::P("", "myebox.start.intro"),
                Block::Button("meb-open", "myebox.start.open", "meb-primary"),
                Block::Button("meb-info", "myebox.start.info", "meb-link"),
            ],
        ),
    ],
);

macro_rules! lang {
    ($title:literal, $target:literal, $label:literal) => {
        Block::Div("meb-lang", &[Block::H3($title), Block::Button($target, $label, "meb-primary")])
    };
}

/// Choose the language, then "inloggen" in that box.
pub static LANGUAGE: Page = page(
    "/nl/login",
    &[
        HEADER,
        Block::Div(
            "meb-content",
            &[
                Block::H2("myebox.lang.heading"),
                Block::Div(
                    "meb-langs",
                    &[
                        lang!("myebox.lang.nl", "meb-login-nl", "myebox.lang.login-nl"),
                        lang!("myebox.lang.fr", "meb-login-fr", "myebox.lang.login-fr"),
                        lang!("myebox.lang.de", "meb-login-de", "myebox.lang.login-de"),
                        lang!("myebox.lang.en", "meb-login-en", "myebox.lang.login-en"),
                    ],
                ),
            ],
        ),
    ],
);

const LOGGED_IN: Block = Block::Div("meb-user", &[Block::Span("", "myebox.user")]);

/// The first-use message.
pub static FIRST_USE: Page = page(
    "/nl/welcome",
    &[
        HEADER,
        LOGGED_IN,
        Block::Div(
            "meb-content",
            &[Block::H2("myebox.first.heading"), Block::P("meb-notice", "myebox.first.notice"), Block::P("", "myebox.first.change")],
        ),
    ],
);

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
pub static PREFS: Page = page(
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

macro_rules! doc {
    ($target:literal, $from:literal, $title:literal, $date:literal) => {
        Block::RichButton($target, "meb-doc", &[Block::Span("meb-doc-from", $from), Block::Span("meb-doc-title", $title), Block::Span("meb-doc-date", $date)])
    };
}

/// The inbox with a few fictional documents.
pub static INBOX: Page = page(
    "/nl/documents",
    &[
        HEADER,
        LOGGED_IN,
        Block::Div(
            "meb-content",
            &[
                Block::H2("myebox.inbox.heading"),
                Block::Div(
                    "meb-docs",
                    &[
                        doc!("meb-doc-1", "myebox.doc1.from", "myebox.doc1.title", "myebox.doc1.date"),
                        doc!("meb-doc-2", "myebox.doc2.from", "myebox.doc2.title", "myebox.doc2.date"),
                        doc!("meb-doc-3", "myebox.doc3.from", "myebox.doc3.title", "myebox.doc3.date"),
                    ],
                ),
            ],
        ),
    ],
);
