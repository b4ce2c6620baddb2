//! Screens imitating www.mijngezondheid.belgie.be (MaSanté, MeineGesundheit, MyHealth).

pub mod done;
pub mod home;
pub mod profile;

use crate::components::page::Block;

use crate::flow::screen::MijnGezondheid;
use crate::screens::{devices, Pane, Scene};
use crate::scenarios::target;

/// Catalog key of the host in the address bar (a domain per language).
pub const HOST_KEY: &str = "mg.host";

/// The federal strip above every Belgian government site.
pub const FEDERAL_STRIP: Block = Block::Div(
    "fed-strip",
    &[
        Block::Art("fed-flag", "<i></i><i></i><i></i>"),
        Block::Span("", "mg.federal"),
        Block::Span("strong", "mg.federal-host"),
    ],
);

/// The site logo: a heart and the site's name.
pub const LOGO: Block = Block::Div(
    "mg-logo",
    &[
        Block::Art("mg-heart", r#"<svg viewBox="0 0 24 24"><path d="M12 21s-8-5.2-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.8-8 11-8 11z"/></svg>"#),
        Block::Span("", "mg.name"),
    ],
);

/// The fr / de / en language links of the site.
pub const LANGS: Block = Block::Div(
    "mg-langs",
    &[
        Block::Button(target::mijngezondheid::MG_LANG_FR, "mg.lang-fr", "mg-lang"),
        Block::Button(target::mijngezondheid::MG_LANG_DE, "mg.lang-de", "mg-lang"),
        Block::Button(target::mijngezondheid::MG_LANG_EN, "mg.lang-en", "mg-lang"),
    ],
);

/// The scene table of this site: what the PC, the phone and the desk show for each
/// of its screens. Exhaustive: a new screen does not compile until it is listed.
pub fn scene(screen: MijnGezondheid) -> Scene {
    match screen {
        MijnGezondheid::Home => devices(Pane::Page(&home::PAGE), Pane::PhoneIdle, Pane::EidDesk),
        MijnGezondheid::Profile => devices(Pane::Page(&profile::PAGE), Pane::PhoneIdle, Pane::EidDesk),
        MijnGezondheid::Done => devices(Pane::Page(&done::PAGE), Pane::PhoneIdle, Pane::EidDesk),
    }
}
