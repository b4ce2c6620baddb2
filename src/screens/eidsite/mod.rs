//! Screens imitating eid.belgium.be: the download section and the licence modal.

pub mod license;
pub mod site;

use crate::components::page::Block;
use crate::screens::os::Os;

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
