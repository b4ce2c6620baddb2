//! IRISbox (irisbox.irisnet.be), the Brussels region's online counter: home with
//! "me aanmelden", the choice of itsme, the profile choice and the logged-in page.

use crate::components::page::{Block, Page};
use crate::screens::itsme::LOGO;

use crate::flow::screen::IrisBox;
use crate::screens::{devices, Pane, Scene};
use crate::scenarios::target;

const IRIS_LOGO: &str = r##"<svg viewBox="0 0 40 40"><rect width="40" height="40" rx="8" fill="#0a5fa8"/><path d="M20 7l3.5 9h9.5l-7.7 5.6 3 9.4L20 25.3 11.7 31l3-9.4L7 16h9.5z" fill="#ffd200"/></svg>"##;
const CARD_ICON: &str = r##"<svg viewBox="0 0 40 40"><rect x="3" y="9" width="34" height="22" rx="3" fill="#cfe3f5" stroke="#36597e"/><rect x="8" y="15" width="8" height="6" rx="1" fill="#d4a72c"/></svg>"##;
const KEY_ICON: &str = r##"<svg viewBox="0 0 40 40"><circle cx="13" cy="20" r="7" fill="none" stroke="#2d3e50" stroke-width="4"/><path d="M20 20h16M30 20v6M35 20v5" stroke="#2d3e50" stroke-width="4"/></svg>"##;

const BRAND: Block = Block::Div("iris-brand", &[Block::Art("iris-logo", IRIS_LOGO), Block::Span("iris-name", "iris.brand")]);

const HEAD: Block = Block::Div(
    "iris-head",
    &[
        BRAND,
        Block::Div(
            "iris-langs",
            &[Block::Button(target::irisbox::IRIS_LANG_FR, "iris.fr", "iris-lang"), Block::Button(target::irisbox::IRIS_LANG_EN, "iris.en", "iris-lang")],
        ),
        Block::Button(target::irisbox::IRIS_LOGIN, "iris.login", "iris-login"),
    ],
);

const fn iris(path: &'static str, blocks: &'static [Block]) -> Page {
    Page { host_key: "iris.host", path, site: "iris", blocks }
}

/// The home page with "me aanmelden" top right.
pub static HOME: Page = iris(
    "/",
    &[
        HEAD,
        Block::Div(
            "iris-hero",
            &[Block::H2("iris.home.title"), Block::P("", "iris.home.text"), Block::Button(target::irisbox::IRIS_SEARCH, "iris.home.search", "iris-secondary")],
        ),
        Block::Div(
            "iris-tiles",
            &[Block::Span("iris-tile", "iris.tile.1"), Block::Span("iris-tile", "iris.tile.2"), Block::Span("iris-tile", "iris.tile.3")],
        ),
    ],
);

/// How to log in: itsme, the eID card reader, or a security code.
pub static CHOOSE: Page = iris(
    "/login",
    &[
        HEAD,
        Block::Div(
            "iris-content",
            &[
                Block::H2("iris.choose.title"),
                Block::Div(
                    "iris-keys",
                    &[
                        Block::RichButton(target::irisbox::IRIS_ITSME, "iris-key", &[Block::Art("iris-key-icon", LOGO), Block::Span("", "iris.choose.itsme")]),
                        Block::RichButton(target::irisbox::IRIS_EID, "iris-key", &[Block::Art("iris-key-icon", CARD_ICON), Block::Span("", "iris.choose.eid")]),
                        Block::RichButton(target::irisbox::IRIS_CSAM, "iris-key", &[Block::Art("iris-key-icon", KEY_ICON), Block::Span("", "iris.choose.csam")]),
                    ],
                ),
            ],
        ),
    ],
);

const USER_HEAD: Block = Block::Div(
    "iris-head",
    &[BRAND, Block::Div("iris-user", &[Block::Span("iris-username", "iris.user"), Block::Button(target::irisbox::IRIS_LOGOUT, "iris.logout", "iris-lang")])],
);

/// Log in as a citizen (or for a company).
pub static PROFILE: Page = iris(
    "/login/profile",
    &[
        Block::Div("iris-head", &[BRAND]),
        Block::Div(
            "iris-content",
            &[
                Block::H2("iris.profile.title"),
                Block::P("", "iris.profile.text"),
                Block::Div(
                    "iris-keys",
                    &[Block::Button(target::irisbox::IRIS_CITIZEN, "iris.profile.citizen", "iris-key"), Block::Button(target::irisbox::IRIS_COMPANY, "iris.profile.company", "iris-key")],
                ),
            ],
        ),
    ],
);

/// Logged in: the name top right.
pub static DONE: Page = iris(
    "/myirisbox",
    &[
        USER_HEAD,
        Block::Div(
            "iris-content",
            &[Block::H2("iris.done.title"), Block::P("", "iris.done.text"), Block::Button(target::irisbox::IRIS_NEW, "iris.done.new", "iris-primary")],
        ),
    ],
);

/// The scene table of this site: what the PC, the phone and the desk show for each
/// of its screens. Exhaustive: a new screen does not compile until it is listed.
pub fn scene(screen: IrisBox) -> Scene {
    match screen {
        IrisBox::Home => devices(Pane::Page(&HOME), Pane::PhoneIdle, Pane::Empty),
        IrisBox::Choose => devices(Pane::Page(&CHOOSE), Pane::PhoneIdle, Pane::Empty),
        IrisBox::Profile => devices(Pane::Page(&PROFILE), Pane::PhoneIdle, Pane::Empty),
        IrisBox::Done => devices(Pane::Page(&DONE), Pane::PhoneIdle, Pane::Empty),
    }
}
