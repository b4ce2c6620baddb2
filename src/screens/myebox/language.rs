//! My e-Box: choose the language, then "inloggen".

use super::{page, HEADER};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

macro_rules! lang {
    ($title:literal, $target:expr, $label:literal) => {
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
                        lang!("myebox.lang.nl", target::myebox::MEB_LOGIN_NL, "myebox.lang.login-nl"),
                        lang!("myebox.lang.fr", target::myebox::MEB_LOGIN_FR, "myebox.lang.login-fr"),
                        lang!("myebox.lang.de", target::myebox::MEB_LOGIN_DE, "myebox.lang.login-de"),
                        lang!("myebox.lang.en", target::myebox::MEB_LOGIN_EN, "myebox.lang.login-en"),
                    ],
                ),
            ],
        ),
    ],
);
