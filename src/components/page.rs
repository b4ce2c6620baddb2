//! Mock pages and dialogs as data. Every screen is a small static description
//! rendered by one generic renderer, so a new screen costs bytes of data instead of
//! kilobytes of monomorphised view code (the first-load budget covers all 86 steps).

use leptos::prelude::*;

use crate::coach::Coach;
use crate::components::browser_frame::BrowserFrame;
use crate::components::controls::{CoachButton, CoachInput, CoachRadio};
use crate::flow::Session;

/// One piece of a mock page or dialog. Texts are catalog keys; `{name}`-style
/// persona placeholders are filled in.
pub enum Block {
    /// A page heading (`h2`).
    H2(&'static str),
    /// A section heading (`h3`).
    H3(&'static str),
    /// A paragraph with a CSS class (may be empty).
    P(&'static str, &'static str),
    /// An ordered list with a CSS class.
    Ol(&'static str, &'static [&'static str]),
    /// A `div` with a CSS class around more blocks.
    Div(&'static str, &'static [Block]),
    /// A `fieldset` with a legend key.
    Fieldset(&'static str, &'static [Block]),
    /// Inline text (a `span`) with a CSS class.
    Span(&'static str, &'static str),
    /// A real button that reports to the engine: target id, label key, CSS class.
    Button(&'static str, &'static str, &'static str),
    /// A button with more blocks inside (icon and label): target id, CSS class, content.
    RichButton(&'static str, &'static str, &'static [Block]),
    /// A labelled input: target id, label key, input type, inputmode.
    Input(&'static str, &'static str, &'static str, &'static str),
    /// A labelled radio option: target id, group name, label key, when it shows as chosen.
    Radio(&'static str, &'static str, &'static str, fn(&Session) -> bool),
    /// A table: CSS class, header keys, rows of cell keys (the first row shows selected).
    Table(&'static str, &'static [&'static str], &'static [&'static [&'static str]]),
    /// Static decorative markup (SVG art), hidden from assistive technology.
    Art(&'static str, &'static str),
    /// Blocks shown only while a condition on the session holds.
    When(fn(&Session) -> bool, &'static [Block]),
    /// A real component for what data cannot express (a countdown, a QR code, a
    /// drag-and-drop reader); keep these few and shared.
    Custom(fn() -> AnyView),
}

/// A mock web page in the PC's browser.
pub struct Page {
    /// Catalog key of the host in the address bar.
    pub host_key: &'static str,
    /// Path shown after the host.
    pub path: &'static str,
    /// CSS class of the imitated site (`mg`, `csam`, …).
    pub site: &'static str,
    /// The page content.
    pub blocks: &'static [Block],
}

/// A system dialog over the page (certificate chooser, PIN prompt).
pub struct Dialog {
    /// Catalog key of the title bar.
    pub title: &'static str,
    /// `win` or `chrome` look.
    pub look: &'static str,
    /// The dialog content.
    pub blocks: &'static [Block],
}

/// Renders a list of blocks.
pub fn blocks(list: &'static [Block]) -> AnyView {
    list.iter().map(block).collect_view().into_any()
}

fn text(key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let coach = Coach::use_context();
    move || coach.say(key)
}

fn block(b: &'static Block) -> AnyView {
    match b {
        Block::H2(k) => view! { <h2>{text(k)}</h2> }.into_any(),
        Block::H3(k) => view! { <h3>{text(k)}</h3> }.into_any(),
        Block::P(class, k) => view! { <p class=*class>{text(k)}</p> }.into_any(),
        Block::Span(class, k) => view! { <span class=*class>{text(k)}</span>" " }.into_any(),
        Block::Ol(class, items) => view! {
            <ol class=*class>{items.iter().map(|k| view! { <li>{text(k)}</li> }).collect_view()}</ol>
        }
        .into_any(),
        Block::Div(class, inner) => view! { <div class=*class>{blocks(inner)}</div> }.into_any(),
        Block::Fieldset(legend, inner) => view! {
            <fieldset><legend>{text(legend)}</legend>{blocks(inner)}</fieldset>
        }
        .into_any(),
        Block::Button(target, k, class) => view! {
            <CoachButton target=*target class=*class>{text(k)}</CoachButton>
        }
        .into_any(),
        Block::RichButton(target, class, inner) => view! {
            <CoachButton target=*target class=*class>{blocks(inner)}</CoachButton>
        }
        .into_any(),
        Block::Input(target, label, kind, mode) => view! {
            <CoachInput target=*target label_key=*label kind=*kind inputmode=*mode />
        }
        .into_any(),
        Block::Radio(target, name, label, chosen) => {
            let coach = Coach::use_context();
            let checked = Signal::derive(move || coach.session.with(chosen));
            view! { <CoachRadio target=*target name=*name checked=checked>{text(label)}</CoachRadio> }.into_any()
        }
        Block::Table(class, head, rows) => view! {
            <table class=*class>
                <thead><tr>{head.iter().map(|k| view! { <th scope="col">{text(k)}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {rows.iter().enumerate().map(|(i, row)| view! {
                        <tr class:selected=i == 0>{row.iter().map(|k| view! { <td>{text(k)}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
        Block::Art(class, markup) => view! { <span class=*class aria-hidden="true" inner_html=*markup></span> }.into_any(),
        Block::Custom(make) => make(),
        Block::When(cond, inner) => {
            let coach = Coach::use_context();
            let cond = *cond;
            // A memo: the blocks are drawn again only when the condition flips, not on
            // every keystroke in a field inside them (a PIN dialog is one such block).
            let shown = Memo::new(move |_| coach.session.with(cond));
            (move || shown.get().then(|| blocks(inner))).into_any()
        }
    }
}

/// A page in the browser window.
pub fn page(p: &'static Page) -> AnyView {
    view! {
        <BrowserFrame host_key=p.host_key path=p.path>
            <div class=format!("site {}", p.site)>{blocks(p.blocks)}</div>
        </BrowserFrame>
    }
    .into_any()
}

/// A system dialog drawn over the page.
pub fn dialog(d: &'static Dialog) -> AnyView {
    view! {
        <div class="os-overlay">
            <div class=format!("os-dialog {}", d.look) role="dialog" aria-labelledby="os-dialog-title">
                <div class="os-title" id="os-dialog-title">{text(d.title)}</div>
                <div class="os-body">{blocks(d.blocks)}</div>
            </div>
        </div>
    }
    .into_any()
}

/// Text made safe to put in markup that is built as a string (`inner_html`).
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
