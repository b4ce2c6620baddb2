//! The simulated reader on the desk: the learner plugs its USB cable into the
//! computer and inserts the card chip first, chip up. Drawn from the session state.
//!
//! At `connect-reader` the plug and the card can be dragged (pointer events, so mouse,
//! pen and touch) onto the USB port and the reader's slot; the card can be turned
//! first. A drop performs the same action as the matching button below the drawing,
//! and the buttons stay the keyboard path and the one watch mode uses.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::coach::Coach;
use crate::components::page::{blocks, Block};
use crate::flow::{Action, NumberMemo, Session};
use crate::scenarios;
use crate::scenarios::eid_install::CONNECT_READER;
use crate::scenarios::target;

/// Run memory: how the loose card lies (bit 1: face down, bit 2: chip end away from the reader).
const CARD_WAY: NumberMemo = NumberMemo("cardway");
/// The card lies face up but the chip end points away from the reader: one turn to do.
const START_WAY: u8 = 2;

fn connect_index(s: &Session) -> usize {
    s.scenario().index_of(CONNECT_READER).unwrap_or(usize::MAX)
}

/// Whether the reader's cable is in the computer's USB port.
pub fn plugged(s: &Session) -> bool {
    let c = connect_index(s);
    s.index() > c || (s.index() == c && s.did(target::reader::READER_PLUG))
}

/// Whether the card sits in the reader (taken out on the "no card" detour).
pub fn card_in(s: &Session) -> bool {
    s.index() > connect_index(s) && s.branch().is_none()
}

fn at_connect(s: &Session) -> bool {
    s.step().id == CONNECT_READER
}

fn way(s: &Session) -> u8 {
    s.run().count(CARD_WAY).and_then(|w| u8::try_from(w).ok()).unwrap_or(START_WAY)
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
/// connect-reader's drawing without the loose card (an HTML card lies on top of it).
const DND_OUT: &str = scene!(
    r#"<path d="M170 95 C 140 95, 130 112, 112 112" class="eidi-cable"/>"#,
    r#"<text x="39" y="52" class="eidi-tag">USB</text>"#
);
const DND_PLUGGED: &str = scene!(
    r#"<path d="M170 95 C 120 95, 110 66, 74 66" class="eidi-cable"/><rect x="62" y="60" width="16" height="12" rx="2" class="eidi-plug"/>"#,
    r#"<circle cx="284" cy="104" r="5" class="eidi-led-on"/>"#
);

/// The drop zones, the plug to drag while it is out, and the loose card in its four ways.
const PORT: &str = r#"<i class="eidi-drop eidi-drop-port" data-drop="port"></i><i class="eidi-drop eidi-drop-slot" data-drop="slot"></i>"#;
const PLUG: &str = r#"<i class="eidi-grab eidi-hplug" data-drag="port" data-act="reader-plug"></i>"#;
macro_rules! card {
    ($class:literal) => {
        concat!(r#"<i class="eidi-grab eidi-hcard "#, $class, r#"" data-drag="slot"><b></b></i>"#)
    };
}

/// What a card dropped into the slot does: before the reader is plugged in, every way
/// of holding it gets "plug the reader in first"; after, the way it lies decides.
fn card_target(plugged: bool, way: u8) -> &'static str {
    match (plugged, way) {
        (false, _) | (true, 0) => target::reader::CARD_INSERT,
        (true, 2) => target::reader::CARD_WRONG_SIDE,
        (true, _) => target::reader::CARD_WRONG,
    }
}

/// connect-reader's desk in one view (one view costs less than three): the drawing
/// with drag and drop, the buttons that turn the loose card, the state, the button
/// alternatives and the link to the real-reader probe. One set of pointer handlers
/// serves the whole drawing.
// Pointer coordinates are f64 in the wasm build of web-sys and i32 natively: the
// casts are needed on one side and look redundant to clippy on the other.
#[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
fn connect_desk() -> AnyView {
    thread_local! {
        static DRAG: RefCell<Option<Drag>> = const { RefCell::new(None) };
    }
    let coach = Coach::use_context();
    let grab = move |ev: web_sys::PointerEvent| {
        let handle = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-drag]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = handle {
            ev.prevent_default();
            let _ = h.set_pointer_capture(ev.pointer_id());
            let _ = h.set_attribute("data-dragging", "");
            let cable = (h.get_attribute("data-drag").as_deref() == Some("port"))
                .then(|| h.closest(".eidi-dnd").ok().flatten()?.query_selector(".eidi-cable").ok().flatten())
                .flatten()
                .and_then(|c| c.get_attribute("d").map(|d| (c, d)));
            let (x, y) = (ev.client_x() as i32, ev.client_y() as i32);
            DRAG.with(|d| *d.borrow_mut() = Some(Drag { handle: h, x, y, cable }));
        }
    };
    let drag = move |ev: web_sys::PointerEvent| {
        DRAG.with(|d| {
            if let Some(Drag { handle: h, x, y, cable }) = d.borrow().as_ref() {
                let dx = ev.client_x() as i32 - x;
                let dy = ev.client_y() as i32 - y;
                let _ = h.style().set_property("transform", &format!("translate({dx}px,{dy}px)"));
                if let Some((path, _)) = cable {
                    let _ = path.set_attribute("d", &cable_to(path, dx, dy));
                }
            }
        });
    };
    let drop = move |ev: web_sys::PointerEvent| {
        let Some(Drag { handle: h, cable, .. }) = DRAG.with(|d| d.borrow_mut().take()) else { return };
        let _ = h.style().remove_property("transform");
        if let Some((path, resting)) = cable {
            let _ = path.set_attribute("d", &resting);
        }
        let _ = h.remove_attribute("data-dragging");
        if ev.type_() != "pointerup" {
            return;
        }
        let want = h.get_attribute("data-drag").unwrap_or_default();
        // The card's move depends on the reader too: before the plug, "plug in first".
        let act = if want == "slot" {
            Some(coach.session.with_untracked(|s| card_target(plugged(s), way(s))).to_owned())
        } else {
            h.get_attribute("data-act")
        };
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let hit = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|doc| doc.query_selector(&format!(".eidi-drop-{want}")).ok().flatten())
            .is_some_and(|zone| {
                let r = zone.get_bounding_client_rect();
                x >= r.left() && x <= r.left() + r.width() && y >= r.top() && y <= r.top() + r.height()
            });
        if let (true, Some(act)) = (hit, act) {
            coach.act(Action::Click(act));
        }
    };
    // 1 turns the card over (face up / down), 2 around (chip end first / last), 0 opens the probe.
    let button = move |what: u8| {
        move |_| {
            if what == 0 {
                open_probe(coach);
            } else {
                coach.session.update(|s| {
                    let w = way(s) ^ what;
                    s.set_count(CARD_WAY, u64::from(w));
                });
            }
        }
    };
    view! {
        <div class="eidi-dnd" on:pointerdown=grab on:pointermove=drag on:pointerup=drop on:pointercancel=drop>
            {blocks(&SCENE)}
        </div>
        <div class="eidi-turns">
            {blocks(&WAY)}
            <button type="button" class="eidi-turn" data-target-id="card-flip" aria-describedby="eidi-turns-help" on:click=button(1)>{coach.tr("reader.desk.flip")}</button>
            <button type="button" class="eidi-turn" data-target-id="card-rotate" aria-describedby="eidi-turns-help" on:click=button(2)>{coach.tr("reader.desk.rotate")}</button>
            <p class="eidi-turns-help" id="eidi-turns-help">{coach.tr("reader.desk.turns-help")}</p>
        </div>
        {blocks(&CONNECT_REST)}
        <button type="button" class="eidi-probe-link" id="open-probe" on:click=button(0)>{probe_label(coach)}</button>
    }
    .into_any()
}

/// A drag in progress at connect-reader.
struct Drag {
    /// The plug or card being dragged.
    handle: web_sys::HtmlElement,
    /// Where the pointer went down (screen pixels).
    x: i32,
    y: i32,
    /// For the plug: the drawn cable and its resting path, so the cable follows the plug.
    cable: Option<(web_sys::Element, String)>,
}

/// The loose cable's path with its plug end moved by (dx, dy) screen pixels: the
/// drawing's 320×130 units are scaled to the size it is shown at.
fn cable_to(path: &web_sys::Element, dx: i32, dy: i32) -> String {
    let (sx, sy) = path
        .closest("svg")
        .ok()
        .flatten()
        .map(|svg| svg.get_bounding_client_rect())
        .filter(|r| r.width() > 0.0 && r.height() > 0.0)
        .map_or((1.0, 1.0), |r| (320.0 / r.width(), 130.0 / r.height()));
    // Whole units, formatted as integers: float formatting would add 8 KB of wasm.
    let x = (112.0 + f64::from(dx) * sx) as i32;
    let y = (112.0 + f64::from(dy) * sy) as i32;
    format!("M170 95 C 140 95, 130 {y}, {x} {y}")
}

static SCENE: [Block; 7] = [
    Block::When(|s| !plugged(s), &[Block::Art("eidi-art", DND_OUT), Block::Art("eidi-layer", PLUG)]),
    Block::When(plugged, &[Block::Art("eidi-art", DND_PLUGGED)]),
    Block::Art("eidi-layer", PORT),
    Block::When(|s| way(s) == 0, &[Block::Art("eidi-layer", card!(""))]),
    Block::When(|s| way(s) == 1, &[Block::Art("eidi-layer", card!("back"))]),
    Block::When(|s| way(s) == 2, &[Block::Art("eidi-layer", card!("last"))]),
    Block::When(|s| way(s) == 3, &[Block::Art("eidi-layer", card!("back last"))]),
];

/// How the loose card lies now, in words (the turn buttons change it).
static WAY: [Block; 4] = [
    Block::When(|s| way(s) == 0, &[Block::P("eidi-way", "reader.desk.way-0")]),
    Block::When(|s| way(s) == 1, &[Block::P("eidi-way", "reader.desk.way-1")]),
    Block::When(|s| way(s) == 2, &[Block::P("eidi-way", "reader.desk.way-2")]),
    Block::When(|s| way(s) == 3, &[Block::P("eidi-way", "reader.desk.way-3")]),
];

/// Under the drawing at connect-reader: what to do, the state, and the same moves as buttons.
static CONNECT_REST: [Block; 3] = [
    Block::P("eidi-drag-tip", "reader.desk.drag"),
    STATE,
    Block::Div(
        "eidi-moves",
        &[
            Block::P("eidi-moves-head", "reader.desk.or-buttons"),
            Block::When(|s| !plugged(s), &[Block::Button(target::reader::READER_PLUG, "reader.desk.plug", "eidi-move")]),
            Block::Button(target::reader::CARD_INSERT, "reader.desk.insert", "eidi-move"),
            // The wrong ways only once the reader is in: before, any card gets "plug in first".
            Block::When(
                plugged,
                &[
                    Block::Button(target::reader::CARD_WRONG, "reader.desk.insert-down", "eidi-move eidi-move-alt"),
                    Block::Button(target::reader::CARD_WRONG_SIDE, "reader.desk.insert-back", "eidi-move eidi-move-alt"),
                ],
            ),
        ],
    ),
];

/// What the reader's state is now, in words.
const STATE: Block = Block::Div(
    "",
    &[
        Block::When(|s| !plugged(s), &[Block::P("eidi-state", "reader.desk.state-out")]),
        Block::When(|s| plugged(s) && !card_in(s), &[Block::P("eidi-state", "reader.desk.state-plugged")]),
        Block::When(card_in, &[Block::P("eidi-state", "reader.desk.state-ready")]),
    ],
);

/// The desk of eid-install: computer port, cable, reader and card, with the moves as buttons.
pub static DESK: [Block; 1] = [Block::Div(
    "eidi-desk",
    &[
        Block::When(
            |s| !at_connect(s),
            &[
                Block::When(|s| !plugged(s), &[Block::Art("eidi-art", OUT)]),
                Block::When(|s| plugged(s) && !card_in(s), &[Block::Art("eidi-art", PLUGGED)]),
                Block::When(card_in, &[Block::Art("eidi-art", READY)]),
                Block::Ol("eidi-legend", &["reader.desk.reader", "reader.desk.cable", "reader.desk.port"]),
                STATE,
            ],
        ),
        Block::When(at_connect, &[Block::Custom(connect_desk)]),
        CARD_MOVES,
    ],
)];

/// Taking the card out and putting it back, on a step with a "no card" detour (the
/// reader test, the CSAM eID page): back in is the only way to go on.
pub const CARD_MOVES: Block = Block::Div(
    "",
    &[
        Block::When(
            |s| s.branch().is_none() && s.step().branch(target::branch::NO_CARD).is_some(),
            &[Block::Div("eidi-moves", &[Block::Button(target::reader::CARD_REMOVE, "reader.desk.remove", "eidi-move eidi-move-alt")])],
        ),
        Block::When(
            |s| s.in_branch(target::branch::NO_CARD),
            &[Block::Div("eidi-moves", &[Block::Button(target::reader::CARD_REINSERT, "reader.desk.reinsert", "eidi-move")])],
        ),
    ],
);

/// Whether this exercise was opened from the real-reader check (its "practise" button).
fn from_probe(coach: Coach) -> bool {
    coach.came_from.with(|c| c.is_some_and(|(sc, _)| sc.id == "reader-check"))
}

/// Opens the real-reader check as a side exercise that leads back here, or goes back
/// to it when the learner came from there to practise.
fn open_probe(coach: Coach) {
    if from_probe(coach) {
        coach.run(crate::coach::Command::Return);
    } else if let Some(sc) = scenarios::find("reader-check") {
        coach.run(crate::coach::Command::Detour(sc));
    }
}

/// "Test your real reader here", or "back to the check" after coming from it.
fn probe_label(coach: Coach) -> impl Fn() -> String + Copy + 'static {
    move || {
        if from_probe(coach) {
            coach.tf("reader.desk.back-to-probe", &[("title", &coach.t("reader-check.title"))])
        } else {
            coach.t("reader.desk.probe")
        }
    }
}

/// "Have a real reader? Test it here", where the eID login needs the reader.
pub fn probe_link() -> AnyView {
    let coach = Coach::use_context();
    view! {
        <button type="button" class="eidi-probe-link" id="open-probe" on:click=move |_| open_probe(coach)>
            {probe_label(coach)}
        </button>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::card_target;

    #[test]
    fn a_card_before_the_plug_is_always_plug_first() {
        for way in 0..4 {
            assert_eq!(card_target(false, way), "card-insert", "way {way}: the engine answers 'plug in first'");
        }
        assert_eq!(card_target(true, 0), "card-insert");
        assert_eq!(card_target(true, 1), "card-wrong");
        assert_eq!(card_target(true, 2), "card-wrong-side");
        assert_eq!(card_target(true, 3), "card-wrong");
    }
}
