//! My e-Box: choose the language, then "inloggen".

use super::{page, HEADER};
use crate::components::page::{Block, Page};

macro_rules! lang {
    ($title:literal, $target:literal, $label:literal) => {
        Block::Div("meb-lang", &[Block::H3($title), Block::Button($target, $label, "meb-primary")])
    };
}

/// Choose the language, then "inloggen" in that box.
pub static PAGE: Page = page(
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
