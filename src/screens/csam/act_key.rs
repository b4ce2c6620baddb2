//! CSAM activation step 2: "Kies uw digitale sleutel", the language and the terms.

use super::{page, BAR_2, HEADER};
use crate::components::page::{Block, Page};
use crate::flow::Session;
use crate::scenarios::csam::KEY_CHOICE;

fn chose(s: &Session, key: &str) -> bool {
    s.run().recall(KEY_CHOICE) == Some(key)
}

/// Step 2: "Kies uw digitale sleutel", language and terms.
pub static PAGE: Page = page(
    "/sma/activation",
    &[
        HEADER,
        Block::Div(
            "csam-content",
            &[
                Block::H2("csamact.heading"),
                BAR_2,
                Block::P("", "csamact.key.intro"),
                Block::P("csamact-advice", "csamact.key.advice"),
                Block::Div(
                    "csamact-choices",
                    &[
                        Block::Fieldset(
                            "csamact.key.legend",
                            &[
                                Block::Radio("act-key-email", "act-key", "csamact.key.email", |s| chose(s, "act-key-email")),
                                Block::Radio("act-key-app", "act-key", "csamact.key.app", |s| chose(s, "act-key-app")),
                                Block::Radio("act-key-sms", "act-key", "csamact.key.sms", |_| false),
                            ],
                        ),
                        Block::Fieldset(
                            "csamact.key.lang",
                            &[
                                Block::Radio("act-lang-nl", "act-lang", "csamact.lang.nl", |_| true),
                                Block::Radio("act-lang-fr", "act-lang", "csamact.lang.fr", |_| false),
                                Block::Radio("act-lang-de", "act-lang", "csamact.lang.de", |_| false),
                                Block::Radio("act-lang-en", "act-lang", "csamact.lang.en", |_| false),
                            ],
                        ),
                    ],
                ),
                Block::Fieldset(
                    "csamact.key.terms-legend",
                    &[Block::Radio("act-terms", "act-terms", "csamact.key.terms", |s| s.progress() >= 2)],
                ),
                Block::Div("csam-actions csamact-end", &[Block::Button("act-activate", "csamact.key.activate", "csam-primary")]),
            ],
        ),
    ],
);
