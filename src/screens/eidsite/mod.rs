//! Screens imitating eid.belgium.be: the download section and the licence modal.

pub mod license;
pub mod site;

use crate::components::page::Block;
use crate::screens::os::Os;

use crate::flow::screen::EidSite;
use crate::screens::{devices, installer, reader, Pane, Scene};

/// Catalog key of the host in the address bar.
pub const HOST_KEY: &str = "eidsite.host";

/// The site header: the Belgian colours and the site name.
pub const HEADER: Block = Block::Div(
    "eidw-head",
    &[
        Block::Art("fed-flag", "<i></i><i></i><i></i>"),
        Block::Span("eidw-brand", "eidsite.brand"),
        Block::Span("eidw-tag", "eidsite.tagline"),
    ],
);

/// "Voor Windows 11/10/8.1" (or macOS / Linux) for the learner's own computer, as data.
pub const OS_LINE: Block = Block::Div(
    "eidw-osline",
    &[
        Block::When(|_| super::os::browser_os() == Os::Windows, &[Block::P("eidw-os", "eidsite.os.windows")]),
        Block::When(|_| super::os::browser_os() == Os::Mac, &[Block::P("eidw-os", "eidsite.os.mac")]),
        Block::When(|_| super::os::browser_os() == Os::Linux, &[Block::P("eidw-os", "eidsite.os.linux")]),
    ],
);

/// The scene table of this site: what the PC, the phone and the desk show for each
/// of its screens. Exhaustive: a new screen does not compile until it is listed.
pub fn scene(screen: EidSite) -> Scene {
    match screen {
        EidSite::Download => devices(Pane::Page(&site::PAGE), Pane::PhoneIdle, Pane::Blocks(&reader::handled::DESK)),
        EidSite::License => devices(Pane::Page(&license::PAGE), Pane::PhoneIdle, Pane::Blocks(&reader::handled::DESK)),
        EidSite::Install => devices(Pane::Dialog(&site::PAGE, &installer::install::DIALOG), Pane::PhoneIdle, Pane::Blocks(&reader::handled::DESK)),
        EidSite::Connect => devices(Pane::Dialog(&site::PAGE, &installer::connect::DIALOG), Pane::PhoneIdle, Pane::Blocks(&reader::handled::DESK)),
        EidSite::ReaderTest => devices(Pane::Dialog(&site::PAGE, &installer::test::DIALOG), Pane::PhoneIdle, Pane::Blocks(&reader::handled::DESK)),
    }
}
