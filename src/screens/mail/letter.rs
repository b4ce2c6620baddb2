//! The LRA's paper letter with the persona's activation code (a desk prop).

use crate::components::page::Block;

/// The paper letter from the municipality (LRA) with the activation code.
pub static DESK: &[Block] = &[Block::Div(
    "prop active lra-letter",
    &[
        Block::P("letter-from", "lra.letter.from"),
        Block::P("letter-to", "lra.letter.to"),
        Block::P("", "lra.letter.text"),
        Block::P("lra-code", "lra.letter.code"),
        Block::P("letter-practice", "lra.letter.practice"),
    ],
)];
