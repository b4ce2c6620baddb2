//! The simulated reader on the desk: the learner plugs its USB cable into the
//! computer and inserts the card chip first, chip up. Drawn from the session state.

use leptos::prelude::*;

use crate::app::Coach;
use crate::components::page::Block;
use crate::flow::Session;
use crate::scenarios;

const CONNECT: &str = "connect-reader";

fn connect_index(s: &Session) -> usize {
    s.scenario().index_of(CONNECT).unwrap_or(usize::MAX)
}

/// Whether the reader's cable is in the computer's USB port.
pub fn plugged(s: &Session) -> bool {
    let c = connect_index(s);
    s.index() > c || (s.index() == c && s.progress() >= 1)
}

/// Whether the card sits in the reader (taken out on the "no card" detour).
pub fn card_in(s: &Session) -> bool {
    s.index() > connect_index(s) && s.branch().is_none()
}

fn at_connect(s: &Session) -> bool {
    s.step().id == CONNECT
}

macro_rules! scene {
    ($cable:literal, $card:literal) => {
        concat!(
            r#"<svg viewBox="0 0 320 130"><rect x="4" y="20" width="70" height="90" rx="6" class="eidi-pc"/>"#,
            r#"<rect x="56" y="60" width="18" height="12" rx="2" class="eidi-port"/>"#,
            $cable,
            r#"<rect x="170" y="62" width="130" height="56" rx="14" class="eidi-reader"/><rect x="186" y="64" width="98" height="6" rx="3" class="eidi-slot"/>"#,
            $card,
            "</svg>"
        )
    };
}

const OUT: &str = scene!(
    r#"<path d="M170 95 C 140 95, 130 112, 100 112" class="eidi-cable"/><rect x="88" y="106" width="16" height="12" rx="2" class="eidi-plug"/>"#,
    r#"<g class="eidi-card-off"><rect x="200" y="4" width="80" height="48" rx="5"/><rect x="212" y="16" width="14" height="11" rx="2" class="eidi-chip"/></g>"#
);
const PLUGGED: &str = scene!(
    r#"<path d="M170 95 C 120 95, 110 66, 74 66" class="eidi-cable"/><rect x="62" y="60" width="16" height="12" rx="2" class="eidi-plug"/>"#,
    r#"<g class="eidi-card-off"><rect x="200" y="4" width="80" height="48" rx="5"/><rect x="212" y="16" width="14" height="11" rx="2" class="eidi-chip"/></g><circle cx="284" cy="104" r="5" class="eidi-led-on"/>"#
);
const READY: &str = scene!(
    r#"<path d="M170 95 C 120 95, 110 66, 74 66" class="eidi-cable"/><rect x="62" y="60" width="16" height="12" rx="2" class="eidi-plug"/>"#,
    r#"<g class="eidi-card-in"><rect x="196" y="26" width="78" height="40" rx="5"/><rect x="206" y="46" width="14" height="11" rx="2" class="eidi-chip"/></g><circle cx="284" cy="104" r="5" class="eidi-led-ok"/>"#
);

/// Opens the real-reader probe (a tool, not a step of this scenario, so never a mistake).
fn probe_link() -> AnyView {
    let coach = Coach::use_context();
    view! {
        <button type="button" class="eidi-probe-link" id="open-probe" on:click=move |_| {
            if let Some(sc) = scenarios::find("reader-check") {
                coach.open(sc, 0);
            }
        }>{coach.tr("reader.desk.probe")}</button>
    }
    .into_any()
}

/// The desk of eid-install: computer port, cable, reader and card, with the moves as buttons.
pub static DESK: [Block; 1] = [Block::Div(
    "eidi-desk",
    &[
        Block::When(|s| !plugged(s), &[Block::Art("eidi-art", OUT)]),
        Block::When(|s| plugged(s) && !card_in(s), &[Block::Art("eidi-art", PLUGGED)]),
        Block::When(card_in, &[Block::Art("eidi-art", READY)]),
        Block::Ol("eidi-legend", &["reader.desk.reader", "reader.desk.cable", "reader.desk.port"]),
        Block::When(|s| !plugged(s), &[Block::P("eidi-state", "reader.desk.state-out")]),
        Block::When(|s| plugged(s) && !card_in(s), &[Block::P("eidi-state", "reader.desk.state-plugged")]),
        Block::When(card_in, &[Block::P("eidi-state", "reader.desk.state-ready")]),
        Block::When(
            at_connect,
            &[Block::Div(
                "eidi-moves",
                &[
                    Block::When(|s| !plugged(s), &[Block::Button("reader-plug", "reader.desk.plug", "eidi-move")]),
                    Block::Button("card-insert", "reader.desk.insert", "eidi-move"),
                    Block::Button("card-wrong", "reader.desk.insert-down", "eidi-move eidi-move-alt"),
                    Block::Button("card-wrong-side", "reader.desk.insert-back", "eidi-move eidi-move-alt"),
                    Block::Custom(probe_link),
                ],
            )],
        ),
        Block::When(
            |s| s.step().id == "reader-test" && s.branch().is_none(),
            &[Block::Div("eidi-moves", &[Block::Button("card-remove", "reader.desk.remove", "eidi-move eidi-move-alt")])],
        ),
    ],
)];
