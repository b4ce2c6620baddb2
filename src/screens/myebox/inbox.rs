//! My e-Box: the inbox with a few fictional documents.

use super::{page, HEADER, LOGGED_IN};
use crate::components::page::{Block, Page};
use crate::scenarios::target;

macro_rules! doc {
    ($target:expr, $from:literal, $title:literal, $date:literal) => {
        Block::RichButton($target, "meb-doc", &[Block::Span("meb-doc-from", $from), Block::Span("meb-doc-title", $title), Block::Span("meb-doc-date", $date)])
    };
}

/// The inbox with a few fictional documents.
pub static PAGE: Page = page(
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
                        doc!(target::myebox::MEB_DOC_1, "myebox.doc1.from", "myebox.doc1.title", "myebox.doc1.date"),
                        doc!(target::myebox::MEB_DOC_2, "myebox.doc2.from", "myebox.doc2.title", "myebox.doc2.date"),
                        doc!(target::myebox::MEB_DOC_3, "myebox.doc3.from", "myebox.doc3.title", "myebox.doc3.date"),
                    ],
                ),
            ],
        ),
    ],
);
